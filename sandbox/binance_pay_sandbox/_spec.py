"""Load the OpenAPI spec once and turn it into the plan the request path runs."""

from __future__ import annotations

import functools
import importlib.resources
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

OPERATION_ID = "queryWalletBalance"
SUCCESS_CODE = "000000"  # the spec's `code` description: "000000" on success

_HASHES = {"HMAC-SHA256": "sha256", "HMAC-SHA512": "sha512"}


class SpecError(RuntimeError):
    """The spec lacks something the sandbox needs."""


class _DecimalLoader(yaml.SafeLoader):
    """A YAML loader that reads floats as exact decimals (the spec's maximum is not a double)."""


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal | float:
    text = str(loader.construct_scalar(node)).replace("_", "")  # type: ignore[arg-type]
    if text.lower().lstrip("+-") in (".inf", ".nan"):
        return float(text.lower().replace(".", ""))
    return Decimal(text)


_DecimalLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)


@dataclass(frozen=True, slots=True)
class ResultCode:
    name: str
    code: str
    http_status: int


@dataclass(frozen=True, slots=True)
class FieldRule:
    """The validation rules of one request body property."""

    name: str
    json_type: str | None
    enum: tuple[str, ...] | None
    pattern: re.Pattern[str] | None
    pattern_text: str | None
    min_length: int | None
    max_length: int | None


@dataclass(frozen=True, slots=True)
class AmountRule:
    minimum: Decimal | None
    maximum: Decimal | None
    multiple_of: Decimal | None
    places: int | None


@dataclass(frozen=True, slots=True)
class Signing:
    algorithm: str
    hash_name: str
    upper: bool
    # (literal, placeholder) pairs from payloadTemplate, placeholder "" for trailing text
    template: tuple[tuple[bytes, str], ...]
    timestamp_header: str
    nonce_header: str
    api_key_header: str
    signature_header: str
    nonce_pattern: re.Pattern[str]
    nonce_pattern_text: str
    timestamp_factor_ms: int


@dataclass(frozen=True, slots=True)
class SpecPlan:
    text: bytes
    path: str
    method: str
    media_types: frozenset[str]
    fields: tuple[FieldRule, ...]
    required: tuple[str, ...]
    additional_properties: bool
    wallets: tuple[str, ...]
    currency_rule: FieldRule
    amount: AmountRule
    response_fields: tuple[tuple[str, bool], ...]  # (name, is_amount) in spec order
    signing: Signing
    codes: Mapping[str, ResultCode]

    def code(self, name: str) -> ResultCode:
        return self.codes[name]


def _spec_bytes() -> bytes:
    resource = importlib.resources.files("binance_pay_sandbox") / "openapi.yaml"
    if resource.is_file():
        return resource.read_bytes()
    return (Path(__file__).resolve().parents[2] / "openapi" / "binance-pay.yaml").read_bytes()


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, Mapping) and "$ref" in node:
        ref = str(node["$ref"])
        if not ref.startswith("#/"):
            raise SpecError(f"only local $ref is supported: {ref}")
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
        seen += 1
        if seen > 32:
            raise SpecError(f"$ref loop at {ref}")
    return node


def _is_ref_to(node: Any, name: str) -> bool:
    return isinstance(node, Mapping) and node.get("$ref") == f"#/components/schemas/{name}"


def _ecma_pattern(text: str) -> re.Pattern[str]:
    # ECMA-262 `$` (no multiline) matches only at the very end; Python's also before a final "\n".
    if text.endswith("$") and not text.endswith("\\$"):
        text = text[:-1] + r"\Z"
    return re.compile(text, re.ASCII)


def _field_rule(spec: Mapping[str, Any], name: str, node: Any) -> FieldRule:
    schema = _resolve(spec, node)
    enum = schema.get("enum")
    pattern = schema.get("pattern")
    return FieldRule(
        name=name,
        json_type=schema.get("type"),
        enum=tuple(str(v) for v in enum) if enum is not None else None,
        pattern=_ecma_pattern(str(pattern)) if pattern is not None else None,
        pattern_text=str(pattern) if pattern is not None else None,
        min_length=int(schema["minLength"]) if "minLength" in schema else None,
        max_length=int(schema["maxLength"]) if "maxLength" in schema else None,
    )


def _amount_rule(schema: Mapping[str, Any]) -> AmountRule:
    def dec(key: str) -> Decimal | None:
        return Decimal(str(schema[key])) if key in schema else None

    multiple_of = dec("multipleOf")
    places = None
    if multiple_of is not None:
        exponent = multiple_of.normalize().as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return AmountRule(dec("minimum"), dec("maximum"), multiple_of, places)


