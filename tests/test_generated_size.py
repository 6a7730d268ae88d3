"""The generated package stays lean: its lines per part within budget, and no function over 100 lines in the
generator, its runtime, the sandbox or the generated client. The line counts are printed in pytest's summary."""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "openapi" / "binance-pay.yaml"
RUNTIME = REPO / "generator" / "runtime"
MAX_FUNCTION_LINES = 100
CHECKED = ("generator", "sandbox/binance_pay_sandbox", "generated_client/binance_pay")
MODELS_BUDGET = 9_000
PACKAGE_BUDGET = 22_000
RESOURCE_LINES_PER_OPERATION = 130

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from generator import generate  # noqa: E402
from generator._build import DEFAULT_SPEC  # noqa: E402
from generator._spec import load_spec  # noqa: E402


def _part(relative: Path, runtime_files: set[str]) -> str:
    if relative.parts[0] in ("resources", "models"):
        return relative.parts[0]
    return "runtime" if relative.as_posix() in runtime_files else "other"


def line_counts(package: Path) -> dict[str, int]:
    """Lines of the generated package's Python files: resources, models, runtime (copied from generator/runtime), other."""
    runtime_files = {path.name for path in RUNTIME.glob("*.py") if path.name != "__init__.py"}
    counts = dict.fromkeys(("resources", "models", "runtime", "other"), 0)
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package)
        counts[_part(relative, runtime_files)] += len(path.read_text(encoding="utf-8").splitlines())
    return counts


def _operation_count() -> int:
    return sum(len(item) for item in load_spec(DEFAULT_SPEC)["paths"].values())


def size_report(package: Path = REPO / "generated_client" / "binance_pay") -> str:
    """One line for pytest's summary (the committed package equals a fresh generation: `regen` checks it)."""
    counts = line_counts(package)
    operations = _operation_count()
    shown = ", ".join(f"{part} {lines:,}" for part, lines in counts.items())
    return (
        f"generated package: {shown} lines (total {sum(counts.values()):,}); "
        f"{counts['resources'] / operations:.0f} resource lines per operation over {operations} operations"
    )


def test_generated_package_stays_within_its_line_budget(tmp_path: Path) -> None:
    package = tmp_path / "binance_pay"
    generate(SPEC, package)
    counts = line_counts(package)
    per_operation = counts["resources"] / _operation_count()
    assert counts["models"] <= MODELS_BUDGET, counts
    assert sum(counts.values()) <= PACKAGE_BUDGET, counts
    assert per_operation <= RESOURCE_LINES_PER_OPERATION, counts


def _sources() -> Iterator[Path]:
    for root in CHECKED:
        yield from sorted((REPO / root).rglob("*.py"))


def _long_functions(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            lines = (node.end_lineno or node.lineno) - node.lineno + 1
            if lines > MAX_FUNCTION_LINES:
                yield f"{path.relative_to(REPO).as_posix()}:{node.lineno} {node.name} ({lines} lines)"


def test_no_function_is_over_100_lines() -> None:
    sources = list(_sources())
    assert any(path.name == "_cli.py" for path in sources)
    offenders = [offender for path in sources for offender in _long_functions(path)]
    assert not offenders, f"functions over {MAX_FUNCTION_LINES} lines:\n" + "\n".join(offenders)
