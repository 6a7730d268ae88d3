# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="WalletBalanceV2Asset")


@_attrs_define
class WalletBalanceV2Asset:
    """The balance of one asset.

    Attributes:
        available (Decimal): An exact decimal amount, at most 8 decimal places. Zero is valid; negative is not.
        freeze (Decimal): An exact decimal amount, at most 8 decimal places. Zero is valid; negative is not.
        asset (str): Asset/currency name.
        available_fiat_valuation (Decimal | Unset): An exact decimal amount, at most 8 decimal places. Zero is valid;
            negative is not.
        available_btc_valuation (Decimal | Unset): An exact decimal amount, at most 8 decimal places. Zero is valid;
            negative is not.
    """

    available: Decimal
    freeze: Decimal
    asset: str
    available_fiat_valuation: Decimal | Unset = UNSET
    available_btc_valuation: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available = self.available

        freeze = self.freeze

        asset = self.asset

        available_fiat_valuation = self.available_fiat_valuation

        available_btc_valuation = self.available_btc_valuation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available": available,
                "freeze": freeze,
                "asset": asset,
            }
        )
        if available_fiat_valuation is not UNSET:
            field_dict["availableFiatValuation"] = available_fiat_valuation
        if available_btc_valuation is not UNSET:
            field_dict["availableBtcValuation"] = available_btc_valuation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available = d.pop("available")
        if type(available) is int:
            available = Decimal(available)

        freeze = d.pop("freeze")
        if type(freeze) is int:
            freeze = Decimal(freeze)

        asset = d.pop("asset")

        available_fiat_valuation = d.pop("availableFiatValuation", UNSET)
        if type(available_fiat_valuation) is int:
            available_fiat_valuation = Decimal(available_fiat_valuation)

        available_btc_valuation = d.pop("availableBtcValuation", UNSET)
        if type(available_btc_valuation) is int:
            available_btc_valuation = Decimal(available_btc_valuation)

        wallet_balance_v2_asset = cls(
            available=available,
            freeze=freeze,
            asset=asset,
            available_fiat_valuation=available_fiat_valuation,
            available_btc_valuation=available_btc_valuation,
        )

        wallet_balance_v2_asset.additional_properties = d
        return wallet_balance_v2_asset

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
