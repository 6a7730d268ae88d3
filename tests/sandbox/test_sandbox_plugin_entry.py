"""The pytest11 entry point: the sandbox's fixtures when the sandbox extra is installed, and nothing (never an
error at pytest's start-up) when it is not."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import binance_pay_pytest

BLOCK = "import sys; sys.modules['starlette'] = None; "


def _python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=cwd)


def test_with_the_extra_the_entry_point_loads_the_fixtures() -> None:
    assert binance_pay_pytest.pytest_plugins == ["binance_pay_sandbox.pytest_plugin"]


def test_without_the_extra_the_entry_point_loads_nothing(tmp_path: Path) -> None:
    run = _python(BLOCK + "import binance_pay_pytest as p; print(p.pytest_plugins)", tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


def test_without_the_extra_a_merchants_test_run_still_starts(tmp_path: Path) -> None:
    (tmp_path / "test_shop.py").write_text("def test_shop():\n    assert 1 + 1 == 2\n", encoding="utf-8")
    run = _python(BLOCK + "import pytest; raise SystemExit(pytest.main(['-q', 'test_shop.py']))", tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 passed" in run.stdout


def test_the_installed_entry_point_offers_the_fixtures(tmp_path: Path) -> None:
    (tmp_path / "test_shop.py").write_text("def test_shop():\n    pass\n", encoding="utf-8")
    run = _python("import pytest; raise SystemExit(pytest.main(['-q', '--fixtures', 'test_shop.py']))", tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    for fixture in ("binance_pay_sandbox ", "binance_pay_client ", "binance_pay_sandbox_config "):
        assert fixture in run.stdout
