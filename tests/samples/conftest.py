"""Fixtures for the tests of what Binance really sends: a client whose answers a test scripts, and a webhook signer."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest
from binance_pay import BinancePayClient
from cryptography.hazmat.primitives.asymmetric import rsa
from samples_support import Notifier, Wire


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
def notifier() -> Notifier:
    return Notifier(rsa.generate_private_key(public_exponent=65537, key_size=2048))
