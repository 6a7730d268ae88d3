# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class OrderTags(Model):
    """Tags of the order.

    Attributes:
        if_profit_sharing (bool | None): Tags the order for profit sharing (needed before submitting a split).
    """

    if_profit_sharing: bool | None = None

    _fields: ClassVar[dict[str, str]] = {
        "ifProfitSharing": "if_profit_sharing",
    }
