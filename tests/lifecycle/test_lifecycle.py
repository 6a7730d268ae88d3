"""The order life cycle as a Hypothesis state machine against a real sandbox, and a meta-test: the same machine
catches each planted state fault (`STATE_FAULTS`) and passes against a clean sandbox."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
from binance_pay import BinancePayClient
from binance_pay_sandbox import STATE_FAULTS, SandboxConfig, run_sandbox
from hypothesis import HealthCheck, Phase, settings
from hypothesis.stateful import run_state_machine_as_test
from lifecycle_machine import EXPIRY_MS, SWEEP_S, OrderLifecycle, Receiver, bind

SETTINGS = settings(
    max_examples=15,
    stateful_step_count=12,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
# The meta-test stops at the first failure: no shrinking, one error (not a group), a fixed seed so it is repeatable.
META_SETTINGS = settings(SETTINGS, phases=[Phase.generate], report_multiple_bugs=False, derandomize=True)


@contextlib.contextmanager
def lifecycle_sandbox(faults: frozenset[str] = frozenset()) -> Iterator[type[OrderLifecycle]]:
    receiver = Receiver()
    config = SandboxConfig(
        webhook_url=receiver.url,
        webhook_retry_delays=(0.05, 0.1),
        order_expiry_ms=EXPIRY_MS,
        expiry_sweep_s=SWEEP_S,
        recv_window_ms=60_000,
        faults=faults,
    )
    try:
        with run_sandbox(config) as sandbox:
            client = BinancePayClient(config.api_key, config.secret_key, base_url=sandbox.url, max_retries=0)
            try:
                yield bind(sandbox, receiver, client)
            finally:
                client.close()
    finally:
        receiver.close()


@pytest.fixture(scope="module")
def machine() -> Iterator[type[OrderLifecycle]]:
    with lifecycle_sandbox() as bound:
        yield bound


def test_order_lifecycle(machine: type[OrderLifecycle]) -> None:
    run_state_machine_as_test(machine, settings=SETTINGS)


def test_meta_clean_sandbox_passes(machine: type[OrderLifecycle]) -> None:
    run_state_machine_as_test(machine, settings=META_SETTINGS)


def test_meta_every_state_fault_is_listed() -> None:
    assert {"refund_over_paid", "webhook_wrong_key", "webhook_body_changed", "duplicate_trade_no"} == STATE_FAULTS


@pytest.mark.parametrize("fault", sorted(STATE_FAULTS))
def test_meta_state_fault_is_caught(fault: str) -> None:
    with lifecycle_sandbox(frozenset({fault})) as bound, pytest.raises(AssertionError) as caught:
        run_state_machine_as_test(bound, settings=META_SETTINGS)
    print(f"{fault}: {str(caught.value).splitlines()[0]}")
