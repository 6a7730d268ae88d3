"""The README's "Take a payment" walkthrough works as the README says: run as a script, and pasted
line by line into the interactive interpreter, against the sandbox, through the SDK. The docs page
shows the same block."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
DOCS_PAGE = REPO / "docs" / "take-a-payment.md"
BLOCK = re.compile(r"<!-- walkthrough:start -->\n```python\n(.*?)```\n<!-- walkthrough:end -->", re.S)

# Feeds stdin's text to `code.InteractiveConsole` one line at a time, as a terminal paste does, and
# prints everything the console would show as an error (tracebacks, SyntaxError, IndentationError)
# after a marker line.
PASTE = """
import code, sys
source = sys.stdin.read()
errors = []
class Console(code.InteractiveConsole):
    def write(self, data):
        errors.append(data)
console = Console()
for line in source.splitlines():
    console.push(line)
console.push("")
print("--- console errors ---")
print("".join(errors), end="")
"""


def walkthrough(path: Path = README) -> str:
    match = BLOCK.search(path.read_text(encoding="utf-8"))
    assert match, f"{path.name} has no walkthrough block"
    return match.group(1)


def _check_output(lines: list[str]) -> None:
    assert re.fullmatch(r"pay here: http://127\.0\.0\.1:\d+/checkout/\d+", lines[0]), lines[0]
    assert lines[1:] == [
        "buyer paid: 200",
        "webhook: PAY PAY_SUCCESS 25.17000000 True",
        "refunded: 5.17000000",
        "order: REFUNDED",
        "refund: REFUND_SUCCESS",
    ]


def test_walkthrough_runs_as_written(tmp_path: Path) -> None:
    script = tmp_path / "walkthrough.py"
    script.write_text(walkthrough(), encoding="utf-8")
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    _check_output(result.stdout.splitlines())


def test_walkthrough_pasted_into_the_interactive_interpreter() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PASTE],
        input=walkthrough(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    output, errors = result.stdout.split("--- console errors ---\n")
    assert errors == "", errors
    _check_output(output.splitlines())


def test_pasting_reports_a_block_broken_by_a_blank_line() -> None:
    """The paste check can fail: a blank line inside a block ends it, as in the real interpreter."""
    broken = "def f():\n    x = 1\n\n    return x\n\nprint(f())\n"
    result = subprocess.run(
        [sys.executable, "-c", PASTE], input=broken, capture_output=True, text=True, timeout=60, check=False
    )
    assert "IndentationError" in result.stdout.split("--- console errors ---\n")[1]


def test_docs_page_shows_the_same_walkthrough() -> None:
    assert walkthrough(DOCS_PAGE) == walkthrough(README)