def _signing(info: Mapping[str, Any]) -> Signing:
    signing = info.get("x-signing")
    if not isinstance(signing, Mapping):
        raise SpecError("info.x-signing is missing")
    algorithm = str(signing["algorithm"])
    if algorithm not in _HASHES:
        raise SpecError(f"unsupported signing algorithm {algorithm}")
    encoding = str(signing.get("digestEncoding", "hex-upper"))
    if encoding not in ("hex-upper", "hex-lower", "hex"):
        raise SpecError(f"unsupported digest encoding {encoding}")
    template: list[tuple[bytes, str]] = []
    for literal, field, _spec, _conv in string.Formatter().parse(str(signing["payloadTemplate"])):
        if field is not None and field not in ("timestamp", "nonce", "body"):
            raise SpecError(f"unknown placeholder {{{field}}} in payloadTemplate")
        template.append((literal.encode(), field or ""))
    headers = signing["headers"]
    nonce = signing["nonce"]
    alphabet = "".join(sorted(set(str(nonce["alphabet"]))))
    nonce_text = f"[{re.escape(alphabet)}]{{{int(nonce['length'])}}}"
    unit = str(signing.get("timestampUnit", "ms"))
    if unit not in ("ms", "s"):
        raise SpecError(f"unsupported timestampUnit {unit}")
    return Signing(
        algorithm=algorithm,
        hash_name=_HASHES[algorithm],
        upper=encoding == "hex-upper",
        template=tuple(template),
        timestamp_header=str(headers["timestamp"]),
        nonce_header=str(headers["nonce"]),
        api_key_header=str(headers["apiKey"]),
        signature_header=str(headers["signature"]),
        nonce_pattern=re.compile(nonce_text, re.ASCII),
        nonce_pattern_text=f"{int(nonce['length'])} characters from [A-Za-z0-9]"
        if set(alphabet) == set(string.ascii_letters + string.digits)
        else nonce_text,
        timestamp_factor_ms=1 if unit == "ms" else 1000,
    )


def _find_operation(spec: Mapping[str, Any]) -> tuple[str, str, Mapping[str, Any]]:
    for path, item in (spec.get("paths") or {}).items():
        for method, operation in item.items():
            if isinstance(operation, Mapping) and operation.get("operationId") == OPERATION_ID:
                return str(path), str(method).upper(), operation
    raise SpecError(f"no operation {OPERATION_ID} in paths")


def build_plan(text: bytes) -> SpecPlan:
    spec: Mapping[str, Any] = yaml.load(text, Loader=_DecimalLoader)
    path, method, operation = _find_operation(spec)
    content = _resolve(spec, operation["requestBody"])["content"]
    media_types = frozenset(str(k).lower() for k in content)
    json_content = content.get("application/json") or next(iter(content.values()))
    request = _resolve(spec, json_content["schema"])
    properties = request.get("properties") or {}
    fields = tuple(_field_rule(spec, name, node) for name, node in properties.items())
    by_name = {f.name: f for f in fields}
    wallet_rule = by_name.get("wallet")
    if wallet_rule is None or wallet_rule.enum is None or "currency" not in by_name:
        raise SpecError("the request schema needs an enum `wallet` and a `currency`")

    schemas = spec["components"]["schemas"]
    ok = _resolve(spec, operation["responses"]["200"])["content"]["application/json"]["schema"]
    data_schema = _resolve(spec, _resolve(spec, ok)["properties"]["data"])
    response_fields = tuple(
        (str(name), _is_ref_to(node, "Amount")) for name, node in (data_schema.get("properties") or {}).items()
    )

    codes = {}
    for entry in spec["info"].get("x-result-codes") or []:
        rc = ResultCode(str(entry["name"]), str(entry["code"]), int(entry["httpStatus"]))
        codes[rc.name] = rc
    missing = sorted(NEEDED_CODES - codes.keys())
    if missing:
        raise SpecError(f"info.x-result-codes lacks {', '.join(missing)}")

    return SpecPlan(
        text=text,
        path=path,
        method=method,
        media_types=media_types,
        fields=fields,
        required=tuple(str(r) for r in request.get("required") or ()),
        additional_properties=request.get("additionalProperties", True) is not False,
        wallets=wallet_rule.enum,
        currency_rule=by_name["currency"],
        amount=_amount_rule(schemas["Amount"]),
        response_fields=response_fields,
        signing=_signing(spec["info"]),
        codes=codes,
    )


NEEDED_CODES = frozenset(
    {
        "UNKNOWN_ERROR",
        "INVALID_REQUEST",
        "INVALID_SIGNATURE",
        "INVALID_TIMESTAMP",
        "INVALID_API_KEY_OR_IP",
        "BAD_API_KEY_FMT",
        "BAD_HTTP_METHOD",
        "MEDIA_TYPE_NOT_SUPPORTED",
        "INVALID_REQUEST_BODY",
        "MANDATORY_PARAM_EMPTY_OR_MALFORMED",
        "INVALID_PARAM_WRONG_LENGTH",
        "INVALID_PARAM_WRONG_VALUE",
        "INVALID_PARAM_ILLEGAL_CHAR",
        "INVALID_REQUEST_TOO_LARGE",
    }
)


@functools.cache
def load_plan() -> SpecPlan:
    """The plan for the packaged (or source checkout) spec, parsed once per process."""
    return build_plan(_spec_bytes())
