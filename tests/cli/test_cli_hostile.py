"""The `binance-pay` command against a hostile server: any SUCCESS body the library accepts prints (table and
`--json`) without a traceback and without one raw control character, `--json` decodes back to exactly what was
sent (every decimal digit for digit), and a body the library refuses is exit 1 with one clear line on stderr.

The bodies are drawn from the spec's own response schemas (`binance_pay._schemas.SCHEMAS`), so every one of them is
valid: boundary decimals in every notation the library reads (`0E-8`, `9.9E+5`, `99999999999999.99999999`, decimal
strings), int64 extremes, open enums with unknown values, optional fields absent or null, unknown extra fields (with
1e999999999, a 4000-digit integer, 500 levels of nesting), and strings with ANSI escapes, C0/C1
controls, bidi overrides, NUL, lone surrogates, 5000 characters. They are served by a real HTTP server on
127.0.0.1, one for the whole module, and the CLI's `main` runs in-process.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import io
import json
import math
import re
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from binance_pay import _cli
from binance_pay._schema import link
from binance_pay._schemas import SCHEMAS
from hypothesis import HealthCheck, Phase, assume, find, given, settings
from hypothesis import strategies as st

SETTINGS = settings(
    max_examples=50,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
MAX_BODY = 1_000_000  # below the client's max_response_bytes (1 MiB): a larger body is refused, not printed
MAX_ERROR_LINE = 600

# ---- the server --------------------------------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["content-length"]))
        status, content_type, body = self.server.reply  # type: ignore[attr-defined]
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that stops reading a refused body is expected; nothing may reach the captured stderr


@pytest.fixture(scope="module")
def server() -> Iterator[ThreadingHTTPServer]:
    httpd = _QuietServer(("127.0.0.1", 0), _Handler)
    httpd.reply = (200, "application/json", b"{}")  # type: ignore[attr-defined]
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BINANCE_PAY_API_KEY", "cliHostileApiKey0123456789")
        patch.setenv("BINANCE_PAY_SECRET_KEY", "cli-hostile-secret")
        patch.delenv("BINANCE_PAY_BASE_URL", raising=False)
        yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module", autouse=True)
def _one_parser() -> Iterator[None]:
    """Build the argument parser once for the module (an argparse parser is reusable; building it costs ~30 ms,
    which at ~1000 runs would be most of this file's time)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_cli, "_build_parser", functools.cache(_cli._build_parser))
        yield


@dataclass
class Run:
    code: object
    out: str
    err: str


def run_cli(
    httpd: ThreadingHTTPServer,
    argv: list[str],
    body: bytes,
    *,
    status: int = 200,
    content_type: str = "application/json",
    stdout: io.TextIOBase | None = None,
    stderr: io.TextIOBase | None = None,
) -> Run:
    """`main(argv)` in-process against `httpd` answering `body`; an exception escaping `main` fails the test."""
    httpd.reply = (status, content_type, body)  # type: ignore[attr-defined]
    out = stdout if stdout is not None else io.StringIO()
    err = stderr if stderr is not None else io.StringIO()
    url = f"http://127.0.0.1:{httpd.server_address[1]}"
    limit = sys.getrecursionlimit()
    # Hypothesis raises the recursion limit while a test runs; `binance-pay` in a process of its own has Python's
    # default 1000 frames above its `main`, and so does this call.
    sys.setrecursionlimit(_depth() + REAL_RECURSION_LIMIT)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):  # type: ignore[type-var]
        try:
            code: object = _cli.main([*argv, "--base-url", url])
        except SystemExit as exc:
            code = exc.code
        except BaseException:  # the point: nothing may escape `main` as a traceback
            pytest.fail(f"main({argv}) raised:\n{traceback.format_exc()}")
        finally:
            sys.setrecursionlimit(limit)
    return Run(code, _text(out), _text(err))


REAL_RECURSION_LIMIT = 1000


def _depth() -> int:
    frame, depth = sys._getframe(), 0
    while frame is not None:
        frame, depth = frame.f_back, depth + 1
    return depth


def _text(stream: io.TextIOBase) -> str:
    if isinstance(stream, io.StringIO):
        return stream.getvalue()
    stream.flush()
    return stream.buffer.getvalue().decode(stream.encoding)  # type: ignore[attr-defined]


def raw_controls(text: str) -> list[str]:
    """Characters a terminal could act on: everything not printable, except the line breaks of the layout."""
    return sorted({char for char in text if char != "\n" and not char.isprintable()})


