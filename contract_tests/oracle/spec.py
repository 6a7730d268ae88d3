"""The spec, read independently of the client and the sandbox: decimals exact, result codes, every operation.

The spec is `BINANCE_PAY_SPEC` when set (the sandbox under test is then built from the same file),
else the project's openapi/binance-pay.yaml.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SPEC_PATH = ROOT / "openapi" / "binance-pay.yaml"
SPEC_ENV = "BINANCE_PAY_SPEC"
SPEC_PATH = Path(os.environ.get(SPEC_ENV) or DEFAULT_SPEC_PATH).resolve()
SPEC_OVERRIDDEN = DEFAULT_SPEC_PATH.resolve() != SPEC_PATH
BALANCE_OPERATION = "queryWalletBalance"  # the one operation with state (balances) and targeted properties
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


# libyaml's parser when PyYAML was built with it (about six times faster on the spec), the same safe constructors.
if TYPE_CHECKING:
    _SafeLoader = yaml.SafeLoader
else:
    _SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DecimalLoader(_SafeLoader):
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
    common: bool = True


@functools.cache
def result_codes() -> dict[str, ResultCode]:
    """code -> ResultCode, from `info.x-result-codes`."""
    return {
        item["code"]: ResultCode(
            item["name"],
            item["code"],
            int(item["httpStatus"]),
            item["reason"],
            item["solution"],
            item.get("common", True) is not False,
        )
        for item in spec()["info"]["x-result-codes"]
    }


def code_for(name: str) -> ResultCode:
    return next(rc for rc in result_codes().values() if rc.name == name)


def validation_codes() -> dict[str, str]:
    """JSON Schema keyword -> result code name, from `info.x-validation-codes`."""
    return dict(spec()["info"]["x-validation-codes"])


def schemas() -> dict[str, Any]:
    return spec()["components"]["schemas"]


def resolve(node: Any) -> Any:
    """Follow local `$ref`s (`#/a/b`) in the spec until a node without one."""
    seen = 0
    while isinstance(node, Mapping) and "$ref" in node and seen < 64:
        target: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node, seen = target, seen + 1
    return node


def with_components(schema: Any) -> dict[str, Any]:
    """A self-contained JSON Schema: `schema` with the spec's components alongside (for its `#/components` refs)."""
    if isinstance(schema, Mapping) and "components" not in schema:
        return {**schema, "components": spec()["components"]}
    return {"allOf": [schema], "components": spec()["components"]}


def subschema(name: str) -> dict[str, Any]:
    """A self-contained JSON Schema for components/schemas/<name> ($refs resolve against the spec)."""
    return with_components({"$ref": f"#/components/schemas/{name}"})


# ---- the operations ----------------------------------------------------------------------------------------------

DecimalPath = tuple[str | None, ...]
"""Where a value sits in a JSON document: property names, None for "every item of an array"."""


def decimal_fields(
    schema: Any, path: DecimalPath = (), _refs: frozenset[str] = frozenset()
) -> list[tuple[DecimalPath, Any]]:
    """Every `format: decimal` node under `schema` (refs, allOf/anyOf/oneOf, properties, items), with its path."""
    if not isinstance(schema, Mapping):
        return []
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if ref in _refs:
            return []
        _refs = _refs | {ref}
    node = resolve(schema) if ref else schema
    found: list[tuple[DecimalPath, Any]] = []
    if node.get("format") == "decimal":
        merged = {**node, **{k: v for k, v in schema.items() if k != "$ref"}} if ref else node
        found.append((path, merged))
    for key in ("allOf", "anyOf", "oneOf"):
        for member in node.get(key) or ():
            found.extend(decimal_fields(member, path, _refs))
    for name, sub in (node.get("properties") or {}).items():
        found.extend(decimal_fields(sub, (*path, str(name)), _refs))
    if "items" in node:
        found.extend(decimal_fields(node["items"], (*path, None), _refs))
    return found


def values_at(document: Any, path: DecimalPath, where: str = "") -> Iterator[tuple[str, Any]]:
    """(JSON path text, value) of every value at `path` in `document` (absent ones skipped)."""
    if not path:
        yield where or "body", document
        return
    step, rest = path[0], path[1:]
    if step is None:
        if isinstance(document, list):
            for index, item in enumerate(document):
                yield from values_at(item, rest, f"{where}[{index}]")
    elif isinstance(document, dict) and step in document:
        yield from values_at(document[step], rest, f"{where}.{step}" if where else step)


@dataclass(frozen=True)
class SpecOperation:
    """One operation of the spec, as the contract tests need it."""

    operation_id: str
    method: str  # upper case
    path: str
    media_types: frozenset[str]
    request_schema: Any | None  # as written (refs into the spec); None: no request body
    response_200: Any
    decimals: tuple[tuple[DecimalPath, Any], ...]  # the `format: decimal` fields of the 200 body
    statuses: tuple[str, ...]  # documented response statuses
    result_names: frozenset[str]  # the common codes plus its own x-result-codes

    @property
    def definition(self) -> dict[str, Any]:
        return spec()["paths"][self.path][self.method.lower()]


def _operation(path: str, method: str, definition: Mapping[str, Any]) -> SpecOperation:
    media_types: frozenset[str] = frozenset()
    request_schema = None
    if "requestBody" in definition:
        content = resolve(definition["requestBody"]).get("content") or {}
        media_types = frozenset(str(k).lower() for k in content)
        json_media = content.get("application/json") or next(iter(content.values()), {})
        request_schema = json_media.get("schema")
    responses = definition.get("responses") or {}
    ok = (resolve(responses.get("200") or responses.get(200) or {}).get("content") or {}).get("application/json") or {}
    response_200 = ok.get("schema", {})
    common = {rc.name for rc in result_codes().values() if rc.common}
    return SpecOperation(
        operation_id=str(definition["operationId"]),
        method=method.upper(),
        path=path,
        media_types=media_types or frozenset({"application/json"}),
        request_schema=request_schema,
        response_200=response_200,
        decimals=tuple(decimal_fields(response_200)),
        statuses=tuple(str(status) for status in responses),
        result_names=frozenset(common | set(definition.get("x-result-codes") or ())),
    )


@functools.cache
def operations() -> tuple[SpecOperation, ...]:
    """Every operation under `paths`, in spec order."""
    found = []
    for path, item in spec()["paths"].items():
        for method, definition in resolve(item).items():
            if method in HTTP_METHODS and isinstance(definition, Mapping):
                found.append(_operation(str(path), method, definition))
    return tuple(found)


def operation(operation_id: str) -> SpecOperation:
    return next(op for op in operations() if op.operation_id == operation_id)


def operation_at(method: str, path: str) -> SpecOperation | None:
    return next((op for op in operations() if op.method == method.upper() and op.path == path), None)


def operations_at(path: str) -> list[SpecOperation]:
    return [op for op in operations() if op.path == path]


def documented_statuses() -> list[str]:
    """The 4xx statuses some operation documents (for negative_data_rejection)."""
    return sorted({status for op in operations() for status in op.statuses if status.startswith("4")})


# ---- the balance query (targeted properties and the client's properties) ------------------------------------------

OPERATION_PATH = operation(BALANCE_OPERATION).path


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
ERROR_MESSAGE_MAX = 256
"""Binance documents `errorMessage` as at most 256 characters; the spec does not enforce it on what Binance
sends (no `maxLength` on the Envelope), so a longer message must reach the caller intact."""
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
