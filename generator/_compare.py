"""Compare a fresh generation with the committed tree."""

from __future__ import annotations

import difflib
from pathlib import Path

_IGNORED_PARTS = {"__pycache__", ".mypy_cache", ".ruff_cache"}


def _files(root: Path) -> dict[str, bytes]:
    if not root.is_dir():
        return {}
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not _IGNORED_PARTS.intersection(path.parts)
    }


def compare_trees(expected: Path, actual: Path, *, max_diff_lines: int = 40) -> list[str]:
    """Return a short summary of how `actual` differs from `expected`; empty when identical."""
    want, have = _files(expected), _files(actual)
    summary: list[str] = []
    for name in sorted(want.keys() - have.keys()):
        summary.append(f"missing: {name}")
    for name in sorted(have.keys() - want.keys()):
        summary.append(f"stale (not generated): {name}")
    for name in sorted(want.keys() & have.keys()):
        if want[name] == have[name]:
            continue
        summary.append(f"differs: {name}")
        diff = difflib.unified_diff(
            have[name].decode(errors="replace").splitlines(),
            want[name].decode(errors="replace").splitlines(),
            fromfile=f"committed/{name}",
            tofile=f"generated/{name}",
            lineterm="",
            n=1,
        )
        summary.extend(f"    {line}" for line in list(diff)[:max_diff_lines])
    return summary
