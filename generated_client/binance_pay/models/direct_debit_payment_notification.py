# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class DirectDebitPaymentNotification(Model):
    """An announced debit.

    Attributes:
        order_id (str): Binance's id for the announcement (at most 19 characters); pass it as preBizId to Payment.
        merchant_request_id (str): The request's merchantRequestId.
        transaction_time (int): Transaction time, in milliseconds since the epoch.
    """

    order_id: str
    merchant_request_id: str
    transaction_time: int

    _fields: ClassVar[dict[str, str]] = {
        "orderId": "order_id",
        "merchantRequestId": "merchant_request_id",
        "transactionTime": "transaction_time",
    }
