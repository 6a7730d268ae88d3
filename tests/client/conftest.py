"""Fixtures for the client tests: MockTransport-backed clients and a real, scripted HTTP server on 127.0.0.1."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import binance_pay
import pytest
from client_helpers import API_KEY, SECRET_KEY, Recorder, Scripted


@pytest.fixture(autouse=True)
def _no_env_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests pass keys explicitly; the environment of the machine running them must not leak in."""
    for name in ("BINANCE_PAY_API_KEY", "BINANCE_PAY_SECRET_KEY", "BINANCE_PAY_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def make_client() -> Iterator[Callable[..., tuple[binance_pay.BinancePayClient, Recorder]]]:
    """`client, recorder = make_client(Scripted(...), ..., max_retries=0)`: a sync client on a MockTransport."""
    clients: list[binance_pay.BinancePayClient] = []

    def factory(*responses: Scripted, **kwargs: Any) -> tuple[binance_pay.BinancePayClient, Recorder]:
        recorder = Recorder(responses or [Scripted()])
        kwargs.setdefault("max_retries", 0)
        client = binance_pay.BinancePayClient(
            API_KEY, SECRET_KEY, base_url="https://bpay.test", transport=recorder.transport(), **kwargs
        )
        clients.append(client)
        return client, recorder

    yield factory
    for client in clients:
        client.close()


@pytest.fixture
def make_async_client() -> Callable[..., tuple[binance_pay.AsyncBinancePayClient, Recorder]]:
    """Like `make_client`, for `AsyncBinancePayClient` (close it inside the test's event loop)."""

    def factory(*responses: Scripted, **kwargs: Any) -> tuple[binance_pay.AsyncBinancePayClient, Recorder]:
        recorder = Recorder(responses or [Scripted()])
        kwargs.setdefault("max_retries", 0)
        client = binance_pay.AsyncBinancePayClient(
            API_KEY, SECRET_KEY, base_url="https://bpay.test", transport=recorder.transport(), **kwargs
        )
        return client, recorder

    return factory


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class ScriptedServer:
    """A threaded HTTP/1.1 server whose responses each test scripts and which records the raw requests."""

    def __init__(self) -> None:
        self.responses: list[Scripted] = [Scripted()]
        self.received: list[Received] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                scripted = server.record(
                    Received(self.command, self.path, {k: v for k, v in self.headers.items()}, body)
                )
                self.send_response_only(scripted.status)
                self.send_header("Server", self.version_string())
                if not any(name.lower() == "date" for name in scripted.headers):  # a scripted Date replaces it
                    self.send_header("Date", self.date_time_string())
                for name, value in scripted.headers.items():
                    self.send_header(name, value)
                if not any(name.lower() == "content-length" for name in scripted.headers):
                    self.send_header("Content-Length", str(len(scripted.body)))
                self.end_headers()
                self.wfile.write(scripted.body)

            do_GET = do_POST

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def record(self, received: Received) -> Scripted:
        with self._lock:
            self.received.append(received)
            return self.responses[min(len(self.received) - 1, len(self.responses) - 1)]

    def script(self, *responses: Scripted) -> None:
        with self._lock:
            self.responses = list(responses)
            self.received = []

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)


@pytest.fixture(scope="session")
def _scripted_server() -> Iterator[ScriptedServer]:
    server = ScriptedServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def live_server(_scripted_server: ScriptedServer) -> ScriptedServer:
    """The real server, with its script and recording reset for this test."""
    _scripted_server.script(Scripted())
    return _scripted_server
