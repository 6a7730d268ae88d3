"""One fault matrix: misbehaving servers on 127.0.0.1 against all four wire paths.

Each row of `FAULTS` names a fault class, a server behaviour (a raw-socket handler from
`_servers`; None is "nothing listens"), the expected outcome (an exact `binance_pay` exception
class, `RESULT` for a correct parsed balance, or a tuple of acceptable outcomes), and a time
bound. Every row runs on sync-stdlib, sync-httpx, async-aiohttp and async-httpx; the test id is
`<fault class>:<row>-<wire path>`. Whatever a server does, a call ends within its bound with its
documented typed outcome, never a raw httpx / aiohttp / http.client / json exception.

A (row, path) that reveals a runtime bug is in `KNOWN_BUGS`: xfail(strict=True) with the reason.
"""

from __future__ import annotations

import gzip
import socket
import time
import warnings
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import httpx
import pytest
from _servers import (
    SUCCESS_BODY,
    SUCCESS_DATA,
    TEN_MB,
    Handler,
    RawServer,
    Reply,
    chunked,
    fail_reply,
    hard_close,
    huge_body,
    never_answer,
    raw_response,
    read_request,
    refused_port,
    reset_mid_response,
    scripted,
    serve,
    success_body,
    trickle_body,
    trickle_headers,
    truncated_body,
)
from binance_pay import errors
from reliability_helpers import (
    SYNC_HTTPX,
    WIRE_PATHS,
    Session,
    WirePath,
    assert_sdk_error,
    assert_typed,
    run_calls,
    sync_client,
)

HTML_502 = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
HTML_503 = b"<html><body><h1>503 Service Unavailable</h1></body></html>"
N = len(SUCCESS_BODY)
JSON_HEAD = "HTTP/1.1 200 OK\nContent-Type: application/json"


class _Result:
    """The call returns the reference balance (`SUCCESS_DATA`)."""

    def __repr__(self) -> str:
        return "RESULT"


RESULT = _Result()
Expected = type[errors.BinancePayError] | _Result | tuple[type[errors.BinancePayError] | _Result, ...]
Check = Callable[[Session, RawServer | None], None]

TYPED_FRAMING_ERROR = (errors.APIStatusError, errors.APIConnectionError)


@dataclass(frozen=True)
class Fault:
    fault_class: str
    name: str
    handler: Handler | None  # None: connection refused
    expected: Expected
    bound: float  # seconds for the whole call, retries included
    client: dict[str, Any] = field(default_factory=dict)
    close_first: bool = False  # call a closed client
    calls: int = 1  # calls made one after another on one client; the expected outcome is the last one's
    host: str = "127.0.0.1"  # the name the client is given for the server (always listening on 127.0.0.1)
    check: Check | None = None  # further assertions on the session and the server

    @property
    def id(self) -> str:
        return f"{self.fault_class}:{self.name}"


T05 = {"timeout": 0.5}


def _informational_flood(status: bytes, headers: bytes) -> Handler:
    """1xx responses every 5 ms for 3 s (a client that waits them out frees itself), never a final one."""

    def handler(conn: socket.socket, server: RawServer) -> None:
        if read_request(conn, server) is None:
            return
        give_up = time.monotonic() + 3.0
        while time.monotonic() < give_up and not server.stopping.wait(0.005):
            try:
                conn.sendall(b"HTTP/1.1 " + status + b"\r\n" + headers + b"\r\n")
            except OSError:
                return
        server.stats["flood_gave_up"] = True

    return handler


# -- row-specific checks -------------------------------------------------------------------------


def _not_sent(session: Session, server: RawServer | None) -> None:
    error = session.last.error
    assert isinstance(error, errors.APIConnectionError)
    assert error.sent is False, "a refused connection must say the request never left"


def _sent(session: Session, server: RawServer | None) -> None:
    error = session.last.error
    assert isinstance(error, errors.APIConnectionError)
    assert error.sent is True, "the request was sent: resending it is not provably safe"


def _not_read_whole(session: Session, server: RawServer | None) -> None:
    assert server is not None
    assert not server.stats.get("completed"), "the client read all 10 MB"
    assert server.stats.get("sent", 0) < TEN_MB


