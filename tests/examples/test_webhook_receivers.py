"""examples/webhook_{flask,fastapi,django}.py, each run as a merchant runs it and sent the sandbox's webhooks.

Each receiver must verify every notification, handle a paid order once however often Binance delivers it
(the sandbox's duplicates and a resend), acknowledge each delivery as Binance expects, and refuse forgeries.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
from binance_pay import BinancePayClient
from binance_pay_sandbox.pytest_plugin import SandboxFixture

from tests.examples.orders import create_order, deliveries
from tests.examples.processes import EXAMPLES, ExampleProcess, example_env, free_port, require
from tests.fixtures.webhook_signer import make_signer

WEBHOOK_PATH = "/binance-pay/webhook"


@dataclass(frozen=True)
class Framework:
    name: str
    modules: tuple[str, ...]
    arguments: tuple[str, ...] = ()

    def command(self, port: int) -> list[str]:
        script = EXAMPLES / f"webhook_{self.name}.py"
        return [sys.executable, str(script), *(arg.format(port=port) for arg in self.arguments)]


FRAMEWORKS = [
    Framework("flask", ("flask",)),
    Framework("fastapi", ("fastapi", "uvicorn")),
    Framework("django", ("django",), ("runserver", "--noreload", "127.0.0.1:{port}")),
]


@dataclass
class Receiver:
    process: ExampleProcess
    url: str

    def paid_lines(self, trade_no: str) -> list[re.Match[str]]:
        return self.process.matching(rf"order {trade_no} paid: (\S+) (\S+)$")


@pytest.fixture(scope="module", params=FRAMEWORKS, ids=lambda framework: framework.name)
def receiver(request: pytest.FixtureRequest, sandbox_env: dict[str, str]) -> Iterator[Receiver]:
    framework: Framework = request.param
    require(*framework.modules)
    port = free_port()
    env = example_env(**sandbox_env, HOST="127.0.0.1", PORT=str(port))
    process = ExampleProcess(framework.command(port), env)
    try:
        process.wait_for_port(port)
        yield Receiver(process, f"http://127.0.0.1:{port}{WEBHOOK_PATH}")
    finally:
        process.stop()


def test_a_paid_order_is_handled_once_however_often_it_is_delivered(
    receiver: Receiver, control: SandboxFixture, client: BinancePayClient
) -> None:
    control.webhook_mode(duplicates=2)  # each notification three times, each freshly signed
    try:
        order = create_order(client, receiver.url)
        control.pay(order.prepay_id)
        first, *copies = deliveries(control, order.prepay_id, count=3)
    finally:
        control.webhook_mode()
    control.resend(first)  # and once more, later
    resent = deliveries(control, order.prepay_id, count=3, attempts=4)

    already = rf"PAY PAY_SUCCESS {order.prepay_id}: already handled"
    receiver.process.wait_for(already, count=3)
    assert [match.groups() for match in receiver.paid_lines(order.trade_no)] == [("3.21000000", "USDT")]
    assert [webhook.duplicate_of for webhook in copies] == [first.delivery_id] * 2
    assert [len(webhook.attempts) for webhook in resent] == [2, 1, 1]
    assert all(attempt["httpStatus"] == 200 for webhook in resent for attempt in webhook.attempts)


def test_forged_and_unsigned_webhooks_are_refused(
    receiver: Receiver, control: SandboxFixture, client: BinancePayClient
) -> None:
    paid = create_order(client, receiver.url)
    control.pay(paid.prepay_id)
    [genuine] = deliveries(control, paid.prepay_id, count=1)
    receiver.process.wait_for(rf"order {paid.trade_no} paid")
    unpaid = create_order(client, receiver.url)
    forged_body = genuine.body.replace(paid.trade_no.encode(), unpaid.trade_no.encode())
    forged_body = forged_body.replace(str(paid.prepay_id).encode(), str(unpaid.prepay_id).encode())
    serial = genuine.headers["BinancePay-Certificate-SN"]

    assert unpaid.trade_no.encode() in forged_body
    assert paid.trade_no.encode() not in forged_body

    attempts = [
        (genuine.body, {"Content-Type": "application/json"}, "missing_header"),  # unsigned
        (forged_body, signed_by_another_key(forged_body, serial), "bad_signature"),
        (forged_body, genuine.headers, "bad_signature"),  # a genuine signature, over another body
    ]
    for body, headers, reason in attempts:
        answer = httpx.post(receiver.url, content=body, headers=headers, timeout=10.0, trust_env=False)
        assert 400 <= answer.status_code < 500, (reason, answer.status_code, answer.text)
        assert answer.json() == {"returnCode": "FAIL", "returnMessage": reason}

    receiver.process.wait_for(r"webhook refused: bad_signature", count=2)
    assert receiver.paid_lines(unpaid.trade_no) == []
    assert client.orders.query(prepay_id=unpaid.prepay_id).status == "INITIAL"


def signed_by_another_key(body: bytes, serial: str) -> dict[str, str]:
    """Headers exactly as Binance's, naming Binance's certificate, signed with a key that is not Binance's."""
    return {"Content-Type": "application/json", **make_signer(serial).headers(body, nonce="f" * 32)}
