"""Shared fixtures for the contract tests: the spec, sandbox configs and apps, a live uvicorn sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from binance_pay_sandbox import RunningSandbox, SandboxConfig, create_app, run_sandbox

from contract_tests._checks import ServerRules
from contract_tests._sandbox import contract_config
from contract_tests._spec import spec


@pytest.fixture(scope="session")
def openapi() -> dict[str, Any]:
    """The spec, floats read as Decimal."""
    return spec()


@pytest.fixture(scope="session")
def sandbox_config() -> SandboxConfig:
    return contract_config()


@pytest.fixture(scope="session")
def rules(sandbox_config: SandboxConfig) -> ServerRules:
    return ServerRules.of(sandbox_config)


@pytest.fixture(scope="session")
def sandbox_app(sandbox_config: SandboxConfig) -> Any:
    return create_app(sandbox_config)


@pytest.fixture(scope="session")
def live_sandbox(sandbox_config: SandboxConfig) -> Iterator[RunningSandbox]:
    with run_sandbox(sandbox_config) as running:
        yield running