def _asked_identity(session: Session, server: RawServer | None) -> None:
    assert server is not None and server.requests
    assert server.requests[0].headers.get("accept-encoding") == "identity", server.requests[0].headers


def _requests(count: int) -> Check:
    def check(session: Session, server: RawServer | None) -> None:
        assert server is not None
        assert len(server.requests) == count, f"{len(server.requests)} requests, expected {count}"

    return check


def _crossed(session: Session, server: RawServer | None) -> None:
    error = session.last.error
    assert isinstance(error, errors.ResponseValidationError)
    assert error.field == "data.asset", error


def _no_cookie_sent_back(session: Session, server: RawServer | None) -> None:
    _requests(2)(session, server)
    assert session.outcomes[0].error is None, session.outcomes[0].error
    assert "set-cookie" in server.stats, "the first response set no cookie"
    for request in server.requests:
        assert "cookie" not in request.headers, f"a cookie went back: {request.headers['cookie']!r}"


def _clock_untouched(session: Session, server: RawServer | None) -> None:
    _requests(1)(session, server)
    assert session.client.clock_offset_ms == 0, "a hostile Date header moved the signing clock"


# -- rows ------------------------------------------------------------------------------------------


def _head(*lines: str, status: str = "HTTP/1.1 200 OK") -> str:
    return "\n".join((status, "Content-Type: application/json", *lines))


def _retry_after(value: str) -> Handler:
    busy = Reply(503, b"<html>busy</html>", "text/html", headers=[("Retry-After", value)])
    return scripted(busy, Reply())


def _stale_with_date(value: str) -> Handler:
    stale = fail_reply("400003", "outside recvWindow")
    stale.headers = [("Date", value)]
    return scripted(stale)


def _sets_a_cookie(conn: socket.socket, server: RawServer) -> None:
    """A keep-alive server that sets a session cookie on its first response (as a load balancer might)."""
    while read_request(conn, server) is not None:
        cookie = []
        if len(server.requests) == 1:
            server.stats["set-cookie"] = True
            cookie = ["Set-Cookie: lb_session=sticky-7f3e; Path=/; Max-Age=3600"]
        head = _head(f"Content-Length: {N}", *cookie).replace("\n", "\r\n")
        conn.sendall(head.encode() + b"\r\n\r\n" + SUCCESS_BODY)


def _close_before_status(conn: socket.socket, server: RawServer) -> None:
    if read_request(conn, server) is not None:
        conn.close()


def _reset_before_status(conn: socket.socket, server: RawServer) -> None:
    if read_request(conn, server) is not None:
        hard_close(conn)


RETRY_ONCE = {"max_retries": 1, "max_retry_after": 5}
SMALL_LIMIT = {"max_response_bytes": 64}
GZIPPED = gzip.compress(SUCCESS_BODY)
DEFLATED = zlib.compress(SUCCESS_BODY)
CROSSED = success_body({**SUCCESS_DATA, "asset": "BTC"})

