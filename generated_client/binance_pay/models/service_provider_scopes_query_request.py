# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define

T = TypeVar("T", bound="ServiceProviderScopesQueryRequest")


@_attrs_define
class ServiceProviderScopesQueryRequest:
    """Query Scopes request; it has no parameters (send `{}`)."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        service_provider_scopes_query_request = cls()

        return service_provider_scopes_query_request
