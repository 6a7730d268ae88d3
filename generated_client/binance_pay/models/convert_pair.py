# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class ConvertPair(Model):
    """One convert pair and its limits. Binance writes these decimals in exponent notation at times; the number of
    decimal places is not documented.

    Attributes:
        coin (str): The currency converted into.
        from_min (Decimal): Minimum amount of the from-currency.
        from_max (Decimal): Maximum amount of the from-currency.
        to_min (Decimal): Minimum amount of the to-currency.
        to_max (Decimal): Maximum amount of the to-currency.
        reverse (bool): Whether the reverse conversion is available.
        base (bool): Whether `coin` is the base currency of the pair ("Is base").
    """

    coin: str
    from_min: Decimal
    from_max: Decimal
    to_min: Decimal
    to_max: Decimal
    reverse: bool
    base: bool

    _fields: ClassVar[dict[str, str]] = {
        "coin": "coin",
        "fromMin": "from_min",
        "fromMax": "from_max",
        "toMin": "to_min",
        "toMax": "to_max",
        "reverse": "reverse",
        "base": "base",
    }
