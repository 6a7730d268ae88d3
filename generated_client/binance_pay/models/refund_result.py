# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class RefundResult(Model):
    """A refund, as Refund Order returns it.

    Attributes:
        refund_request_id (str): The merchant's id for the refund.
        prepay_id (str): Binance's id for the refunded order.
        refund_id (int | None): Binance's id for the refund.
        order_amount (Decimal | None): Total amount of the original order.
        refunded_amount (Decimal | None): Total refunded so far, including this refund.
        refund_amount (Decimal | None): Amount of this refund.
        remaining_attempts (int | None): Refund attempts left for the order. When it reaches 1, the next refund
            ignores the requested amount and refunds the whole remainder.
        payer_open_id (str | None): "Payer open id of this refund, which is the merchant open id".
        duplicate_request (str | None): "Y" when this `refundRequestId` was already seen, else "N".
    """

    refund_request_id: str
    prepay_id: str
    refund_id: int | None = None
    order_amount: Decimal | None = None
    refunded_amount: Decimal | None = None
    refund_amount: Decimal | None = None
    remaining_attempts: int | None = None
    payer_open_id: str | None = None
    duplicate_request: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "refundRequestId": "refund_request_id",
        "prepayId": "prepay_id",
        "refundId": "refund_id",
        "orderAmount": "order_amount",
        "refundedAmount": "refunded_amount",
        "refundAmount": "refund_amount",
        "remainingAttempts": "remaining_attempts",
        "payerOpenId": "payer_open_id",
        "duplicateRequest": "duplicate_request",
    }
