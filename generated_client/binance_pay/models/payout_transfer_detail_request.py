# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar

from .._dataclasses import define
from .._model import Model

if TYPE_CHECKING:
    from .payout_receive_type import PayoutReceiveType
    from .wallet import Wallet


@define
class PayoutTransferDetailRequest(Model):
    """One transfer of a batch.

    Attributes:
        merchant_send_id (str): The merchant's unique id for this transfer.
        receiver (str): The payee's Binance ID or e-mail address, per receiveType.
        transfer_amount (Decimal): A payout amount, a JSON number from 0.00000001 to 999999999999999.99999999, at
            most 8 decimal places.
        receive_type (PayoutReceiveType | None): How `receiver` identifies the payee: BINANCE_ID or EMAIL (a non-
            Binance e-mail must register and pass KYC within 72 hours).
        transfer_method (Wallet | None): Binance wallet to query.
        remark (str | None): Remark. At most 128 characters.
    """

    merchant_send_id: str
    receiver: str
    transfer_amount: Decimal
    receive_type: PayoutReceiveType | None = None
    transfer_method: Wallet | None = None
    remark: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "merchantSendId": "merchant_send_id",
        "receiver": "receiver",
        "transferAmount": "transfer_amount",
        "receiveType": "receive_type",
        "transferMethod": "transfer_method",
        "remark": "remark",
    }
    _nested: ClassVar[dict[str, str | list[str]]] = {
        "receiveType": "PayoutReceiveType",
        "transferMethod": "Wallet",
    }
