"""examples/async_payment.py and examples/cli_session.sh, run against the sandbox: their output and what they did."""

from __future__ import annotations

import json
import re
import shutil
import sys
from decimal import Decimal

import pytest
from binance_pay import BinancePayClient
from binance_pay_sandbox.pytest_plugin import SandboxFixture

from tests.examples.processes import EXAMPLES, ExampleProcess, example_env


def test_async_payment_takes_a_payment_and_refunds_part(
    sandbox_env: dict[str, str], control: SandboxFixture, client: BinancePayClient
) -> None:
    env = example_env(**sandbox_env, POLL_SECONDS="0.05")
    script = ExampleProcess([sys.executable, str(EXAMPLES / "async_payment.py")], env)
    try:
        [checkout] = script.wait_for(r"^pay here: (http://\S+/checkout/(\d+))$")
        prepay_id = checkout.group(2)
        assert checkout.group(1).startswith(sandbox_env["BINANCE_PAY_BASE_URL"])
        assert client.orders.query(prepay_id=prepay_id).status == "INITIAL"  # waiting for the buyer
        control.pay(prepay_id)
        assert script.finish() == 0, script.output
    finally:
        script.stop()

    assert len(script.lines) == 4, script.output
    refund_line = re.fullmatch(r"refunded: 5\.17000000 of 25\.17000000 \(refund (\w+)\)", script.lines[2])
    assert script.lines[:2] == [checkout.group(0), "order: PAID 25.17000000 USDT"], script.output
    assert refund_line, script.output
    assert script.lines[3:] == ["order now: REFUNDED"], script.output

    refund = client.refunds.query(refund_request_id=refund_line.group(1))
    assert (refund.prepay_id, refund.refund_status) == (prepay_id, "REFUND_SUCCESS")
    assert refund.refund_amount == Decimal("5.17")
    assert client.orders.query(prepay_id=prepay_id).status == "REFUNDED"


def test_cli_session_pays_queries_and_refunds(sandbox_env: dict[str, str], client: BinancePayClient) -> None:
    bash = shutil.which("bash")
    if bash is None:
        pytest.fail("bash is needed to run examples/cli_session.sh")
    script = ExampleProcess([bash, str(EXAMPLES / "cli_session.sh")], example_env(**sandbox_env))
    try:
        assert script.finish() == 0, script.output
    finally:
        script.stop()

    [created] = script.matching(r"^created order (\w+): prepayId (\d+)$")
    trade_no, prepay_id = created.groups()
    assert [match.group(1) for match in script.matching(r"^order status: (\w+)$")] == ["PAID"]
    refunded = json.loads(script.output[script.output.index("{") : script.output.rindex("}") + 1], parse_float=Decimal)
    assert (refunded["prepayId"], refunded["duplicateRequest"]) == (prepay_id, "N")
    assert str(refunded["refundAmount"]) == "2.50000000"  # as the sandbox wrote it

    order = client.orders.query(merchant_trade_no=trade_no)
    assert (order.prepay_id, order.status, order.order_amount) == (prepay_id, "REFUNDED", Decimal("12.50"))
    refund = client.refunds.query(refund_request_id=f"refund{trade_no}")
    assert refund.prepay_id == prepay_id
    assert refund.refund_amount == refund.refunded_amount == Decimal("2.50")
