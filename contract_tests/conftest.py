"""Shared fixtures for the contract tests (the spec, sandbox configs and apps, a live uvicorn sandbox) and the
closing summary: one line per operation with the cases each side ran.

Layout: `oracle/` reads the spec and holds what both sides are checked with (checks, strategies, the
independent signer); `server/` holds the Schemathesis runs against the sandbox, `client/` the properties of the
generated client over every operation, `targeted/` the hand-aimed properties of the balance query (both sides),
`meta/` the planted faults each property must catch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from binance_pay_sandbox import RunningSandbox, SandboxConfig, create_app, run_sandbox

from contract_tests.oracle import counting
from contract_tests.oracle.checks import ServerRules
from contract_tests.oracle.spec import operations, spec
from contract_tests.server.sandbox import contract_config

HERE = Path(__file__).resolve().parent
META = HERE / "meta"


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


# ---- cases per operation and side ------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _count_contract_cases(request: pytest.FixtureRequest) -> Iterator[None]:
    """The cases this test ran, per operation and side, onto its report (planted-fault runs are not counted)."""
    before = Counter(counting.CASES)
    yield
    if META in Path(str(request.node.path)).resolve().parents:
        return
    ran = counting.since(before)
    if ran:
        request.node.user_properties.append((counting.PROPERTY, sorted(ran.items())))


class _Tally:
    def __init__(self) -> None:
        self.cases: Counter[tuple[str, str]] = Counter()
        self.deselected = 0
        self.whole_directory = False
        self.filtered = False
        self.missing: list[str] = []


_TALLY = _Tally()


def pytest_configure(config: pytest.Config) -> None:
    args = [Path(str(arg).split("::", 1)[0]) for arg in config.args]
    _TALLY.whole_directory = any((Path(config.invocation_params.dir) / arg).resolve() == HERE for arg in args) and not (
        config.option.keyword or config.option.markexpr
    )


def pytest_deselected(items: list[pytest.Item]) -> None:
    _TALLY.deselected += len(items)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    for key, value in report.user_properties:
        if key == counting.PROPERTY:
            for (operation_id, side), cases in value:
                _TALLY.cases[(operation_id, side)] += cases


def _missing() -> list[str]:
    """`operationId side` for each operation a side left unexercised in a run of the whole directory (a run
    narrowed to a subdirectory, or with -k, -m or a test id, requires nothing)."""
    if _TALLY.filtered or _TALLY.deselected or not _TALLY.whole_directory:
        return []
    return [
        f"{op.operation_id} {side}"
        for op in operations()
        for side in counting.SIDES
        if not _TALLY.cases.get((op.operation_id, side))
    ]


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if hasattr(session.config, "workerinput"):  # an xdist worker: the controller adds up and decides
        return
    _TALLY.missing = _missing()
    if _TALLY.missing and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):
        return
    terminalreporter.section("contract cases per operation")
    for op in operations():
        server = _TALLY.cases.get((op.operation_id, counting.SERVER), 0)
        client = _TALLY.cases.get((op.operation_id, counting.CLIENT), 0)
        terminalreporter.write_line(f"contract: {op.operation_id} server {server} client {client}")
    if _TALLY.missing:
        terminalreporter.write_line(
            "contract: not exercised (fails the run): " + ", ".join(_TALLY.missing), red=True, bold=True
        )
