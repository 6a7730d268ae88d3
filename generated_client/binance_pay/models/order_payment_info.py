# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from .._dataclasses import define
from .._model import Model

if TYPE_CHECKING:
    from .order_payment_instruction import OrderPaymentInstruction


@define
class OrderPaymentInfo(Model):
    """How the order was paid.

    Attributes:
        payer_id (str): The payer's Pay id (a string here; the webhook carries it as a number).
        pay_method (str)
        payment_instructions (list[OrderPaymentInstruction])
        channel (str | None)
        sub_channel (str | None)
        payer_detail (str | None): The payer's identity, encrypted (AES-GCM, key = SHA-256 of the API secret, first
            12 bytes of the base64-decoded value are the IV).
    """

    payer_id: str
    pay_method: str
    payment_instructions: list[OrderPaymentInstruction]
    channel: str | None = None
    sub_channel: str | None = None
    payer_detail: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "payerId": "payer_id",
        "payMethod": "pay_method",
        "paymentInstructions": "payment_instructions",
        "channel": "channel",
        "subChannel": "sub_channel",
        "payerDetail": "payer_detail",
    }
    _nested: ClassVar[dict[str, str | list[str]]] = {
        "paymentInstructions": ["OrderPaymentInstruction"],
    }
