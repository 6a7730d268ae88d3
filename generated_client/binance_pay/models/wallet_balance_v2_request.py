# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..models.wallet import Wallet
from ..types import UNSET, Unset

T = TypeVar("T", bound="WalletBalanceV2Request")


@_attrs_define
class WalletBalanceV2Request:
    """Wallet Balance Query V2 request.

    Attributes:
        wallet (Wallet): Binance wallet to query.
        currency (str | Unset): Currency to query, uppercase, for example "USDT". Omitted, every asset of the wallet.
    """

    wallet: Wallet
    currency: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        wallet = self.wallet.value

        currency = self.currency

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "wallet": wallet,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wallet = Wallet(d.pop("wallet"))

        currency = d.pop("currency", UNSET)

        wallet_balance_v2_request = cls(
            wallet=wallet,
            currency=currency,
        )

        return wallet_balance_v2_request
