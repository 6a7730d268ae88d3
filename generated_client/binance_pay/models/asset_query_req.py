# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..models.wallet import Wallet

T = TypeVar("T", bound="AssetQueryReq")


@_attrs_define
class AssetQueryReq:
    """Wallet Balance Query request.

    Attributes:
        wallet (Wallet): Binance wallet to query.
        currency (str): Currency to query, uppercase, for example "USDT".
    """

    wallet: Wallet
    currency: str

    def to_dict(self) -> dict[str, Any]:
        wallet = self.wallet.value

        currency = self.currency

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "wallet": wallet,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wallet = Wallet(d.pop("wallet"))

        currency = d.pop("currency")

        asset_query_req = cls(
            wallet=wallet,
            currency=currency,
        )

        return asset_query_req
