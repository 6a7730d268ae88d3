"""The `binance-pay sandbox` command line."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import httpx
import pytest
from binance_pay_sandbox._cli import build_parser, main
from sandbox_helpers import BALANCE_PATH, SAMPLE_BODY, new_nonce, now_ms, sign

SANDBOX_SRC = str(Path(__file__).resolve().parents[2] / "sandbox")


@pytest.mark.parametrize(
    "argv",
    [
        ["--fault", "no_such_fault"],
        ["--inject-unknown-error", "1.5"],
        ["--inject-unknown-error", "x"],
        ["--port", "abc"],
        ["--port", "70000"],
        ["--recv-window-ms", "-1"],
        ["--max-body-bytes", "0"],
        ["--unknown-option"],
    ],
)
def test_bad_arguments_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert "usage: binance-pay sandbox" in capsys.readouterr().err


def test_help_mentions_faults_for_contract_tests_only() -> None:
    help_text = build_parser().format_help()
    assert "for contract tests only" in help_text
    assert "--inject-unknown-error" in help_text


def test_malformed_api_key_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--api-key", "bad key", "--port", "0"]) == 2
    assert "api_key" in capsys.readouterr().err


def test_serves_until_interrupted() -> None:
    secret = "cli-secret-never-printed"
    api_key = "cliMerchantKey0123456789"
    env = {**os.environ, "PYTHONPATH": SANDBOX_SRC, "BINANCE_PAY_API_KEY": api_key}
    env.pop("BINANCE_PAY_SECRET_KEY", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "binance_pay_sandbox", "--port", "0", "--secret-key", secret],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        match = re.fullmatch(r"Binance Pay sandbox listening on (http://127\.0\.0\.1:(\d+))\n", first)
        assert match, first
        assert int(match.group(2)) > 0
        ts, nonce = now_ms(), new_nonce()
        headers = {
            "Content-Type": "application/json",
            "BinancePay-Timestamp": ts,
            "BinancePay-Nonce": nonce,
            "BinancePay-Certificate-SN": api_key,
            "BinancePay-Signature": sign(secret, ts, nonce, SAMPLE_BODY),
        }
        response = httpx.post(match.group(1) + BALANCE_PATH, content=SAMPLE_BODY, headers=headers, trust_env=False)
        assert response.status_code == 200
        assert "990000.00000000" in response.text
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)
        # not communicate(timeout=...): it reads the raw pipe and skips what readline() buffered
        out = process.stdout.read()
        assert process.stderr is not None
        err = process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0
    assert secret not in first + out + err
    assert api_key in first + out


def _wait_until_serving(port: str) -> None:
    """The socket listens before uvicorn installs its signal handlers; wait for a real answer."""
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/openapi.yaml", timeout=2) as response:
                response.read()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def test_demo_credentials_hint() -> None:
    env = {**os.environ, "PYTHONPATH": SANDBOX_SRC}
    env.pop("BINANCE_PAY_API_KEY", None)
    env.pop("BINANCE_PAY_SECRET_KEY", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "binance_pay_sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        listening = process.stdout.readline()
        hint = process.stdout.readline()
        _wait_until_serving(listening.rsplit(":", 1)[-1].strip())
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert "sandboxDemoApiKey0123456789abcdef" in hint
    assert "sandbox-demo-secret-key" in hint
    assert process.returncode == 0
