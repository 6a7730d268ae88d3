"""Retry policy and clock-skew recovery, against scripted raw servers and the real sandbox, on all four wire paths."""

from __future__ import annotations

import time

import pytest
from _servers import SUCCESS_DATA, Reply, fail_reply, never_answer, refused_port, scripted, serve, success_body
from binance_pay import errors
from binance_pay_sandbox import SandboxConfig, run_sandbox
from reliability_helpers import (
    API_KEY,
    CANARY_SECRET,
    NONCE_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    Recorder,
    WirePath,
    all_wire_paths,
    assert_sdk_error,
    independent_signature,
    run_calls,
)

BUSY = Reply(503, b"<html>busy</html>", "text/html", headers=[("Retry-After", "1")])
HTML_502 = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
HTML_503 = b"<html><body><h1>503 Service Unavailable</h1></body></html>"


@all_wire_paths
def test_retry_after_is_honoured(wire: WirePath) -> None:
    with serve(scripted(BUSY, Reply())) as server:
        outcome = run_calls(wire, server.url, max_retries=1).last
    assert outcome.error is None, outcome.error
    assert outcome.result.asset == "USDT"
    assert len(server.requests) == 2
    assert 0.95 <= outcome.elapsed < 2.0


@all_wire_paths
def test_retry_after_http_date_is_honoured(wire: WirePath) -> None:
    when = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 2))
    busy = Reply(429, b"slow down", "text/plain", headers=[("Retry-After", when)])
    with serve(scripted(busy, Reply())) as server:
        outcome = run_calls(wire, server.url, max_retries=1).last
    assert outcome.error is None, outcome.error
    assert len(server.requests) == 2
    assert 0.5 <= outcome.elapsed < 3.0  # 1-2 s: an HTTP date has whole-second resolution


@all_wire_paths
def test_retry_after_longer_than_max_retry_after_is_not_retried(wire: WirePath) -> None:
    long_wait = Reply(503, b"<html>down</html>", "text/html", headers=[("Retry-After", "120")])
    with serve(scripted(long_wait, Reply())) as server:
        outcome = run_calls(wire, server.url, max_retries=3, max_retry_after=5).last
    assert_sdk_error(outcome.error, errors.APIStatusError)
    assert outcome.error.status_code == 503
    assert len(server.requests) == 1
    assert outcome.elapsed < 1.0


@all_wire_paths
def test_backoff_without_retry_after_is_bounded(wire: WirePath) -> None:
    script = [Reply(503, HTML_503, "text/html")] * 3 + [Reply()]
    with serve(scripted(*script)) as server:
        outcome = run_calls(wire, server.url, max_retries=3, initial_retry_delay=0.1, max_retry_delay=0.2).last
    assert outcome.error is None, outcome.error
    assert len(server.requests) == 4
    # jittered backoff: at least half of 0.1 + 0.2 + 0.2, at most all of it (plus the exchanges)
    assert 0.25 <= outcome.elapsed < 1.5, outcome.elapsed


@all_wire_paths
def test_502_then_success_is_retried(wire: WirePath) -> None:
    recorder = Recorder()
    with serve(scripted(Reply(502, HTML_502, "text/html"), Reply(503, HTML_503, "text/html"), Reply())) as server:
        outcome = run_calls(wire, server.url, recorder=recorder, max_retries=2).last
    assert outcome.error is None, outcome.error
    assert outcome.result.asset == "USDT"
    assert recorder.count == 3
    assert len(server.requests) == 3
    assert len(set(recorder.nonces)) == 3


@all_wire_paths
def test_connection_refused_retried_max_retries_times(wire: WirePath) -> None:
    recorder = Recorder()
    outcome = run_calls(wire, f"http://127.0.0.1:{refused_port()}", recorder=recorder, max_retries=3).last
    assert_sdk_error(outcome.error, errors.APIConnectionError)
    assert outcome.error.sent is False
    assert recorder.count == 4  # 1 attempt + 3 retries
    assert len(set(recorder.nonces)) == len(recorder.nonces)  # the paths that sign before connecting
    assert outcome.elapsed < 1.0


