# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class OrderMerchant(Model):
    """OrderMerchant

    Attributes:
        sub_merchant_id (str | None): The sub-merchant's id, issued when it was created. Required for Channel
            Partners (since 2024-08); a Channel Partner ordering for its own business must use a separate sub-merchant.
    """

    sub_merchant_id: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "subMerchantId": "sub_merchant_id",
    }
