"""The asyncio wire path's own framing (httptools), on real sockets: what the other paths get from
http.client, aiohttp or httpcore, this path does itself, so each case is checked here.

Every call is `wallet.balance` with max_retries=0: a retry could hide a connection reused wrongly.
"""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _servers import (
    KEEP_ALIVE_ANSWER,
    SUCCESS_BODY,
    RawServer,
    chunked,
    keep_alive_handler,
    raw_response,
    read_request,
    serve,
)
from binance_pay import Timeout, errors
from reliability_helpers import assert_sdk_error, async_client

BALANCE = {"wallet": "SPOT_WALLET", "currency": "USDT"}
HEAD = "HTTP/1.1 200 OK\nContent-Type: application/json"


def _calls(url: str, count: int = 1, *, pause: float = 0.0, blocking_pause: float = 0.0, **kwargs: Any) -> list[Any]:
    """`count` calls on one client, results or exceptions; `pause` awaits between them, `blocking_pause`
    sleeps without letting the loop run (so it has not seen what arrived meanwhile)."""
    kwargs.setdefault("max_retries", 0)
    kwargs.setdefault("timeout", 5)

    async def main() -> list[Any]:
        outcomes: list[Any] = []
        async with async_client(url, "asyncio", **kwargs) as client:
            for index in range(count):
                if index:
                    await asyncio.sleep(pause)
                    time.sleep(blocking_pause)
                try:
                    outcomes.append(await client.wallet.balance(**BALANCE))
                except errors.BinancePayError as exc:
                    outcomes.append(exc)
        return outcomes

    return asyncio.run(main())


def _assert_success(outcome: Any) -> None:
    assert not isinstance(outcome, BaseException), repr(outcome)
    assert str(outcome.balance) == "990000.00000000"


def test_keep_alive_connection_is_reused() -> None:
    with serve(keep_alive_handler(KEEP_ALIVE_ANSWER)) as server:
        outcomes = _calls(server.url, 3)
    for outcome in outcomes:
        _assert_success(outcome)
    assert server.connections == 1


def test_chunked_body() -> None:
    head = f"{HEAD}\nTransfer-Encoding: chunked"
    with serve(raw_response(head, chunked(SUCCESS_BODY, size=7))) as server:
        (outcome,) = _calls(server.url)
    _assert_success(outcome)


def test_informational_responses_are_skipped() -> None:
    head = f"HTTP/1.1 100 Continue\n\nHTTP/1.1 103 Early Hints\nLink: </a>; rel=preload\n\n{HEAD}"
    head += f"\nContent-Length: {len(SUCCESS_BODY)}"
    with serve(raw_response(head, SUCCESS_BODY)) as server:
        (outcome,) = _calls(server.url)
    _assert_success(outcome)


def test_a_response_split_byte_by_byte() -> None:
    with serve(keep_alive_handler(KEEP_ALIVE_ANSWER, piece=1)) as server:
        outcomes = _calls(server.url, 2)
    for outcome in outcomes:
        _assert_success(outcome)
    assert server.connections == 1


def test_read_until_close_body() -> None:
    with serve(raw_response(f"{HEAD}\nConnection: close", SUCCESS_BODY)) as server:
        (outcome,) = _calls(server.url)
    _assert_success(outcome)


def test_conflicting_content_length_is_refused() -> None:
    head = f"{HEAD}\nContent-Length: {len(SUCCESS_BODY)}\nContent-Length: {len(SUCCESS_BODY) + 5}"
    with serve(raw_response(head, SUCCESS_BODY)) as server:
        (outcome,) = _calls(server.url)
    assert_sdk_error(outcome, errors.APIStatusError)
    assert "conflicting Content-Length" in str(outcome)


