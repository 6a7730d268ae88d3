# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from .._dataclasses import define
from .._model import Model

if TYPE_CHECKING:
    from .order_payment_instruction import OrderPaymentInstruction


@define
class WebhookPaymentInfo(Model):
    """How the order was paid, as the PAY notification carries it.

    Attributes:
        payer_id (int | None): The payer's Pay id (a number here; Query Order returns it as a string).
        pay_method (str | None)
        payment_instructions (list[OrderPaymentInstruction] | None)
        channel (str | None)
        sub_channel (str | None)
        payer_detail (str | None): The payer's identity, encrypted (see `OrderPaymentInfo.payerDetail`).
    """

    payer_id: int | None = None
    pay_method: str | None = None
    payment_instructions: list[OrderPaymentInstruction] | None = None
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
