# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import Any, ClassVar

from .._dataclasses import define
from .._model import Model


@define
class ShareAccountIdResult(Model):
    """A share request for the user to scan.

    Attributes:
        merchant_id (Any | None): The merchant's account id.
        id (Any | None): Binance's id for the share request.
        request_id (str | None): The request's `requestId`.
        expire_time (int | None): When the QR code expires, milliseconds since the epoch.
        qrcode_content (str | None): Content of the QR code.
        qrcode_url (str | None): URL of the QR code image.
    """

    merchant_id: Any | None = None
    id: Any | None = None
    request_id: str | None = None
    expire_time: int | None = None
    qrcode_content: str | None = None
    qrcode_url: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "merchantId": "merchant_id",
        "id": "id",
        "requestId": "request_id",
        "expireTime": "expire_time",
        "qrcodeContent": "qrcode_content",
        "qrcodeUrl": "qrcode_url",
    }
