# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class PayoutResult(Model):
    """The batch was accepted.

    Attributes:
        request_id (str | None): The request's `requestId`.
        status (str | None): Batch status: ACCEPTED (will be processed soon), PROCESSING, SUCCESS (every payee
            received the money), PART_SUCCESS (some transfers succeeded: insufficient funds, a payee still to register,
            or a refund after 72 hours), FAILED (every transfer failed), CANCELED (given up by Binance after retries).
            Open: a value not listed here is kept as text.
    """

    request_id: str | None = None
    status: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "requestId": "request_id",
        "status": "status",
    }