# ---- bodies drawn from the spec's schemas --------------------------------------------------------------------------

NODES: dict[str, Any] = link(copy.deepcopy(SCHEMAS))

HOSTILE_PIECES = [
    "\x1b[2J",
    "\x1b]0;title\x07",
    "\x1b[31m",
    "\x9b6n",  # a C1 CSI
    "\x85",
    "\x00",
    "\x7f",
    "\r",
    "\t",
    "\n",
    "\x0b\x0c",
    "\u202e",  # right-to-left override
    "\u2066",
    "\u200b",
    "\ufeff",
    "\u2028",
    "\ud800",  # a lone surrogate (only as a \u escape in the body)
    "\udfff",
    "\U000e0041",  # a tag character
    "\U0010ffff",
    "\ue000",
    "\u00a0",
    "é",
    "中文",
    "😀",
    "'",
    '"',
    "\\",
    "\\u001b",
    "%s%n",
    "  ",
]
_pieces = st.one_of(st.sampled_from(HOSTILE_PIECES), st.text(max_size=6))
hostile_text = st.one_of(
    st.lists(_pieces, max_size=8).map("".join),
    st.tuples(st.sampled_from(HOSTILE_PIECES), st.integers(500, 5000)).map(lambda p: (p[0] * p[1])[:5000]),
)

_DECIMAL_TEXT = re.compile(r"-?[0-9]{1,40}(?:\.[0-9]{1,40})?\Z")
BOUNDARY_DECIMALS = [
    "0E-8",
    "0",
    "0.00000000",
    "0.00000001",
    "1E+3",
    "9.9E+5",
    "99999999999999.99999999",
    "999999999999999.99999999",
    "123456789012345.12345678",
    "1E+14",
    "9" * 40,
    "1E+40",
    "1E-40",
    "-0",
    "-1E-40",
    "0.1",
]


def _decimal_fits(node: dict[str, Any], value: Decimal) -> bool:
    """What the library accepts for a decimal (`_schema._bounded_decimal`)."""
    _sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    if len(digits) > 40 or not -40 <= exponent <= 40:
        return False
    if node.get("places") is not None and -exponent > node["places"]:
        return False
    checks: list[tuple[str, Callable[[Decimal, Decimal], bool]]] = [
        ("minimum", lambda v, b: v >= b),
        ("maximum", lambda v, b: v <= b),
        ("exclusiveMinimum", lambda v, b: v > b),
        ("exclusiveMaximum", lambda v, b: v < b),
    ]
    return all(key not in node or ok(value, node[key]) for key, ok in checks)


@dataclass(frozen=True)
class Drawn:
    """A JSON value as the text written into the body, and what `--json` must print for it."""

    text: str
    expected: Any


# Strategies are built once per schema node (building and validating them inside each draw costs more than the
# CLI runs themselves).
BOOLEANS = st.booleans()
PRESENCE = st.sampled_from(["present", "absent", "null"])
_DIGITS = st.lists(st.integers(0, 9), min_size=1, max_size=40).map(tuple)
ANY_DECIMAL = st.builds(lambda s, d, e: Decimal((s, d, e)), st.integers(0, 1), _DIGITS, st.integers(-40, 40))
EXTREME_NUMBERS = st.sampled_from(
    ["1e999999999", "-1E-999999999", "1e9999999", "1e400", "0E-999999", "9" * 4000, "-0", "1.0E+2"]
)
PLAIN_NUMBERS = st.one_of(st.decimals(allow_nan=False, allow_infinity=False).map(str), st.integers().map(str))
UNKNOWN_KINDS = st.sampled_from(["string", "number", "extreme", "literal", "nested", "deep", "list", "object"])


def _as_read(text: str) -> str:
    """`text` as JSON reads it back (adjacent surrogates written as escapes pair up into one character)."""
    return json.loads(json.dumps(text))


def _string_text(draw: st.DrawFn, value: str) -> str:
    ascii_only = draw(BOOLEANS) or any("\ud800" <= char <= "\udfff" for char in value)
    return json.dumps(value, ensure_ascii=ascii_only)


