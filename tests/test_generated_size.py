"""The generated package stays lean: its line count per part, and models/ under a budget."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "openapi" / "binance-pay.yaml"
RUNTIME = REPO / "generator" / "runtime"
MODELS_BUDGET = 9_000

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from generator import generate  # noqa: E402


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


def test_models_stay_within_their_line_budget(tmp_path: Path) -> None:
    package = tmp_path / "binance_pay"
    generate(SPEC, package)
    counts = line_counts(package)
    print(", ".join(f"{part} {lines:,} lines" for part, lines in counts.items()), f"(total {sum(counts.values()):,})")
    assert counts["models"] <= MODELS_BUDGET, counts
