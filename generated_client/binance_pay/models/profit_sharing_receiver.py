# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class ProfitSharingReceiver(Model):
    """A receiver.

    Attributes:
        account (str): The request's account.
    """

    account: str

    _fields: ClassVar[dict[str, str]] = {
        "account": "account",
    }
