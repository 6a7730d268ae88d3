# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import Any, ClassVar

from .._dataclasses import define
from .._model import Model


@define
class SubMerchantResult(Model):
    """A sub-merchant's id.

    Attributes:
        sub_merchant_id (Any | None): The sub-merchant's id.
    """

    sub_merchant_id: Any | None = None

    _fields: ClassVar[dict[str, str]] = {
        "subMerchantId": "sub_merchant_id",
    }
