"""Unbounded webhook answers: the sandbox reads at most `webhook_max_answer_bytes` of a receiver's answer and
gives each attempt `webhook_timeout_s` in all; a huge or slow answer is a failed (and retried) delivery, and the
sandbox's memory stays small while a hostile receiver streams up to 200 MB at it."""

from __future__ import annotations

import logging
import time
import tracemalloc
from collections.abc import Iterator

import pytest
from binance_pay_sandbox import SandboxConfig
from hostile_receiver import HostileReceiver
from test_sandbox_merchant import create, merchant, pay

MB = 1024 * 1024
ONE_RETRY = (0.01,)


@pytest.fixture
def sandbox_log(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.INFO, logger="binance_pay_sandbox")
    yield caplog


def _given_up(log: pytest.LogCaptureFixture, timeout: float = 20.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for record in log.records:
            if "giving up" in record.getMessage():
                return record.getMessage()
        time.sleep(0.02)
    raise AssertionError("the delivery was not given up")


def _deliver_to(receiver: HostileReceiver, log: pytest.LogCaptureFixture, **config: object) -> str:
    with merchant(webhook_url=receiver.url, webhook_retry_delays=ONE_RETRY, **config) as client:
        order = create(client)
        assert pay(client, order["prepayId"]).status_code == 200
        return _given_up(log)


@pytest.mark.parametrize("chunked", [True, False], ids=["chunked", "content-length"])
def test_unbounded_webhook_answer_of_200_mb_is_cut_off_and_the_delivery_fails(
    chunked: bool, sandbox_log: pytest.LogCaptureFixture
) -> None:
    receiver = HostileReceiver(total_bytes=200 * MB, chunked=chunked)
    tracemalloc.start()
    try:
        given_up = _deliver_to(receiver, sandbox_log)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        receiver.close()
    assert "over 65536" in given_up and "attempt 2/2" in given_up
    assert receiver.attempts == 2
    assert peak < 16 * MB, f"the sandbox held {peak / MB:.1f} MB"
    assert receiver.sent_bytes < 50 * MB, "the sandbox kept reading"


def test_unbounded_webhook_answer_limit_is_configurable(sandbox_log: pytest.LogCaptureFixture) -> None:
    receiver = HostileReceiver(total_bytes=2048, chunked=True)
    try:
        given_up = _deliver_to(receiver, sandbox_log, webhook_max_answer_bytes=1024)
    finally:
        receiver.close()
    assert "over 1024 bytes" in given_up
    with pytest.raises(ValueError, match="webhook_max_answer_bytes"):
        SandboxConfig(webhook_max_answer_bytes=0)


def test_unbounded_webhook_answer_dripped_slowly_fails_within_the_timeout(
    sandbox_log: pytest.LogCaptureFixture,
) -> None:
    receiver = HostileReceiver(total_bytes=10_000, drip_s=0.05)  # 500 s if read to the end
    started = time.monotonic()
    try:
        given_up = _deliver_to(receiver, sandbox_log, webhook_timeout_s=0.5)
    finally:
        receiver.close()
    assert "no complete answer within 0.5 s" in given_up
    assert time.monotonic() - started < 10
