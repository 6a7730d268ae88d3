# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field

T = TypeVar("T", bound="ProfitSharingReceiverPage")


@_attrs_define
class ProfitSharingReceiverPage:
    """One page of receivers.

    Attributes:
        account_list (list[str]): The Binance IDs registered as receivers.
        total_page_num (int): Number of pages.
        total_record_num (int): Number of receivers.
        current_page_num (int): This page's number.
        current_page_size (int): This page's size.
    """

    account_list: list[str]
    total_page_num: int
    total_record_num: int
    current_page_num: int
    current_page_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_list = self.account_list

        total_page_num = self.total_page_num

        total_record_num = self.total_record_num

        current_page_num = self.current_page_num

        current_page_size = self.current_page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountList": account_list,
                "totalPageNum": total_page_num,
                "totalRecordNum": total_record_num,
                "currentPageNum": current_page_num,
                "currentPageSize": current_page_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_list = cast(list[str], d.pop("accountList"))

        total_page_num = d.pop("totalPageNum")

        total_record_num = d.pop("totalRecordNum")

        current_page_num = d.pop("currentPageNum")

        current_page_size = d.pop("currentPageSize")

        profit_sharing_receiver_page = cls(
            account_list=account_list,
            total_page_num=total_page_num,
            total_record_num=total_record_num,
            current_page_num=current_page_num,
            current_page_size=current_page_size,
        )

        profit_sharing_receiver_page.additional_properties = d
        return profit_sharing_receiver_page

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
