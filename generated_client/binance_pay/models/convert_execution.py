# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class ConvertExecution(Model):
    """The convert order an executed quote created.

    Attributes:
        order_id (str): The convert order's id (for Query Order).
        create_time (int): When the order was created, in milliseconds since the epoch.
        order_status (str): Convert order status: SUCCESS, FAIL or PROCESS (still running; query it again). Open: a
            value not listed here is kept as text.
        quote_price (Decimal): From:To quote price.
        inverse_price (Decimal): To:From quote price.
        from_coin (str): The currency converted from.
        from_coin_amount (Decimal): Amount debited.
        to_coin (str): The currency converted into.
        to_coin_amount (Decimal): Amount credited.
    """

    order_id: str
    create_time: int
    order_status: str
    quote_price: Decimal
    inverse_price: Decimal
    from_coin: str
    from_coin_amount: Decimal
    to_coin: str
    to_coin_amount: Decimal

    _fields: ClassVar[dict[str, str]] = {
        "orderId": "order_id",
        "createTime": "create_time",
        "orderStatus": "order_status",
        "quotePrice": "quote_price",
        "inversePrice": "inverse_price",
        "fromCoin": "from_coin",
        "fromCoinAmount": "from_coin_amount",
        "toCoin": "to_coin",
        "toCoinAmount": "to_coin_amount",
    }
