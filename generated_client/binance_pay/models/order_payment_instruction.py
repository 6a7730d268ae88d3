# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class OrderPaymentInstruction(Model):
    """What the payer actually paid, in one currency.

    Attributes:
        currency (str | None)
        amount (Decimal | None)
        price (Decimal | None): Price of `currency` in the order currency.
    """

    currency: str | None = None
    amount: Decimal | None = None
    price: Decimal | None = None

    _fields: ClassVar[dict[str, str]] = {
        "currency": "currency",
        "amount": "amount",
        "price": "price",
    }