def strings(node: dict[str, Any]) -> st.SearchStrategy[Drawn]:
    source = st.from_regex(node["pattern"], fullmatch=True) if "pattern" in node else hostile_text
    low, high = node.get("minLength", 0), node.get("maxLength", math.inf)

    @st.composite
    def draw_string(draw: st.DrawFn) -> Drawn:
        value = draw(source)
        assume(low <= len(value) <= high)
        text = _string_text(draw, value)
        return Drawn(text, json.loads(text))  # not `value`: JSON reads "\\ud800\\udfff" as one character

    return draw_string()


def decimals(node: dict[str, Any]) -> st.SearchStrategy[Drawn]:
    boundary = st.sampled_from([d for d in map(Decimal, BOUNDARY_DECIMALS) if _decimal_fits(node, d)])
    places = node.get("places")
    bounded = ANY_DECIMAL if places is None else st.decimals(node.get("minimum"), node.get("maximum"), places=places)
    source = st.one_of(boundary, boundary, bounded, ANY_DECIMAL)  # boundaries half the time
    as_string = node.get("wire") == "string"

    @st.composite
    def draw_decimal(draw: st.DrawFn) -> Drawn:
        value = draw(source)
        assume(value.is_finite() and _decimal_fits(node, value))
        if as_string or draw(st.integers(0, 4)) == 0:  # a number field may come as a decimal string too
            text = format(value, "f")
            assume(_DECIMAL_TEXT.match(text) is not None)
            assume("pattern" not in node or re.search(node["pattern"], text) is not None)  # a decimal string's pattern
            return Drawn(json.dumps(text), Decimal(text))
        forms = [format(value, "f"), str(value), f"{value:E}", str(value.normalize())]
        exact_places = (
            places is not None and value.adjusted() < 20 and value == value.quantize(Decimal(1).scaleb(-places))
        )
        if exact_places:
            forms.append(f"{format(value.scaleb(places).quantize(Decimal(1)), 'f')}E-{places}")  # Binance's 0E-8
        text = draw(st.sampled_from(forms))
        parsed = Decimal(text)
        assume(_decimal_fits(node, parsed))
        return Drawn(text, parsed)

    return draw_decimal()


def integers(node: dict[str, Any]) -> st.SearchStrategy[Drawn]:
    low, high = node.get("minimum", -(2**63)), node.get("maximum", 2**63 - 1)
    return st.one_of(st.sampled_from([low, high, 0, -1, 1]), st.integers(low, high)).map(lambda v: Drawn(str(v), v))


def _nested(depth: int, as_object: bool) -> Drawn:
    text = ('{"a":' * depth + "1" + "}" * depth) if as_object else ("[" * depth + "1" + "]" * depth)
    value: Any = 1
    for _ in range(depth):
        value = {"a": value} if as_object else [value]
    return Drawn(text, value)


@st.composite
def unknown_values(draw: st.DrawFn, depth: int = 0) -> Drawn:
    """Any JSON the library passes through untouched in an unknown field, hostile or extreme."""
    kind = draw(UNKNOWN_KINDS)
    if kind == "string" or (depth > 1 and kind in ("list", "object")):
        return draw(ANY_STRING)
    if kind in ("number", "extreme"):
        text = draw(EXTREME_NUMBERS if kind == "extreme" else PLAIN_NUMBERS)
        return Drawn(text, json.loads(text, parse_float=Decimal))
    if kind == "literal":
        return draw(st.sampled_from([Drawn("true", True), Drawn("false", False), Drawn("null", None)]))
    if kind == "deep":  # nested deeper than a recursive writer survives, within what the JSON reader accepts
        return _nested(draw(st.sampled_from([450, 500])), draw(BOOLEANS))
    if kind == "list":
        items = draw(st.lists(unknown_values(depth + 1), max_size=3))
        return Drawn("[" + ",".join(i.text for i in items) + "]", [i.expected for i in items])
    if kind == "object":
        keys = draw(st.lists(hostile_text, max_size=3, unique_by=_as_read))
        items = [draw(unknown_values(depth + 1)) for _ in keys]
        names = [_string_text(draw, key) for key in keys]
        text = ",".join(f"{name}:{i.text}" for name, i in zip(names, items, strict=True))
        return Drawn("{" + text + "}", {json.loads(name): i.expected for name, i in zip(names, items, strict=True)})
    return _nested(draw(st.integers(1, 40)), draw(BOOLEANS))


ANY_STRING = strings({})
UNKNOWN = unknown_values()


