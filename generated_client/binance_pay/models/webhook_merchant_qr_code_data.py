# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookMerchantQrCodeData")


@_attrs_define
class WebhookMerchantQrCodeData:
    """`data` of a MERCHANT_QR_CODE notification (`bizStatus` MERCHANT_QR_CODE_SCANED; partners only). Its sample shows
    `data` as a nested object, not a JSON string.

        Attributes:
            qr_content (str | Unset):
            refer_id (str | Unset): Equals `bizIdStr`; pass it to Create Order v3's `qrCodeReferId`.
            qr_code_type (str | Unset):
    """

    qr_content: str | Unset = UNSET
    refer_id: str | Unset = UNSET
    qr_code_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        qr_content = self.qr_content

        refer_id = self.refer_id

        qr_code_type = self.qr_code_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if qr_content is not UNSET:
            field_dict["qrContent"] = qr_content
        if refer_id is not UNSET:
            field_dict["referId"] = refer_id
        if qr_code_type is not UNSET:
            field_dict["qrCodeType"] = qr_code_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        qr_content = d.pop("qrContent", UNSET)

        refer_id = d.pop("referId", UNSET)

        qr_code_type = d.pop("qrCodeType", UNSET)

        webhook_merchant_qr_code_data = cls(
            qr_content=qr_content,
            refer_id=refer_id,
            qr_code_type=qr_code_type,
        )

        webhook_merchant_qr_code_data.additional_properties = d
        return webhook_merchant_qr_code_data

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
