# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class OrderResult(Model):
    """The created order.

    Attributes:
        prepay_id (str): Binance's id for the order (a JSON string).
        terminal_type (str | None): Echo of `env.terminalType`.
        expire_time (int | None): Expiry time, milliseconds since the epoch.
        trade_type (str | None): Where the order was placed ("operate entrance").
        qrcode_link (str | None): URL of the QR code image.
        qr_content (str | None): Content of the QR code.
        checkout_url (str | None): Binance-hosted checkout page.
        deeplink (str | None): Link that opens the Binance app.
        universal_url (str | None): Universal link (with `universalUrlAttach` appended).
        currency (str | None): Order currency.
        total_fee (Decimal | None): Order amount.
        fiat_currency (str | None): Present when the order was made in fiat.
        fiat_amount (Decimal | None): Present when the order was made in fiat.
    """

    prepay_id: str
    terminal_type: str | None = None
    expire_time: int | None = None
    trade_type: str | None = None
    qrcode_link: str | None = None
    qr_content: str | None = None
    checkout_url: str | None = None
    deeplink: str | None = None
    universal_url: str | None = None
    currency: str | None = None
    total_fee: Decimal | None = None
    fiat_currency: str | None = None
    fiat_amount: Decimal | None = None

    _fields: ClassVar[dict[str, str]] = {
        "prepayId": "prepay_id",
        "terminalType": "terminal_type",
        "expireTime": "expire_time",
        "tradeType": "trade_type",
        "qrcodeLink": "qrcode_link",
        "qrContent": "qr_content",
        "checkoutUrl": "checkout_url",
        "deeplink": "deeplink",
        "universalUrl": "universal_url",
        "currency": "currency",
        "totalFee": "total_fee",
        "fiatCurrency": "fiat_currency",
        "fiatAmount": "fiat_amount",
    }
