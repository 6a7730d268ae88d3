"""A real sandbox per test module (its state is the ground truth), and a client that talks to it directly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from binance_pay import BinancePayClient
from binance_pay_sandbox import RunningSandbox, SandboxConfig, run_sandbox


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    with run_sandbox(SandboxConfig()) as running:
        yield running


@pytest.fixture(scope="module")
def direct(sandbox: RunningSandbox) -> Iterator[BinancePayClient]:
    with BinancePayClient(sandbox.config.api_key, sandbox.config.secret_key, base_url=sandbox.url) as client:
        yield client
