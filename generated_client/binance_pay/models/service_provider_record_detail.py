# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceProviderRecordDetail")


@_attrs_define
class ServiceProviderRecordDetail:
    """An authorization record. From third-party SDKs only (ShepelevAndrew/BinancePayConnector's GetRequestRecordResult):
    every field of this object; none is marked required.

        Attributes:
            authorization_id (str | Unset): Authorization ID.
            merchant_name (str | Unset): The merchant's name.
            authorization_token (str | Unset): Authorization token.
            merchant_id (str | Unset): The merchant's ID.
            status (str | Unset): Authorization status. Seen in Binance's samples: PENDING (waiting for the merchant),
                AUTHORIZED. Open, a value not listed here is kept as text.
            scopes (list[str] | Unset): The scopes of the authorization.
            ip_whitelist (list[str] | Unset): The IP addresses the provider calls from.
    """

    authorization_id: str | Unset = UNSET
    merchant_name: str | Unset = UNSET
    authorization_token: str | Unset = UNSET
    merchant_id: str | Unset = UNSET
    status: str | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    ip_whitelist: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authorization_id = self.authorization_id

        merchant_name = self.merchant_name

        authorization_token = self.authorization_token

        merchant_id = self.merchant_id

        status = self.status

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        ip_whitelist: list[str] | Unset = UNSET
        if not isinstance(self.ip_whitelist, Unset):
            ip_whitelist = self.ip_whitelist

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if authorization_id is not UNSET:
            field_dict["authorizationId"] = authorization_id
        if merchant_name is not UNSET:
            field_dict["merchantName"] = merchant_name
        if authorization_token is not UNSET:
            field_dict["authorizationToken"] = authorization_token
        if merchant_id is not UNSET:
            field_dict["merchantId"] = merchant_id
        if status is not UNSET:
            field_dict["status"] = status
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if ip_whitelist is not UNSET:
            field_dict["ipWhitelist"] = ip_whitelist

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authorization_id = d.pop("authorizationId", UNSET)

        merchant_name = d.pop("merchantName", UNSET)

        authorization_token = d.pop("authorizationToken", UNSET)

        merchant_id = d.pop("merchantId", UNSET)

        status = d.pop("status", UNSET)

        scopes = cast(list[str], d.pop("scopes", UNSET))

        ip_whitelist = cast(list[str], d.pop("ipWhitelist", UNSET))

        service_provider_record_detail = cls(
            authorization_id=authorization_id,
            merchant_name=merchant_name,
            authorization_token=authorization_token,
            merchant_id=merchant_id,
            status=status,
            scopes=scopes,
            ip_whitelist=ip_whitelist,
        )

        service_provider_record_detail.additional_properties = d
        return service_provider_record_detail

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