FAULTS = [
    # the connection itself
    Fault("connect", "connection_refused", None, errors.APIConnectionError, 1.0, check=_not_sent),
    Fault("connect", "closed_before_status_line", _close_before_status, errors.APIConnectionError, 1.0, check=_sent),
    Fault("connect", "reset_before_status_line", _reset_before_status, errors.APIConnectionError, 1.0),
    Fault("close-mid-body", "reset_mid_body", reset_mid_response, errors.APIConnectionError, 1.0),
    Fault("close-mid-body", "fin_short_of_content_length", truncated_body, errors.APIConnectionError, 1.0),
    Fault(
        "close-mid-body",
        "fin_inside_a_chunk",
        raw_response(_head("Transfer-Encoding: chunked"), chunked(SUCCESS_BODY)[:60]),
        errors.APIConnectionError,
        1.0,
    ),
    Fault(
        "close-mid-body",
        "fin_before_last_chunk",
        raw_response(_head("Transfer-Encoding: chunked"), chunked(SUCCESS_BODY)[:-5]),
        errors.APIConnectionError,
        1.0,
    ),
    # timeouts
    Fault("timeout", "never_answers", never_answer, errors.APITimeoutError, 1.5, {"timeout": 0.5}),
    Fault(
        "timeout",
        "trickled_body_total_timeout",
        trickle_body,
        errors.APITimeoutError,
        2.2,
        {"timeout": 0.5, "total_timeout": 1.0},
    ),
    Fault(
        "timeout",
        "trickled_headers_total_timeout",
        trickle_headers,
        errors.APITimeoutError,
        2.2,
        {"timeout": 0.5, "total_timeout": 1.0},
    ),
    # informational responses, one after another and never the answer: the attempt's deadline ends it
    Fault("timeout", "continue_flood", _informational_flood(b"100 Continue", b""), errors.APITimeoutError, 1.5, T05),
    Fault(
        "timeout",
        "early_hints_flood",
        _informational_flood(b"103 Early Hints", b"Link: </style.css>; rel=preload\r\n"),
        errors.APITimeoutError,
        1.5,
        T05,
    ),
    Fault(
        "timeout",
        "early_hints_then_answer",
        raw_response("HTTP/1.1 103 Early Hints\nLink: </a.css>; rel=preload\n\n" + _head(f"Content-Length: {N}")),
        RESULT,
        1.0,
    ),
    Fault(
        "timeout",
        "processing_then_answer",
        raw_response("HTTP/1.1 102 Processing\n\nHTTP/1.1 100 Continue\n\n" + _head(f"Content-Length: {N}")),
        RESULT,
        1.0,
    ),
    # response framing the transports must read correctly
    Fault("framing", "connection_close_no_length", raw_response(_head("Connection: close")), RESULT, 1.0),
    Fault("framing", "http10_read_to_end", raw_response(_head(status="HTTP/1.0 200 OK")), RESULT, 1.0),
    Fault(
        "framing",
        "http10_body_over_many_reads",
        raw_response(_head(status="HTTP/1.0 200 OK"), piece=5, delay=0.003),
        RESULT,
        1.5,
    ),
    Fault(
        "framing",
        "content_length_body_over_many_reads",
        raw_response(_head(f"Content-Length: {N}", "Connection: close"), piece=7, delay=0.003),
        RESULT,
        1.5,
    ),
    Fault(
        "framing",
        "chunked_over_many_reads",
        raw_response(_head("Transfer-Encoding: chunked"), chunked(SUCCESS_BODY, 10), piece=3, delay=0.001),
        RESULT,
        1.5,
    ),
    Fault(
        "framing",
        "content_length_then_kept_open",  # the body ends at Content-Length, not at close
        raw_response(_head(f"Content-Length: {N}"), then="hold"),
        RESULT,
        1.0,
    ),
    # Content-Length lies
    Fault("content-length", "non_numeric", raw_response(_head("Content-Length: ten")), TYPED_FRAMING_ERROR, 1.0),
    Fault("content-length", "negative", raw_response(_head("Content-Length: -1")), TYPED_FRAMING_ERROR, 1.0),
    Fault("content-length", "plus_sign", raw_response(_head(f"Content-Length: +{N}")), TYPED_FRAMING_ERROR, 1.0),
    Fault(
        "content-length",
        "non_ascii_digits",
        raw_response(_head("Content-Length: \u0661\u0668\u0660")),
        TYPED_FRAMING_ERROR,
        1.0,
    ),
    Fault(
        "content-length",
        "too_many_digits",
        raw_response(_head("Content-Length: " + "9" * 30)),
        (*TYPED_FRAMING_ERROR, errors.ResponseTooLargeError),
        1.0,
    ),
    Fault(
        "content-length",
        "comma_list_conflicting",
        raw_response(_head(f"Content-Length: {N}, 10")),
        TYPED_FRAMING_ERROR,
        1.0,
    ),
    Fault(
        "content-length",
        "duplicate_conflicting_first_matches",
        raw_response(_head(f"Content-Length: {N}", "Content-Length: 10")),
        TYPED_FRAMING_ERROR,
        1.0,
    ),
    Fault(
        "content-length",
        "duplicate_conflicting_last_matches",
        raw_response(_head("Content-Length: 10", f"Content-Length: {N}")),
        TYPED_FRAMING_ERROR,
        1.0,
    ),
    Fault(
        "content-length",
        "shorter_than_body",
        raw_response(_head("Content-Length: 10")),
        TYPED_FRAMING_ERROR,  # the first 10 bytes are not JSON, or the rest is not a response
        1.0,
    ),
    Fault(
        "content-length",
        "alongside_chunked",  # RFC 9112: Transfer-Encoding wins, or the message is refused
        raw_response(_head("Content-Length: 10", "Transfer-Encoding: chunked"), chunked(SUCCESS_BODY)),
        (RESULT, *TYPED_FRAMING_ERROR),
        1.0,
    ),
    # Content-Encoding: the client asks for identity only
    Fault(
        "encoding",
        "gzip_with_length",
        raw_response(_head(f"Content-Length: {len(GZIPPED)}", "Content-Encoding: gzip"), GZIPPED),
        errors.APIStatusError,
        1.0,
        check=_asked_identity,
    ),
    Fault(
        "encoding",
        "gzip_chunked",
        raw_response(_head("Transfer-Encoding: chunked", "Content-Encoding: gzip"), chunked(GZIPPED)),
        errors.APIStatusError,
        1.0,
    ),
    Fault(
        "encoding",
        "gzip_read_to_end",
        raw_response(_head("Content-Encoding: GZIP", status="HTTP/1.0 200 OK"), GZIPPED),
        errors.APIStatusError,
        1.0,
    ),
    Fault(
        "encoding",
        "deflate",
        raw_response(_head(f"Content-Length: {len(DEFLATED)}", "Content-Encoding: deflate"), DEFLATED),
        errors.APIStatusError,
        1.0,
    ),
    Fault(
        "encoding",
        "br_claimed",
        raw_response(_head(f"Content-Length: {N}", "Content-Encoding: br")),
        errors.APIStatusError,
        1.0,
    ),
    Fault(
        "encoding",
        "identity_declared",
        raw_response(_head(f"Content-Length: {N}", "Content-Encoding: identity")),
        RESULT,
        1.0,
    ),
    # response size
    Fault(
        "size",
        "10mb_chunked",
        huge_body(declare_length=False),
        errors.ResponseTooLargeError,
        1.0,
        check=_not_read_whole,
    ),
    Fault(
        "size",
        "10mb_content_length",
        huge_body(declare_length=True),
        errors.ResponseTooLargeError,
        1.0,
        check=_not_read_whole,
    ),
    Fault("size", "over_limit_declared", scripted(Reply()), errors.ResponseTooLargeError, 1.0, SMALL_LIMIT),
    Fault(
        "size",
        "over_limit_read_to_end",
        raw_response(_head(status="HTTP/1.0 200 OK")),
        errors.ResponseTooLargeError,
        1.0,
        SMALL_LIMIT,
    ),
    Fault(
        "size",
        "over_limit_chunked",
        raw_response(_head("Transfer-Encoding: chunked"), chunked(SUCCESS_BODY)),
        errors.ResponseTooLargeError,
        1.0,
        SMALL_LIMIT,
    ),
    Fault("size", "exactly_at_limit", scripted(Reply()), RESULT, 1.0, {"max_response_bytes": N}),
    # bodies that are not the envelope
    Fault("status", "empty_body_200", scripted(Reply(body=b"")), errors.APIStatusError, 1.0),
    Fault("status", "html_502", scripted(Reply(502, HTML_502, "text/html")), errors.APIStatusError, 1.0),
    Fault("status", "html_503", scripted(Reply(503, HTML_503, "text/html")), errors.APIStatusError, 1.0),
    Fault("status", "text_plain_envelope", scripted(Reply(content_type="text/plain")), errors.APIStatusError, 1.0),
    Fault(
        "json", "invalid_json_200", scripted(Reply(body=b'{"status": "SUCCESS", "data": {')), errors.APIStatusError, 1.0
    ),
    Fault("json", "json_array_200", scripted(Reply(body=b"[1, 2, 3]")), errors.ResponseValidationError, 1.0),
    Fault("json", "not_utf8", scripted(Reply(body=b'{"status":"\xff\xfe"}')), errors.APIStatusError, 1.0),
    Fault("json", "deeply_nested", scripted(Reply(body=b"[" * 100_000)), errors.APIStatusError, 1.0),
    # a well-formed SUCCESS for another currency
    Fault(
        "crossed-response",
        "asset_differs",
        scripted(Reply(body=CROSSED)),
        errors.ResponseValidationError,
        1.0,
        check=_crossed,
    ),
    # hostile Retry-After (503, then a success): used (too long: raised at once) or ignored (backoff)
    Fault(
        "retry-after",
        "huge_number",
        _retry_after("9" * 40),
        errors.APIStatusError,
        1.0,
        RETRY_ONCE,
        check=_requests(1),
    ),
    *(
        Fault("retry-after", name, _retry_after(value), RESULT, 1.5, RETRY_ONCE, check=_requests(2))
        for name, value in [
            ("year_99999", "Fri, 31 Dec 99999 23:59:59 GMT"),
            ("superscript_two", "\u00b2"),
            ("arabic_indic_digits", "\u0661\u0662"),
            ("float_overflow", "1e999"),
            ("negative", "-1"),
            ("over_64_chars", "1" * 80),
            ("garbage_date", "Mon, 99 Foo 2025 99:99:99 GMT"),
        ]
    ),
    # hostile Date on INVALID_TIMESTAMP: ignored (no clock-adjusted retry), the error is raised
    *(
        Fault("date", name, _stale_with_date(value), errors.InvalidTimestampError, 1.0, check=_clock_untouched)
        for name, value in [
            ("year_99999", "Fri, 31 Dec 99999 23:59:59 GMT"),
            ("year_2999_past_max_offset", "Tue, 31 Dec 2999 23:59:59 GMT"),
            ("superscript_two", "\u00b2"),
            ("huge_number", "9" * 40),
            ("huge_hour", "Fri, 01 Jan 2027 99999999999:00:00 GMT"),
            ("arabic_indic_year_far_away", "Wed, \u0660\u0661 Jan \u0661\u0669\u0667\u0660 00:00:00 GMT"),
        ]
    ),
    # Binance Pay sets no cookies: one set anyway (a proxy, a load balancer) is neither kept nor sent back.
    # By name: aiohttp's default cookie jar ignores cookies from IP addresses, so on 127.0.0.1 a stray
    # real jar would go unnoticed.
    Fault(
        "cookies",
        "set_cookie_not_sent_back",
        _sets_a_cookie,
        RESULT,
        1.0,
        calls=2,
        host="localhost",
        check=_no_cookie_sent_back,
    ),
    # the client's own state
    Fault(
        "closed-client",
        "call_after_close",
        scripted(Reply()),
        errors.ClientClosedError,
        1.0,
        close_first=True,
        check=_requests(0),
    ),
]