def objects(node: dict[str, Any], fixed: dict[str, Any]) -> st.SearchStrategy[Drawn]:
    fields = [(name, sub, name in node["required"], values(sub)) for name, sub in node["properties"].items()]
    extra_keys = st.lists(
        hostile_text.filter(lambda k: _as_read(k) not in node["properties"]), max_size=2, unique_by=_as_read
    )

    @st.composite
    def draw_object(draw: st.DrawFn) -> Drawn:
        parts: list[str] = []
        expected: dict[str, Any] = {}
        for name, sub, required, strategy in fields:
            if name in fixed:
                value = Drawn(json.dumps(fixed[name]), fixed[name])
            else:
                how = "present" if required else draw(PRESENCE)
                if how == "absent":
                    continue
                value = Drawn("null", None) if how == "null" else draw(strategy)
                if value.text == "null" and not required and not sub.get("nullable"):
                    parts.append(f"{json.dumps(name)}:null")  # an optional field sent as null reads as absent
                    continue
            parts.append(f"{json.dumps(name)}:{value.text}")
            expected[name] = value.expected
        for key in draw(extra_keys):
            extra, name = draw(UNKNOWN), _string_text(draw, key)
            parts.append(f"{name}:{extra.text}")
            expected[json.loads(name)] = extra.expected
        order = draw(st.permutations(range(len(parts))))
        return Drawn("{" + ",".join(parts[i] for i in order) + "}", expected)

    return draw_object()


_BUILT: dict[tuple[int, str], st.SearchStrategy[Drawn]] = {}


def values(node: dict[str, Any], fixed: dict[str, Any] | None = None) -> st.SearchStrategy[Drawn]:
    """Valid JSON for `node` (built once per node and `fixed`)."""
    key = (id(node), json.dumps(fixed or {}, sort_keys=True))
    if key not in _BUILT:
        _BUILT[key] = _build(node, fixed or {})
    return _BUILT[key]


def _build(node: dict[str, Any], fixed: dict[str, Any]) -> st.SearchStrategy[Drawn]:
    kind = node["type"]
    if kind == "object":
        return objects(node, fixed)
    if kind == "array":
        size = {"min_size": node.get("minItems", 0), "max_size": min(node.get("maxItems", 3), 3)}
        items = st.lists(values(node["items"]), **size)
        return items.map(lambda i: Drawn("[" + ",".join(d.text for d in i) + "]", [d.expected for d in i]))
    if kind == "string":
        return strings(node)
    if kind == "decimal":
        return decimals(node)
    if kind == "integer":
        return integers(node)
    if kind == "boolean":
        return BOOLEANS.map(lambda v: Drawn(json.dumps(v), v))
    if kind == "enum":
        choices = st.sampled_from(node["values"])
        source = st.one_of(choices, hostile_text) if node.get("open") else choices  # open: unknown values too
        return source.map(lambda v: Drawn(json.dumps(v), json.loads(json.dumps(v))))
    return UNKNOWN


ENVELOPE_STATUS = st.sampled_from(["SUCCESS", "REPEAT_REQ_SUCCESS"])
ERROR_MESSAGE = st.one_of(st.none(), st.just("null"), strings({"maxLength": 256}).map(lambda d: d.text))


@st.composite
def success_bodies(draw: st.DrawFn, op: Op) -> tuple[bytes, Any]:
    """(the body, what `--json` must print: the `data`) for a SUCCESS of `op` the library accepts."""
    envelope = NODES[f"{op.operation_id}:200"]
    data = draw(values(envelope["properties"]["data"], op.fixed))
    parts = [f'"status":{json.dumps(draw(ENVELOPE_STATUS))}', '"code":"000000"', f'"data":{data.text}']
    message = draw(ERROR_MESSAGE)
    if message is not None:
        parts.append(f'"errorMessage":{message}')
    for key in draw(st.lists(hostile_text.filter(lambda k: _as_read(k) not in envelope["properties"]), max_size=1)):
        parts.append(f"{_string_text(draw, key)}:{draw(UNKNOWN).text}")
    order = draw(st.permutations(range(len(parts))))
    body = ("{" + ",".join(parts[i] for i in order) + "}").encode("utf-8")
    assume(len(body) < MAX_BODY)
    return body, data.expected


# ---- the operations --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Op:
    name: str
    argv: tuple[str, ...]
    operation_id: str
    fixed: dict[str, Any] = field(default_factory=dict)  # data fields the client checks against the request (x-echo)

    def __str__(self) -> str:
        return self.name


