# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .._dataclasses import define as _attrs_define

if TYPE_CHECKING:
    from ..models.profit_sharing_split_receiver import ProfitSharingSplitReceiver


T = TypeVar("T", bound="ProfitSharingSplitRequest")


@_attrs_define
class ProfitSharingSplitRequest:
    """Submit Split request.

    Attributes:
        merchant_request_id (str): The merchant's unique id for this split (1 to 32 characters).
        prepay_order_id (str): The order's prepayId (from Create Order).
        receiver_list (list[ProfitSharingSplitReceiver]): The receivers and their amounts.
    """

    merchant_request_id: str
    prepay_order_id: str
    receiver_list: list[ProfitSharingSplitReceiver]

    def to_dict(self) -> dict[str, Any]:
        merchant_request_id = self.merchant_request_id

        prepay_order_id = self.prepay_order_id

        receiver_list = []
        for receiver_list_item_data in self.receiver_list:
            receiver_list_item = receiver_list_item_data.to_dict()
            receiver_list.append(receiver_list_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "merchantRequestId": merchant_request_id,
                "prepayOrderId": prepay_order_id,
                "receiverList": receiver_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.profit_sharing_split_receiver import ProfitSharingSplitReceiver  # noqa: PLC0415

        d = dict(src_dict)
        merchant_request_id = d.pop("merchantRequestId")

        prepay_order_id = d.pop("prepayOrderId")

        receiver_list = []
        _receiver_list = d.pop("receiverList")
        for receiver_list_item_data in _receiver_list:
            receiver_list_item = ProfitSharingSplitReceiver.from_dict(receiver_list_item_data)

            receiver_list.append(receiver_list_item)

        profit_sharing_split_request = cls(
            merchant_request_id=merchant_request_id,
            prepay_order_id=prepay_order_id,
            receiver_list=receiver_list,
        )

        return profit_sharing_split_request
