"""`binance-pay sandbox`: its control commands in its usage, `sandbox pay` at $BINANCE_PAY_BASE_URL, a request
log without secrets, and the advice an import without the sandbox extra gives."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import binance_pay
import pytest
from binance_pay._cli import main
from binance_pay._http_aiohttp import INSTALL_HINT
from binance_pay_sandbox import RunningSandbox, SandboxConfig, run_sandbox

ROOT = Path(__file__).resolve().parents[2]
GOODS = {"goodsType": "01", "goodsCategory": "D000", "referenceGoodsId": "g1", "goodsName": "Tea"}


def create_order(running: RunningSandbox, trade_no: str) -> str:
    config = running.config
    with binance_pay.BinancePayClient(config.api_key, config.secret_key, base_url=running.url) as client:
        order = client.orders.create(
            env={"terminalType": "WEB"},
            merchant_trade_no=trade_no,
            description="Tea",
            goods_details=[GOODS],
            currency="USDT",
            order_amount=Decimal("1.5"),
        )
    return str(order.prepay_id)


@pytest.fixture
def logged_sandbox(caplog: pytest.LogCaptureFixture) -> Iterator[RunningSandbox]:
    caplog.set_level(logging.INFO, logger="binance_pay_sandbox.requests")
    with run_sandbox(SandboxConfig(log_requests=True)) as running:
        yield running


def test_sandbox_help_lists_its_control_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["sandbox", "--help"])
    help_text = capsys.readouterr().out
    usage = help_text.split("\n\n", 1)[0]
    assert "binance-pay sandbox {pay,cancel,expire," in usage
    assert "binance-pay sandbox pay PREPAY_ID:" in help_text
    assert "--log-requests" in help_text


def test_sandbox_pay_honours_the_base_url_variable(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with run_sandbox(SandboxConfig()) as running:
        prepay_id = create_order(running, "words2")
        monkeypatch.setenv("BINANCE_PAY_BASE_URL", running.url)
        assert main(["sandbox", "pay", prepay_id]) == 0
    assert capsys.readouterr().out == f"order {prepay_id} (words2): PAID\n"


def _logged(caplog: pytest.LogCaptureFixture, count: int) -> list[str]:
    """The request log's lines, once `count` are there: a line is written just after its answer is sent."""
    deadline = time.monotonic() + 5.0
    while True:
        lines = [record.getMessage() for record in caplog.records if record.name == "binance_pay_sandbox.requests"]
        if len(lines) >= count or time.monotonic() > deadline:
            return lines
        time.sleep(0.01)


def test_the_request_log_has_method_path_result_and_time_but_no_secret(
    logged_sandbox: RunningSandbox, caplog: pytest.LogCaptureFixture
) -> None:
    config = logged_sandbox.config
    create_order(logged_sandbox, "words3")
    client = binance_pay.BinancePayClient(config.api_key, config.secret_key, base_url=logged_sandbox.url)
    with client, pytest.raises(binance_pay.errors.BinancePayError) as info:
        client.orders.query(merchant_trade_no="nosuchorder")
    lines = _logged(caplog, 2)
    assert len(lines) == 2, lines
    created, refused = lines
    assert created.startswith("POST /binancepay/openapi/v3/order -> HTTP 200 SUCCESS 000000 in ")
    assert created.endswith(" ms")
    assert refused.startswith(
        f"POST /binancepay/openapi/v2/order/query -> HTTP {info.value.status_code} FAIL {info.value.code} in "
    )
    for line in lines:
        assert config.api_key not in line and config.secret_key not in line
        assert "words3" not in line and "Signature" not in line


def test_without_the_flag_nothing_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="binance_pay_sandbox.requests")
    with run_sandbox(SandboxConfig()) as running:
        create_order(running, "words4")
    assert not [record for record in caplog.records if record.name == "binance_pay_sandbox.requests"]


def _sandbox_extra() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return list(project["optional-dependencies"]["sandbox"])


@pytest.mark.parametrize("blocked", ["starlette", "jsonschema", "segno"])
def test_import_without_the_extra_says_which_extra_to_install(blocked: str) -> None:
    assert any(requirement.startswith(blocked) for requirement in _sandbox_extra())
    code = f"import sys; sys.modules[{blocked!r}] = None; import binance_pay_sandbox"
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, env=os.environ.copy(), cwd=ROOT
    )
    assert run.returncode == 1
    last = run.stderr.strip().splitlines()[-1]
    assert last.startswith("ImportError: binance_pay_sandbox needs the project's sandbox extra")
    assert "pip install '.[sandbox]' in a clone of the project" in last


def test_the_aiohttp_path_without_aiohttp_names_an_installable_thing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "aiohttp", None)  # as if it were not installed
    with pytest.raises(ImportError) as caught:
        binance_pay.AsyncBinancePayClient("k" * 16, "s", http_backend="aiohttp")
    assert str(caught.value) == INSTALL_HINT
    assert "pip install aiohttp" in INSTALL_HINT and "binance-pay-sdk[" not in INSTALL_HINT
