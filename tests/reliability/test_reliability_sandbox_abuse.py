"""The real sandbox (uvicorn via run_sandbox) under abuse keeps serving others and never answers 500."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from _servers import raw_exchange, status_of
from binance_pay import errors
from binance_pay_sandbox import RunningSandbox, SandboxConfig, run_sandbox
from reliability_helpers import API_KEY, CANARY_SECRET, sync_client

PATH = "/binancepay/openapi/balance"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    with run_sandbox(SandboxConfig(api_key=API_KEY, secret_key=CANARY_SECRET)) as running:
        yield running


def _request(headers: str = "", body: bytes = b"{}", extra_length: str | None = None) -> bytes:
    length = extra_length if extra_length is not None else str(len(body))
    head = f"POST {PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n{headers}"
    return head.encode() + b"\r\n" + body


ABUSE = {
    "garbage": b"\x00\xff\x13\x37 not http at all \r\n\r\n",
    "invalid_request_line": b"GET\r\n\r\n",
    "bad_version": b"POST / HTTP/9.9\r\nHost: x\r\n\r\n",
    "bad_header": b"POST " + PATH.encode() + b" HTTP/1.1\r\nHost x\r\n\r\n",
    "huge_header": _request(headers=f"X-Huge: {'a' * 100_000}\r\n"),
    "many_headers": _request(headers="".join(f"X-H{i}: v\r\n" for i in range(2000))),
    "huge_body_declared": _request(body=b"{" + b"a" * (10 * 1024 * 1024)),
    "negative_length": _request(extra_length="-1"),
    "non_numeric_length": _request(extra_length="ten"),
    "unsigned_json": _request(body=b'{"wallet":"SPOT_WALLET","currency":"USDT"}'),
}


@pytest.mark.parametrize("payload", ABUSE.values(), ids=ABUSE.keys())
def test_abuse_gets_a_4xx_or_a_close_never_5xx(sandbox: RunningSandbox, payload: bytes) -> None:
    response = raw_exchange(sandbox.port, payload, timeout=10)
    status = status_of(response)
    assert status is None or 400 <= status < 500, response[:300]


def test_huge_chunked_body_is_400104(sandbox: RunningSandbox) -> None:
    """10 MB sent chunked (no Content-Length): the streaming limit answers INVALID_REQUEST_TOO_LARGE."""
    head = f"POST {PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    block = b"a" * 65536
    chunk = b"%x\r\n%s\r\n" % (len(block), block)
    response = b""
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=10) as sock:
        sock.sendall(head.encode())
        with contextlib.suppress(OSError):
            for _ in range(160):  # 10 MB
                sock.sendall(chunk)
            sock.sendall(b"0\r\n\r\n")
        with contextlib.suppress(OSError):
            while b"}" not in response:
                data = sock.recv(65536)
                if not data:
                    break
                response += data
    assert status_of(response) == 413, response[:300]
    assert b'"400104"' in response


def test_sandbox_keeps_serving_50_clients_under_abuse(sandbox: RunningSandbox) -> None:
    stop = threading.Event()
    held: list[socket.socket] = []
    statuses: list[int | None] = []

    def abuser() -> None:
        payloads = list(ABUSE.values())
        i = 0
        while not stop.is_set():
            payload = payloads[i % len(payloads)]
            if len(payload) > 1_000_000:
                payload = payload[:200_000]  # declared 10 MB, sends a slice, then gives up
            with contextlib.suppress(OSError):
                statuses.append(status_of(raw_exchange(sandbox.port, payload, timeout=2, shut_write=True)))
            i += 1

    # slow partial requests: half a request, then hold the connection open
    for _ in range(30):
        sock = socket.create_connection(("127.0.0.1", sandbox.port), timeout=5)
        sock.sendall(_request(body=b'{"wallet":"SPOT_')[:-8])
        held.append(sock)

    results: list[str] = []
    failures: list[BaseException] = []

    def client_worker(n: int) -> None:
        with sync_client(sandbox.url, max_retries=0, timeout=5) as client:
            for _ in range(10):
                try:
                    result = client.wallet.balance(wallet="FUNDING_WALLET", currency="USDT")
                    results.append(str(result.balance))
                except errors.BinancePayError as exc:
                    failures.append(exc)
            with pytest.raises(errors.RequestValidationError):
                client.wallet.balance(wallet="SPOT_WALLET", currency="usdt")

    abusers = [threading.Thread(target=abuser, daemon=True) for _ in range(3)]
    for thread in abusers:
        thread.start()
    started = time.monotonic()
    try:
        with ThreadPoolExecutor(50) as pool:
            list(pool.map(client_worker, range(50)))
    finally:
        stop.set()
        for thread in abusers:
            thread.join(timeout=10)
        for sock in held:
            sock.close()
    elapsed = time.monotonic() - started
    assert failures == []
    assert results == ["1250.50000000"] * 500
    assert statuses, "the abusers never got through"
    assert all(status is None or 400 <= status < 500 for status in statuses), sorted(set(map(str, statuses)))
    assert elapsed < 30
    # and after the abuse it still answers correctly
    with sync_client(sandbox.url) as client:
        assert client.wallet.balance(wallet="SPOT_WALLET", currency="USDT").asset == "USDT"
