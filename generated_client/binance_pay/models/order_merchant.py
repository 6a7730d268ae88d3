# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderMerchant")


@_attrs_define
class OrderMerchant:
    """
    Attributes:
        sub_merchant_id (str | Unset): The sub-merchant's id, issued when it was created. Required for Channel Partners
            (since 2024-08); a Channel Partner ordering for its own business must use a separate sub-merchant.
    """

    sub_merchant_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sub_merchant_id = self.sub_merchant_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if sub_merchant_id is not UNSET:
            field_dict["subMerchantId"] = sub_merchant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sub_merchant_id = d.pop("subMerchantId", UNSET)

        order_merchant = cls(
            sub_merchant_id=sub_merchant_id,
        )

        return order_merchant
