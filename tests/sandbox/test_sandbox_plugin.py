"""The pytest plugin (`pytest11` entry point of the sandbox extra), used as a merchant's own test would use it:
only the `binance_pay_sandbox` and `binance_pay_client` fixtures."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import uuid
from decimal import Decimal
from importlib import metadata
from pathlib import Path

import pytest
from binance_pay import BinancePayClient
from binance_pay.errors import InvalidOrderStatusError
from binance_pay_sandbox.pytest_plugin import SandboxControlError, SandboxFixture

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
PLUGIN = "binance_pay_sandbox.pytest_plugin"
ENTRY_POINT = "binance_pay_pytest"  # loads PLUGIN when the sandbox extra is installed


def new_order(client: BinancePayClient, amount: str = "9.99") -> str:
    order = client.orders.create(
        env={"terminalType": "WEB"},
        merchant_trade_no=uuid.uuid4().hex,
        description="Ice cream",
        order_amount=Decimal(amount),
        currency="USDT",
        goods_details=[{"goodsType": "02", "goodsCategory": "Z000", "referenceGoodsId": "ice-1", "goodsName": "Ice"}],
    )
    return str(order.prepay_id)


def test_a_paid_order_sends_a_webhook_the_merchant_verifies(
    binance_pay_sandbox: SandboxFixture, binance_pay_client: BinancePayClient
) -> None:
    prepay_id = new_order(binance_pay_client)
    assert binance_pay_sandbox.pay(prepay_id)["status"] == "PAID"
    assert binance_pay_client.orders.query(prepay_id=prepay_id).status == "PAID"
    [webhook] = binance_pay_sandbox.wait_for_webhooks(1)
    event = binance_pay_client.webhooks.verify(webhook.body, webhook.headers)
    assert (event.biz_type, event.biz_status, str(event.biz_id)) == ("PAY", "PAY_SUCCESS", prepay_id)
    assert webhook.data()["totalFee"] == 9.99 and webhook.url == binance_pay_sandbox.webhook_url


def test_the_merchant_handles_a_cancelled_and_an_expired_order(
    binance_pay_sandbox: SandboxFixture, binance_pay_client: BinancePayClient
) -> None:
    cancelled, expired, later = (new_order(binance_pay_client) for _ in range(3))
    binance_pay_sandbox.cancel(cancelled)
    binance_pay_sandbox.expire(expired)
    binance_pay_sandbox.advance_clock(3601)  # past the default one-hour expiry
    statuses = [binance_pay_client.orders.query(prepay_id=p).status for p in (cancelled, expired, later)]
    assert statuses == ["CANCELED", "EXPIRED", "EXPIRED"]
    assert [w.biz_status for w in binance_pay_sandbox.wait_for_webhooks(3)] == ["PAY_CLOSED"] * 3
    with pytest.raises(SandboxControlError) as refused:
        binance_pay_sandbox.pay(cancelled)
    assert refused.value.code == "400204"


def test_the_merchant_survives_a_scripted_failure(
    binance_pay_sandbox: SandboxFixture, binance_pay_client: BinancePayClient
) -> None:
    prepay_id = new_order(binance_pay_client)
    binance_pay_sandbox.next_result("closeOrder", "INVALID_ORDER_STATUS")
    with pytest.raises(InvalidOrderStatusError):
        binance_pay_client.orders.close(prepay_id=prepay_id)
    assert binance_pay_client.orders.query(prepay_id=prepay_id).status == "INITIAL"  # nothing happened
    binance_pay_client.orders.close(prepay_id=prepay_id)  # the script is used up
    assert binance_pay_client.orders.query(prepay_id=prepay_id).status == "CANCELED"


def test_the_plugin_is_a_pytest11_entry_point_of_the_package() -> None:
    declared = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["entry-points"]["pytest11"]
    assert declared == {"binance_pay_sandbox": ENTRY_POINT}
    (installed,) = [ep for ep in metadata.entry_points(group="pytest11") if ep.name == "binance_pay_sandbox"]
    assert installed.value == ENTRY_POINT  # under tox, the wheel's entry point is the one pytest loaded
    assert installed.load().pytest_plugins == [PLUGIN]


_CONFTEST = """
import binance_pay_sandbox.pytest_plugin as plugin

def pytest_configure(config):
    if not config.pluginmanager.is_registered(plugin):  # the tree on PYTHONPATH: no entry point
        config.pluginmanager.register(plugin, "binance_pay_sandbox")
"""

_TEST = """
import threading

def test_no_sandbox_runs_for_a_test_that_does_not_ask():
    assert not [t for t in threading.enumerate() if t.name.startswith("binance-pay-sandbox")]

def test_one_runs_for_a_test_that_asks(binance_pay_sandbox):
    assert [t for t in threading.enumerate() if t.name.startswith("binance-pay-sandbox")]
"""


def run_merchant_tests(tmp_path: Path, tests: str) -> str:
    """Run `tests` as a merchant's own test file, in a fresh pytest with the plugin; its output."""
    (tmp_path / "conftest.py").write_text(_CONFTEST, encoding="utf-8")
    (tmp_path / "test_merchant.py").write_text(tests, encoding="utf-8")
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)]
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_the_plugin_starts_nothing_unless_asked(tmp_path: Path) -> None:
    assert "2 passed" in run_merchant_tests(tmp_path, _TEST)


def test_the_docs_example_runs_as_written(tmp_path: Path) -> None:
    docs = (PYPROJECT.parent / "docs" / "sandbox-test-mode.md").read_text(encoding="utf-8")
    [example] = re.findall(r"```python\n(.*?)```", docs, re.S)
    assert "3 passed" in run_merchant_tests(tmp_path, example)
