"""The real sandbox (uvicorn via run_sandbox, real sockets) against slow and silent clients.

A request head must arrive within the header timeout of the connection opening, however it trickles in; a
body within the body timeout of its head; a keep-alive connection idle past the idle timeout is closed. 300
slow or silent connections do not delay a signed client, and at the process's file limit (in a subprocess with
a lowered RLIMIT_NOFILE) the sandbox keeps serving and logs a few lines, not a traceback per failed accept.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import selectors
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import binance_pay
import pytest
from _servers import status_of
from binance_pay_sandbox import RunningSandbox, SandboxConfig, run_sandbox
from binance_pay_sandbox._cli import main
from reliability_helpers import API_KEY, CANARY_SECRET

PATH = "/binancepay/openapi/balance"
SANDBOX_SRC = str(Path(__file__).resolve().parents[2] / "sandbox")

# Distinct values, so each test's window points at its own timer.
HEADER_TIMEOUT = 2.0
BODY_TIMEOUT = 1.25
IDLE_TIMEOUT = 0.75
EARLY = 0.05  # a timer may fire this much early (clock granularity)
SLACK = 0.6  # scheduling delay allowed on this loaded 2-core machine
TRICKLE_INTERVAL = 0.5

HEAD_START = f"POST {PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n".encode()
SLOW_HEADER = b"X-Slow: still-coming\r\n"  # sent a byte at a time, never ending the head


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    config = SandboxConfig(
        api_key=API_KEY,
        secret_key=CANARY_SECRET,
        header_timeout_s=HEADER_TIMEOUT,
        body_timeout_s=BODY_TIMEOUT,
        idle_timeout_s=IDLE_TIMEOUT,
    )
    with run_sandbox(config) as running:
        yield running


def connect(port: int) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=5)


def watch_until_closed(
    sock: socket.socket, *, since: float, give_up_after: float, trickle: bytes = b""
) -> tuple[float | None, bytes, int]:
    """Wait for the server to close `sock`, sending the next byte of `trickle` every TRICKLE_INTERVAL.

    Returns the seconds from `since` to the close (EOF or reset; None when still open `give_up_after` seconds
    after `since`), what the server sent, and how many bytes were trickled.
    """
    received = b""
    sent = 0
    pieces = itertools.cycle(trickle)
    next_send = time.monotonic()
    give_up_at = since + give_up_after
    with selectors.DefaultSelector() as selector:
        selector.register(sock, selectors.EVENT_READ)
        while (now := time.monotonic()) < give_up_at:
            if trickle and now >= next_send:
                try:
                    sock.send(bytes([next(pieces)]))
                except OSError:
                    return now - since, received, sent
                sent += 1
                next_send += TRICKLE_INTERVAL
            wait = (min(next_send, give_up_at) if trickle else give_up_at) - now
            if selector.select(max(wait, 0.0)):
                try:
                    chunk = sock.recv(65536)
                except OSError:
                    return time.monotonic() - since, received, sent
                if not chunk:
                    return time.monotonic() - since, received, sent
                received += chunk
    return None, received, sent


def read_response(sock: socket.socket) -> bytes:
    """One HTTP response framed by Content-Length."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, f"closed before a response: {data!r}"
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":", 1)[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")
    )
    while len(body) < length:
        chunk = sock.recv(65536)
        assert chunk, "closed mid-body"
        body += chunk
    return head + b"\r\n\r\n" + body


@pytest.mark.parametrize("name", ["header_timeout_s", "body_timeout_s", "idle_timeout_s"])
@pytest.mark.parametrize("bad", [0.0, -1.0, float("nan"), float("inf"), 3601.0])
def test_a_timeout_must_be_positive_and_at_most_an_hour(name: str, bad: float) -> None:
    with pytest.raises(ValueError, match=name):
        SandboxConfig(**{name: bad})


