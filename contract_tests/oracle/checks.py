"""Contract checks as plain functions, the request oracle, and their Schemathesis wrappers.

Every check takes an operation of the spec plus bytes and numbers (no Schemathesis objects), so the same
function runs in the Schemathesis runs, in the targeted Hypothesis tests and in the planted-fault meta-tests.
Nothing here names an operation: each check reads what it needs from the operation's own schemas.
"""

from __future__ import annotations

import functools
import json
import re
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

import jsonschema
import schemathesis
from jsonschema import Draft202012Validator, FormatChecker, ValidationError

from contract_tests.oracle.signing import verify
from contract_tests.oracle.spec import (
    KEY_HEADER,
    NONCE_ALPHABET,
    NONCE_HEADER,
    NONCE_LENGTH,
    SIG_HEADER,
    TS_HEADER,
    WALLETS,
    SpecOperation,
    code_for,
    operation_at,
    operations_at,
    result_codes,
    validation_codes,
    values_at,
    with_components,
)
from contract_tests.oracle.spec import operation as spec_operation

SUCCESS_CODE = "000000"
REPEAT_STATUS, REPEAT_CODE = "REPEAT_REQ_SUCCESS", "000001"  # an idempotent repeat of a request that succeeded
# Codes a stateful operation may answer to a schema-valid body: cross-field rules and state the schema cannot
# express (neither currency nor fiatCurrency; an unknown transfer id). Their reasons in the spec say so.
STATE_CODES = frozenset({"MANDATORY_PARAM_EMPTY_OR_MALFORMED", "INVALID_PARAM_WRONG_VALUE"})
SUCCESS = "SUCCESS"
FALLBACK_CODE = "INVALID_REQUEST"  # a keyword info.x-validation-codes does not map
_TS_SLACK_MS = 250  # around the window edge either answer is acceptable (request latency)
PLAIN_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?\Z", re.ASCII)
"""A decimal written as text: digits, an optional "." and fraction; no exponent, no spaces, no "+"."""
_MAX_EXPONENT = 400  # the oracle's own bound for exact arithmetic (Schemathesis never gets near it)


def decode_exact(body: bytes) -> Any:
    """JSON with every non-integer number as an exact Decimal (integers stay int)."""
    return json.loads(body, parse_float=Decimal)


# ---- check 1: exact decimals, wherever the 200 schema says `format: decimal` ---------------------------------------


def _places(step: Decimal) -> int | None:
    """The decimal places a power-of-ten `multipleOf` allows (0.00000001 -> 8); None for any other step."""
    normal = step.normalize()
    return -int(normal.as_tuple().exponent) if normal.as_tuple().digits == (1,) else None


def _is_multiple(value: Decimal, step: Decimal) -> bool:
    if abs(int(value.as_tuple().exponent)) > _MAX_EXPONENT or abs(int(step.as_tuple().exponent)) > _MAX_EXPONENT:
        return False
    return (Fraction(value) / Fraction(step)).denominator == 1


def decimal_problem(node: Mapping[str, Any], value: Any) -> str | None:
    """Why `value` is not an exact decimal as `node` (a `format: decimal` schema) allows; None if it is."""
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, str)):
        return f"{value!r} is not a decimal"
    if isinstance(value, str):
        if node.get("type") not in (None, "string") and "string" not in (node.get("type") or ()):
            return f"{value!r} is a string; the schema says {node.get('type')}"
        if PLAIN_DECIMAL.match(value) is None:
            return f"{value!r} is not a plain decimal text"
        number = Decimal(value)
    else:
        if node.get("type") == "string":
            return f"{value} is a JSON number; the schema says a string"
        number = Decimal(value)
    if not number.is_finite():
        return f"{value} is not finite"
    step = node.get("multipleOf")
    if step is not None:
        step = Decimal(step)
        places = _places(step)
        written = -int(number.as_tuple().exponent)
        if places is not None and written > places:
            return f"{value} has {written} decimal places; multipleOf {step} allows {places}"
        if not _is_multiple(number, step):
            return f"{value} is not a multiple of {step}"
    for keyword, ok in (
        ("minimum", lambda bound: number >= bound),
        ("maximum", lambda bound: number <= bound),
        ("exclusiveMinimum", lambda bound: number > bound),
        ("exclusiveMaximum", lambda bound: number < bound),
    ):
        if keyword in node and not ok(Decimal(node[keyword])):
            return f"{value} breaks {keyword} {node[keyword]}"
    return None


