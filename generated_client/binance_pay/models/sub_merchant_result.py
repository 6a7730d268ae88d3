# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import Any, ClassVar

from .._dataclasses import define
from .._model import Model


@define
class SubMerchantResult(Model):
    """A sub-merchant's id. From third-party SDKs: this shape.

    Attributes:
        sub_merchant_id (Any | None): The sub-merchant's id. JSON type unconfirmed (third-party SDKs read a number;
            Modify Sub-merchant takes it as a numeric string): read either form, kept exactly as sent (a `str`, or an
            `int` with every digit).
    """

    sub_merchant_id: Any | None = None

    _fields: ClassVar[dict[str, str]] = {
        "subMerchantId": "sub_merchant_id",
    }
