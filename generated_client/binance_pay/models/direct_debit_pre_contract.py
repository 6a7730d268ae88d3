# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class DirectDebitPreContract(Model):
    """A contract waiting for the user's signature.

    Attributes:
        merchant_id (int | None): The merchant's id at Binance.
        pre_contract_id (str | None): The id Binance gave this contract request.
        contract_end_time (int | None): When the contract ends, in milliseconds since the epoch.
        request_expire_time (int | None): When the user can no longer sign, in milliseconds since the epoch.
        qr_content (str | None): The QR code's content.
        qrcode_link (str | None): The QR code image's URL.
        deeplink (str | None): Opens the Binance app to sign the contract.
    """

    merchant_id: int | None = None
    pre_contract_id: str | None = None
    contract_end_time: int | None = None
    request_expire_time: int | None = None
    qr_content: str | None = None
    qrcode_link: str | None = None
    deeplink: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "merchantId": "merchant_id",
        "preContractId": "pre_contract_id",
        "contractEndTime": "contract_end_time",
        "requestExpireTime": "request_expire_time",
        "qrContent": "qr_content",
        "qrcodeLink": "qrcode_link",
        "deeplink": "deeplink",
    }
