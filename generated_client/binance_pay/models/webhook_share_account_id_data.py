# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class WebhookShareAccountIdData(Model):
    """`data` of a SHARE_ACCOUNT_ID notification (`bizStatus` SUCCESS), once parsed.

    Attributes:
        request_id (str | None): The merchant's id for the share request.
        user_binance_id (str | None)
        user_name (None | str): The user's nickname; may be null.
    """

    request_id: str | None = None
    user_binance_id: str | None = None
    user_name: None | str = None

    _fields: ClassVar[dict[str, str]] = {
        "requestId": "request_id",
        "userBinanceId": "user_binance_id",
        "userName": "user_name",
    }