def test_the_cli_sets_the_timeouts(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    configs: list[SandboxConfig] = []

    def capture(config: SandboxConfig) -> None:
        configs.append(config)
        raise ValueError("stop before serving")

    monkeypatch.setattr("binance_pay_sandbox._cli.make_server", capture)
    argv = ["--port", "0", "--header-timeout", "1.5", "--body-timeout", "2", "--idle-timeout", "0.25"]
    assert main(argv) == 2
    assert main(["--port", "0"]) == 2
    [given, default] = configs
    assert (given.header_timeout_s, given.body_timeout_s, given.idle_timeout_s) == (1.5, 2.0, 0.25)
    assert (default.header_timeout_s, default.body_timeout_s, default.idle_timeout_s) == (5.0, 5.0, 5.0)
    for option in ("--header-timeout", "--body-timeout", "--idle-timeout"):
        for bad in ("0", "-1", "nan", "3601", "soon"):
            with pytest.raises(SystemExit) as exit_info:
                main([option, bad])
            assert exit_info.value.code == 2
            assert option in capsys.readouterr().err


def test_slowloris_head_is_cut_off_at_the_header_timeout(sandbox: RunningSandbox) -> None:
    """A header byte every 0.5 s never extends the deadline: the connection gets a 408 and is closed."""
    with connect(sandbox.port) as sock:
        opened = time.monotonic()
        sock.sendall(HEAD_START)
        closed_after, received, trickled = watch_until_closed(
            sock, since=opened, give_up_after=HEADER_TIMEOUT + SLACK + 2.0, trickle=SLOW_HEADER
        )
    assert closed_after is not None, f"a slowloris connection was held open ({trickled} bytes trickled)"
    assert HEADER_TIMEOUT - EARLY <= closed_after <= HEADER_TIMEOUT + SLACK, closed_after
    assert trickled >= 4  # bytes kept arriving, well within the timeout of each other
    assert status_of(received) == 408, received[:200]
    assert b"connection: close" in received.lower()


def test_silent_connection_is_closed_at_the_header_timeout(sandbox: RunningSandbox) -> None:
    """A connection that sends nothing is closed without an answer (nothing was asked)."""
    with connect(sandbox.port) as sock:
        opened = time.monotonic()
        closed_after, received, _ = watch_until_closed(sock, since=opened, give_up_after=HEADER_TIMEOUT + SLACK + 2.0)
    assert closed_after is not None, "a silent connection was held open"
    assert HEADER_TIMEOUT - EARLY <= closed_after <= HEADER_TIMEOUT + SLACK, closed_after
    assert received == b""


def test_slow_body_is_cut_off_at_the_body_timeout(sandbox: RunningSandbox) -> None:
    """A complete head, then a body byte every 0.5 s: 408 and closed at the body timeout, counted from the head."""
    with connect(sandbox.port) as sock:
        sock.sendall(HEAD_START + b"Content-Length: 64\r\n\r\n" + b'{"wallet":')
        head_sent = time.monotonic()
        closed_after, received, trickled = watch_until_closed(
            sock, since=head_sent, give_up_after=BODY_TIMEOUT + SLACK + 2.0, trickle=b" "
        )
    assert closed_after is not None, f"a slow body was held open ({trickled} bytes trickled)"
    assert BODY_TIMEOUT - EARLY <= closed_after <= BODY_TIMEOUT + SLACK, closed_after
    assert trickled >= 2
    assert status_of(received) == 408, received[:200]


def test_idle_keep_alive_connection_is_closed_after_the_idle_timeout(sandbox: RunningSandbox) -> None:
    """Kept alive between requests (a second request within the timeout is served), closed when idle."""
    with connect(sandbox.port) as sock:
        for request in range(2):
            sock.sendall(b"GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n")
            response = read_response(sock)
            answered = time.monotonic()
            assert status_of(response) == 404, response[:200]
            assert b"connection: close" not in response.lower()
            if request == 0:
                time.sleep(IDLE_TIMEOUT / 2)
        closed_after, received, _ = watch_until_closed(sock, since=answered, give_up_after=IDLE_TIMEOUT + SLACK + 2.0)
    assert closed_after is not None, "an idle keep-alive connection was held open"
    assert IDLE_TIMEOUT - EARLY <= closed_after <= IDLE_TIMEOUT + SLACK, closed_after
    assert received == b""


def test_300_slow_or_silent_connections_do_not_delay_a_signed_client(sandbox: RunningSandbox) -> None:
    """150 silent and 150 slowloris connections held open: a signed client is answered correctly at once, and
    the server cuts all 300 at the header timeout."""
    silent = [connect(sandbox.port) for _ in range(150)]
    slow = [connect(sandbox.port) for _ in range(150)]
    opened = time.monotonic()
    stop = threading.Event()

    def trickle() -> None:
        for piece in itertools.cycle(SLOW_HEADER):
            for sock in slow:
                with contextlib.suppress(OSError):  # closed by the server: the point of the test
                    sock.send(bytes([piece]))
            if stop.wait(TRICKLE_INTERVAL):
                return

    for sock in slow:
        sock.sendall(HEAD_START)
    trickler = threading.Thread(target=trickle, daemon=True)
    trickler.start()
    selector = selectors.DefaultSelector()
    try:
        for sock in silent + slow:
            selector.register(sock, selectors.EVENT_READ)
        assert selector.select(0) == [], "the server closed or answered a held connection at once"
        latencies = []
        with binance_pay.BinancePayClient(
            API_KEY, CANARY_SECRET, base_url=sandbox.url, max_retries=0, timeout=5
        ) as client:
            for _ in range(20):
                started = time.monotonic()
                funding = client.wallet.balance(wallet="FUNDING_WALLET", currency="USDT")
                spot = client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
                latencies.append(time.monotonic() - started)
                assert (funding.balance, funding.asset) == (Decimal("1250.50000000"), "USDT")
                assert (spot.balance, spot.asset) == (Decimal("990000.00000000"), "USDT")
        assert time.monotonic() - opened < HEADER_TIMEOUT, "the calls did not run while all 300 were held"
        assert max(latencies) < 0.5, latencies

        # the server closes every one of them at the header timeout
        still_open = set(silent + slow)
        while still_open and (left := opened + HEADER_TIMEOUT + SLACK + 1.0 - time.monotonic()) > 0:
            for key, _ in selector.select(left):
                held = key.fileobj
                assert isinstance(held, socket.socket)
                try:
                    closed = not held.recv(65536)  # a 408 (slow ones) comes first, then EOF
                except OSError:
                    closed = True
                if closed:
                    selector.unregister(held)
                    still_open.discard(held)
        closed_by = time.monotonic() - opened
        assert not still_open, f"{len(still_open)} of 300 slow or silent connections still open"
        assert closed_by <= HEADER_TIMEOUT + SLACK + 1.0
    finally:
        stop.set()
        trickler.join(timeout=5)
        selector.close()
        for sock in silent + slow:
            sock.close()


FILE_LIMIT = 64  # descriptors for the sandbox process: about 55 connections


def test_at_the_file_limit_it_keeps_serving_and_logs_a_few_lines(tmp_path: Path) -> None:
    """The sandbox in a subprocess with RLIMIT_NOFILE 64 is flooded with 150 silent connections.

    Every accept() then fails with EMFILE. The header timeout frees descriptors, so a signed client is served
    while the flood is still held and at once after it is released. Then it is stopped while flooded again and
    a request is in progress (its graceful shutdown waits for it), so asyncio's pending accept retries run
    against the closed listening socket. Through all of it stderr stays a few lines: asyncio's traceback per
    failed accept (and per retry) is replaced by one line per 10 s.
    """
    script = textwrap.dedent(
        f"""
        import resource, sys
        _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        resource.setrlimit(resource.RLIMIT_NOFILE, ({FILE_LIMIT}, hard))
        from binance_pay_sandbox._cli import main
        sys.exit(main(sys.argv[1:]))
        """
    )
    argv = ["--port", "0", "--api-key", API_KEY, "--secret-key", CANARY_SECRET]
    argv += ["--header-timeout", "1", "--body-timeout", "2"]
    env = {**os.environ, "PYTHONPATH": SANDBOX_SRC}
    log_path = tmp_path / "stderr.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen([sys.executable, "-c", script, *argv], stdout=subprocess.PIPE, stderr=log, env=env)
    held: list[socket.socket] = []
    try:
        assert process.stdout is not None
        first = process.stdout.readline().decode()
        assert first.startswith("Binance Pay sandbox listening on http://127.0.0.1:"), first
        url = first.split()[-1]
        port = int(url.rsplit(":", 1)[1])

        def served_in() -> float:
            """Seconds a fresh signed client (a new connection, no retries) takes to get the right answer."""
            started = time.monotonic()
            with binance_pay.BinancePayClient(API_KEY, CANARY_SECRET, base_url=url, max_retries=0, timeout=10) as c:
                assert c.wallet.balance(wallet="SPOT_WALLET", currency="USDT").balance == Decimal("990000.00000000")
            return time.monotonic() - started

        served_in()  # serving (the signal handlers are installed): the baseline
        held.extend(connect(port) for _ in range(150))
        during = served_in()  # queued behind ~95 flood connections; each second the header timeout frees ~55
        for sock in held:
            sock.close()
        held.clear()
        after = served_in()

        in_progress = connect(port)
        held.append(in_progress)
        in_progress.sendall(HEAD_START + b"Content-Length: 64\r\n\r\n{")  # cut at the body timeout, 2 s
        time.sleep(0.2)
        held.extend(connect(port) for _ in range(150))
        time.sleep(0.5)
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)
    finally:
        for sock in held:
            sock.close()
        if process.poll() is None:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()
    log_bytes = log_path.read_bytes()
    assert len(log_bytes) < 64 * 1024, f"{len(log_bytes)} bytes of log: {log_bytes[:600]!r}"
    assert b"cannot accept connections: Too many open files" in log_bytes, log_bytes[:600]  # the limit was hit
    assert log_bytes.count(b"Traceback") <= 3, log_bytes[:3000]
    assert during < 8.0, f"served {during:.1f} s into the flood"
    assert after < 5.0, f"served {after:.1f} s after the flood"
    assert process.returncode == 0
