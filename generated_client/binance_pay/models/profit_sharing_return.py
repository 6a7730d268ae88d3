# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfitSharingReturn")


@_attrs_define
class ProfitSharingReturn:
    """A split return. Not in the reference (which lists no response for this endpoint): these fields are from a stored
    copy of Binance's Split Return page and a third-party SDK (ShepelevAndrew/BinancePayConnector), so only
    `merchantReturnNo` is required; every other field is read if present.

        Attributes:
            merchant_return_no (str): The request's merchantReturnNo.
            prepay_order_id (str | Unset): The order's prepayId.
            split_order_no (str | Unset): The split's id. Binance marks it required; not required here because the request
                needs only one of splitOrderNo and originMerchantRequestId (unconfirmed that both come back).
            origin_merchant_request_id (str | Unset): The split's merchantRequestId. Binance marks it required; not required
                here for the same reason as splitOrderNo.
            transfer_out_account (str | Unset): The Pay ID the funds are taken back from.
            return_amount (Decimal | Unset): The amount taken back.
            return_order_no (str | Unset): Binance's id for the return.
            status (int | Unset): 1 PROCESSING, 2 SUCCESS, 3 FAIL. Other values are kept as they are.
            fail_reason (str | Unset): Why it failed, if it did.
            finish_time (int | Unset): When the return was processed, in SECONDS since the epoch (not milliseconds).
    """

    merchant_return_no: str
    prepay_order_id: str | Unset = UNSET
    split_order_no: str | Unset = UNSET
    origin_merchant_request_id: str | Unset = UNSET
    transfer_out_account: str | Unset = UNSET
    return_amount: Decimal | Unset = UNSET
    return_order_no: str | Unset = UNSET
    status: int | Unset = UNSET
    fail_reason: str | Unset = UNSET
    finish_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_return_no = self.merchant_return_no

        prepay_order_id = self.prepay_order_id

        split_order_no = self.split_order_no

        origin_merchant_request_id = self.origin_merchant_request_id

        transfer_out_account = self.transfer_out_account

        return_amount = self.return_amount

        return_order_no = self.return_order_no

        status = self.status

        fail_reason = self.fail_reason

        finish_time = self.finish_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "merchantReturnNo": merchant_return_no,
            }
        )
        if prepay_order_id is not UNSET:
            field_dict["prepayOrderId"] = prepay_order_id
        if split_order_no is not UNSET:
            field_dict["splitOrderNo"] = split_order_no
        if origin_merchant_request_id is not UNSET:
            field_dict["originMerchantRequestId"] = origin_merchant_request_id
        if transfer_out_account is not UNSET:
            field_dict["transferOutAccount"] = transfer_out_account
        if return_amount is not UNSET:
            field_dict["returnAmount"] = return_amount
        if return_order_no is not UNSET:
            field_dict["returnOrderNo"] = return_order_no
        if status is not UNSET:
            field_dict["status"] = status
        if fail_reason is not UNSET:
            field_dict["failReason"] = fail_reason
        if finish_time is not UNSET:
            field_dict["finishTime"] = finish_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merchant_return_no = d.pop("merchantReturnNo")

        prepay_order_id = d.pop("prepayOrderId", UNSET)

        split_order_no = d.pop("splitOrderNo", UNSET)

        origin_merchant_request_id = d.pop("originMerchantRequestId", UNSET)

        transfer_out_account = d.pop("transferOutAccount", UNSET)

        return_amount = d.pop("returnAmount", UNSET)
        if type(return_amount) is int:
            return_amount = Decimal(return_amount)

        return_order_no = d.pop("returnOrderNo", UNSET)

        status = d.pop("status", UNSET)

        fail_reason = d.pop("failReason", UNSET)

        finish_time = d.pop("finishTime", UNSET)

        profit_sharing_return = cls(
            merchant_return_no=merchant_return_no,
            prepay_order_id=prepay_order_id,
            split_order_no=split_order_no,
            origin_merchant_request_id=origin_merchant_request_id,
            transfer_out_account=transfer_out_account,
            return_amount=return_amount,
            return_order_no=return_order_no,
            status=status,
            fail_reason=fail_reason,
            finish_time=finish_time,
        )

        profit_sharing_return.additional_properties = d
        return profit_sharing_return

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
