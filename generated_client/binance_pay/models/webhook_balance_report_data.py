# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookBalanceReportData")


@_attrs_define
class WebhookBalanceReportData:
    """`data` of a BALANCE notification (`bizStatus` BALANCE_SUCCESS), once parsed.

    Attributes:
        download_type (str | Unset): merchant_balance_download_task.
        download_id (Any | Unset): The report's task id. JSON type unconfirmed (a string or a number): read either form
            (kept exactly as sent).
        user_id (Any | Unset): The merchant's user id. JSON type unconfirmed (a string or a number): read either form
            (kept exactly as sent).
        status (int | Unset): 2 = success.
        download_link (str | Unset):
        expiration_timestamp (int | Unset):
        create_time (str | Unset): "yyyy-MM-dd HH:mm:ss" (a string).
        callback_url (str | Unset): Present in Binance's sample, not in its field table.
    """

    download_type: str | Unset = UNSET
    download_id: Any | Unset = UNSET
    user_id: Any | Unset = UNSET
    status: int | Unset = UNSET
    download_link: str | Unset = UNSET
    expiration_timestamp: int | Unset = UNSET
    create_time: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        download_type = self.download_type

        download_id = self.download_id

        user_id = self.user_id

        status = self.status

        download_link = self.download_link

        expiration_timestamp = self.expiration_timestamp

        create_time = self.create_time

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if download_type is not UNSET:
            field_dict["downloadType"] = download_type
        if download_id is not UNSET:
            field_dict["downloadId"] = download_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if status is not UNSET:
            field_dict["status"] = status
        if download_link is not UNSET:
            field_dict["downloadLink"] = download_link
        if expiration_timestamp is not UNSET:
            field_dict["expirationTimestamp"] = expiration_timestamp
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if callback_url is not UNSET:
            field_dict["callbackUrl"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        download_type = d.pop("downloadType", UNSET)

        download_id = d.pop("downloadId", UNSET)

        user_id = d.pop("userId", UNSET)

        status = d.pop("status", UNSET)

        download_link = d.pop("downloadLink", UNSET)

        expiration_timestamp = d.pop("expirationTimestamp", UNSET)

        create_time = d.pop("createTime", UNSET)

        callback_url = d.pop("callbackUrl", UNSET)

        webhook_balance_report_data = cls(
            download_type=download_type,
            download_id=download_id,
            user_id=user_id,
            status=status,
            download_link=download_link,
            expiration_timestamp=expiration_timestamp,
            create_time=create_time,
            callback_url=callback_url,
        )

        webhook_balance_report_data.additional_properties = d
        return webhook_balance_report_data

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
