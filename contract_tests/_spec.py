"""The spec, read independently of the client and the sandbox: decimals exact, result codes indexed."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "openapi" / "binance-pay.yaml"
OPERATION_PATH = "/binancepay/openapi/balance"


class DecimalLoader(yaml.SafeLoader):
    """YAML floats become `Decimal`: the Amount maximum is not a double."""


def _decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal:
    return Decimal(str(loader.construct_scalar(node)).replace("_", ""))  # type: ignore[arg-type]


DecimalLoader.add_constructor("tag:yaml.org,2002:float", _decimal)


@functools.cache
def spec_text() -> str:
    return SPEC_PATH.read_text(encoding="utf-8")


@functools.cache
def spec() -> dict[str, Any]:
    return yaml.load(spec_text(), Loader=DecimalLoader)


@dataclass(frozen=True)
class ResultCode:
    name: str
    code: str
    http_status: int
    reason: str
    solution: str


@functools.cache
def result_codes() -> dict[str, ResultCode]:
    """code -> ResultCode, from `info.x-result-codes`."""
    return {
        item["code"]: ResultCode(item["name"], item["code"], int(item["httpStatus"]), item["reason"], item["solution"])
        for item in spec()["info"]["x-result-codes"]
    }


def code_for(name: str) -> ResultCode:
    return next(rc for rc in result_codes().values() if rc.name == name)


def schemas() -> dict[str, Any]:
    return spec()["components"]["schemas"]


def amount_rule() -> tuple[Decimal, Decimal, Decimal]:
    amount = schemas()["Amount"]
    return Decimal(amount["minimum"]), Decimal(amount["maximum"]), Decimal(amount["multipleOf"])


AMOUNT_MIN, AMOUNT_MAX, AMOUNT_STEP = amount_rule()
AMOUNT_PLACES = -AMOUNT_STEP.as_tuple().exponent  # type: ignore[operator]
WALLETS: tuple[str, ...] = tuple(schemas()["Wallet"]["enum"])
CURRENCY = schemas()["AssetQueryReq"]["properties"]["currency"]
CURRENCY_PATTERN = CURRENCY["pattern"]
CURRENCY_RE = re.compile(CURRENCY_PATTERN.replace("$", r"\Z"), re.ASCII)
CURRENCY_MIN_LEN = int(CURRENCY["minLength"])
CURRENCY_MAX_LEN = int(CURRENCY["maxLength"])
ERROR_MESSAGE_MAX = int(schemas()["AssetQueryResult"]["properties"]["errorMessage"]["maxLength"])
AMOUNT_FIELDS = tuple(
    name
    for name, prop in schemas()["AssetQueryResp"]["properties"].items()
    if prop.get("$ref") == "#/components/schemas/Amount"
)
SIGNING = spec()["info"]["x-signing"]
SECURITY_HEADERS: tuple[str, ...] = tuple(s["name"] for s in spec()["components"]["securitySchemes"].values())
TS_HEADER = SIGNING["headers"]["timestamp"]
NONCE_HEADER = SIGNING["headers"]["nonce"]
KEY_HEADER = SIGNING["headers"]["apiKey"]
SIG_HEADER = SIGNING["headers"]["signature"]
NONCE_ALPHABET = SIGNING["nonce"]["alphabet"]
NONCE_LENGTH = int(SIGNING["nonce"]["length"])


def documented_statuses() -> list[str]:
    """The 4xx statuses the operation documents (for negative_data_rejection)."""
    responses = spec()["paths"][OPERATION_PATH]["post"]["responses"]
    return sorted(status for status in responses if status.startswith("4"))


def subschema(name: str) -> dict[str, Any]:
    """A self-contained JSON Schema for components/schemas/<name> ($refs resolve against the spec)."""
    return {"$ref": f"#/components/schemas/{name}", "components": spec()["components"]}
