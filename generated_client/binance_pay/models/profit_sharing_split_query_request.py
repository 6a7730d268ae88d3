# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define

T = TypeVar("T", bound="ProfitSharingSplitQueryRequest")


@_attrs_define
class ProfitSharingSplitQueryRequest:
    """Query Split request.

    Attributes:
        merchant_request_id (str): The split's merchantRequestId (1 to 32 characters).
        prepay_order_id (str): The order's prepayId.
    """

    merchant_request_id: str
    prepay_order_id: str

    def to_dict(self) -> dict[str, Any]:
        merchant_request_id = self.merchant_request_id

        prepay_order_id = self.prepay_order_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "merchantRequestId": merchant_request_id,
                "prepayOrderId": prepay_order_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merchant_request_id = d.pop("merchantRequestId")

        prepay_order_id = d.pop("prepayOrderId")

        profit_sharing_split_query_request = cls(
            merchant_request_id=merchant_request_id,
            prepay_order_id=prepay_order_id,
        )

        return profit_sharing_split_query_request
