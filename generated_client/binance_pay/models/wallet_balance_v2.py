# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from .._dataclasses import define
from .._model import Model

if TYPE_CHECKING:
    from .wallet_balance_v2_asset import WalletBalanceV2Asset


@define
class WalletBalanceV2(Model):
    """The balances of one wallet.

    Attributes:
        wallet (str): The wallet that holds the assets (FUNDING_WALLET or SPOT_WALLET).
        update_time (int): Update time of the data, milliseconds since the epoch.
        fiat (str): Fiat currency of the valuations, for example "USD".
        balance (list[WalletBalanceV2Asset] | None): One entry per asset.
    """

    wallet: str
    update_time: int
    fiat: str
    balance: list[WalletBalanceV2Asset] | None = None

    _fields: ClassVar[dict[str, str]] = {
        "wallet": "wallet",
        "updateTime": "update_time",
        "fiat": "fiat",
        "balance": "balance",
    }
    _nested: ClassVar[dict[str, str | list[str]]] = {
        "balance": ["WalletBalanceV2Asset"],
    }
