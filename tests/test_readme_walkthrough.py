"""The README's "Take a payment" walkthrough runs as written, against the sandbox, through the SDK."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def walkthrough() -> str:
    text = README.read_text(encoding="utf-8")
    match = re.search(r"<!-- walkthrough:start -->\n```python\n(.*?)```\n<!-- walkthrough:end -->", text, re.S)
    assert match, "the README has no walkthrough block"
    return match.group(1)


def test_walkthrough_runs_as_written(tmp_path: Path) -> None:
    script = tmp_path / "walkthrough.py"
    script.write_text(walkthrough(), encoding="utf-8")
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert re.fullmatch(r"pay here: http://127\.0\.0\.1:\d+/checkout/\d+", lines[0]), lines[0]
    assert lines[1:] == [
        "webhook: PAY PAY_SUCCESS 25.17000000 True",
        "refunded: 5.17000000",
        "order: REFUNDED",
        "refund: REFUND_SUCCESS",
    ]
