"""Project-wide pytest hooks."""

from __future__ import annotations

import sys

import pytest


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    """The generated package's line counts, when `test_generated_size` ran and measured them."""
    size_test = sys.modules.get("test_generated_size")
    report = config.stash.get(size_test.SIZE_REPORT, None) if size_test is not None else None
    if report is not None:
        terminalreporter.write_line(report)