@pytest.mark.parametrize(
    "answer",
    [
        KEEP_ALIVE_ANSWER.replace(b"Content-Type", b"Connection: close\r\nContent-Type"),
        KEEP_ALIVE_ANSWER.replace(b"HTTP/1.1", b"HTTP/1.0"),
        KEEP_ALIVE_ANSWER + b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",  # bytes past the response
        KEEP_ALIVE_ANSWER + b"garbage",
    ],
    ids=["connection-close", "http-1.0", "a-second-response", "garbage-after"],
)
def test_connections_that_must_not_be_reused_are_not(answer: bytes) -> None:
    """Each answer is a good response, but its connection is closed and the next call opens another."""
    with serve(keep_alive_handler(answer)) as server:
        outcomes = _calls(server.url, 2)
    for outcome in outcomes:
        _assert_success(outcome)
    assert server.connections == 2
    assert len(server.requests) == 2


def test_a_response_cut_short_is_a_connection_error_with_the_request_sent() -> None:
    head = f"{HEAD}\nContent-Length: {len(SUCCESS_BODY) + 100}"
    with serve(raw_response(head, SUCCESS_BODY)) as server:
        (outcome,) = _calls(server.url)
    assert_sdk_error(outcome, errors.APIConnectionError)
    assert outcome.sent is True
    assert "before the end of the body" in str(outcome)


def test_a_body_over_the_limit_is_refused_without_reading_it_all() -> None:
    body = SUCCESS_BODY + b" " * 5000
    with serve(raw_response(f"{HEAD}\nTransfer-Encoding: chunked", chunked(body, size=100))) as server:
        (outcome,) = _calls(server.url, max_response_bytes=1024)
    assert_sdk_error(outcome, errors.ResponseTooLargeError)
    assert 0 < len(outcome.body) <= 1024  # an excerpt of what was read, never past the limit
    assert body.startswith(outcome.body)


def test_a_slow_trickle_within_the_read_limit_passes() -> None:
    head = f"{HEAD}\nContent-Length: {len(SUCCESS_BODY)}"
    timeout = Timeout(connect=1.0, read=0.5, write=1.0, pool=1.0)
    piece = len(SUCCESS_BODY) // 8 + 1
    with serve(raw_response(head, SUCCESS_BODY, piece=piece, delay=0.1)) as server:
        started = time.monotonic()
        (outcome,) = _calls(server.url, timeout=timeout)
    _assert_success(outcome)
    assert time.monotonic() - started > 0.5, "precondition: the whole body took longer than one read limit"


def test_a_stall_past_the_read_limit_is_a_read_timeout() -> None:
    head = f"{HEAD}\nContent-Length: {len(SUCCESS_BODY)}"
    timeout = Timeout(connect=1.0, read=0.3, write=1.0, pool=1.0)
    with serve(raw_response(head, SUCCESS_BODY, piece=10, delay=1.5)) as server:
        started = time.monotonic()
        (outcome,) = _calls(server.url, timeout=timeout)
        elapsed = time.monotonic() - started
    assert_sdk_error(outcome, errors.APITimeoutError)
    assert outcome.sent is True
    assert "Read timed out" in str(outcome)
    assert 0.25 < elapsed < 1.2


def test_the_attempt_deadline_ends_a_trickle_that_each_read_limit_allows() -> None:
    head = f"{HEAD}\nContent-Length: {len(SUCCESS_BODY)}"
    timeout = Timeout(connect=1.0, read=0.5, write=1.0, pool=1.0, total=0.6)
    with serve(raw_response(head, SUCCESS_BODY, piece=5, delay=0.2)) as server:
        started = time.monotonic()
        (outcome,) = _calls(server.url, timeout=timeout)
        elapsed = time.monotonic() - started
    assert_sdk_error(outcome, errors.APITimeoutError)
    assert "total_timeout" in str(outcome)
    assert 0.55 < elapsed < 1.2


