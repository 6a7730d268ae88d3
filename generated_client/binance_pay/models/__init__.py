# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""Contains all the data models used in inputs/outputs"""

from .asset_query_req import AssetQueryReq
from .asset_query_resp import AssetQueryResp
from .asset_query_result import AssetQueryResult
from .status import Status
from .wallet import Wallet

__all__ = (
    "AssetQueryReq",
    "AssetQueryResp",
    "AssetQueryResult",
    "Status",
    "Wallet",
)
