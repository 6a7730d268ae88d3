# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from .._dataclasses import define as _attrs_define
from ..models.service_provider_scope import ServiceProviderScope

T = TypeVar("T", bound="ServiceProviderAuthorizationRequest")


@_attrs_define
class ServiceProviderAuthorizationRequest:
    """Create Authorization Request request.

    Attributes:
        merchant_id (str): The merchant to ask.
        scopes (list[ServiceProviderScope]): The scopes asked for.
        ip_whitelist (list[str]): The IP addresses the provider will call from.
    """

    merchant_id: str
    scopes: list[ServiceProviderScope]
    ip_whitelist: list[str]

    def to_dict(self) -> dict[str, Any]:
        merchant_id = self.merchant_id

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)

        ip_whitelist = self.ip_whitelist

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "merchantId": merchant_id,
                "scopes": scopes,
                "ipWhitelist": ip_whitelist,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merchant_id = d.pop("merchantId")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = ServiceProviderScope(scopes_item_data)

            scopes.append(scopes_item)

        ip_whitelist = cast(list[str], d.pop("ipWhitelist"))

        service_provider_authorization_request = cls(
            merchant_id=merchant_id,
            scopes=scopes,
            ip_whitelist=ip_whitelist,
        )

        return service_provider_authorization_request
