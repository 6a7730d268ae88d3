# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define

T = TypeVar("T", bound="ProfitSharingReceiverQueryRequest")


@_attrs_define
class ProfitSharingReceiverQueryRequest:
    """Query Receiver request.

    Attributes:
        page_num (int): Page number, from 1.
        page_size (int): Receivers per page.
    """

    page_num: int
    page_size: int

    def to_dict(self) -> dict[str, Any]:
        page_num = self.page_num

        page_size = self.page_size

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pageNum": page_num,
                "pageSize": page_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page_num = d.pop("pageNum")

        page_size = d.pop("pageSize")

        profit_sharing_receiver_query_request = cls(
            page_num=page_num,
            page_size=page_size,
        )

        return profit_sharing_receiver_query_request
