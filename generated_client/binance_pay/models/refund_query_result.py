# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class RefundQueryResult(Model):
    """A refund, as Query Refund returns it.

    Attributes:
        refund_request_id (str): The merchant's id for the refund.
        prepay_id (str): Binance's id for the refunded order.
        order_amount (Decimal | None): Total amount of the original order.
        refunded_amount (Decimal | None): Total refunded so far.
        refund_amount (Decimal | None): Amount of this refund.
        refunded_commission (Decimal | None): Commission refunded so far.
        refund_commission (Decimal | None): Commission refunded by this refund.
        remaining_attempts (int | None): Refund attempts left for the order.
        payer_open_id (str | None): Payer open id (the merchant open id), at most 32 characters.
        refund_status (str | None): Refund status. Open: the page gives these as examples only, and the refund
            webhook uses REFUND_REJECTED where this list has REFUND_FAIL.
    """

    refund_request_id: str
    prepay_id: str
    order_amount: Decimal | None = None
    refunded_amount: Decimal | None = None
    refund_amount: Decimal | None = None
    refunded_commission: Decimal | None = None
    refund_commission: Decimal | None = None
    remaining_attempts: int | None = None
    payer_open_id: str | None = None
    refund_status: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "refundRequestId": "refund_request_id",
        "prepayId": "prepay_id",
        "orderAmount": "order_amount",
        "refundedAmount": "refunded_amount",
        "refundAmount": "refund_amount",
        "refundedCommission": "refunded_commission",
        "refundCommission": "refund_commission",
        "remainingAttempts": "remaining_attempts",
        "payerOpenId": "payer_open_id",
        "refundStatus": "refund_status",
    }
