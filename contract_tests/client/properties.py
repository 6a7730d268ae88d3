"""The client side of the contract, for every operation of the spec, as plain functions (tests and meta-tests).

Each property takes an operationId and a way of calling (`MODES`: the sync client, its `with_raw_response`
variant, the async client and its raw variant) and draws from that operation's own schemas
(`oracle/from_schema.py`, which says why it draws its own values rather than Schemathesis'). Requests are caught
by an `httpx.MockTransport` handed to the client (`transport=`); nothing here names an operation.

- `prop_valid_round_trip`: a drawn valid request, as keyword arguments with plain dicts and again with the
  generated models, is sent as exactly that JSON (every number's text, the declared JSON type, nothing added or
  dropped), to the spec's method and path, signed so that the independent signer verifies it; a drawn valid `data`
  answered to it comes back exactly (decimals with the text's digits, ids exact, unknown enum values and fields
  kept).
- `prop_invalid_requests`: every one-rule breakage of a drawn request raises `RequestValidationError` naming the
  field, and nothing is sent.
- `prop_invalid_responses`: every one-rule breakage of a drawn `data` raises `ResponseValidationError` naming the
  field (under `data`).
- `prop_result_codes`: every code the operation documents raises its own class, with code, message and status.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

import httpx
from hypothesis import assume, given
from hypothesis import strategies as st

from contract_tests.client.target import Target, kwargs_of, plain, target
from contract_tests.oracle.checks import RequestValidator, violated_keywords
from contract_tests.oracle.counting import CLIENT, count
from contract_tests.oracle.from_schema import (
    Breakage,
    breakages,
    dumps,
    fits_string,
    loads_as_written,
    node_of,
    path_text,
    types_of,
    valid,
    wire,
)
from contract_tests.oracle.settings import hsettings
from contract_tests.oracle.signing import verify
from contract_tests.oracle.spec import (
    KEY_HEADER,
    NONCE_ALPHABET,
    NONCE_HEADER,
    NONCE_LENGTH,
    SIG_HEADER,
    TS_HEADER,
    result_codes,
    with_components,
)
from contract_tests.targeted.client_properties import result_classes

API_KEY = "contractTestApiKey0123456789"
SECRET = "contract-test-secret"
BASE_URL = "http://127.0.0.1:9"
MODES = ("sync", "raw", "async", "async_raw")
Handler = Callable[[httpx.Request], httpx.Response]


# ---- calling the client --------------------------------------------------------------------------------------------


LOOKUP_REFUSED = b'{"status":"FAIL","code":"400000","errorMessage":"the contract test answers no lookup"}'


class Wire:
    """A MockTransport handler that records each request to the operation and answers `body` with `status`.

    A request elsewhere (the lookup a state-changing call makes after an unknown outcome) is answered
    UNKNOWN_ERROR, so the call ends in `OutcomeUnknownError` carrying the operation's own error.
    """

    def __init__(self, body: bytes = b"{}", status: int = 200) -> None:
        self.body, self.status = body, status
        self.requests: list[httpx.Request] = []
        self.path: str | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.path is not None and request.url.path != self.path:
            return httpx.Response(500, content=LOOKUP_REFUSED, headers={"content-type": "application/json"})
        self.requests.append(request)
        return httpx.Response(self.status, content=self.body, headers={"content-type": "application/json"})


class Caller:
    """One client (sync or async, plain or `with_raw_response`) for a property's run, answering from a `Wire`.

    Use as a context manager; `caller(kwargs, wire)` calls `client.<resource>.<method>(**kwargs)` and returns
    its result (a raw response is parsed, raising what the plain call would).
    """

    def __init__(self, mode: str, t: Target) -> None:
        assert mode in MODES, mode
        self.mode, self.target = mode, t
        self.wire = Wire()
        self._runner: asyncio.Runner | None = None
        self._client: Any = None

    def _answer(self, request: httpx.Request) -> httpx.Response:
        return self.wire(request)

    def __enter__(self) -> Caller:
        from binance_pay import AsyncBinancePayClient, BinancePayClient

        transport = httpx.MockTransport(self._answer)
        options = {"base_url": BASE_URL, "transport": transport, "max_retries": 0}
        if self.mode.startswith("async"):
            self._runner = asyncio.Runner()
            self._client = self._runner.run(_make_async(AsyncBinancePayClient, options))
        else:
            self._client = BinancePayClient(API_KEY, SECRET, **options)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._runner is not None:
            self._runner.run(self._client.aclose())
            self._runner.close()
        else:
            self._client.close()

    def _method(self) -> Any:
        resource = getattr(self._client, self.target.resource)
        if self.mode.endswith("raw"):
            resource = resource.with_raw_response
        return getattr(resource, self.target.method)

    def __call__(self, kwargs: Mapping[str, Any], wire_: Wire) -> Any:
        count(self.target.operation_id, CLIENT)
        wire_.path = self.target.spec.path
        self.wire = wire_
        if self._runner is not None:
            answer = self._runner.run(_await(self._method(), kwargs))
        else:
            answer = self._method()(**kwargs)
        if self.mode.endswith("raw"):
            _check_raw(answer, wire_)
            return answer.parse()
        return answer


async def _make_async(cls: Any, options: dict[str, Any]) -> Any:
    return cls(API_KEY, SECRET, **options)


async def _await(method: Any, kwargs: Mapping[str, Any]) -> Any:
    return await method(**kwargs)


def _check_raw(raw: Any, wire_: Wire) -> None:
    assert raw.content == wire_.body, "the raw response is not the bytes received"
    assert raw.status_code == wire_.status


def root_error(error: BaseException) -> BaseException:
    """The error an attempt raised: a call that changes state wraps it in `OutcomeUnknownError` (its lookup then
    got the same answer and could not settle it)."""
    from binance_pay import OutcomeUnknownError

    return error.last_error if isinstance(error, OutcomeUnknownError) else error


# ---- bodies ----------------------------------------------------------------------------------------------------------


def success_body(data_schema: Any, data: Any) -> bytes:
    envelope = {"status": "SUCCESS", "code": "000000"}
    if data_schema is not None:
        envelope["data"] = wire(data_schema, data)
    return dumps(envelope).encode()


def _echoed(t: Target, request: Mapping[str, Any], data: Any) -> Any:
    """`data` with each `x-echo` field set to the request's value (the client refuses a crossed answer)."""
    echo = t.spec.definition.get("x-echo") or {}
    if not isinstance(data, dict):
        return data
    properties = node_of(t.data_schema).get("properties") or {}
    data = dict(data)
    for data_field, request_field in echo.items():
        if request_field not in request or data_field not in properties:
            continue
        value = request[request_field]
        node = node_of(properties[data_field])
        if "integer" in types_of(node) and isinstance(value, str):
            assume(value.isascii() and value.isdigit())
            value = int(value)
        elif "string" in types_of(node) and isinstance(value, int):
            value = str(value)
        if isinstance(value, str):
            assume(fits_string(node, value))
        data[data_field] = value
    return data


