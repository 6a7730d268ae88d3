"""The `binance-pay` command, generated from the spec: every operation as `<resource> <method>`, the
`x-cli-command` shortcuts, exact output, typed exit codes, and server text that cannot drive a terminal."""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from binance_pay._cli import main
from binance_pay_sandbox import SandboxConfig, run_sandbox


@pytest.fixture(scope="module")
def sandbox() -> Iterator[object]:
    with run_sandbox(SandboxConfig()) as running:
        yield running


@pytest.fixture
def credentials(monkeypatch: pytest.MonkeyPatch, sandbox: object) -> None:
    config = sandbox.config  # type: ignore[attr-defined]
    monkeypatch.setenv("BINANCE_PAY_API_KEY", config.api_key)
    monkeypatch.setenv("BINANCE_PAY_SECRET_KEY", config.secret_key)


def test_shortcut_prints_a_table_digit_for_digit(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["balance", "--wallet", "SPOT_WALLET", "--currency", "USDT", "--sandbox"]) == 0
    out = capsys.readouterr()
    assert out.out.splitlines()[0] == "balance                 990000.00000000"
    assert "availableBtcValuation   22.98780000" in out.out
    assert out.err.startswith("sandbox: http://127.0.0.1:")


def test_resource_command_prints_exact_json(
    capsys: pytest.CaptureFixture[str], sandbox: object, credentials: None
) -> None:
    url = sandbox.url  # type: ignore[attr-defined]
    assert (
        main(["wallet", "balance", "--wallet", "SPOT_WALLET", "--currency", "USDT", "--json", "--base-url", url]) == 0
    )
    printed = json.loads(capsys.readouterr().out, parse_float=Decimal)
    assert printed["balance"] == Decimal("990000.00000000")
    assert str(printed["availableFiatValuation"]) == "989991.90516600"


def test_body_file_supplies_the_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sandbox: object, credentials: None
) -> None:
    body = tmp_path / "body.json"
    body.write_text('{"wallet": "SPOT_WALLET", "currency": "USDT"}')
    url = sandbox.url  # type: ignore[attr-defined]
    assert main(["wallet", "balance", "--body", str(body), "--base-url", url]) == 0
    assert "990000.00000000" in capsys.readouterr().out


def test_bad_argument_exits_2_naming_the_field(
    capsys: pytest.CaptureFixture[str], sandbox: object, credentials: None
) -> None:
    url = sandbox.url  # type: ignore[attr-defined]
    with pytest.raises(SystemExit) as exit_info:
        main(["wallet", "balance", "--wallet", "SPOT_WALLET", "--currency", "usdt", "--base-url", url])
    assert exit_info.value.code == 2
    assert (
        "binance-pay wallet balance: error: currency: must be uppercase letters and digits only"
        in capsys.readouterr().err
    )


def test_unknown_body_field_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], credentials: None) -> None:
    body = tmp_path / "body.json"
    body.write_text('{"wallet": "SPOT_WALLET", "currency": "USDT", "extra": 1}')
    with pytest.raises(SystemExit) as exit_info:
        main(["wallet", "balance", "--body", str(body)])
    assert exit_info.value.code == 2
    assert "extra: is not an allowed field" in capsys.readouterr().err


def test_fail_exits_1_with_name_and_code(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], sandbox: object, credentials: None
) -> None:
    monkeypatch.setenv("BINANCE_PAY_SECRET_KEY", "not-the-sandbox-secret")
    url = sandbox.url  # type: ignore[attr-defined]
    assert main(["balance", "--wallet", "SPOT_WALLET", "--currency", "USDT", "--base-url", url]) == 1
    err = capsys.readouterr().err
    assert err.startswith("binance-pay balance: INVALID_SIGNATURE 400002: ")
    assert "not-the-sandbox-secret" not in err


class _HostileServer(BaseHTTPRequestHandler):
    """A FAIL whose message carries terminal escapes (a colour, a screen clear, a C1 CSI)."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["content-length"]))
        body = json.dumps(
            {"status": "FAIL", "code": "400001", "errorMessage": "bad \x1b[31mred\x1b[2J \x9b6n"}, ensure_ascii=False
        ).encode()
        self.send_response(400)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_server_text_is_shown_with_control_characters_escaped(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _HostileServer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("BINANCE_PAY_API_KEY", "cliTestApiKey0123456789")
    monkeypatch.setenv("BINANCE_PAY_SECRET_KEY", "secret")
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        assert main(["balance", "--wallet", "SPOT_WALLET", "--currency", "USDT", "--base-url", url]) == 1
    finally:
        server.shutdown()
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x9b" not in err
    assert "bad \\x1b[31mred\\x1b[2J \\x9b6n" in err


def test_sandbox_option_explains_the_missing_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "binance_pay_sandbox", None)  # as if the [sandbox] extra were not installed
    with pytest.raises(SystemExit) as exit_info:
        main(["balance", "--wallet", "SPOT_WALLET", "--currency", "USDT", "--sandbox"])
    assert "pip install '.[sandbox]'" in str(exit_info.value.code)
    monkeypatch.setitem(sys.modules, "binance_pay_sandbox._cli", None)
    assert main(["sandbox"]) == 2
    assert "pip install '.[sandbox]'" in capsys.readouterr().err
