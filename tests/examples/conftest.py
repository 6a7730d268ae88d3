"""A real sandbox for the examples, and what a test needs to play the buyer and check the merchant's state."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from binance_pay import BinancePayClient
from binance_pay_sandbox import RunningSandbox, SandboxConfig, run_sandbox
from binance_pay_sandbox.pytest_plugin import SandboxFixture

# A receiver that does not acknowledge is retried quickly (the examples acknowledge at once).
RETRY_DELAYS = (0.05, 0.05, 0.05, 0.05, 0.05, 0.05)


@pytest.fixture(scope="session")
def sandbox() -> Iterator[RunningSandbox]:
    with run_sandbox(SandboxConfig(webhook_retry_delays=RETRY_DELAYS)) as running:
        yield running


@pytest.fixture(scope="session")
def control(sandbox: RunningSandbox) -> Iterator[SandboxFixture]:
    """The sandbox's control surface: the buyer's side, the webhook mode and the record of deliveries."""
    fixture = SandboxFixture(sandbox, webhook_url="")
    yield fixture
    fixture.close()


@pytest.fixture(scope="session")
def client(sandbox: RunningSandbox) -> Iterator[BinancePayClient]:
    with BinancePayClient(sandbox.config.api_key, sandbox.config.secret_key, base_url=sandbox.url) as signed:
        yield signed


@pytest.fixture(scope="session")
def sandbox_env(sandbox: RunningSandbox) -> dict[str, str]:
    """The environment variables the examples read, pointing at the sandbox."""
    return {
        "BINANCE_PAY_BASE_URL": sandbox.url,
        "BINANCE_PAY_API_KEY": sandbox.config.api_key,
        "BINANCE_PAY_SECRET_KEY": sandbox.config.secret_key,
    }