def expected_result(schema: Any, value: Any) -> Any:
    """What the client must return for a drawn `data`: decimals as the text's `Decimal`, lenient ids as `int`,
    optional nulls as absent."""
    node = node_of(schema) if schema is not None else {}
    if isinstance(value, dict):
        properties = node.get("properties") or {}
        return {k: expected_result(properties.get(k), v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [expected_result(node.get("items"), item) for item in value]
    if isinstance(value, Decimal):
        return Decimal(format(value, "f"))
    if isinstance(value, str) and "integer" in types_of(node):
        return int(value)
    return value


def same(expected: Any, got: Any, where: str = "data") -> None:
    """Equal, and of the same type (a `Decimal` with the same digits and exponent, an `int` not a bool)."""
    if isinstance(expected, dict):
        assert isinstance(got, dict), f"{where}: {got!r} is not an object"
        assert set(got) == set(expected), f"{where}: fields {sorted(got)} != {sorted(expected)}"
        for key, item in expected.items():
            same(item, got[key], f"{where}.{key}")
    elif isinstance(expected, list):
        assert isinstance(got, list) and len(got) == len(expected), f"{where}: {got!r} != {expected!r}"
        for index, item in enumerate(expected):
            same(item, got[index], f"{where}[{index}]")
    elif isinstance(expected, Decimal):
        assert type(got) is Decimal, f"{where}: {got!r} is a {type(got).__name__}, not a Decimal"
        assert got.as_tuple() == expected.as_tuple(), f"{where}: {got} is not {expected} digit for digit"
    else:
        assert type(got) is type(expected) and got == expected, f"{where}: {got!r} != {expected!r}"


# ---- 1. valid requests and responses ------------------------------------------------------------------------------------


def check_request(t: Target, request: httpx.Request, expected_json: Any, before_ms: int) -> None:
    assert request.method == t.spec.method, request.method
    assert request.url.path == t.spec.path, f"sent to {request.url.path}, not {t.spec.path}"
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    assert media in t.spec.media_types, f"content-type {media}"
    body = request.content
    sent = loads_as_written(body)
    assert sent == expected_json, (
        f"{t.operation_id} sent {body[:400]!r}, the spec asks for {dumps(expected_json)[:400]}"
    )
    assert request.headers[KEY_HEADER] == API_KEY
    ts, nonce = request.headers[TS_HEADER], request.headers[NONCE_HEADER]
    assert ts.isdigit() and before_ms <= int(ts) <= time.time_ns() // 1_000_000 + 1
    assert len(nonce) == NONCE_LENGTH and all(ch in NONCE_ALPHABET for ch in nonce)
    assert verify(SECRET, ts, nonce, body, request.headers[SIG_HEADER]), "the signature does not verify"


def valid_request(t: Target, *, full: bool = False) -> st.SearchStrategy[dict[str, Any]]:
    """Drawn requests the oracle's exact validator accepts (the strategies are built to; this keeps them honest)."""

    def accepted(request: dict[str, Any]) -> bool:
        document = json.loads(dumps(wire(t.request_schema, request)), parse_float=Decimal)
        return not violated_keywords(t.spec, document)

    return valid(t.request_schema, full=full).filter(accepted)


def prop_valid_round_trip(operation_id: str, mode: str, max_examples: int, shrink: bool = True) -> None:
    t = target(operation_id)
    data_schema = t.data_schema

    @given(
        request=valid_request(t),
        data=valid(data_schema, response=True) if data_schema is not None else st.none(),
        models=st.sampled_from([(False, True), (True, False)]),
    )
    @hsettings(max_examples, shrink=shrink)
    def run(request: dict[str, Any], data: Any, models: tuple[bool, bool]) -> None:
        expected_json = wire(t.request_schema, request)
        data = _echoed(t, request, data)
        for as_models in models:
            wire_ = Wire(success_body(data_schema, data))
            before = time.time_ns() // 1_000_000
            result = caller(kwargs_of(t, request, models=as_models), wire_)
            assert len(wire_.requests) == 1, f"{len(wire_.requests)} requests sent"
            check_request(t, wire_.requests[0], expected_json, before)
            if data_schema is not None:
                same(expected_result(data_schema, data), plain(result))

    with Caller(mode, t) as caller:
        run()


# ---- 2. invalid requests ------------------------------------------------------------------------------------------------


def distinct(found: Any) -> list[Breakage]:
    """One breakage per rule kind and field (the second item of a list breaks as the first does)."""
    seen: dict[tuple[str, tuple[Any, ...]], Breakage] = {}
    for breakage in found:
        key = (
            breakage.kind + ("/float" if breakage.python_only else ""),
            tuple(0 if isinstance(part, int) else part for part in breakage.path),
        )
        seen.setdefault(key, breakage)
    return list(seen.values())


def _really_invalid(t: Target, breakage: Breakage) -> bool:
    """The oracle's exact validator agrees that the broken body breaks the spec (a float is refused anyway)."""
    if breakage.python_only:
        return True
    document = json.loads(dumps(wire(t.request_schema, breakage.value)), parse_float=Decimal)
    return bool(violated_keywords(t.spec, document))


def check_names_field(error: Any, breakage: Breakage, root: str = "") -> None:
    field, rule = getattr(error, "field", None), getattr(error, "rule", None)
    assert isinstance(rule, str) and rule, f"{breakage.kind}: no rule given ({error!r})"
    if breakage.names:
        assert any(name in str(field) for name in breakage.names), (
            f"{breakage.kind}: {field!r} names none of {breakage.names}"
        )
    else:
        expected = path_text(breakage.path, root)
        assert field == expected, f"{breakage.kind} at {expected}: the error names {field!r} ({rule})"


def prop_invalid_requests(operation_id: str, mode: str, max_examples: int, shrink: bool = True) -> set[str]:
    """Returns the rule kinds it broke (the caller can require the ones the schema uses)."""
    from binance_pay import RequestValidationError

    t = target(operation_id)
    kinds: set[str] = set()

    @given(request=valid_request(t, full=True))
    @hsettings(max_examples, shrink=shrink)
    def run(request: dict[str, Any]) -> None:
        for breakage in distinct(breakages(t.request_schema, request)):
            if not isinstance(breakage.value, dict) or not _really_invalid(t, breakage):  # (the body is no argument)
                continue
            wire_ = Wire()
            try:
                caller(kwargs_of(t, breakage.value, models=False), wire_)
            except RequestValidationError as error:
                check_names_field(error, breakage)
            else:
                raise AssertionError(f"{operation_id}: {breakage.kind} broken at {path_text(breakage.path)} was sent")
            assert not wire_.requests, f"{breakage.kind}: a request was sent"
            kinds.add(breakage.kind)

    with Caller(mode, t) as caller:
        run()
    return kinds


def rule_kinds(schema: Any, *, response: bool = False) -> set[str]:
    """The rule kinds a schema uses, as `breakages` names them (what an invalid-request run must cover)."""
    kinds: set[str] = set()
    seen: set[int] = set()

    def walk(sub: Any, top: bool) -> None:
        node = node_of(sub)
        if id(sub) in seen:
            return
        seen.add(id(sub))
        types = types_of(node)
        if types - {"null"} and not top:  # (the body as a whole is not an argument)
            kinds.add("type")
        kinds.update(k for k in ("enum", "minimum", "maximum", "multipleOf", "minItems", "maxItems") if k in node)
        kinds.update(k for k in ("pattern", "maxLength") if k in node)
        if int(node.get("minLength", 0)) >= 1:
            kinds.add("minLength")
        if node.get("required"):
            kinds.add("required")
        if not response:
            kinds.update(k for k in ("anyOf", "oneOf", "dependentRequired") if k in node)
            if node.get("additionalProperties") is False and not top:
                kinds.add("additionalProperties")
        for item in (node.get("properties") or {}).values():
            walk(item, False)
        if "items" in node:
            walk(node["items"], False)

    walk(schema, True)
    return kinds


# ---- 3. invalid responses -----------------------------------------------------------------------------------------------


def prop_invalid_responses(operation_id: str, mode: str, max_examples: int, shrink: bool = True) -> None:
    from binance_pay import ResponseValidationError

    t = target(operation_id)
    data_schema = t.data_schema
    if data_schema is None:
        return
    validator = RequestValidator(with_components(data_schema))

    @given(request=valid_request(t), data=valid(data_schema, response=True, full=True))
    @hsettings(max_examples, shrink=shrink)
    def run(request: dict[str, Any], data: Any) -> None:
        kwargs = kwargs_of(t, request, models=False)
        for breakage in distinct(breakages(data_schema, data, response=True)):
            document = json.loads(dumps(wire(data_schema, breakage.value)), parse_float=Decimal)
            if validator.is_valid(document):
                continue
            wire_ = Wire(success_body(data_schema, breakage.value))
            try:
                caller(kwargs, wire_)
            except Exception as raised:
                error = root_error(raised)
                assert isinstance(error, ResponseValidationError), f"{breakage.kind}: {type(error).__name__}: {error}"
                check_names_field(error, breakage, root="data")
            else:
                raise AssertionError(f"{operation_id}: data with {breakage.kind} broken at {breakage.path} was read")

    with Caller(mode, t) as caller:
        run()


# ---- 4. result codes ---------------------------------------------------------------------------------------------------


def prop_result_codes(operation_id: str, mode: str, max_examples: int, shrink: bool = True) -> None:
    t = target(operation_id)
    classes = result_classes()
    codes = sorted(code for code, rc in result_codes().items() if rc.name in t.spec.result_names)

    @given(request=valid_request(t), message=st.text(max_size=30))
    @hsettings(max_examples, shrink=shrink)
    def run(request: dict[str, Any], message: str) -> None:
        kwargs = kwargs_of(t, request, models=False)
        for code in codes:
            rc = result_codes()[code]
            body = json.dumps({"status": "FAIL", "code": code, "errorMessage": message}).encode()
            try:
                caller(kwargs, Wire(body, rc.http_status))
            except Exception as raised:
                error = root_error(raised)
                want = classes[code]
                assert type(error) is want, (
                    f"{operation_id} {code} {rc.name}: {type(error).__name__}, not {want.__name__}"
                )
                got = (error.code, error.error_message, error.status_code)  # type: ignore[attr-defined]
                assert got == (code, message, rc.http_status), f"{code}: {got}"
            else:
                raise AssertionError(f"{operation_id}: FAIL {code} did not raise")

    with Caller(mode, t) as caller:
        run()
