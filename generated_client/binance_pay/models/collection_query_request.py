# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionQueryRequest")


@_attrs_define
class CollectionQueryRequest:
    """Query Collection Result request; give orderId, clientTradeNo or both.

    Attributes:
        order_id (str | Unset): Binance's id for the collection order.
        client_trade_no (str | Unset): The merchant's id for the collection order.
    """

    order_id: str | Unset = UNSET
    client_trade_no: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        client_trade_no = self.client_trade_no

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if client_trade_no is not UNSET:
            field_dict["clientTradeNo"] = client_trade_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId", UNSET)

        client_trade_no = d.pop("clientTradeNo", UNSET)

        collection_query_request = cls(
            order_id=order_id,
            client_trade_no=client_trade_no,
        )

        return collection_query_request
