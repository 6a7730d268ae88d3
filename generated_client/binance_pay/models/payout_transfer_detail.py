# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

from .._dataclasses import define
from .._model import Model


@define
class PayoutTransferDetail(Model):
    """One transfer of a batch.

    Attributes:
        merchant_send_id (str): The merchant's id for this transfer.
        status (str): Status of one transfer. Open: a value not listed here is kept as text.
        order_id (Any | None): Binance's id for this transfer.
        payer_id (Any | None): The payer's payment account id.
        amount (Decimal | None): Amount transferred.
        receive_type (str | None): BINANCE_ID, EMAIL or PAY_ID.
        receiver (str | None): The receiver from the request.
        payee_id (Any | None): The payee's payment account id.
        transfer_method (str | None): FUNDING_WALLET or SPOT_WALLET.
        remark (str | None): The remark from the request.
    """

    merchant_send_id: str
    status: str
    order_id: Any | None = None
    payer_id: Any | None = None
    amount: Decimal | None = None
    receive_type: str | None = None
    receiver: str | None = None
    payee_id: Any | None = None
    transfer_method: str | None = None
    remark: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "merchantSendId": "merchant_send_id",
        "status": "status",
        "orderId": "order_id",
        "payerId": "payer_id",
        "amount": "amount",
        "receiveType": "receive_type",
        "receiver": "receiver",
        "payeeId": "payee_id",
        "transferMethod": "transfer_method",
        "remark": "remark",
    }
