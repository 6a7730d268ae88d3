# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""Binance Pay Merchant API client, generated from openapi/binance-pay.yaml.

    from binance_pay import BinancePayClient

    with BinancePayClient() as client:  # keys from BINANCE_PAY_API_KEY / BINANCE_PAY_SECRET_KEY
        balance = client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
        balance.balance  # Decimal('990000.00000000'), read exactly from the JSON text

Models and enums live in `binance_pay.models` (`from binance_pay.models import Wallet`); they are
imported on first use, and reachable here too (`binance_pay.Wallet`) without being part of `__all__`.
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
from ._outcome import Reconciliation, Recovery, recovered
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
    IdempotencyConflictError,
    MissingCredentialsError,
    OutcomeUnknownError,
    RequestValidationError,
    ResponseTooLargeError,
    ResponseValidationError,
)

if TYPE_CHECKING:
    from .models import *  # noqa: F403 - type checkers read the models' names here; `__getattr__` imports them


def __getattr__(name: str) -> Any:
    """`binance_pay.Wallet` is `binance_pay.models.Wallet`, imported on first use."""
    if name.startswith("__"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    models = importlib.import_module(".models", __name__)
    try:
        return getattr(models, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


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
    "IdempotencyConflictError",
    "MissingCredentialsError",
    "OutcomeUnknownError",
    "RawResponse",
    "Reconciliation",
    "Recovery",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "Secret",
    "Timeout",
    "__version__",
    "recovered",
]
