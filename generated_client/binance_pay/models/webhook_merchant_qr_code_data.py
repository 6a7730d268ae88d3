# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class WebhookMerchantQrCodeData(Model):
    """`data` of a MERCHANT_QR_CODE notification (`bizStatus` MERCHANT_QR_CODE_SCANED; partners only).

    Attributes:
        qr_content (str | None)
        refer_id (str | None): Equals `bizIdStr`; pass it to Create Order v3's `qrCodeReferId`.
        qr_code_type (str | None)
        amount (Decimal | None): The amount the user entered (a JSON string); only when `qrCodeType` is
            USER_INPUT_AMOUNT.
        currency (str | None): The currency the user chose (for example USDT or BTC); only when `qrCodeType` is
            USER_INPUT_AMOUNT.
    """

    qr_content: str | None = None
    refer_id: str | None = None
    qr_code_type: str | None = None
    amount: Decimal | None = None
    currency: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "qrContent": "qr_content",
        "referId": "refer_id",
        "qrCodeType": "qr_code_type",
        "amount": "amount",
        "currency": "currency",
    }
