# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""Every schema of the spec as plain data for `_schema` (loaded on a client's first call, then linked).

Components by name; `<operationId>:200` is an operation's SUCCESS body (the Envelope with its
`data`), `<operationId>:fail` its FAIL body.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

SCHEMAS: dict[str, Any] = {
    "Wallet": {"type": "enum", "values": ["FUNDING_WALLET", "SPOT_WALLET"]},
    "AssetQueryReq": {
        "type": "object",
        "properties": {
            "wallet": {"$ref": "Wallet"},
            "currency": {
                "type": "string",
                "minLength": 1,
                "maxLength": 20,
                "pattern": "^[A-Z0-9]+\\Z",
                "patternText": "^[A-Z0-9]+$",
            },
        },
        "python_names": {"wallet": "wallet", "currency": "currency"},
        "required": ["wallet", "currency"],
        "closed": True,
    },
    "Status": {"type": "enum", "values": ["SUCCESS", "FAIL"]},
    "Amount": {
        "type": "decimal",
        "wire": "number",
        "minimum": Decimal("0"),
        "maximum": Decimal("999999999999999.99999999"),
        "places": 8,
    },
    "AssetQueryResp": {
        "type": "object",
        "properties": {
            "balance": {"$ref": "Amount"},
            "asset": {"type": "string"},
            "fiat": {"type": "string"},
            "availableFiatValuation": {"$ref": "Amount"},
            "availableBtcValuation": {"$ref": "Amount"},
        },
        "python_names": {
            "balance": "balance",
            "asset": "asset",
            "fiat": "fiat",
            "availableFiatValuation": "available_fiat_valuation",
            "availableBtcValuation": "available_btc_valuation",
        },
        "required": ["balance", "asset", "fiat", "availableFiatValuation", "availableBtcValuation"],
    },
    "Envelope": {
        "type": "object",
        "properties": {
            "status": {"$ref": "Status"},
            "code": {"type": "string", "pattern": "^[0-9]{6}\\Z", "patternText": "^[0-9]{6}$"},
            "errorMessage": {"type": "string", "maxLength": 256},
        },
        "python_names": {"status": "status", "code": "code", "errorMessage": "error_message"},
        "required": ["status", "code"],
    },
    "queryWalletBalance:200": {
        "type": "object",
        "properties": {
            "status": {"$ref": "Status"},
            "code": {"type": "string", "pattern": "^[0-9]{6}\\Z", "patternText": "^[0-9]{6}$"},
            "errorMessage": {"type": "string", "maxLength": 256},
            "data": {"$ref": "AssetQueryResp"},
        },
        "python_names": {"status": "status", "code": "code", "errorMessage": "error_message", "data": "data"},
        "required": ["status", "code"],
    },
    "queryWalletBalance:fail": {"$ref": "Envelope"},
}

__all__ = ["Decimal", "SCHEMAS"]
