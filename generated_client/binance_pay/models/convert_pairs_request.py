# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define

T = TypeVar("T", bound="ConvertPairsRequest")


@_attrs_define
class ConvertPairsRequest:
    """List All Convert Pairs request.

    Attributes:
        from_asset (str): Currency to convert from, uppercase, for example "USDT".
    """

    from_asset: str

    def to_dict(self) -> dict[str, Any]:
        from_asset = self.from_asset

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fromAsset": from_asset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_asset = d.pop("fromAsset")

        convert_pairs_request = cls(
            from_asset=from_asset,
        )

        return convert_pairs_request
