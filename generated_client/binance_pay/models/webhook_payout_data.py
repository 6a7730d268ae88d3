# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class WebhookPayoutData(Model):
    """`data` of a PAYOUT notification (`bizStatus` = the batch status), once parsed.

    Attributes:
        request_id (str | None): The merchant's id for the payout batch.
        batch_status (str | None)
        merchant_id (int | None)
        currency (str | None)
        total_amount (Decimal | None)
        total_number (int | None)
    """

    request_id: str | None = None
    batch_status: str | None = None
    merchant_id: int | None = None
    currency: str | None = None
    total_amount: Decimal | None = None
    total_number: int | None = None

    _fields: ClassVar[dict[str, str]] = {
        "requestId": "request_id",
        "batchStatus": "batch_status",
        "merchantId": "merchant_id",
        "currency": "currency",
        "totalAmount": "total_amount",
        "totalNumber": "total_number",
    }
