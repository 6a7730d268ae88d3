"""Sandbox configs and senders (in-process ASGI, live uvicorn) for the server-side contract tests."""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any

import httpx
from binance_pay_sandbox import SandboxConfig, create_app, parse_balances

from contract_tests.targeted.server_properties import Send

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient
from contract_tests.oracle.spec import OPERATION_PATH, SPEC_OVERRIDDEN, SPEC_PATH

# Amounts a float cannot carry: float_rounding and out-of-range faults show up in the SUCCESS bodies.
CONTRACT_BALANCES = {
    "SPOT_WALLET": {
        "USDT": {
            "fiat": "USD",
            "balance": "999999999999999.99999999",
            "availableFiatValuation": "123456789012345.12345678",
            "availableBtcValuation": "0.00000001",
        }
    },
    "FUNDING_WALLET": {
        "USDT": {
            "fiat": "USD",
            "balance": "0.10000001",
            "availableFiatValuation": "0E-8",
            "availableBtcValuation": "22.98780000",
        }
    },
}


def spec_overrides() -> dict[str, Any]:
    """SandboxConfig fields that build the sandbox from the spec under test (BINANCE_PAY_SPEC), if one is set."""
    return {"spec_path": SPEC_PATH} if SPEC_OVERRIDDEN else {}


def balance_rules_of_spec() -> Any:
    """The balance rules of the spec under test (None: the shipped spec's, the sandbox's default)."""
    if not SPEC_OVERRIDDEN:
        return None
    from binance_pay_sandbox._balances import balance_rules
    from binance_pay_sandbox._catalog import load_catalog

    return balance_rules(load_catalog(SPEC_PATH))


def contract_balances(data: Any = None) -> Any:
    return parse_balances(CONTRACT_BALANCES if data is None else data, balance_rules_of_spec())


def contract_config(faults: frozenset[str] = frozenset(), **overrides: Any) -> SandboxConfig:
    values: dict[str, Any] = {"balances": contract_balances(), "recv_window_ms": 30_000, "faults": faults}
    values.update(spec_overrides())
    values.update(overrides)
    return SandboxConfig(**values)


def asgi_send(app: Any, path: str = OPERATION_PATH) -> Send:
    client = TestClient(app, raise_server_exceptions=True)

    def send(headers: Mapping[str, str], body: bytes) -> tuple[int, bytes]:
        response = client.post(path, headers=dict(headers), content=body)
        return response.status_code, response.content

    return send


def config_send(config: SandboxConfig) -> Send:
    return asgi_send(create_app(config))


def http_send(base_url: str) -> Send:
    client = httpx.Client(base_url=base_url, timeout=10)

    def send(headers: Mapping[str, str], body: bytes) -> tuple[int, bytes]:
        response = client.post(OPERATION_PATH, headers=dict(headers), content=body)
        return response.status_code, response.content

    return send
