# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""Schema checks generated from the spec's component schemas.

The generated models validate nothing, so each object schema gets a straight-line check here:
required fields, JSON types, enums, lengths, patterns, and for numbers exact `Decimal` ranges and
decimal places. The first broken rule raises `SchemaViolation(field, rule)`; callers turn it into
`RequestValidationError` or `ResponseValidationError`. Unknown extra fields are allowed unless the
schema says `additionalProperties: false`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any


class SchemaViolation(Exception):
    def __init__(self, field: str, rule: str) -> None:
        super().__init__(f"{field}: {rule}")
        self.field = field
        self.rule = rule


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, Decimal)):
        return "number"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _check_decimal(
    field: str,
    value: Any,
    minimum: Decimal | None,
    maximum: Decimal | None,
    exclusive_minimum: Decimal | None,
    exclusive_maximum: Decimal | None,
    places: int | None,
) -> None:
    kind = type(value)
    if kind is not Decimal and kind is not int:
        # bool is an int subclass and float is not exact: both are refused by the `is` checks.
        raise SchemaViolation(field, f"must be a JSON number read exactly, got {_type_name(value)} {_shown(value)}")
    number = Decimal(value) if kind is int else value
    if not number.is_finite():
        raise SchemaViolation(field, f"must be a finite number, got {_shown(value)}")
    if minimum is not None and number < minimum:
        raise SchemaViolation(field, f"must be >= {minimum}, got {number}")
    if maximum is not None and number > maximum:
        raise SchemaViolation(field, f"must be <= {maximum}, got {number}")
    if exclusive_minimum is not None and number <= exclusive_minimum:
        raise SchemaViolation(field, f"must be > {exclusive_minimum}, got {number}")
    if exclusive_maximum is not None and number >= exclusive_maximum:
        raise SchemaViolation(field, f"must be < {exclusive_maximum}, got {number}")
    if places is not None:
        exponent = number.as_tuple().exponent
        if isinstance(exponent, int) and exponent < -places and number != number.quantize(Decimal(1).scaleb(-places)):
            raise SchemaViolation(field, f"must have at most {places} decimal places, got {number}")


def _check_string(
    field: str,
    value: Any,
    min_length: int | None,
    max_length: int | None,
    pattern: re.Pattern[str] | None,
    pattern_text: str,
) -> None:
    if not isinstance(value, str):
        raise SchemaViolation(field, f"must be a string, got {_type_name(value)} {_shown(value)}")
    if min_length is not None and len(value) < min_length:
        rule = "must not be empty" if min_length == 1 else f"must be at least {min_length} characters"
        raise SchemaViolation(field, f"{rule}, got {_shown(value)}")
    if max_length is not None and len(value) > max_length:
        raise SchemaViolation(field, f"must be at most {max_length} characters, got {len(value)}")
    if pattern is not None and pattern.search(value) is None:
        raise SchemaViolation(field, f"must match {pattern_text}, got {_shown(value)}")


_WALLET_VALUES = frozenset(["FUNDING_WALLET", "SPOT_WALLET"])


_STATUS_VALUES = frozenset(["SUCCESS", "FAIL"])
_ASSETQUERYREQ_CURRENCY_PATTERN = re.compile("^[A-Z0-9]+\\Z", re.ASCII)
_ASSETQUERYRESP_BALANCE_MINIMUM = Decimal("0")
_ASSETQUERYRESP_BALANCE_MAXIMUM = Decimal("999999999999999.99999999")
_ASSETQUERYRESP_AVAILABLE_FIAT_VALUATION_MINIMUM = Decimal("0")
_ASSETQUERYRESP_AVAILABLE_FIAT_VALUATION_MAXIMUM = Decimal("999999999999999.99999999")
_ASSETQUERYRESP_AVAILABLE_BTC_VALUATION_MINIMUM = Decimal("0")
_ASSETQUERYRESP_AVAILABLE_BTC_VALUATION_MAXIMUM = Decimal("999999999999999.99999999")
_ASSETQUERYRESULT_CODE_PATTERN = re.compile("^[0-9]{6}\\Z", re.ASCII)


