# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""The spec's models and enums, each imported on first use: `import binance_pay` stays as cheap
with forty operations as with one."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .asset_query_req import AssetQueryReq
    from .asset_query_resp import AssetQueryResp
    from .envelope import Envelope
    from .query_wallet_balance_response_200 import QueryWalletBalanceResponse200
    from .status import Status
    from .wallet import Wallet

_MODULES = {
    "AssetQueryReq": "asset_query_req",
    "AssetQueryResp": "asset_query_resp",
    "Envelope": "envelope",
    "QueryWalletBalanceResponse200": "query_wallet_balance_response_200",
    "Status": "status",
    "Wallet": "wallet",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = [
    "AssetQueryReq",
    "AssetQueryResp",
    "Envelope",
    "QueryWalletBalanceResponse200",
    "Status",
    "Wallet",
]