def check_decimals(operation: SpecOperation, body: bytes) -> None:
    """Every `format: decimal` value of the response, read exactly, is a plain decimal within its schema's bounds."""
    try:
        payload = decode_exact(body)
    except ValueError as exc:
        raise AssertionError(f"response is not JSON: {body[:120]!r}") from exc
    for path, node in operation.decimals:
        for where, value in values_at(payload, path):
            problem = decimal_problem(node, value)
            assert problem is None, f"{operation.operation_id} {where}: {problem}"


# ---- check 2: documented codes -----------------------------------------------------------------------------------


def check_documented_code(operation: SpecOperation, status: int, body: bytes) -> None:
    """SUCCESS is 200/000000 with data; every FAIL carries a code this operation documents."""
    payload = decode_exact(body)
    assert isinstance(payload, dict), f"envelope is not an object: {body[:120]!r}"
    assert "code" in payload, f"envelope without `code`: {body[:200]!r}"
    code = payload["code"]
    if payload.get("status") == SUCCESS:
        assert code == SUCCESS_CODE and status == 200 and "data" in payload, body[:200]
        return
    if payload.get("status") == REPEAT_STATUS:
        assert code == REPEAT_CODE and status == 200 and "data" in payload, body[:200]
        return
    assert payload.get("status") == "FAIL", f"status must be SUCCESS, REPEAT_REQ_SUCCESS or FAIL: {body[:200]!r}"
    assert code in result_codes(), f"FAIL code {code!r} is not in x-result-codes"
    name = result_codes()[code].name
    assert name in operation.result_names, f"{operation.operation_id} may not answer {name} (not in x-result-codes)"


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


def _is_integer(checker: Any, instance: Any) -> bool:
    if isinstance(instance, bool):
        return False
    if isinstance(instance, int):
        return True
    return isinstance(instance, Decimal) and instance.is_finite() and instance == instance.to_integral_value()


def _required(validator: Any, required: Any, instance: Any, schema: Any) -> Iterator[ValidationError]:
    """`required`, with the spec's reading: a null or "" value of a required field is missing too."""
    if not validator.is_type(instance, "object"):
        return
    for name in required:
        if name not in instance:
            yield ValidationError(f"{name!r} is a required property")
        elif instance[name] is None or instance[name] == "":
            yield ValidationError(f"{name!r} is required and may not be null or empty", path=[name])


def _multiple_of(validator: Any, step: Any, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if validator.is_type(instance, "number") and not _is_multiple(Decimal(instance), Decimal(step)):
        yield ValidationError(f"{instance} is not a multiple of {step}")


def _int_range(bits: int) -> Any:
    def check(value: Any) -> bool:
        if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
            return True
        return -(2 ** (bits - 1)) <= value < 2 ** (bits - 1)

    return check


FORMATS = FormatChecker(formats=())
FORMATS.checks("decimal")(lambda value: not isinstance(value, str) or PLAIN_DECIMAL.match(value) is not None)
FORMATS.checks("int32")(_int_range(32))
FORMATS.checks("int64")(_int_range(64))

RequestValidator = jsonschema.validators.extend(
    Draft202012Validator,
    validators={"required": _required, "multipleOf": _multiple_of},
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_integer),
)


@functools.cache
def _validator(operation_id: str) -> Any:
    schema = spec_operation(operation_id).request_schema
    return RequestValidator(with_components(schema), format_checker=FORMATS)


def violated_keywords(operation: SpecOperation, payload: Any) -> set[str]:
    """Every JSON Schema keyword the request body breaks (over all its errors, nested ones included)."""
    if operation.request_schema is None:
        return set()
    keywords: set[str] = set()

    def collect(errors: Any) -> None:
        for error in errors:
            keywords.add(str(error.validator))
            if error.context:  # anyOf/oneOf: what each branch broke
                collect(error.context)

    collect(_validator(operation.operation_id).iter_errors(payload))
    return keywords


def body_violations(operation: SpecOperation, body: bytes) -> set[str]:
    """The result code names the spec documents for this request body; empty if it is valid."""
    try:
        payload = json.loads(body.decode("utf-8"), parse_float=Decimal, parse_int=Decimal)
    except (ValueError, RecursionError):
        return {"INVALID_REQUEST_BODY"}
    if not isinstance(payload, dict):
        return {"INVALID_REQUEST_BODY"}
    codes = validation_codes()
    return {codes.get(keyword, FALLBACK_CODE) for keyword in violated_keywords(operation, payload)}


