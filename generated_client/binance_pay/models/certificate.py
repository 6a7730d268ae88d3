# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class Certificate(Model):
    """One of Binance's public keys for webhook verification.

    Attributes:
        cert_serial (str): Public key hash value; a notification's `BinancePay-Certificate-SN` header names the key
            that signed it.
        cert_public (str): The public key, a PEM "BEGIN PUBLIC KEY" block.
    """

    cert_serial: str
    cert_public: str

    _fields: ClassVar[dict[str, str]] = {
        "certSerial": "cert_serial",
        "certPublic": "cert_public",
    }
