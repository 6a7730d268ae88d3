# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceProviderScopes")


@_attrs_define
class ServiceProviderScopes:
    """The scopes enabled for this provider.

    Attributes:
        allow_scopes (list[str]): The scopes the provider may ask merchants for.
        allow_fee_share (bool | Unset): Whether this provider may share the transaction fee.
    """

    allow_scopes: list[str]
    allow_fee_share: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_scopes = self.allow_scopes

        allow_fee_share = self.allow_fee_share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowScopes": allow_scopes,
            }
        )
        if allow_fee_share is not UNSET:
            field_dict["allowFeeShare"] = allow_fee_share

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_scopes = cast(list[str], d.pop("allowScopes"))

        allow_fee_share = d.pop("allowFeeShare", UNSET)

        service_provider_scopes = cls(
            allow_scopes=allow_scopes,
            allow_fee_share=allow_fee_share,
        )

        service_provider_scopes.additional_properties = d
        return service_provider_scopes

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
