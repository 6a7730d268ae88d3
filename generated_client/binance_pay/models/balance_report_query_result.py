# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceReportQueryResult")


@_attrs_define
class BalanceReportQueryResult:
    """The state of a balance report.

    Attributes:
        exist (bool): Whether the report exists.
        status (str): PROCESSING, FAILED, EXPIRED or SUCCESS. Open; a value not listed here is kept as text.
        download_url (str | Unset): Where to download the report, once it is ready.
    """

    exist: bool
    status: str
    download_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exist = self.exist

        status = self.status

        download_url = self.download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exist": exist,
                "status": status,
            }
        )
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exist = d.pop("exist")

        status = d.pop("status")

        download_url = d.pop("downloadUrl", UNSET)

        balance_report_query_result = cls(
            exist=exist,
            status=status,
            download_url=download_url,
        )

        balance_report_query_result.additional_properties = d
        return balance_report_query_result

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