# (row id, wire path name) -> why it fails: known limitations, each stated in docs/failure-modes.md.
KNOWN_BUGS: dict[tuple[str, str], str] = {}


def _matrix() -> list[Any]:
    params = []
    for fault in FAULTS:
        for wire in WIRE_PATHS:
            reason = KNOWN_BUGS.get((fault.id, wire.name))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            params.append(pytest.param(fault, wire, id=f"{fault.id}-{wire}", marks=marks))
    return params


def run_fault(fault: Fault, wire: WirePath, **client: Any) -> tuple[Session, RawServer | None]:
    """One call on `wire` against the row's server; the session and the server (for its stats)."""
    kwargs = {"max_retries": 0, **fault.client, **client}
    calls: list[dict[str, Any]] = [{} for _ in range(fault.calls)]
    if fault.handler is None:
        url = f"http://127.0.0.1:{refused_port()}"
        return run_calls(wire, url, calls, close_first=fault.close_first, **kwargs), None
    with serve(fault.handler) as server:
        url = server.url.replace("127.0.0.1", fault.host)
        return run_calls(wire, url, calls, close_first=fault.close_first, **kwargs), server


def check_outcome(fault: Fault, session: Session) -> None:
    outcome = session.last
    expected = fault.expected if isinstance(fault.expected, tuple) else (fault.expected,)
    if outcome.error is None:
        assert RESULT in expected, f"{fault.id}: a result, expected {expected}"
        assert outcome.result.asset == "USDT"
        assert outcome.result.balance == Decimal(SUCCESS_DATA["balance"])
        return
    assert_typed(outcome.error)
    assert type(outcome.error) in expected, f"{fault.id}: {type(outcome.error).__name__}: {outcome.error}"


