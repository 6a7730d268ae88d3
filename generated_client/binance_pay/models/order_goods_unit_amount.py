# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class OrderGoodsUnitAmount(Model):
    """Unit price of the goods.

    Attributes:
        currency (str): Currency of the unit price, uppercase.
        amount (Decimal): Unit price, at most 8 decimal places.
    """

    currency: str
    amount: Decimal

    _fields: ClassVar[dict[str, str]] = {
        "currency": "currency",
        "amount": "amount",
    }
