"""Fixtures for the sandbox tests: real uvicorn servers on 127.0.0.1."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import binance_pay_sandbox.pytest_plugin
import pytest
from binance_pay_sandbox import RunningSandbox, SandboxConfig, run_sandbox
from sandbox_helpers import MakeClient, SignedClient

from tests.fixtures.proof_spec import write_proof_spec


def pytest_configure(config: pytest.Config) -> None:
    """The plugin's fixtures, when its entry point is not active (the tree on PYTHONPATH, not the wheel)."""
    plugin = binance_pay_sandbox.pytest_plugin
    if not config.pluginmanager.is_registered(plugin):
        config.pluginmanager.register(plugin, "binance_pay_sandbox")


@pytest.fixture(scope="session")
def sandbox() -> Iterator[RunningSandbox]:
    with run_sandbox() as running:
        yield running


@pytest.fixture(scope="session")
def client(sandbox: RunningSandbox) -> Iterator[SignedClient]:
    signed = SignedClient(sandbox)
    yield signed
    signed.close()


@pytest.fixture
def make_client() -> Iterator[MakeClient]:
    """Start a sandbox with a custom config: `with make_client(config) as client: ...`."""

    @contextlib.contextmanager
    def factory(config: SandboxConfig) -> Iterator[SignedClient]:
        with run_sandbox(config) as running:
            signed = SignedClient(running)
            try:
                yield signed
            finally:
                signed.close()

    yield factory


@pytest.fixture(scope="session")
def proof_spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The proof spec (the project's spec plus createProofOrder and checkProofFlag), written once."""
    return write_proof_spec(tmp_path_factory.mktemp("proof") / "proof.yaml")


@pytest.fixture(scope="session")
def proof_client(proof_spec: Path) -> Iterator[SignedClient]:
    """A sandbox built from the proof spec."""
    with run_sandbox(SandboxConfig(spec_path=proof_spec)) as running:
        signed = SignedClient(running)
        yield signed
        signed.close()
