# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class TransferQueryResult(Model):
    """The status of a transfer.

    Attributes:
        tran_id (str): The transfer's id (its `requestId`).
        status (str): SUCCESS (the transfer is complete), FAILURE (the transfer failed), PROCESS (in progress).
            Open: a value not listed here is kept as text.
        currency (str | None)
        amount (Decimal | None)
    """

    tran_id: str
    status: str
    currency: str | None = None
    amount: Decimal | None = None

    _fields: ClassVar[dict[str, str]] = {
        "tranId": "tran_id",
        "status": "status",
        "currency": "currency",
        "amount": "amount",
    }
