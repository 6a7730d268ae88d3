# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""Binance Pay Merchant API client, generated from openapi/binance-pay.yaml.

from binance_pay import BinancePayClient

with BinancePayClient() as client:  # keys from BINANCE_PAY_API_KEY / BINANCE_PAY_SECRET_KEY
    balance = client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
    balance.balance  # Decimal('990000.00000000'), read exactly from the JSON text
"""

from ._client import AsyncBinancePayClient, BinancePayClient
from ._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    DEFAULT_TOTAL_TIMEOUT,
)
from ._retry import DEFAULT_RETRY_ON
from ._secret import Secret
from ._signing import BinancePayAuth
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BinancePayError,
    MissingCredentialsError,
    RequestValidationError,
    ResponseTooLargeError,
    ResponseValidationError,
)
from .models import AssetQueryReq, AssetQueryResp, AssetQueryResult, Status, Wallet

__version__ = "1.0.0"

__all__ = [
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
    "BinancePayAuth",
    "BinancePayClient",
    "BinancePayError",
    "MissingCredentialsError",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "Secret",
    "AssetQueryReq",
    "AssetQueryResp",
    "AssetQueryResult",
    "Status",
    "Wallet",
    "__version__",
]