OPS = [
    Op(
        "balance-shortcut",
        ("balance", "--wallet", "SPOT_WALLET", "--currency", "USDT"),
        "queryWalletBalance",
        {"asset": "USDT"},
    ),
    Op("certificates-list", ("certificates", "list"), "queryCertificates"),  # data: a list of objects
    Op(
        "order-query", ("orders", "query", "--merchant-trade-no", "T1000"), "queryOrderV2", {"merchantTradeNo": "T1000"}
    ),
    Op("payout-query", ("payouts", "query", "--request-id", "R1000"), "queryPayout", {"requestId": "R1000"}),
    Op("balance-v2", ("wallet", "balance-v2", "--wallet", "SPOT_WALLET"), "queryWalletBalanceV2"),
    Op("order-close", ("orders", "close", "--merchant-trade-no", "T1000"), "closeOrder"),  # data: a boolean
    Op(
        "balance-report",
        (
            "reports",
            "balance-report",
            "--report-type",
            "Balance",
            "--start-date",
            "2024-01-01",
            "--end-date",
            "2024-01-31",
        ),
        "downloadBalanceReport",  # data: a string
    ),
]


# ---- what the output must be ---------------------------------------------------------------------------------------


def assert_exact(printed: Any, expected: Any) -> None:
    """`printed` (decoded from --json) is `expected`: same structure, same strings, every decimal digit for digit.
    Iterative: the 500-level values must not make the check itself recurse too deeply."""
    stack: list[tuple[Any, Any, str]] = [(printed, expected, "data")]
    while stack:
        got, want, path = stack.pop()
        assert not isinstance(want, float), f"{path}: no float reaches the CLI (NaN and Infinity are refused)"
        if isinstance(want, Decimal):
            assert isinstance(got, (Decimal, int)) and not isinstance(got, bool), f"{path}: {got!r} for {want!r}"
            assert Decimal(got) == want, f"{path}: {got!r} != {want!r}"
            exponent = want.as_tuple().exponent
            if isinstance(got, Decimal) or exponent < 0:  # every written place kept (1E+3 may print as 1000)
                assert isinstance(got, Decimal) and got.as_tuple() == want.as_tuple(), f"{path}: {got!r} for {want!r}"
        elif isinstance(want, dict):
            assert isinstance(got, dict) and set(got) == set(want), f"{path}: keys {sorted(got)} != {sorted(want)}"
            stack.extend((got[key], item, f"{path}.{key!r}") for key, item in want.items())
        elif isinstance(want, list):
            assert isinstance(got, list) and len(got) == len(want), f"{path}: {got!r} != {want!r}"[:300]
            stack.extend((g, w, f"{path}[{i}]") for i, (g, w) in enumerate(zip(got, want, strict=True)))
        else:
            assert type(got) is type(want) and got == want, f"{path}: {got!r} != {want!r}"[:300]


def assert_printed(run: Run, body: bytes, expected: Any, as_json: bool) -> None:
    assert run.code == 0, f"exit {run.code}: {run.err[:500]}"
    # proportionate to the body, indentation aside (a 500-level value indents by up to 1000 spaces a line):
    # 1e9999999 is not printed as ten million digits, nor 1e999999999 as a gigabyte of them
    printed = len(run.out) - run.out.count(" ")
    assert printed <= 16 * len(body) + 10_000, f"{printed} characters (not spaces) printed for {len(body)} bytes"
    assert "Traceback" not in run.err
    assert raw_controls(run.out) == [], f"raw control characters in stdout: {raw_controls(run.out)}"
    assert raw_controls(run.err) == [], f"raw control characters in stderr: {raw_controls(run.err)}"
    assert run.out.endswith("\n")
    if as_json:
        assert_exact(json.loads(run.out, parse_float=Decimal), expected)
        return
    lines = run.out[:-1].split("\n")
    # one row per field: no server text can start a line of its own (a forged row) in the table
    assert len(lines) == (len(expected) if isinstance(expected, dict) and expected else 1), lines[:5]


# ---- the properties ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("op", OPS, ids=str)
def test_any_accepted_body_prints_exactly_and_safely(server: ThreadingHTTPServer, op: Op) -> None:
    @SETTINGS
    @given(drawn=success_bodies(op))
    def check(drawn: tuple[bytes, Any]) -> None:
        body, expected = drawn
        assert_printed(run_cli(server, [*op.argv, "--json"], body), body, expected, as_json=True)
        assert_printed(run_cli(server, list(op.argv), body), body, expected, as_json=False)

    check()


