# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class ServiceProviderRecordDetail(Model):
    """An authorization record.

    Attributes:
        authorization_id (str | None): Authorization ID.
        merchant_name (str | None): The merchant's name.
        authorization_token (str | None): Authorization token.
        merchant_id (str | None): The merchant's ID.
        status (str | None): Authorization status. Open, a value not listed here is kept as text.
        scopes (list[str] | None): The scopes of the authorization.
        ip_whitelist (list[str] | None): The IP addresses the provider calls from.
    """

    authorization_id: str | None = None
    merchant_name: str | None = None
    authorization_token: str | None = None
    merchant_id: str | None = None
    status: str | None = None
    scopes: list[str] | None = None
    ip_whitelist: list[str] | None = None

    _fields: ClassVar[dict[str, str]] = {
        "authorizationId": "authorization_id",
        "merchantName": "merchant_name",
        "authorizationToken": "authorization_token",
        "merchantId": "merchant_id",
        "status": "status",
        "scopes": "scopes",
        "ipWhitelist": "ip_whitelist",
    }
