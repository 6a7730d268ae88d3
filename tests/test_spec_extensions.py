"""The generator refuses exactly-once extensions that cannot work, naming the operation and the rule."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = (ROOT / "openapi" / "binance-pay.yaml").read_text(encoding="utf-8")

TRANSFER_LOOKUP = "      x-query-fields:\n        tranId: requestId\n"
TRANSFER_REPEAT = "      x-repeat-answer:\n        status: REPEAT_REQ_SUCCESS\n"
TRANSFER_MATCH = "      x-idempotency-match:\n        currency: currency\n        amount: amount\n"


def _generate(spec: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    output = tmp_path / "out" / "binance_pay"
    command = [sys.executable, "-m", "generator", "--spec", str(spec), "--output", str(output)]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (TRANSFER_LOOKUP, TRANSFER_LOOKUP.replace("tranId: requestId", "tranId: requestNo"), "requestId among them"),
        (TRANSFER_LOOKUP, TRANSFER_LOOKUP + "        status: transferStatus\n", "['transferStatus'], not request"),
        (TRANSFER_REPEAT, TRANSFER_REPEAT.replace("status:", "duplicate:"), "x-repeat-answer maps `status`"),
        (TRANSFER_MATCH, TRANSFER_MATCH.replace("amount: amount", "total: amount"), "['total'], not request fields"),
        ("      x-idempotency-field: requestId\n      x-query-operation: queryTransfer\n", "", "needs x-idempotency"),
    ],
    ids=["lookup-without-the-id", "lookup-of-an-unknown-field", "repeat-marker", "match-field", "orphan-extensions"],
)
def test_bad_exactly_once_extension_is_refused(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert SPEC.count(old) == 1, "the spec's createTransfer no longer reads as this test expects"
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC.replace(old, new), encoding="utf-8")
    run = _generate(spec, tmp_path)
    assert run.returncode == 2, run.stdout + run.stderr
    assert "createTransfer" in run.stderr and message in run.stderr, run.stderr


def test_a_lenient_string_that_is_not_an_integer_is_refused(tmp_path: Path) -> None:
    old = "          type: integer\n          format: int64\n          x-lenient-string: true\n"
    new = "          type: string\n          x-lenient-string: true\n"
    assert SPEC.count(old) >= 1, "the spec no longer marks an integer x-lenient-string"
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC.replace(old, new, 1), encoding="utf-8")
    run = _generate(spec, tmp_path)
    assert run.returncode == 2, run.stdout + run.stderr
    assert "OrderResult.expireTime: x-lenient-string: true is for integers only" in run.stderr, run.stderr


def test_a_failure_value_outside_the_enum_is_refused(tmp_path: Path) -> None:
    old = "      x-failure-values: [FAILURE]\n"
    assert SPEC.count(old) == 1, "the spec's TransferStatus no longer reads as this test expects"
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC.replace(old, "      x-failure-values: [FAILED]\n"), encoding="utf-8")
    run = _generate(spec, tmp_path)
    assert run.returncode == 2, run.stdout + run.stderr
    assert "TransferStatus: x-failure-values must be a list of its enum values" in run.stderr, run.stderr
