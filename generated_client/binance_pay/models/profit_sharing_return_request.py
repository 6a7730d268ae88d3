# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfitSharingReturnRequest")


@_attrs_define
class ProfitSharingReturnRequest:
    """Split Return request. Give `splitOrderNo` or `originMerchantRequestId` (at least one: the schema's `anyOf`).

    Attributes:
        prepay_order_id (str): The order's prepayId.
        merchant_return_no (str): The merchant's unique id for this return (1 to 32 characters).
        transfer_out_account (str): The Pay ID the funds are taken back from.
        return_amount (Decimal): An amount we send: 0.00000001 to 999999999999999.99999999, at most 8 decimal places
            (the documented range of a Binance Pay amount; zero is refused).
        split_order_no (str | Unset): Binance's id of the split to take funds back from.
        origin_merchant_request_id (str | Unset): The merchant's id (merchantRequestId) of the split to take funds back
            from.
        description (str | Unset): Description.
        webhook_url (str | Unset): The URL for this return's notification; http or https only.
    """

    prepay_order_id: str
    merchant_return_no: str
    transfer_out_account: str
    return_amount: Decimal
    split_order_no: str | Unset = UNSET
    origin_merchant_request_id: str | Unset = UNSET
    description: str | Unset = UNSET
    webhook_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prepay_order_id = self.prepay_order_id

        merchant_return_no = self.merchant_return_no

        transfer_out_account = self.transfer_out_account

        return_amount = self.return_amount

        split_order_no = self.split_order_no

        origin_merchant_request_id = self.origin_merchant_request_id

        description = self.description

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prepayOrderId": prepay_order_id,
                "merchantReturnNo": merchant_return_no,
                "transferOutAccount": transfer_out_account,
                "returnAmount": return_amount,
            }
        )
        if split_order_no is not UNSET:
            field_dict["splitOrderNo"] = split_order_no
        if origin_merchant_request_id is not UNSET:
            field_dict["originMerchantRequestId"] = origin_merchant_request_id
        if description is not UNSET:
            field_dict["description"] = description
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

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

        split_order_no = d.pop("splitOrderNo", UNSET)

        origin_merchant_request_id = d.pop("originMerchantRequestId", UNSET)

        description = d.pop("description", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        profit_sharing_return_request = cls(
            prepay_order_id=prepay_order_id,
            merchant_return_no=merchant_return_no,
            transfer_out_account=transfer_out_account,
            return_amount=return_amount,
            split_order_no=split_order_no,
            origin_merchant_request_id=origin_merchant_request_id,
            description=description,
            webhook_url=webhook_url,
        )

        return profit_sharing_return_request
