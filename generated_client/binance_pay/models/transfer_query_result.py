# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferQueryResult")


@_attrs_define
class TransferQueryResult:
    """The status of a transfer.

    Attributes:
        tran_id (str): The transfer's id (its `requestId`).
        status (str): SUCCESS (the transfer is complete), FAILURE (the transfer failed), PROCESS (in progress). Open: a
            value not listed here is kept as text.
        currency (str | Unset): Unconfirmed: listed on the older official page only.
        amount (Decimal | Unset): Unconfirmed: listed on the older official page only (a JSON string, as in Transfer
            Fund).
    """

    tran_id: str
    status: str
    currency: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tran_id = self.tran_id

        status = self.status

        currency = self.currency

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tranId": tran_id,
                "status": status,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tran_id = d.pop("tranId")

        status = d.pop("status")

        currency = d.pop("currency", UNSET)

        amount = d.pop("amount", UNSET)
        if type(amount) is int:
            amount = Decimal(amount)

        transfer_query_result = cls(
            tran_id=tran_id,
            status=status,
            currency=currency,
            amount=amount,
        )

        transfer_query_result.additional_properties = d
        return transfer_query_result

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
