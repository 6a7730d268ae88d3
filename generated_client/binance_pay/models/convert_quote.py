# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class ConvertQuote(Model):
    """A convert quote. No `quoteId` means the balance is not enough to convert.

    Attributes:
        ratio (Decimal): From:To quote price.
        inverse_ratio (Decimal): To:From quote price.
        valid_timestamp (int): When the quote expires, in milliseconds since the epoch.
        expire_time (int): How long the quote is valid, in seconds.
        to_amount (Decimal): The amount credited after the conversion.
        to_coin (str): The currency converted into.
        from_amount (Decimal): The amount debited by the conversion.
        from_coin (str): The currency converted from.
        quote_id (str | None): The quote to execute; missing when the balance is not enough to convert.
    """

    ratio: Decimal
    inverse_ratio: Decimal
    valid_timestamp: int
    expire_time: int
    to_amount: Decimal
    to_coin: str
    from_amount: Decimal
    from_coin: str
    quote_id: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "ratio": "ratio",
        "inverseRatio": "inverse_ratio",
        "validTimestamp": "valid_timestamp",
        "expireTime": "expire_time",
        "toAmount": "to_amount",
        "toCoin": "to_coin",
        "fromAmount": "from_amount",
        "fromCoin": "from_coin",
        "quoteId": "quote_id",
    }
