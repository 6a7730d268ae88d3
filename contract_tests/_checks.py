"""Contract checks as plain functions, the request oracle, and their Schemathesis wrappers.

Every check takes bytes and numbers (no Schemathesis objects), so the same function runs in the
Schemathesis runs, in the targeted Hypothesis tests and in the planted-fault meta-tests.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import schemathesis

from contract_tests._signing import verify
from contract_tests._spec import (
    AMOUNT_MAX,
    AMOUNT_MIN,
    AMOUNT_STEP,
    KEY_HEADER,
    NONCE_ALPHABET,
    NONCE_HEADER,
    NONCE_LENGTH,
    SIG_HEADER,
    TS_HEADER,
    WALLETS,
    code_for,
    result_codes,
    schemas,
    spec,
)

SUCCESS_CODE = "000000"
SUCCESS = "SUCCESS"
_TS_SLACK_MS = 250  # around the window edge either answer is acceptable (request latency)


def decode_exact(body: bytes) -> Any:
    """JSON with every number (integers too) as an exact Decimal."""
    return json.loads(body, parse_float=Decimal, parse_int=Decimal)


def _numbers(value: Any, path: str = "") -> list[tuple[str, Decimal]]:
    if isinstance(value, Decimal):
        return [(path or "body", value)]
    if isinstance(value, dict):
        return [item for key, sub in value.items() for item in _numbers(sub, f"{path}.{key}" if path else key)]
    if isinstance(value, list):
        return [item for i, sub in enumerate(value) for item in _numbers(sub, f"{path}[{i}]")]
    return []


# ---- check 1: exact decimals -------------------------------------------------------------------------------------


def check_decimals(body: bytes) -> None:
    """Every number in the response, read exactly, has <= 8 places and lies within the Amount range."""
    try:
        payload = decode_exact(body)
    except ValueError as exc:
        raise AssertionError(f"response is not JSON: {body[:120]!r}") from exc
    for where, number in _numbers(payload):
        assert number.is_finite(), f"{where}: {number} is not finite"
        assert number % AMOUNT_STEP == 0, f"{where}: {number} has more than {-AMOUNT_STEP.as_tuple().exponent} places"  # type: ignore[operator]
        assert AMOUNT_MIN <= number <= AMOUNT_MAX, f"{where}: {number} outside [{AMOUNT_MIN}, {AMOUNT_MAX}]"


# ---- check 2: documented codes -----------------------------------------------------------------------------------


def check_documented_code(status: int, body: bytes) -> None:
    """SUCCESS is 200/000000 with data; every FAIL carries a code from x-result-codes."""
    payload = decode_exact(body)
    assert isinstance(payload, dict), f"envelope is not an object: {body[:120]!r}"
    assert "code" in payload, f"envelope without `code`: {body[:200]!r}"
    code = payload["code"]
    if payload.get("status") == SUCCESS:
        assert code == SUCCESS_CODE and status == 200 and isinstance(payload.get("data"), dict), body[:200]
        return
    assert payload.get("status") == "FAIL", f"status must be SUCCESS or FAIL: {body[:200]!r}"
    assert code in result_codes(), f"FAIL code {code!r} is not in x-result-codes"


# ---- check 3: the documented code for each violation --------------------------------------------------------------


@dataclass(frozen=True)
class ServerRules:
    """What the oracle needs to know about the server under test (mirrors SandboxConfig fields)."""

    api_key: str
    secret_key: str
    recv_window_ms: int = 1000
    clock_offset_ms: int = 0
    max_body_bytes: int = 4096

    @classmethod
    def of(cls, config: Any) -> ServerRules:
        return cls(
            config.api_key, config.secret_key, config.recv_window_ms, config.clock_offset_ms, config.max_body_bytes
        )


def _resolve(prop: Mapping[str, Any]) -> Mapping[str, Any]:
    ref = prop.get("$ref")
    return schemas()[ref.rsplit("/", 1)[1]] if ref else prop


_TYPES: dict[str, tuple[type, ...]] = {"string": (str,), "object": (dict,), "array": (list,), "boolean": (bool,)}


def _field_violation(name: str, prop: Mapping[str, Any], value: Any) -> str | None:
    import re

    prop = _resolve(prop)
    if value is None:
        return "MANDATORY_PARAM_EMPTY_OR_MALFORMED"
    expected = _TYPES.get(prop.get("type", ""))
    if expected is not None and (not isinstance(value, expected) or (bool not in expected and isinstance(value, bool))):
        return "INVALID_PARAM_WRONG_VALUE"
    if isinstance(value, str):
        if value == "":
            return "MANDATORY_PARAM_EMPTY_OR_MALFORMED"
        if len(value) < prop.get("minLength", 0) or len(value) > prop.get("maxLength", len(value)):
            return "INVALID_PARAM_WRONG_LENGTH"
    if "enum" in prop and value not in prop["enum"]:
        return "INVALID_PARAM_WRONG_VALUE"
    if "pattern" in prop and isinstance(value, str) and not re.search(prop["pattern"].replace("$", r"\Z"), value):
        return "INVALID_PARAM_ILLEGAL_CHAR"
    return None


def body_violation(body: bytes) -> str | None:
    """The result code name the spec documents for this request body, or None if it is valid."""
    try:
        payload = json.loads(body.decode("utf-8"), parse_float=Decimal, parse_int=Decimal)
    except (ValueError, RecursionError):
        return "INVALID_REQUEST_BODY"
    if not isinstance(payload, dict):
        return "INVALID_REQUEST_BODY"
    req = schemas()["AssetQueryReq"]
    for name in req["required"]:
        if name not in payload or payload[name] is None or payload[name] == "":
            return "MANDATORY_PARAM_EMPTY_OR_MALFORMED"
    if req.get("additionalProperties") is False and set(payload) - set(req["properties"]):
        return "INVALID_REQUEST"
    for name, prop in req["properties"].items():
        if name in payload:
            violation = _field_violation(name, prop, payload[name])
            if violation is not None:
                return violation
    return None


def _header(headers: Mapping[str, str], name: str) -> str | None:
    lowered = name.lower()
    for key, value in headers.items():
        if key.lower() == lowered:
            return value
    return None


def expected_results(
    rules: ServerRules, method: str, headers: Mapping[str, str], body: bytes, *, now_ms: float | None = None
) -> set[str]:
    """Acceptable result names (`SUCCESS` or x-result-codes names), checks in the documented order."""
    if method.upper() != "POST":
        return {"BAD_HTTP_METHOD"}
    media = (_header(headers, "content-type") or "").split(";", 1)[0].strip().lower()
    content = spec()["paths"]["/binancepay/openapi/balance"]["post"]["requestBody"]["content"]
    if media not in content:
        return {"MEDIA_TYPE_NOT_SUPPORTED"}
    if len(body) > rules.max_body_bytes:
        return {"INVALID_REQUEST_TOO_LARGE"}
    key = _header(headers, KEY_HEADER)
    if key is None or not (16 <= len(key) <= 128 and key.isascii() and key.isalnum()):
        return {"BAD_API_KEY_FMT"}
    if key != rules.api_key:
        return {"INVALID_API_KEY_OR_IP"}
    ts = _header(headers, TS_HEADER)
    if ts is None or not (ts.isascii() and ts.isdigit()) or len(ts) > 19:
        return {"INVALID_TIMESTAMP"}
    now = (time.time() * 1000 if now_ms is None else now_ms) + rules.clock_offset_ms
    skew = abs(now - int(ts))
    results: set[str] = set()
    if skew > rules.recv_window_ms - _TS_SLACK_MS:
        results.add("INVALID_TIMESTAMP")
        if skew > rules.recv_window_ms + _TS_SLACK_MS:
            return results
    nonce = _header(headers, NONCE_HEADER)
    if nonce is None or len(nonce) != NONCE_LENGTH or any(ch not in NONCE_ALPHABET for ch in nonce):
        return results | {"INVALID_REQUEST"}
    sig = _header(headers, SIG_HEADER)
    if sig is None or not verify(rules.secret_key, ts, nonce, body, sig):
        return results | {"INVALID_SIGNATURE"}
    return results | {body_violation(body) or SUCCESS}


def check_expected_result(
    rules: ServerRules, method: str, headers: Mapping[str, str], body: bytes, status: int, response: bytes
) -> None:
    """The response carries the code the spec documents for this request, with that code's httpStatus."""
    expected = expected_results(rules, method, headers, body)
    payload = decode_exact(response)
    assert isinstance(payload, dict), f"envelope is not an object: {response[:120]!r}"
    got_code = payload.get("code")
    if payload.get("status") == SUCCESS:
        got = SUCCESS
    else:
        names = {rc.code: rc.name for rc in result_codes().values()}
        got = names.get(got_code, f"undocumented code {got_code!r}")
    assert got in expected, (
        f"expected {' or '.join(sorted(expected))}, got {got} (HTTP {status}) for body {body[:120]!r}: {response[:200]!r}"
    )
    want_status = 200 if got == SUCCESS else code_for(got).http_status
    assert status == want_status, f"{got}: HTTP {status}, the spec documents {want_status}"


