# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportFile")


@_attrs_define
class ReportFile:
    """One report file.

    Attributes:
        report_type (str | Unset): Transaction or Settlement.
        transaction_type (str | Unset): Payment or Payout for transaction reports; Payment or Refund for settlement
            reports.
        transaction_date (str | Unset): Day the file covers (format unconfirmed).
        file_name (str | Unset): File name, e.g. T_Payment_yyyyMMdd.xls.
        download_url (str | Unset): Where to download the file.
    """

    report_type: str | Unset = UNSET
    transaction_type: str | Unset = UNSET
    transaction_date: str | Unset = UNSET
    file_name: str | Unset = UNSET
    download_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_type = self.report_type

        transaction_type = self.transaction_type

        transaction_date = self.transaction_date

        file_name = self.file_name

        download_url = self.download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if report_type is not UNSET:
            field_dict["reportType"] = report_type
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type
        if transaction_date is not UNSET:
            field_dict["transactionDate"] = transaction_date
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        report_type = d.pop("reportType", UNSET)

        transaction_type = d.pop("transactionType", UNSET)

        transaction_date = d.pop("transactionDate", UNSET)

        file_name = d.pop("fileName", UNSET)

        download_url = d.pop("downloadUrl", UNSET)

        report_file = cls(
            report_type=report_type,
            transaction_type=transaction_type,
            transaction_date=transaction_date,
            file_name=file_name,
            download_url=download_url,
        )

        report_file.additional_properties = d
        return report_file

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
