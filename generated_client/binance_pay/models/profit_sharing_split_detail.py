# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfitSharingSplitDetail")


@_attrs_define
class ProfitSharingSplitDetail:
    """One receiver's part of a split, and its outcome. `detailId` and `finishTime` are not required: a part still
    PROCESSING has not finished (unconfirmed whether Binance then sends them).

        Attributes:
            account (str): The receiver's Binance ID.
            amount (Decimal): The amount for this receiver.
            status (int): 1 PROCESSING, 2 SUCCESS, 3 FAIL. Other values are kept as they are.
            fail_reason (str | Unset): Why it failed, if it did (at most 128 characters).
            detail_id (Any | Unset): Binance's id for this part. JSON type contested: the field table says string (18
                characters), Binance's Query Split sample sends a number (1000001); read either form (the SDK keeps the value
                exactly as sent: a `str`, or an `int` with every digit).
            finish_time (int | Unset): When this part was processed, in SECONDS since the epoch (not milliseconds).
    """

    account: str
    amount: Decimal
    status: int
    fail_reason: str | Unset = UNSET
    detail_id: Any | Unset = UNSET
    finish_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        amount = self.amount

        status = self.status

        fail_reason = self.fail_reason

        detail_id = self.detail_id

        finish_time = self.finish_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "amount": amount,
                "status": status,
            }
        )
        if fail_reason is not UNSET:
            field_dict["failReason"] = fail_reason
        if detail_id is not UNSET:
            field_dict["detailId"] = detail_id
        if finish_time is not UNSET:
            field_dict["finishTime"] = finish_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account = d.pop("account")

        amount = d.pop("amount")
        if type(amount) is int:
            amount = Decimal(amount)

        status = d.pop("status")

        fail_reason = d.pop("failReason", UNSET)

        detail_id = d.pop("detailId", UNSET)

        finish_time = d.pop("finishTime", UNSET)

        profit_sharing_split_detail = cls(
            account=account,
            amount=amount,
            status=status,
            fail_reason=fail_reason,
            detail_id=detail_id,
            finish_time=finish_time,
        )

        profit_sharing_split_detail.additional_properties = d
        return profit_sharing_split_detail

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
