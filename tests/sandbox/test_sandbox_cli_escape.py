"""Raw terminal output: whatever `binance-pay sandbox` and `binance-pay sandbox pay` print that came from a server,
an option or a file name is escaped (ANSI/OSC sequences, bidi overrides, C0/C1 controls), on one line."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from binance_pay_sandbox._cli import main
from binance_pay_sandbox._server import SandboxServer
from binance_pay_sandbox._terminal import InertFormatter

HOSTILE = "\x1b]0;pwned\x07\x1b[2J\u202eevil\x85"
ESCAPED = "\\x1b]0;pwned\\x07\\x1b[2J\\u202eevil\\x85"
RAW = ("\x1b", "\x07", "\u202e", "\x85")


class HostileServer:
    """Answers every POST with the JSON it is given."""

    def __init__(self) -> None:
        self.reply: Any = None
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.dumps(owner.reply).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def hostile() -> Iterator[HostileServer]:
    server = HostileServer()
    yield server
    server.close()


def _inert(text: str) -> None:
    assert not any(char in text for char in RAW), repr(text)
    assert all(char.isprintable() for char in text.replace("\n", "")), repr(text)


def test_raw_terminal_output_pay_success_fields_are_escaped(
    hostile: HostileServer, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile.reply = {
        "status": "SUCCESS",
        "code": "000000",
        "data": {"prepayId": HOSTILE, "merchantTradeNo": HOSTILE + "\n2nd line", "status": HOSTILE},
    }
    assert main(["pay", "1", "--base-url", hostile.url]) == 0
    out = capsys.readouterr().out
    _inert(out)
    assert out.count("\n") == 1
    assert out == f"order {ESCAPED} ({ESCAPED}\\n2nd line): {ESCAPED}\n"


def test_raw_terminal_output_pay_failure_is_escaped(hostile: HostileServer, capsys: pytest.CaptureFixture[str]) -> None:
    hostile.reply = {"status": "FAIL", "code": HOSTILE, "errorMessage": HOSTILE * 100}
    assert main(["pay", "1", "--base-url", hostile.url]) == 1
    err = capsys.readouterr().err
    _inert(err)
    assert err.count("\n") == 1
    assert err.startswith(f"binance-pay sandbox pay: error: {ESCAPED} {ESCAPED}")
    assert "more characters)" in err


def test_raw_terminal_output_pay_answer_of_another_shape_is_escaped(
    hostile: HostileServer, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile.reply = {"status": "SUCCESS", "data": [HOSTILE]}
    assert main(["pay", "1", "--base-url", hostile.url]) == 0
    _inert(capsys.readouterr().out)


def test_raw_terminal_output_serve_banner_and_errors_are_escaped(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    monkeypatch.setattr(SandboxServer, "run", lambda self, sockets=None: None)
    assert main(["--port", "0", "--webhook-url", f"http://127.0.0.1:9/{HOSTILE}"]) == 0
    out = capsys.readouterr().out
    _inert(out)
    assert f"default URL http://127.0.0.1:9/{ESCAPED}\n" in out
    assert main(["--port", "0", "--balances", str(tmp_path / HOSTILE)]) == 2
    err = capsys.readouterr().err
    _inert(err)
    assert ESCAPED in err and err.count("\n") == 1


def test_raw_terminal_output_log_lines_are_escaped() -> None:
    record = logging.LogRecord("binance_pay_sandbox", logging.INFO, __file__, 1, "webhook -> %s", (HOSTILE,), None)
    line = InertFormatter("%(message)s").format(record)
    _inert(line)
    assert line == f"webhook -> {ESCAPED}"
