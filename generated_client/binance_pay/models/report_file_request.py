# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..models.report_transaction_type import ReportTransactionType
from ..models.report_type import ReportType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportFileRequest")


@_attrs_define
class ReportFileRequest:
    """Download Report request.

    Attributes:
        report_type (ReportType): Report type, case-sensitive.
        start_date (str): First day, dd/MM/yyyy.
        end_date (str): Last day, dd/MM/yyyy; at most 3 months after startDate.
        transaction_type (ReportTransactionType | Unset): Transactions to report, case-sensitive; required when
            reportType is Transaction.
    """

    report_type: ReportType
    start_date: str
    end_date: str
    transaction_type: ReportTransactionType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        report_type = self.report_type.value

        start_date = self.start_date

        end_date = self.end_date

        transaction_type: str | Unset = UNSET
        if not isinstance(self.transaction_type, Unset):
            transaction_type = self.transaction_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reportType": report_type,
                "startDate": start_date,
                "endDate": end_date,
            }
        )
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        report_type = ReportType(d.pop("reportType"))

        start_date = d.pop("startDate")

        end_date = d.pop("endDate")

        _transaction_type = d.pop("transactionType", UNSET)
        transaction_type: ReportTransactionType | Unset
        if isinstance(_transaction_type, Unset):
            transaction_type = UNSET
        else:
            transaction_type = ReportTransactionType(_transaction_type)

        report_file_request = cls(
            report_type=report_type,
            start_date=start_date,
            end_date=end_date,
            transaction_type=transaction_type,
        )

        return report_file_request
