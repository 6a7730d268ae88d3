# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShareAccountIdResult")


@_attrs_define
class ShareAccountIdResult:
    """A share request for the user to scan.

    Attributes:
        merchant_id (Any | Unset): The merchant's account id. JSON type unconfirmed (no sample was readable): read
            either form, kept exactly as sent.
        id (Any | Unset): Binance's id for the share request. JSON type unconfirmed (no sample was readable): read
            either form, kept exactly as sent (a `str`, or an `int` with every digit).
        request_id (str | Unset): The request's `requestId`.
        expire_time (int | Unset): When the QR code expires, milliseconds since the epoch (default 1 hour after
            creation; JSON type unconfirmed).
        qrcode_content (str | Unset): Content of the QR code.
        qrcode_url (str | Unset): URL of the QR code image.
    """

    merchant_id: Any | Unset = UNSET
    id: Any | Unset = UNSET
    request_id: str | Unset = UNSET
    expire_time: int | Unset = UNSET
    qrcode_content: str | Unset = UNSET
    qrcode_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_id = self.merchant_id

        id = self.id

        request_id = self.request_id

        expire_time = self.expire_time

        qrcode_content = self.qrcode_content

        qrcode_url = self.qrcode_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if merchant_id is not UNSET:
            field_dict["merchantId"] = merchant_id
        if id is not UNSET:
            field_dict["id"] = id
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if expire_time is not UNSET:
            field_dict["expireTime"] = expire_time
        if qrcode_content is not UNSET:
            field_dict["qrcodeContent"] = qrcode_content
        if qrcode_url is not UNSET:
            field_dict["qrcodeUrl"] = qrcode_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merchant_id = d.pop("merchantId", UNSET)

        id = d.pop("id", UNSET)

        request_id = d.pop("requestId", UNSET)

        expire_time = d.pop("expireTime", UNSET)

        qrcode_content = d.pop("qrcodeContent", UNSET)

        qrcode_url = d.pop("qrcodeUrl", UNSET)

        share_account_id_result = cls(
            merchant_id=merchant_id,
            id=id,
            request_id=request_id,
            expire_time=expire_time,
            qrcode_content=qrcode_content,
            qrcode_url=qrcode_url,
        )

        share_account_id_result.additional_properties = d
        return share_account_id_result

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
