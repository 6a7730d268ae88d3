# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define

T = TypeVar("T", bound="RefundQueryRequest")


@_attrs_define
class RefundQueryRequest:
    """Query Refund request.

    Attributes:
        refund_request_id (str): The merchant's id for the refund.
    """

    refund_request_id: str

    def to_dict(self) -> dict[str, Any]:
        refund_request_id = self.refund_request_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "refundRequestId": refund_request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        refund_request_id = d.pop("refundRequestId")

        refund_query_request = cls(
            refund_request_id=refund_request_id,
        )

        return refund_query_request