def _encoded_stream(encoding: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding=encoding, newline="\n")


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
def test_a_terminal_that_cannot_show_unicode_still_gets_exact_output(
    server: ThreadingHTTPServer, encoding: str
) -> None:
    """A console or pipe in ASCII or cp1252 (Windows): characters it cannot encode are escaped, not a traceback."""
    op = OPS[2]  # order-query: nested objects, open enums, unknown fields

    @settings(SETTINGS, max_examples=15)
    @given(drawn=success_bodies(op))
    def check(drawn: tuple[bytes, Any]) -> None:
        body, expected = drawn
        for as_json in (True, False):
            argv = [*op.argv, "--json"] if as_json else list(op.argv)
            run = run_cli(server, argv, body, stdout=_encoded_stream(encoding), stderr=_encoded_stream(encoding))
            assert_printed(run, body, expected, as_json=as_json)

    check()


# ---- refused bodies ------------------------------------------------------------------------------------------------


def _valid(text: str = "USDT") -> dict[str, Any]:
    return {
        "balance": Decimal("990000.00000000"),
        "asset": text,
        "fiat": "USD",
        "availableFiatValuation": Decimal("989991.90516600"),
        "availableBtcValuation": Decimal("22.98780000"),
    }


def _without(name: str) -> dict[str, Any]:
    return {key: value for key, value in _valid().items() if key != name}


def _envelope(data_text: str, status: str = "SUCCESS") -> bytes:
    return f'{{"status":{json.dumps(status)},"code":"000000","data":{data_text}}}'.encode()


def _data_text(data: dict[str, Any], **raw: str) -> str:
    """`data` as JSON text, each `raw` field's value spliced in verbatim."""
    fields = {k: (str(v) if isinstance(v, Decimal) else json.dumps(v)) for k, v in data.items()}
    fields.update(raw)
    return "{" + ",".join(f"{json.dumps(k)}:{v}" for k, v in fields.items()) + "}"


REFUSALS: dict[str, Callable[[str], tuple[int, str, bytes]]] = {
    # (status, content type, body) from a piece of hostile text
    "echo_mismatch": lambda t: (200, "application/json", _envelope(_data_text(_valid("USDT" + t + "x")))),
    "ninth_decimal_place": lambda t: (200, "application/json", _envelope(_data_text(_valid(), balance="0.000000001"))),
    "negative_amount": lambda t: (200, "application/json", _envelope(_data_text(_valid(), balance="-1"))),
    "amount_over_maximum": lambda t: (200, "application/json", _envelope(_data_text(_valid(), balance="1E+15"))),
    "exponent_past_bounds": lambda t: (
        200,
        "application/json",
        _envelope(_data_text(_valid(), balance="1E-999999999")),
    ),
    "nan_amount": lambda t: (200, "application/json", _envelope(_data_text(_valid(), balance="NaN"))),
    "infinity_in_unknown_field": lambda t: (
        200,
        "application/json",
        _envelope(_data_text(_valid(), extra="-Infinity")),
    ),
    "amount_as_text": lambda t: (
        200,
        "application/json",
        _envelope(_data_text(_valid(), balance=json.dumps(t + "1x"))),
    ),
    "missing_field": lambda t: (200, "application/json", _envelope(_data_text(_without("fiat")))),
    "wrong_type": lambda t: (200, "application/json", _envelope(_data_text(_valid(), fiat="[]"))),
    "string_where_object": lambda t: (200, "application/json", _envelope(json.dumps(t))),
    "unknown_status": lambda t: (200, "application/json", _envelope(_data_text(_valid()), status="SUCCESS" + t + "?")),
    "no_data": lambda t: (200, "application/json", b'{"status":"SUCCESS","code":"000000"}'),
    "not_an_object": lambda t: (200, "application/json", json.dumps([t]).encode()),
    "html_page": lambda t: (200, "text/html", f"<html>{t}</html>".encode("utf-8", "surrogatepass")),
    "invalid_utf8": lambda t: (200, "application/json", b'{"status":"SUCCESS","code":"000000","data":"\xff\xfe"}'),
    "truncated_json": lambda t: (200, "application/json", _envelope(_data_text(_valid()))[:-7]),
    "too_deep": lambda t: (200, "application/json", _envelope('{"x":' + "[" * 100_000 + "]" * 100_000 + "}")),
    "integer_past_python_limit": lambda t: (200, "application/json", _envelope('{"x":' + "9" * 5000 + "}")),
    "too_large": lambda t: (200, "application/json", _envelope(_data_text(_valid(), x=json.dumps("a" * 1_100_000)))),
    "fail_with_hostile_message": lambda t: (
        400,
        "application/json",
        json.dumps({"status": "FAIL", "code": "400001", "errorMessage": t[:256]}).encode(),
    ),
    "undocumented_fail": lambda t: (
        400,
        "application/json",
        json.dumps({"status": "FAIL", "code": "999999", "errorMessage": t[:256]}).encode(),
    ),
}


