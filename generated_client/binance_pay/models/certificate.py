# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field

T = TypeVar("T", bound="Certificate")


@_attrs_define
class Certificate:
    """One of Binance's public keys for webhook verification.

    Attributes:
        cert_serial (str): Public key hash value; a notification's `BinancePay-Certificate-SN` header names the key that
            signed it.
        cert_public (str): The public key, a PEM "BEGIN PUBLIC KEY" block. Unconfirmed: whether it holds literal
            newlines or is one line.
    """

    cert_serial: str
    cert_public: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cert_serial = self.cert_serial

        cert_public = self.cert_public

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "certSerial": cert_serial,
                "certPublic": cert_public,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cert_serial = d.pop("certSerial")

        cert_public = d.pop("certPublic")

        certificate = cls(
            cert_serial=cert_serial,
            cert_public=cert_public,
        )

        certificate.additional_properties = d
        return certificate

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