def test_waiting_for_a_connection_is_bounded_by_the_pool_timeout() -> None:
    received, release = threading.Event(), threading.Event()

    def slow(conn: socket.socket, server: RawServer) -> None:
        if read_request(conn, server) is not None:
            received.set()
            release.wait(5)
            conn.sendall(KEEP_ALIVE_ANSWER)

    async def main(url: str) -> tuple[Any, pytest.ExceptionInfo[errors.APITimeoutError]]:
        timeout = Timeout(connect=1.0, read=3.0, write=1.0, pool=0.2)
        async with async_client(url, "asyncio", max_retries=0, timeout=timeout) as client:
            client._transport._limit = 1  # one connection: the second call waits for it
            first = asyncio.ensure_future(client.wallet.balance(**BALANCE))
            assert await asyncio.to_thread(received.wait, 5)  # the first call holds the only connection
            with pytest.raises(errors.APITimeoutError) as second:
                await client.wallet.balance(**BALANCE)
            release.set()
            return await first, second

    with serve(slow) as server:
        first, second = asyncio.run(main(server.url))
    _assert_success(first)
    assert_sdk_error(second.value, errors.APITimeoutError)
    assert second.value.sent is False
    assert "No connection free" in str(second.value)
    assert len(server.requests) == 1


@pytest.mark.parametrize("blocking", [False, True], ids=["loop-saw-the-close", "close-not-yet-seen-by-the-loop"])
def test_a_keep_alive_connection_the_server_closed_while_idle_is_not_used(blocking: bool) -> None:
    """The server closes each connection right after answering. Whether the loop has already seen the
    close or not (the next call starts without letting the loop run), the next call goes out on a new
    connection, never with a false 'outcome unknown' from writing to a dead one."""
    closed = threading.Event()
    answer_once = keep_alive_handler(KEEP_ALIVE_ANSWER, close_after=0.0)

    def handler(conn: socket.socket, server: RawServer) -> None:
        answer_once(conn, server)
        conn.close()
        closed.set()

    async def main(url: str) -> list[Any]:
        outcomes = []
        async with async_client(url, "asyncio", max_retries=0, timeout=5) as client:
            for index in range(3):
                if index and blocking:
                    assert closed.wait(5)  # the loop does not run meanwhile: it has not seen the close
                elif index:
                    assert await asyncio.to_thread(closed.wait, 5)
                    await asyncio.sleep(0.01)  # one more turn of the loop, which reads the close
                closed.clear()
                outcomes.append(await client.wallet.balance(**BALANCE))
        return outcomes

    with serve(handler) as server:
        outcomes = asyncio.run(main(server.url))
    for outcome in outcomes:
        _assert_success(outcome)
    assert server.connections == 3


# -- TLS -------------------------------------------------------------------------------------------


def _certificate(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key, written as PEM files."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


def _tls(handler: Any, cert: Path, key: Path) -> Any:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    def wrapped(conn: socket.socket, server: RawServer) -> None:
        try:
            tls = context.wrap_socket(conn, server_side=True)
        except (ssl.SSLError, OSError):
            server.stats["handshake_failed"] = True
            return
        handler(tls, server)

    return wrapped


@pytest.fixture
def certificate(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    yield _certificate(tmp_path)


def test_tls_with_a_trusted_certificate(certificate, monkeypatch: pytest.MonkeyPatch) -> None:
    cert, key = certificate
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # what ssl.create_default_context() trusts
    with serve(_tls(keep_alive_handler(KEEP_ALIVE_ANSWER), cert, key)) as server:
        outcomes = _calls(server.url.replace("http://", "https://"), 2)
    for outcome in outcomes:
        _assert_success(outcome)
    assert server.connections == 1


def test_tls_with_an_untrusted_certificate_is_refused_before_sending(certificate) -> None:
    cert, key = certificate
    with serve(_tls(keep_alive_handler(KEEP_ALIVE_ANSWER), cert, key)) as server:
        (outcome,) = _calls(server.url.replace("http://", "https://"))
    assert_sdk_error(outcome, errors.APIConnectionError)
    assert outcome.sent is False
    assert "TLS handshake failed" in str(outcome)
    assert server.requests == []
