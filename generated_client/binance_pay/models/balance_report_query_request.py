# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define

T = TypeVar("T", bound="BalanceReportQueryRequest")


@_attrs_define
class BalanceReportQueryRequest:
    """Query Balance Report request.

    Attributes:
        download_id (str): The task id from Download Balance Report (or the BALANCE webhook's downloadId).
    """

    download_id: str

    def to_dict(self) -> dict[str, Any]:
        download_id = self.download_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "downloadId": download_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        download_id = d.pop("downloadId")

        balance_report_query_request = cls(
            download_id=download_id,
        )

        return balance_report_query_request