def body_violation(operation: SpecOperation, body: bytes) -> str | None:
    """One documented code for this body (the targeted properties' expectation), None if it is valid."""
    found = body_violations(operation, body)
    return min(found) if found else None


def _header(headers: Mapping[str, str], name: str) -> str | None:
    lowered = name.lower()
    for key, value in headers.items():
        if key.lower() == lowered:
            return value
    return None


def expected_results(
    rules: ServerRules,
    operation: SpecOperation,
    method: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    now_ms: float | None = None,
) -> set[str]:
    """Acceptable result names (`SUCCESS` or x-result-codes names) for a request to `operation`'s path."""
    if method.upper() not in {op.method for op in operations_at(operation.path)}:
        return {"BAD_HTTP_METHOD"}
    media = (_header(headers, "content-type") or "").split(";", 1)[0].strip().lower()
    if media not in operation.media_types:
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
    return results | (body_violations(operation, body) or {SUCCESS, *state_results(operation)})


def state_results(operation: SpecOperation) -> set[str]:
    """Besides SUCCESS, what a schema-valid body may get from an operation whose answer depends on state (the spec
    marks it `x-stateful`): its own result codes (ORDER_NOT_FOUND, ...) and the common codes for rules the schema
    cannot express. An operation answered from its spec example may only succeed."""
    if operation.definition.get("x-stateful") is not True:
        return set()
    own = set(operation.definition.get("x-result-codes", []))
    return own | set(STATE_CODES)


def check_expected_result(
    rules: ServerRules,
    operation: SpecOperation,
    method: str,
    headers: Mapping[str, str],
    body: bytes,
    status: int,
    response: bytes,
) -> None:
    """The response carries a code the spec documents for this request, with that code's httpStatus."""
    expected = expected_results(rules, operation, method, headers, body)
    payload = decode_exact(response)
    assert isinstance(payload, dict), f"envelope is not an object: {response[:120]!r}"
    got_code = payload.get("code")
    if payload.get("status") in (SUCCESS, REPEAT_STATUS):
        got = SUCCESS
    else:
        names = {rc.code: rc.name for rc in result_codes().values()}
        got = names.get(got_code, f"undocumented code {got_code!r}")
    assert got in expected, (
        f"{operation.operation_id}: expected {' or '.join(sorted(expected))}, got {got} (HTTP {status}) "
        f"for body {body[:160]!r}: {response[:200]!r}"
    )
    want_status = 200 if got == SUCCESS else code_for(got).http_status
    assert status == want_status, f"{got}: HTTP {status}, the spec documents {want_status}"


def check_all(
    rules: ServerRules,
    operation: SpecOperation,
    method: str,
    headers: Mapping[str, str],
    body: bytes,
    status: int,
    response: bytes,
) -> None:
    check_decimals(operation, response)
    check_documented_code(operation, status, response)
    check_expected_result(rules, operation, method, headers, body, status, response)


# ---- Schemathesis wrappers -----------------------------------------------------------------------------------------

RULES_BY_SCHEMA: dict[int, ServerRules] = {}
"""id(schema) -> the rules of the server that schema is tested against (set by `load_schema`)."""


def _sent(response: Any) -> tuple[str, dict[str, str], bytes]:
    request = response.request
    body = request.body or b""
    if isinstance(body, str):
        body = body.encode("utf-8")
    return request.method, dict(request.headers), body


def _operation_of(case: Any) -> SpecOperation:
    found = operation_at(case.operation.method, case.operation.path)
    assert found is not None, f"{case.operation.label} is not in the spec the contract tests read"
    return found


@schemathesis.check
def exact_decimals(ctx: Any, response: Any, case: Any) -> None:
    check_decimals(_operation_of(case), response.content)


@schemathesis.check
def documented_result_code(ctx: Any, response: Any, case: Any) -> None:
    check_documented_code(_operation_of(case), response.status_code, response.content)


@schemathesis.check
def violation_result_code(ctx: Any, response: Any, case: Any) -> None:
    rules = RULES_BY_SCHEMA.get(id(case.operation.schema))
    if rules is None:
        return
    method, headers, body = _sent(response)
    check_expected_result(rules, _operation_of(case), method, headers, body, response.status_code, response.content)


CUSTOM_CHECKS = [exact_decimals, documented_result_code, violation_result_code]

__all__ = ["CUSTOM_CHECKS", "WALLETS", "ServerRules", "check_all", "expected_results"]
