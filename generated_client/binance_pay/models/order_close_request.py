# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderCloseRequest")


@_attrs_define
class OrderCloseRequest:
    """Close Order request; one of `merchantTradeNo` or `prepayId` is required.

    Attributes:
        merchant_trade_no (str | Unset): The merchant's id for the order, letters and digits; required if `prepayId` is
            absent.
        prepay_id (str | Unset): Binance's id for the order, letters and digits; required if `merchantTradeNo` is
            absent. The docs say "maximum length 19", but their own samples use 20 digits (29383937493038367292, the id
            Create Order returns and the PAY webhook's `bizId`), so no length is enforced.
    """

    merchant_trade_no: str | Unset = UNSET
    prepay_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        merchant_trade_no = self.merchant_trade_no

        prepay_id = self.prepay_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if merchant_trade_no is not UNSET:
            field_dict["merchantTradeNo"] = merchant_trade_no
        if prepay_id is not UNSET:
            field_dict["prepayId"] = prepay_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merchant_trade_no = d.pop("merchantTradeNo", UNSET)

        prepay_id = d.pop("prepayId", UNSET)

        order_close_request = cls(
            merchant_trade_no=merchant_trade_no,
            prepay_id=prepay_id,
        )

        return order_close_request
