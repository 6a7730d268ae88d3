"""Project-wide pytest hooks."""

from __future__ import annotations

import importlib

import pytest

SIZE_TEST = "tests/test_generated_size.py::test_generated_package_stays_within_its_line_budget"

# Files whose tests take seconds each (subprocesses, a Hypothesis state machine, deadlines waited out), slowest
# first. They run before everything else, so that under xdist the many short tests fill in around them and no
# worker is left with a long test at the end while the other idles. Order only: nothing is skipped.
SLOW_FIRST = (
    "tests/reliability/test_reliability_concurrency.py",
    "tests/sandbox/test_money_state_machine.py",
    "tests/proof/",
    "tests/test_regeneration.py",
    "tests/sandbox/test_sandbox_plugin.py",
    "tests/sandbox/test_sandbox_state_file.py",
    "tests/sandbox/test_sandbox_cli.py",
    "tests/cli/test_cli_hostile.py",
    "tests/reliability/test_reliability_worst_case.py",
    "tests/test_spec_extensions.py",
    "tests/reliability/test_reliability_sandbox_slow.py",
    "tests/sandbox/test_sandbox_spec_errors.py",
)


def _slowness_rank(item: pytest.Item) -> int:
    return next((rank for rank, prefix in enumerate(SLOW_FIRST) if item.nodeid.startswith(prefix)), len(SLOW_FIRST))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Slow files first (a stable sort: each file's tests keep their order)."""
    items.sort(key=_slowness_rank)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    """The generated package's line counts per part, when the size test ran (in this process or an xdist worker)."""
    reports = [report for reports in terminalreporter.stats.values() for report in reports]
    if any(getattr(report, "nodeid", "").endswith(SIZE_TEST.partition("/")[2]) for report in reports):
        terminalreporter.write_line(importlib.import_module("test_generated_size").size_report())
