# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..models.payout_detail_status_filter import PayoutDetailStatusFilter
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutQueryRequest")


@_attrs_define
class PayoutQueryRequest:
    """Payout Query request.

    Attributes:
        request_id (str): The batch's `requestId`.
        detail_status (list[PayoutDetailStatusFilter] | Unset): Filter on the transfers listed (a list of strings per
            the official page; the official Python connector's docstring calls it a str).
    """

    request_id: str
    detail_status: list[PayoutDetailStatusFilter] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        detail_status: list[str] | Unset = UNSET
        if not isinstance(self.detail_status, Unset):
            detail_status = []
            for detail_status_item_data in self.detail_status:
                detail_status_item = detail_status_item_data.value
                detail_status.append(detail_status_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "requestId": request_id,
            }
        )
        if detail_status is not UNSET:
            field_dict["detailStatus"] = detail_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("requestId")

        _detail_status = d.pop("detailStatus", UNSET)
        detail_status: list[PayoutDetailStatusFilter] | Unset = UNSET
        if _detail_status is not UNSET:
            detail_status = []
            for detail_status_item_data in _detail_status:
                detail_status_item = PayoutDetailStatusFilter(detail_status_item_data)

                detail_status.append(detail_status_item)

        payout_query_request = cls(
            request_id=request_id,
            detail_status=detail_status,
        )

        return payout_query_request
