# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class ServiceProviderAuthorization(Model):
    """An authorization request to a merchant.

    Attributes:
        authorization_id (str): Authorization ID.
        merchant_name (str): The merchant's name.
        authorization_token (str): Authorization token.
        merchant_id (str): The merchant's ID.
        status (str): Authorization status. Open, a value not listed here is kept as text.
        redirect_url (str): Sends the merchant to the merchant platform's page to approve the request.
        scopes (list[str]): The scopes asked for.
        ip_whitelist (list[str]): The IP addresses the provider will call from.
    """

    authorization_id: str
    merchant_name: str
    authorization_token: str
    merchant_id: str
    status: str
    redirect_url: str
    scopes: list[str]
    ip_whitelist: list[str]

    _fields: ClassVar[dict[str, str]] = {
        "authorizationId": "authorization_id",
        "merchantName": "merchant_name",
        "authorizationToken": "authorization_token",
        "merchantId": "merchant_id",
        "status": "status",
        "redirectUrl": "redirect_url",
        "scopes": "scopes",
        "ipWhitelist": "ip_whitelist",
    }