@pytest.mark.parametrize(("fault", "wire"), _matrix())
def test_fault_matrix(fault: Fault, wire: WirePath) -> None:
    session, server = run_fault(fault, wire)
    check_outcome(fault, session)
    assert session.last.elapsed < fault.bound, f"{fault.id} on {wire}: {session.last.elapsed:.2f}s"
    if fault.check is not None:
        fault.check(session, server)


def test_rows_are_named_and_unique() -> None:
    ids = [fault.id for fault in FAULTS]
    assert len(ids) == len(set(ids))
    assert {fault.fault_class for fault in FAULTS} >= {
        "connect",
        "close-mid-body",
        "timeout",
        "framing",
        "content-length",
        "encoding",
        "size",
        "retry-after",
        "date",
        "crossed-response",
        "closed-client",
        "cookies",
    }


# -- the sync httpx path's deadline, where the matrix does not reach -------------------------------
# httpx bounds each read by its own timeout, not the exchange: the runtime gives every connection pool
# of the client's `httpx.HTTPTransport`s a network backend that cuts each wait at the attempt's
# deadline. It reaches the pool through httpx's private attributes; these tests fail loudly if a
# new httpx moves them, rather than letting the header trickle quietly outlast total_timeout again.

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


def _clear_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def test_sync_httpx_pools_are_bounded_by_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    _clear_proxies(monkeypatch)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the runtime warns when httpx's insides are not as expected
        direct = sync_client("http://127.0.0.1:9", http_backend="httpx")
        own = sync_client("http://127.0.0.1:9", http_backend="httpx", transport=httpx.HTTPTransport(retries=1))
        monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
        monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
        proxied = sync_client("https://binance-pay.invalid", http_backend="httpx")
    mock = sync_client(
        "http://127.0.0.1:9", http_backend="httpx", transport=httpx.MockTransport(lambda _: httpx.Response(200))
    )
    assert direct._transport.deadline_bounded
    assert own._transport.deadline_bounded
    assert proxied._transport.deadline_bounded
    assert not mock._transport.deadline_bounded  # a transport without a pool bounds only what it bounds itself
    pools = [proxied._transport._client._transport, *proxied._transport._client._mounts.values()]
    assert sum(isinstance(each, httpx.HTTPTransport) for each in pools) == 3, "direct, http:// and https:// proxies"


@pytest.mark.parametrize("route", ["https_proxy_tunnel", "own_http_transport"])
def test_sync_httpx_header_trickle_is_cut_at_the_deadline(route: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The trickle row, through a proxy (the trickling server answers the CONNECT), and through an
    `httpx.HTTPTransport` the caller passed."""
    _clear_proxies(monkeypatch)
    with serve(trickle_headers) as server:
        if route == "https_proxy_tunnel":
            monkeypatch.setenv("HTTPS_PROXY", server.url)
            session = run_calls(SYNC_HTTPX, "https://binance-pay.invalid", timeout=0.5)
        else:
            session = run_calls(SYNC_HTTPX, server.url, timeout=0.5, transport=httpx.HTTPTransport())
    assert_sdk_error(session.last.error, errors.APITimeoutError)
    assert session.last.elapsed < 1.2, f"{session.last.elapsed:.2f}s"
    assert len(server.requests) == 1
    expected_method = "CONNECT" if route == "https_proxy_tunnel" else "POST"
    assert server.requests[0].method == expected_method, server.requests[0]
