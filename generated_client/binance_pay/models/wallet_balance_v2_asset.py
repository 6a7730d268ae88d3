# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class WalletBalanceV2Asset(Model):
    """The balance of one asset.

    Attributes:
        available (Decimal): An exact decimal amount, at most 8 decimal places. Zero is valid; negative is not.
        freeze (Decimal): An exact decimal amount, at most 8 decimal places. Zero is valid; negative is not.
        asset (str): Asset/currency name.
        available_fiat_valuation (Decimal | None): An exact decimal amount, at most 8 decimal places. Zero is valid;
            negative is not.
        available_btc_valuation (Decimal | None): An exact decimal amount, at most 8 decimal places. Zero is valid;
            negative is not.
    """

    available: Decimal
    freeze: Decimal
    asset: str
    available_fiat_valuation: Decimal | None = None
    available_btc_valuation: Decimal | None = None

    _fields: ClassVar[dict[str, str]] = {
        "available": "available",
        "freeze": "freeze",
        "asset": "asset",
        "availableFiatValuation": "available_fiat_valuation",
        "availableBtcValuation": "available_btc_valuation",
    }
