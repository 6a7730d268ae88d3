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
    """A split return. The reference lists no response for this endpoint; these fields are the response table of a stored
    copy of Binance's Split Return page (ShepelevAndrew/ BinancePayConnector, third-party, agrees).

        Attributes:
            prepay_order_id (str): The order's prepayId.
            merchant_return_no (str): The request's merchantReturnNo.
            transfer_out_account (str): The Pay ID the funds are taken back from.
            return_amount (Decimal): The amount taken back.
            return_order_no (str): Binance's id for the return.
            status (int): 1 PROCESSING, 2 SUCCESS, 3 FAIL. Other values are kept as they are.
            finish_time (int): When the return was processed, in SECONDS since the epoch (not milliseconds).
            split_order_no (str | Unset): The split's id. Binance marks it required; not required here because the request
                needs only one of splitOrderNo and originMerchantRequestId (unconfirmed that both come back).
            origin_merchant_request_id (str | Unset): The split's merchantRequestId. Binance marks it required; not required
                here for the same reason as splitOrderNo.
            fail_reason (str | Unset): Why it failed, if it did.
    """

    prepay_order_id: str
    merchant_return_no: str
    transfer_out_account: str
    return_amount: Decimal
    return_order_no: str
    status: int
    finish_time: int
    split_order_no: str | Unset = UNSET
    origin_merchant_request_id: str | Unset = UNSET
    fail_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prepay_order_id = self.prepay_order_id

        merchant_return_no = self.merchant_return_no

        transfer_out_account = self.transfer_out_account

        return_amount = self.return_amount

        return_order_no = self.return_order_no

        status = self.status

        finish_time = self.finish_time

        split_order_no = self.split_order_no

        origin_merchant_request_id = self.origin_merchant_request_id

        fail_reason = self.fail_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prepayOrderId": prepay_order_id,
                "merchantReturnNo": merchant_return_no,
                "transferOutAccount": transfer_out_account,
                "returnAmount": return_amount,
                "returnOrderNo": return_order_no,
                "status": status,
                "finishTime": finish_time,
            }
        )
        if split_order_no is not UNSET:
            field_dict["splitOrderNo"] = split_order_no
        if origin_merchant_request_id is not UNSET:
            field_dict["originMerchantRequestId"] = origin_merchant_request_id
        if fail_reason is not UNSET:
            field_dict["failReason"] = fail_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prepay_order_id = d.pop("prepayOrderId")

        merchant_return_no = d.pop("merchantReturnNo")

        transfer_out_account = d.pop("transferOutAccount")

        return_amount = d.pop("returnAmount")
        if type(return_amount) is int:
            return_amount = Decimal(return_amount)

        return_order_no = d.pop("returnOrderNo")

        status = d.pop("status")

        finish_time = d.pop("finishTime")

        split_order_no = d.pop("splitOrderNo", UNSET)

        origin_merchant_request_id = d.pop("originMerchantRequestId", UNSET)

        fail_reason = d.pop("failReason", UNSET)

        profit_sharing_return = cls(
            prepay_order_id=prepay_order_id,
            merchant_return_no=merchant_return_no,
            transfer_out_account=transfer_out_account,
            return_amount=return_amount,
            return_order_no=return_order_no,
            status=status,
            finish_time=finish_time,
            split_order_no=split_order_no,
            origin_merchant_request_id=origin_merchant_request_id,
            fail_reason=fail_reason,
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
