# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field

T = TypeVar("T", bound="AssetQueryResp")


@_attrs_define
class AssetQueryResp:
    """The balance of one currency in one wallet.

    Attributes:
        balance (Decimal): An exact decimal amount, at most 8 decimal places. Zero is valid; negative is not.
        asset (str): Asset/currency name.
        fiat (str): Fiat name, for fiat valuation.
        available_fiat_valuation (Decimal): An exact decimal amount, at most 8 decimal places. Zero is valid; negative
            is not.
        available_btc_valuation (Decimal): An exact decimal amount, at most 8 decimal places. Zero is valid; negative is
            not.
    """

    balance: Decimal
    asset: str
    fiat: str
    available_fiat_valuation: Decimal
    available_btc_valuation: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        asset = self.asset

        fiat = self.fiat

        available_fiat_valuation = self.available_fiat_valuation

        available_btc_valuation = self.available_btc_valuation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
                "asset": asset,
                "fiat": fiat,
                "availableFiatValuation": available_fiat_valuation,
                "availableBtcValuation": available_btc_valuation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        balance = d.pop("balance")
        if type(balance) is int:
            balance = Decimal(balance)

        asset = d.pop("asset")

        fiat = d.pop("fiat")

        available_fiat_valuation = d.pop("availableFiatValuation")
        if type(available_fiat_valuation) is int:
            available_fiat_valuation = Decimal(available_fiat_valuation)

        available_btc_valuation = d.pop("availableBtcValuation")
        if type(available_btc_valuation) is int:
            available_btc_valuation = Decimal(available_btc_valuation)

        asset_query_resp = cls(
            balance=balance,
            asset=asset,
            fiat=fiat,
            available_fiat_valuation=available_fiat_valuation,
            available_btc_valuation=available_btc_valuation,
        )

        asset_query_resp.additional_properties = d
        return asset_query_resp

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
