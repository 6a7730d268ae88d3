"""Hostile webhook delivery (`POST /sandbox/webhooks/mode`), seen by a real receiver on 127.0.0.1: duplicates,
failed first attempts, shuffled batches and delays, so a merchant's handler proves it is idempotent."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from binance_pay import BinancePayClient
from binance_pay_sandbox import SandboxConfig
from binance_pay_sandbox._cli import main
from binance_pay_sandbox._webhooks import FAILED_ON_PURPOSE
from binance_pay_sandbox.pytest_plugin import SandboxControlError, SandboxFixture
from sandbox_helpers import SignedClient
from test_sandbox_control_extras import control, settled_deliveries
from test_sandbox_merchant import FAST, create, merchant
from test_sandbox_plugin import new_order
from webhook_receiver import Receiver

MODE = "/sandbox/webhooks/mode"


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    made = Receiver()
    yield made
    made.close()


@pytest.fixture
def binance_pay_sandbox_config(receiver: Receiver) -> SandboxConfig:
    return SandboxConfig(webhook_url=receiver.url, webhook_retry_delays=FAST)


def test_duplicates_reach_the_receiver_as_distinct_verified_deliveries_of_one_event(
    binance_pay_sandbox: SandboxFixture, binance_pay_client: BinancePayClient, receiver: Receiver
) -> None:
    mode = binance_pay_sandbox.webhook_mode(duplicates=2)
    assert mode == {"duplicates": 2, "shuffle": False, "delay_seconds": 0.0, "fail_first": 0, "seed": 0}
    prepay_id = new_order(binance_pay_client)
    binance_pay_sandbox.pay(prepay_id)
    received = receiver.wait(3)
    time.sleep(0.2)
    assert len(receiver.received) == 3
    assert len({r.body for r in received}) == 1
    assert len({r.header("BinancePay-Nonce") for r in received}) == 3
    # verify's replay check accepts each: three deliveries, not one replayed
    events = [binance_pay_client.webhooks.verify(r.body, r.headers) for r in received]
    assert {event.dedup_key for event in events} == {events[0].dedup_key}
    assert {str(event.biz_id) for event in events} == {prepay_id}
    webhooks = binance_pay_sandbox.wait_for_webhooks(3)
    original = webhooks[0].delivery_id
    assert [webhook.duplicate_of for webhook in webhooks] == [None, original, original]


def test_fail_first_counts_that_many_attempts_as_failed_then_delivers_once(
    binance_pay_sandbox: SandboxFixture, binance_pay_client: BinancePayClient, receiver: Receiver
) -> None:
    binance_pay_sandbox.webhook_mode(fail_first=3)
    binance_pay_sandbox.pay(new_order(binance_pay_client))
    [webhook] = binance_pay_sandbox.wait_for_webhooks(1)
    assert [attempt["outcome"] for attempt in webhook.attempts] == [FAILED_ON_PURPOSE] * 3 + ["delivered"]
    assert [attempt["httpStatus"] for attempt in webhook.attempts] == [None, None, None, 200]
    assert len(receiver.wait(1)) == 1


def test_a_shuffled_batch_arrives_out_of_order(receiver: Receiver) -> None:
    with merchant(receiver) as client:
        assert control(client, MODE, {"shuffle": True, "seed": 3})["data"]["mode"]["shuffle"] is True
        prepay_ids = [create(client)["prepayId"] for _ in range(4)]
        for prepay_id in prepay_ids:
            control(client, f"/sandbox/orders/{prepay_id}/pay")
        arrived = [r.notification()["bizIdStr"] for r in receiver.wait(4)]
        assert sorted(arrived) == sorted(prepay_ids)
        assert arrived != prepay_ids


def test_a_delay_holds_each_delivery_back_by_about_that_long(receiver: Receiver) -> None:
    with merchant(receiver) as client:
        control(client, MODE, {"delay_seconds": 0.6})
        prepay_id = create(client)["prepayId"]
        paid_at = time.monotonic()
        control(client, f"/sandbox/orders/{prepay_id}/pay")
        [webhook] = receiver.wait(1)
        assert 0.6 <= webhook.at - paid_at < 5.0


def test_an_empty_mode_is_the_ordinary_delivery_again(receiver: Receiver) -> None:
    with merchant(receiver) as client:
        control(client, MODE, {"duplicates": 3, "fail_first": 2, "delay_seconds": 1})
        reset = control(client, MODE, {})["data"]["mode"]
        assert reset == {"duplicates": 0, "shuffle": False, "delay_seconds": 0.0, "fail_first": 0, "seed": 0}
        control(client, f"/sandbox/orders/{create(client)['prepayId']}/pay")
        receiver.wait(1)
        [delivery] = settled_deliveries(client)
        assert [attempt["outcome"] for attempt in delivery["attempts"]] == ["delivered"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"duplicates": 11}, "duplicates"),
        ({"duplicates": -1}, "duplicates"),
        ({"duplicates": 1.5}, "duplicates"),
        ({"shuffle": "yes"}, "shuffle"),
        ({"delay_seconds": 30.5}, "delay_seconds"),
        ({"delay_seconds": -0.1}, "delay_seconds"),
        ({"delay_seconds": True}, "delay_seconds"),
        ({"fail_first": 7}, "fail_first"),
        ({"fail_first": True}, "fail_first"),
        ({"seed": -1}, "seed"),
        ({"duplicate": 2}, "duplicate"),
    ],
)
def test_a_bad_webhook_mode_is_refused_naming_the_field(client: SignedClient, body: dict[str, Any], field: str) -> None:
    answer = control(client, MODE, body)
    assert (answer["status"], answer["code"]) == ("FAIL", "400102")
    assert answer["errorMessage"].startswith(f"{field}: ")


def test_fail_first_must_leave_the_real_attempt() -> None:
    with merchant(webhook_retry_delays=(0.01, 0.01)) as client:
        assert control(client, MODE, {"fail_first": 2})["status"] == "SUCCESS"
        refused = control(client, MODE, {"fail_first": 3})
        assert refused["errorMessage"] == "fail_first: must be an integer from 0 to 2 (this sandbox retries 2 times)"


def test_the_plugin_raises_on_a_refused_mode(binance_pay_sandbox: SandboxFixture) -> None:
    with pytest.raises(SandboxControlError) as refused:
        binance_pay_sandbox.webhook_mode(duplicates=99)
    assert refused.value.message.startswith("duplicates: ")


def test_the_webhook_mode_subcommand_sets_and_resets_the_mode(
    receiver: Receiver, capsys: pytest.CaptureFixture[str]
) -> None:
    with merchant(receiver) as client:
        url = client.sandbox.url
        assert main(["webhook-mode", "--duplicates", "1", "--shuffle", "--fail-first", "2", "--base-url", url]) == 0
        out = capsys.readouterr().out
        assert out.startswith("webhook mode: ") and '"duplicates": 1' in out and '"shuffle": true' in out
        control(client, f"/sandbox/orders/{create(client)['prepayId']}/pay")
        assert len(receiver.wait(2)) == 2
        assert main(["webhook-mode", "--base-url", url]) == 0
        assert '"duplicates": 0' in capsys.readouterr().out
        assert main(["webhook-mode", "--delay-seconds", "99", "--base-url", url]) == 1
        assert "delay_seconds: " in capsys.readouterr().err
