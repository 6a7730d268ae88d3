# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubMerchantResult")


@_attrs_define
class SubMerchantResult:
    """A sub-merchant's id. From third-party SDKs: this shape.

    Attributes:
        sub_merchant_id (Any | Unset): The sub-merchant's id. JSON type unconfirmed (third-party SDKs read a number;
            Modify Sub-merchant takes it as a numeric string): read either form, kept exactly as sent (a `str`, or an `int`
            with every digit).
    """

    sub_merchant_id: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_merchant_id = self.sub_merchant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sub_merchant_id is not UNSET:
            field_dict["subMerchantId"] = sub_merchant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sub_merchant_id = d.pop("subMerchantId", UNSET)

        sub_merchant_result = cls(
            sub_merchant_id=sub_merchant_id,
        )

        sub_merchant_result.additional_properties = d
        return sub_merchant_result

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
