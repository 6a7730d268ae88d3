# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import Any, ClassVar

from .._dataclasses import define
from .._model import Model


@define
class CollectionQueryResult(Model):
    """A collection order.

    Attributes:
        order_id (Any): Binance's id for the collection order.
        status (str): INITIAL, PENDING or PAID. Open; a value not listed here is kept as text.
        client_trade_no (str | None): The merchant's id for the collection order.
    """

    order_id: Any
    status: str
    client_trade_no: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "orderId": "order_id",
        "status": "status",
        "clientTradeNo": "client_trade_no",
    }
