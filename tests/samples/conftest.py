"""Fixtures for the tests of what Binance really sends: a client whose answers a test scripts, and a webhook signer."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest
from binance_pay import BinancePayClient
from samples_support import Wire

from tests.fixtures.webhook_signer import Signer, make_signer


@pytest.fixture
def answered() -> Iterator[Callable[[bytes], tuple[BinancePayClient, Wire]]]:
    """`client, wire = answered(body)`: a client (no retries) whose every call is answered with `body`."""
    clients: list[BinancePayClient] = []

    def factory(body: bytes) -> tuple[BinancePayClient, Wire]:
        wire = Wire(body)
        client = BinancePayClient(
            "sampleApiKey0123456789",
            "sample-secret-0123456789",
            base_url="https://bpay.test",
            transport=httpx.MockTransport(wire.handle),
            max_retries=0,
        )
        clients.append(client)
        return client, wire

    yield factory
    for client in clients:
        client.close()


@pytest.fixture(scope="module")
def notifier() -> Signer:
    return make_signer("0a1b2c3d4e5f60718293a4b5c6d7e8f9")