def check_all(rules: ServerRules, method: str, headers: Mapping[str, str], body: bytes, status: int, response: bytes):
    check_decimals(response)
    check_documented_code(status, response)
    check_expected_result(rules, method, headers, body, status, response)


# ---- Schemathesis wrappers -----------------------------------------------------------------------------------------

RULES_BY_SCHEMA: dict[int, ServerRules] = {}
"""id(schema) -> the rules of the server that schema is tested against (set by `prepare_schema`)."""


def _sent(response: Any) -> tuple[str, dict[str, str], bytes]:
    request = response.request
    body = request.body or b""
    if isinstance(body, str):
        body = body.encode("utf-8")
    return request.method, dict(request.headers), body


@schemathesis.check
def exact_decimals(ctx: Any, response: Any, case: Any) -> None:
    check_decimals(response.content)


@schemathesis.check
def documented_result_code(ctx: Any, response: Any, case: Any) -> None:
    check_documented_code(response.status_code, response.content)


@schemathesis.check
def violation_result_code(ctx: Any, response: Any, case: Any) -> None:
    rules = RULES_BY_SCHEMA.get(id(case.operation.schema))
    if rules is None or response.request.path_url != "/binancepay/openapi/balance":
        return
    method, headers, body = _sent(response)
    check_expected_result(rules, method, headers, body, response.status_code, response.content)


CUSTOM_CHECKS = [exact_decimals, documented_result_code, violation_result_code]

__all__ = ["CUSTOM_CHECKS", "WALLETS", "ServerRules", "check_all", "expected_results"]
