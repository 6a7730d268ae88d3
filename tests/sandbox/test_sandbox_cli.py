"""The `binance-pay sandbox` command line."""

from __future__ import annotations

import json
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
from binance_pay_sandbox import DEFAULT_API_KEY, DEFAULT_SECRET_KEY, SandboxConfig, load_catalog
from binance_pay_sandbox._cli import build_parser, main
from sandbox_helpers import (
    BALANCE_PATH,
    PROOF_FLAG_PATH,
    PROOF_ORDER_BODY,
    PROOF_ORDER_PATH,
    PROOF_ORDER_SUCCESS,
    SAMPLE_BODY,
    SPEC_PATH,
    edited,
    new_nonce,
    now_ms,
    sign,
)

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


def test_serves_the_operations_of_a_given_spec(proof_spec: Path) -> None:
    env = {**os.environ, "PYTHONPATH": SANDBOX_SRC}
    env.pop("BINANCE_PAY_API_KEY", None)
    env.pop("BINANCE_PAY_SECRET_KEY", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "binance_pay_sandbox", "--port", "0", "--spec", str(proof_spec)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        listening = process.stdout.readline()
        match = re.fullmatch(r"Binance Pay sandbox listening on (http://127\.0\.0\.1:(\d+))\n", listening)
        assert match, listening
        process.stdout.readline()  # the demo credentials
        count = len(load_catalog(proof_spec).operations)
        assert process.stdout.readline() == f"Serving {count} operation(s) from {proof_spec}\n"
        _wait_until_serving(match.group(2))
        with httpx.Client(base_url=match.group(1), trust_env=False) as http:
            answers = {}
            for path, body in ((PROOF_ORDER_PATH, PROOF_ORDER_BODY), (PROOF_FLAG_PATH, b'{"flagName":"ready"}')):
                ts, nonce = now_ms(), new_nonce()
                headers = {
                    "Content-Type": "application/json",
                    "BinancePay-Timestamp": ts,
                    "BinancePay-Nonce": nonce,
                    "BinancePay-Certificate-SN": DEFAULT_API_KEY,
                    "BinancePay-Signature": sign(DEFAULT_SECRET_KEY, ts, nonce, body),
                }
                answers[path] = http.post(path, content=body, headers=headers)
            served = http.get("/openapi.yaml").content
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert answers[PROOF_ORDER_PATH].status_code == 200
    assert answers[PROOF_ORDER_PATH].content == PROOF_ORDER_SUCCESS
    assert answers[PROOF_FLAG_PATH].content == b'{"status":"SUCCESS","code":"000000","data":true}'
    assert served == proof_spec.read_bytes()
    assert process.returncode == 0


def test_unservable_spec_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--spec", str(tmp_path / "missing.yaml"), "--port", "0"]) == 2
    assert "missing.yaml: cannot read" in capsys.readouterr().err
    bad = tmp_path / "bad.yaml"
    bad.write_text(edited(SPEC_PATH.read_text(), "balance: 990000.00000000", "balance: -1"), encoding="utf-8")
    assert main(["--spec", str(bad), "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert "operation queryWalletBalance" in err
    assert "data.balance: must be >= 0" in err


def test_balances_are_checked_against_the_given_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(edited(SPEC_PATH.read_text(), "- SPOT_WALLET\n", "- SPOT_WALLET\n        - EARN_WALLET\n"))
    holding = {"balance": "1", "fiat": "USD", "availableFiatValuation": "1", "availableBtcValuation": "0"}
    balances = tmp_path / "balances.json"
    balances.write_text(json.dumps({"EARN_WALLET": {"USDT": holding}}), encoding="utf-8")
    assert main(["--balances", str(balances), "--port", "0"]) == 2  # not a wallet of the shipped spec
    assert "EARN_WALLET" in capsys.readouterr().err
    configs: list[SandboxConfig] = []

    def capture(config: SandboxConfig) -> None:
        configs.append(config)
        raise ValueError("stop before serving")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("binance_pay_sandbox._cli.make_server", capture)
        assert main(["--spec", str(spec), "--balances", str(balances), "--port", "0"]) == 2
    [config] = configs
    assert config.balances.holding("EARN_WALLET", "USDT") is not None
    assert config.spec_path == spec