@all_wire_paths
def test_timeouts_retried_then_raised(wire: WirePath) -> None:
    recorder = Recorder()
    with serve(never_answer) as server:
        outcome = run_calls(wire, server.url, recorder=recorder, max_retries=2, timeout=0.3).last
        assert len(server.requests) == 3
    assert_sdk_error(outcome.error, errors.APITimeoutError)
    assert recorder.count == 3
    assert len(set(recorder.nonces)) == 3
    assert outcome.elapsed < 3 * 0.3 + 1.0


@all_wire_paths
def test_per_call_timeout_and_max_retries_override(wire: WirePath) -> None:
    recorder = Recorder()
    with serve(never_answer) as server:
        session = run_calls(
            wire, server.url, [{"timeout": 0.3, "max_retries": 0}], recorder=recorder, max_retries=5, timeout=30
        )
    assert_sdk_error(session.last.error, errors.APITimeoutError)
    assert session.last.elapsed < 1.5
    assert recorder.count == 1


@all_wire_paths
def test_success_body_is_the_reference(wire: WirePath) -> None:
    """Sanity: the scripted success body the fault servers use is accepted by the client."""
    with serve(scripted(Reply())) as server:
        outcome = run_calls(wire, server.url).last
    assert outcome.error is None, outcome.error
    assert outcome.result.asset == "USDT"


@all_wire_paths
@pytest.mark.parametrize("max_retries", [0, 1, 3])
def test_unknown_error_retried_then_raised(wire: WirePath, max_retries: int) -> None:
    recorder = Recorder()
    config = SandboxConfig(api_key=API_KEY, secret_key=CANARY_SECRET, inject_unknown_error=1.0)
    with run_sandbox(config) as sb:
        outcome = run_calls(wire, sb.url, recorder=recorder, max_retries=max_retries).last
    assert_sdk_error(outcome.error, errors.UnknownError)
    assert outcome.error.code == "400000"
    assert recorder.count == max_retries + 1
    assert len(set(recorder.nonces)) == max_retries + 1


@all_wire_paths
def test_invalid_signature_never_retried(wire: WirePath) -> None:
    recorder = Recorder()
    config = SandboxConfig(api_key=API_KEY, secret_key="the-servers-secret")
    with run_sandbox(config) as sb:
        outcome = run_calls(wire, sb.url, recorder=recorder, max_retries=5).last
    assert_sdk_error(outcome.error, errors.InvalidSignatureError)
    assert recorder.count == 1


@all_wire_paths
@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("400001", errors.InvalidRequestError),
        ("400002", errors.InvalidSignatureError),
        ("400004", errors.InvalidApiKeyOrIpError),
        ("400005", errors.BadApiKeyFmtError),
        ("400102", errors.InvalidParamWrongValueError),
    ],
)
def test_non_retryable_result_codes_never_retried(
    wire: WirePath, code: str, expected: type[errors.BinancePayError]
) -> None:
    # a 500 status must not make a documented non-retryable FAIL retryable
    with serve(scripted(fail_reply(code, status=500), Reply())) as server:
        outcome = run_calls(wire, server.url, max_retries=3).last
        assert len(server.requests) == 1
    assert_sdk_error(outcome.error, expected)


@all_wire_paths
def test_request_validation_error_never_sent_nor_retried(wire: WirePath) -> None:
    recorder = Recorder()
    calls = [{"currency": currency} for currency in ("usdt", "", "X" * 21, "US-DT")]
    calls.append({"wallet": "CHEQUE_WALLET"})
    with serve(scripted(Reply())) as server:
        session = run_calls(wire, server.url, calls, recorder=recorder, max_retries=3)
        assert server.requests == []
    for outcome in session.outcomes:
        assert_sdk_error(outcome.error, errors.RequestValidationError)
        assert isinstance(outcome.error, ValueError)
    assert recorder.count == 0
    assert recorder.signed == 0


