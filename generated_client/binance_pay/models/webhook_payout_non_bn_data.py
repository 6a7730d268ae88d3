# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class WebhookPayoutNonBnData(Model):
    """`data` of a PAYOUT_NON_BN notification, once parsed: the final outcome of a payout to an email that is not yet a
    Binance user (who must register and pass KYC within 72 hours, otherwise the funds are refunded).

    Attributes:
        merchant_send_id (str | None)
        order_id (str | None)
        batch_id (str | None)
        status (str | None): The payout detail status (open list).
        currency (str | None)
        amount (Decimal | None)
        receive_type (str | None): EMAIL.
        receiver (str | None)
    """

    merchant_send_id: str | None = None
    order_id: str | None = None
    batch_id: str | None = None
    status: str | None = None
    currency: str | None = None
    amount: Decimal | None = None
    receive_type: str | None = None
    receiver: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "merchantSendId": "merchant_send_id",
        "orderId": "order_id",
        "batchId": "batch_id",
        "status": "status",
        "currency": "currency",
        "amount": "amount",
        "receiveType": "receive_type",
        "receiver": "receiver",
    }
