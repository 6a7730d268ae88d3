"""Project-wide pytest hooks."""

from __future__ import annotations

import importlib

import pytest

SIZE_TEST = "tests/test_generated_size.py::test_generated_package_stays_within_its_line_budget"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    """The generated package's line counts per part, when the size test ran (in this process or an xdist worker)."""
    reports = [report for reports in terminalreporter.stats.values() for report in reports]
    if any(getattr(report, "nodeid", "").endswith(SIZE_TEST.partition("/")[2]) for report in reports):
        terminalreporter.write_line(importlib.import_module("test_generated_size").size_report())
