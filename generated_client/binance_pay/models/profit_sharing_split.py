# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field

if TYPE_CHECKING:
    from ..models.profit_sharing_split_detail import ProfitSharingSplitDetail


T = TypeVar("T", bound="ProfitSharingSplit")


@_attrs_define
class ProfitSharingSplit:
    """A split of an order.

    Attributes:
        split_order_no (str): Binance's split order id (the docs say 18 characters; their samples are shorter).
        merchant_request_id (str): The merchant's id for the split.
        prepay_order_id (str): The order's prepayId.
        status (int): Split status: 0 WAITING, 1 PROCESSING, 2 FINISHED. Other values are kept as they are (an integer
            status cannot be an open enum here).
        receiver_order_details (list[ProfitSharingSplitDetail]): One entry per receiver.
    """

    split_order_no: str
    merchant_request_id: str
    prepay_order_id: str
    status: int
    receiver_order_details: list[ProfitSharingSplitDetail]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        split_order_no = self.split_order_no

        merchant_request_id = self.merchant_request_id

        prepay_order_id = self.prepay_order_id

        status = self.status

        receiver_order_details = []
        for receiver_order_details_item_data in self.receiver_order_details:
            receiver_order_details_item = receiver_order_details_item_data.to_dict()
            receiver_order_details.append(receiver_order_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "splitOrderNo": split_order_no,
                "merchantRequestId": merchant_request_id,
                "prepayOrderId": prepay_order_id,
                "status": status,
                "receiverOrderDetails": receiver_order_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.profit_sharing_split_detail import ProfitSharingSplitDetail  # noqa: PLC0415

        d = dict(src_dict)
        split_order_no = d.pop("splitOrderNo")

        merchant_request_id = d.pop("merchantRequestId")

        prepay_order_id = d.pop("prepayOrderId")

        status = d.pop("status")

        receiver_order_details = []
        _receiver_order_details = d.pop("receiverOrderDetails")
        for receiver_order_details_item_data in _receiver_order_details:
            receiver_order_details_item = ProfitSharingSplitDetail.from_dict(receiver_order_details_item_data)

            receiver_order_details.append(receiver_order_details_item)

        profit_sharing_split = cls(
            split_order_no=split_order_no,
            merchant_request_id=merchant_request_id,
            prepay_order_id=prepay_order_id,
            status=status,
            receiver_order_details=receiver_order_details,
        )

        profit_sharing_split.additional_properties = d
        return profit_sharing_split

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