@all_wire_paths
def test_every_attempt_has_fresh_nonce_and_valid_signature(wire: WirePath) -> None:
    btc = Reply(body=success_body({**SUCCESS_DATA, "asset": "BTC"}))
    script = [Reply(503, b"x", "text/plain")] * 3 + [fail_reply("400000", status=500), btc]
    with serve(scripted(*script)) as server:
        outcome = run_calls(wire, server.url, [{"wallet": "FUNDING_WALLET", "currency": "BTC"}], max_retries=4).last
        sent = server.requests
    assert outcome.error is None, outcome.error
    assert outcome.result.asset == "BTC"
    assert len(sent) == 5
    nonces = [r.headers[NONCE_HEADER.lower()] for r in sent]
    assert len(set(nonces)) == 5
    timestamps = [int(r.headers[TIMESTAMP_HEADER.lower()]) for r in sent]
    assert timestamps == sorted(timestamps)
    assert len({r.headers[SIGNATURE_HEADER.lower()] for r in sent}) == 5
    for r in sent:
        assert r.body == sent[0].body
        expected = independent_signature(
            CANARY_SECRET, r.headers[TIMESTAMP_HEADER.lower()], r.headers[NONCE_HEADER.lower()], r.body
        )
        assert r.headers[SIGNATURE_HEADER.lower()] == expected
        assert r.headers["binancepay-certificate-sn"] == API_KEY
        assert r.headers["accept-encoding"] == "identity"


# -- clock skew ---------------------------------------------------------------------------------


@all_wire_paths
@pytest.mark.parametrize("offset_ms", [5000, -5000])
def test_clock_skew_learned_from_date_header(wire: WirePath, offset_ms: int) -> None:
    recorder = Recorder()
    counts: list[tuple[int, int]] = []
    config = SandboxConfig(api_key=API_KEY, secret_key=CANARY_SECRET, clock_offset_ms=offset_ms, recv_window_ms=1000)
    with run_sandbox(config) as sb:
        session = run_calls(
            wire,
            sb.url,
            [{}, {}],
            recorder=recorder,
            max_retries=0,
            between=lambda client: counts.append((recorder.count, client.clock_offset_ms)),
        )
    for outcome in session.outcomes:
        assert outcome.error is None, outcome.error
        assert outcome.result.asset == "USDT"
    # one rejected attempt and one automatic retry (even with max_retries=0); the second call needs no retry
    assert [count for count, _ in counts] == [2, 3]
    assert abs(counts[0][1] - offset_ms) <= 1500, counts


@all_wire_paths
def test_clock_skew_retried_only_once(wire: WirePath) -> None:
    """A server that keeps answering INVALID_TIMESTAMP gets exactly one clock-adjusted retry."""
    date = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 60))
    stale = fail_reply("400003", "outside recvWindow")
    stale.headers = [("Date", date)]
    with serve(scripted(stale)) as server:
        session = run_calls(wire, server.url, max_retries=3)
        assert len(server.requests) == 2
    assert_sdk_error(session.last.error, errors.InvalidTimestampError)
    assert abs(session.client.clock_offset_ms - 60_000) <= 1500


@all_wire_paths
def test_clock_offset_shared_with_with_options(wire: WirePath) -> None:
    """A client made with `with_options` signs with the clock its parent learned (and vice versa)."""
    date = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 60))
    stale = fail_reply("400003", "outside recvWindow")
    stale.headers = [("Date", date)]
    with serve(scripted(stale)) as server:
        session = run_calls(wire, server.url, max_retries=0)
    client = session.client
    assert client.with_options(max_retries=1).clock_offset_ms == client.clock_offset_ms
    assert abs(client.clock_offset_ms - 60_000) <= 1500
