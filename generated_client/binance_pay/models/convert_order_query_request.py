# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define

T = TypeVar("T", bound="ConvertOrderQueryRequest")


@_attrs_define
class ConvertOrderQueryRequest:
    """Query Quote (convert order) request.

    Attributes:
        order_id (str): The `orderId` from Execute Quote.
    """

    order_id: str

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "orderId": order_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId")

        convert_order_query_request = cls(
            order_id=order_id,
        )

        return convert_order_query_request