def validate_asset_query_req(value: Any, prefix: str = "") -> None:
    """Check `value` against the `AssetQueryReq` schema."""
    if type(value) is not dict:
        raise SchemaViolation(prefix.rstrip(".") or "body", f"must be a JSON object, got {_type_name(value)}")
    for key in value:
        if key not in ["wallet", "currency"]:
            raise SchemaViolation(prefix + str(key), "is not an allowed field")
    if "wallet" not in value:
        raise SchemaViolation(prefix + "wallet", "is required")
    item = value["wallet"]
    if not isinstance(item, str) or item not in _WALLET_VALUES:
        raise SchemaViolation(prefix + "wallet", "must be one of FUNDING_WALLET, SPOT_WALLET, got " + _shown(item))
    if "currency" not in value:
        raise SchemaViolation(prefix + "currency", "is required")
    item = value["currency"]
    _check_string(prefix + "currency", item, 1, 20, _ASSETQUERYREQ_CURRENCY_PATTERN, "^[A-Z0-9]+$")


def validate_asset_query_resp(value: Any, prefix: str = "") -> None:
    """Check `value` against the `AssetQueryResp` schema."""
    if type(value) is not dict:
        raise SchemaViolation(prefix.rstrip(".") or "body", f"must be a JSON object, got {_type_name(value)}")
    if "balance" not in value:
        raise SchemaViolation(prefix + "balance", "is required")
    item = value["balance"]
    _check_decimal(
        prefix + "balance", item, _ASSETQUERYRESP_BALANCE_MINIMUM, _ASSETQUERYRESP_BALANCE_MAXIMUM, None, None, 8
    )
    if "asset" not in value:
        raise SchemaViolation(prefix + "asset", "is required")
    item = value["asset"]
    _check_string(prefix + "asset", item, None, None, None, "")
    if "fiat" not in value:
        raise SchemaViolation(prefix + "fiat", "is required")
    item = value["fiat"]
    _check_string(prefix + "fiat", item, None, None, None, "")
    if "availableFiatValuation" not in value:
        raise SchemaViolation(prefix + "availableFiatValuation", "is required")
    item = value["availableFiatValuation"]
    _check_decimal(
        prefix + "availableFiatValuation",
        item,
        _ASSETQUERYRESP_AVAILABLE_FIAT_VALUATION_MINIMUM,
        _ASSETQUERYRESP_AVAILABLE_FIAT_VALUATION_MAXIMUM,
        None,
        None,
        8,
    )
    if "availableBtcValuation" not in value:
        raise SchemaViolation(prefix + "availableBtcValuation", "is required")
    item = value["availableBtcValuation"]
    _check_decimal(
        prefix + "availableBtcValuation",
        item,
        _ASSETQUERYRESP_AVAILABLE_BTC_VALUATION_MINIMUM,
        _ASSETQUERYRESP_AVAILABLE_BTC_VALUATION_MAXIMUM,
        None,
        None,
        8,
    )


def validate_asset_query_result(value: Any, prefix: str = "") -> None:
    """Check `value` against the `AssetQueryResult` schema."""
    if type(value) is not dict:
        raise SchemaViolation(prefix.rstrip(".") or "body", f"must be a JSON object, got {_type_name(value)}")
    if "status" not in value:
        raise SchemaViolation(prefix + "status", "is required")
    item = value["status"]
    if not isinstance(item, str) or item not in _STATUS_VALUES:
        raise SchemaViolation(prefix + "status", "must be one of SUCCESS, FAIL, got " + _shown(item))
    if "code" not in value:
        raise SchemaViolation(prefix + "code", "is required")
    item = value["code"]
    _check_string(prefix + "code", item, None, None, _ASSETQUERYRESULT_CODE_PATTERN, "^[0-9]{6}$")
    item = value.get("data", _MISSING)
    if item is not _MISSING:
        validate_asset_query_resp(item, prefix + "data" + ".")
    item = value.get("errorMessage", _MISSING)
    if item is not _MISSING:
        _check_string(prefix + "errorMessage", item, None, 256, None, "")


_MISSING: Any = object()

__all__ = [
    "SchemaViolation",
    "validate_asset_query_req",
    "validate_asset_query_resp",
    "validate_asset_query_result",
]
