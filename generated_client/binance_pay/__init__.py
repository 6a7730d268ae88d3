# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""Binance Pay Merchant API client, generated from openapi/binance-pay.yaml.

    from binance_pay import BinancePayClient

    with BinancePayClient() as client:  # keys from BINANCE_PAY_API_KEY / BINANCE_PAY_SECRET_KEY
        balance = client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
        balance.balance  # Decimal('990000.00000000'), read exactly from the JSON text

Models and enums (`binance_pay.Wallet`, ...) are imported on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._client import AsyncBinancePayClient, BinancePayClient
from ._constants import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    DEFAULT_TOTAL_TIMEOUT,
    Timeout,
)
from ._response import RawResponse
from ._secret import Secret
from ._spec import API_VERSION, DEFAULT_BASE_URL
from ._version import __version__
from .errors import (
    DEFAULT_RETRY_ON,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BinancePayError,
    ClientClosedError,
    MissingCredentialsError,
    RequestValidationError,
    ResponseTooLargeError,
    ResponseValidationError,
)

if TYPE_CHECKING:
    from .models import AssetQueryReq, AssetQueryResp, Envelope, QueryWalletBalanceResponse200, Status, Wallet

_MODELS = frozenset(
    {
        "AssetQueryReq",
        "AssetQueryResp",
        "Envelope",
        "QueryWalletBalanceResponse200",
        "Status",
        "Wallet",
    }
)


def __getattr__(name: str) -> Any:
    if name in _MODELS:
        value = getattr(importlib.import_module(".models", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "API_VERSION",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_RETRY_ON",
    "DEFAULT_TIMEOUT",
    "DEFAULT_TOTAL_TIMEOUT",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncBinancePayClient",
    "BinancePayClient",
    "BinancePayError",
    "ClientClosedError",
    "MissingCredentialsError",
    "RawResponse",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "Secret",
    "Timeout",
    "AssetQueryReq",
    "AssetQueryResp",
    "Envelope",
    "QueryWalletBalanceResponse200",
    "Status",
    "Wallet",
    "__version__",
]
