# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class AssetQueryResp(Model):
    """The balance of one currency in one wallet.

    Attributes:
        balance (Decimal): An exact decimal amount, at most 8 decimal places. Zero is valid; negative is not.
        asset (str): Asset/currency name.
        fiat (str): Fiat name, for fiat valuation.
        available_fiat_valuation (Decimal): An exact decimal amount, at most 8 decimal places. Zero is valid;
            negative is not.
        available_btc_valuation (Decimal): An exact decimal amount, at most 8 decimal places. Zero is valid;
            negative is not.
    """

    balance: Decimal
    asset: str
    fiat: str
    available_fiat_valuation: Decimal
    available_btc_valuation: Decimal

    _fields: ClassVar[dict[str, str]] = {
        "balance": "balance",
        "asset": "asset",
        "fiat": "fiat",
        "availableFiatValuation": "available_fiat_valuation",
        "availableBtcValuation": "available_btc_valuation",
    }
