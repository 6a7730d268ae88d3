# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class ProfitSharingSplitReceiver(Model):
    """One receiver's part of a split.

    Attributes:
        account (str): The receiver's Binance ID; it must have been added with Add Receiver.
        amount (Decimal): An amount we send: 0.00000001 to 999999999999999.99999999, at most 8 decimal places (the
            documented range of a Binance Pay amount; zero is refused).
        description (str): Description; no special characters except "," "/" ".".
        webhook_url (str | None): The URL for this receiver's split notification; http or https only.
    """

    account: str
    amount: Decimal
    description: str
    webhook_url: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "account": "account",
        "amount": "amount",
        "description": "description",
        "webhookUrl": "webhook_url",
    }