@pytest.mark.parametrize("kind", sorted(REFUSALS))
def test_a_refused_body_is_one_clear_line_and_exit_1(server: ThreadingHTTPServer, kind: str) -> None:
    @settings(SETTINGS, max_examples=6)
    @given(text=hostile_text, as_json=st.booleans())
    def check(text: str, as_json: bool) -> None:
        refused(server, kind, text, as_json)

    check()


def refused(server: ThreadingHTTPServer, kind: str, text: str, as_json: bool) -> None:
    status, content_type, body = REFUSALS[kind](text)
    argv = ["balance", "--wallet", "SPOT_WALLET", "--currency", "USDT", *(["--json"] if as_json else [])]
    run = run_cli(server, argv, body, status=status, content_type=content_type)
    assert run.code == 1, f"{kind}: exit {run.code}, out {run.out[:200]!r}, err {run.err[:300]!r}"
    assert run.out == ""
    assert "Traceback" not in run.err
    assert raw_controls(run.err) == [], f"{kind}: raw control characters {raw_controls(run.err)}"
    assert run.err.startswith("binance-pay balance: ") and run.err.endswith("\n")
    assert run.err.count("\n") == 1, f"{kind}: not one line: {run.err[:300]!r}"
    assert len(run.err) <= MAX_ERROR_LINE, f"{kind}: a {len(run.err)}-character error line"


OPEN_ENUMS = {
    "queryOrderV2": ("status", NODES["queryOrderV2:200"]["properties"]["data"]["properties"]["status"]["values"]),
    "queryPayout": (
        "batchStatus",
        NODES["queryPayout:200"]["properties"]["data"]["properties"]["batchStatus"]["values"],
    ),
}


NEEDLES = {
    "ansi": ("\x1b[", "\\u001b["),
    "osc title": ("\x1b]0;title\x07", "\\u001b]0;title\\u0007"),
    "bidi override": ("\u202e", "\\u202e"),
    "nul": ("\\u0000",),
    "c1": ("\x9b", "\\u009b"),
    "lone surrogate": ("\\ud800", "\\udfff"),
    "huge exponent": (":1e999999999", ":-1E-999999999"),
    "deep": ("[" * 450, '{"a":' * 450),
    "long string": ("\\u202e" * 500, "\u202e" * 500, "\\u001b[2J" * 500, "\x1b[2J" * 500, "  " * 500),
    "zero as 0E-8": (":0E-8",),
    "max amount": ("99999999999999.99999999",),
}


def _reaches(label: str, op: Op, body: bytes) -> bool:
    if label == "unknown open enum value":
        name, known = OPEN_ENUMS[op.operation_id]
        return json.loads(body, parse_float=Decimal)["data"][name] not in known
    text = body.decode("utf-8")
    return any(needle in text for needle in NEEDLES[label])


@pytest.mark.filterwarnings("ignore:Generating overly large repr")  # find() shows the (long) example it found
@pytest.mark.parametrize("label", [*NEEDLES, "unknown open enum value"])
def test_the_strategies_reach_the_hostile_cases(label: str) -> None:
    """The generators do produce each case the properties are about (else passing them would prove little)."""
    ops = [op for op in OPS if op.operation_id in OPEN_ENUMS] if label == "unknown open enum value" else OPS[:5]
    drawn = st.sampled_from(ops).flatmap(lambda op: st.tuples(st.just(op), success_bodies(op)))
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(20_000)  # Hypothesis pretty-prints what it found: 500 levels of nesting, recursively
    try:
        find(
            drawn,
            lambda pair: _reaches(label, pair[0], pair[1][0]),
            settings=settings(SETTINGS, max_examples=1000, phases=[Phase.generate], derandomize=True),
        )
    finally:
        sys.setrecursionlimit(limit)
