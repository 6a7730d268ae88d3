# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderQueryRequest")


@_attrs_define
class OrderQueryRequest:
    """Query Order v2 request: one of `prepayId` or `merchantTradeNo` is required (`merchantTradeNo` is ignored when
    `prepayId` is given).

        Attributes:
            prepay_id (str | Unset): Binance's id for the order, letters and digits; required if `merchantTradeNo` is
                absent.
            merchant_trade_no (str | Unset): The merchant's id for the order, letters and digits; required if `prepayId` is
                absent, and ignored when `prepayId` is given.
    """

    prepay_id: str | Unset = UNSET
    merchant_trade_no: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prepay_id = self.prepay_id

        merchant_trade_no = self.merchant_trade_no

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if prepay_id is not UNSET:
            field_dict["prepayId"] = prepay_id
        if merchant_trade_no is not UNSET:
            field_dict["merchantTradeNo"] = merchant_trade_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prepay_id = d.pop("prepayId", UNSET)

        merchant_trade_no = d.pop("merchantTradeNo", UNSET)

        order_query_request = cls(
            prepay_id=prepay_id,
            merchant_trade_no=merchant_trade_no,
        )

        return order_query_request
