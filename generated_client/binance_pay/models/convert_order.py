# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class ConvertOrder(Model):
    """A convert order.

    Attributes:
        order_id (str): The convert order's id.
        order_status (str): Convert order status: SUCCESS, FAIL or PROCESS (still running; query it again). Open: a
            value not listed here is kept as text.
        from_asset (str): The currency converted from.
        from_amount (Decimal): Amount debited.
        to_asset (str): The currency converted into.
        to_amount (Decimal): Amount credited.
        ratio (Decimal): From:To quote price.
        inverse_ratio (Decimal): To:From quote price.
    """

    order_id: str
    order_status: str
    from_asset: str
    from_amount: Decimal
    to_asset: str
    to_amount: Decimal
    ratio: Decimal
    inverse_ratio: Decimal

    _fields: ClassVar[dict[str, str]] = {
        "orderId": "order_id",
        "orderStatus": "order_status",
        "fromAsset": "from_asset",
        "fromAmount": "from_amount",
        "toAsset": "to_asset",
        "toAmount": "to_amount",
        "ratio": "ratio",
        "inverseRatio": "inverse_ratio",
    }
