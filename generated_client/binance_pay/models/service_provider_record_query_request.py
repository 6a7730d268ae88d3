# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceProviderRecordQueryRequest")


@_attrs_define
class ServiceProviderRecordQueryRequest:
    """Query Authentication Record request.

    Attributes:
        page (int): Page number, from 1.
        rows (int): Records per page, at most 10.
        merchant_id (str | Unset): Only this merchant's records.
    """

    page: int
    rows: int
    merchant_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        rows = self.rows

        merchant_id = self.merchant_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "page": page,
                "rows": rows,
            }
        )
        if merchant_id is not UNSET:
            field_dict["merchantId"] = merchant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page = d.pop("page")

        rows = d.pop("rows")

        merchant_id = d.pop("merchantId", UNSET)

        service_provider_record_query_request = cls(
            page=page,
            rows=rows,
            merchant_id=merchant_id,
        )

        return service_provider_record_query_request
