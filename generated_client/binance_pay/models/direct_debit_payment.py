# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class DirectDebitPayment(Model):
    """A direct debit payment, accepted for asynchronous processing.

    Attributes:
        order_id (str | None): Binance's id for the debit.
        prepay_id (str | None): The prepay id, as Create Order returns it.
        merchant_request_id (str | None): The request's merchantRequestId.
        applied_time (int | None): When the debit was applied, in milliseconds since the epoch.
        status (str | None): Status of a direct debit payment. INIT, PROCESSING, SUCCESS, FAILED. Open: a value not
            listed here is kept as text.
    """

    order_id: str | None = None
    prepay_id: str | None = None
    merchant_request_id: str | None = None
    applied_time: int | None = None
    status: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "orderId": "order_id",
        "prepayId": "prepay_id",
        "merchantRequestId": "merchant_request_id",
        "appliedTime": "applied_time",
        "status": "status",
    }
