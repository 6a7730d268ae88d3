# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field

T = TypeVar("T", bound="ServiceProviderRecord")


@_attrs_define
class ServiceProviderRecord:
    """An authorization record.

    Attributes:
        authorization_id (str): Authorization ID.
        merchant_name (str): The merchant's name.
        authorization_token (str): Authorization token.
        merchant_id (str): The merchant's ID.
        status (str): Authorization status. Seen in Binance's samples: PENDING (waiting for the merchant), AUTHORIZED.
            Open, a value not listed here is kept as text.
        scopes (list[str]): The scopes of the authorization.
        ip_whitelist (list[str]): The IP addresses the provider calls from.
    """

    authorization_id: str
    merchant_name: str
    authorization_token: str
    merchant_id: str
    status: str
    scopes: list[str]
    ip_whitelist: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authorization_id = self.authorization_id

        merchant_name = self.merchant_name

        authorization_token = self.authorization_token

        merchant_id = self.merchant_id

        status = self.status

        scopes = self.scopes

        ip_whitelist = self.ip_whitelist

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authorizationId": authorization_id,
                "merchantName": merchant_name,
                "authorizationToken": authorization_token,
                "merchantId": merchant_id,
                "status": status,
                "scopes": scopes,
                "ipWhitelist": ip_whitelist,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authorization_id = d.pop("authorizationId")

        merchant_name = d.pop("merchantName")

        authorization_token = d.pop("authorizationToken")

        merchant_id = d.pop("merchantId")

        status = d.pop("status")

        scopes = cast(list[str], d.pop("scopes"))

        ip_whitelist = cast(list[str], d.pop("ipWhitelist"))

        service_provider_record = cls(
            authorization_id=authorization_id,
            merchant_name=merchant_name,
            authorization_token=authorization_token,
            merchant_id=merchant_id,
            status=status,
            scopes=scopes,
            ip_whitelist=ip_whitelist,
        )

        service_provider_record.additional_properties = d
        return service_provider_record

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
