"""A spec `pattern` is said in words: derived for simple patterns, `x-pattern-description` for the rest, and the
generator refuses a pattern that has neither."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator._caller_text import for_caller
from generator._pattern_words import describe

ROOT = Path(__file__).resolve().parents[1]
SPEC = (ROOT / "openapi" / "binance-pay.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        ("^[A-Za-z0-9]+$", "letters and digits only"),
        ("^[A-Z0-9]+$", "uppercase letters and digits only"),
        ("^[A-Za-z0-9]{1,32}$", "1 to 32 letters and digits"),
        ("^[0-9]{6}$", "6 digits"),
        ("^[A-Z]{2}$", "2 uppercase letters"),
        ("^[a-z]{2,}$", "at least 2 lowercase letters, and only those"),
        ("^https?://", "text starting with http:// or https://"),
        ("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "4 digits, then -, then 2 digits, then -, then 2 digits"),
        (
            "^[0-9]{1,15}(\\.[0-9]{1,8})?$",
            "a decimal number with at most 15 digits before the point and at most 8 decimal places",
        ),
        ("^[A-Z]{2}(,[A-Z]{2})*$", "2 uppercase letters, or several of those separated by commas"),
        ('^[^\\\\"]*$', 'text without " or \\'),
        ("^[^!\"#$%&'()*+\\-:;<=>?@\\[\\\\\\]^_`{|}~]+$", "text with no punctuation other than , . /, not empty"),
    ],
)
def test_simple_patterns_are_said_in_words(pattern: str, words: str) -> None:
    assert describe(pattern) == words


@pytest.mark.parametrize("pattern", ["^(?:a|b)$", "^\\d+$", "abc", "^[0-9]{1,15}(?:\\.[0-9]|x)$", "^.+$"])
def test_other_patterns_are_not_guessed(pattern: str) -> None:
    assert describe(pattern) is None


def test_a_pattern_without_words_is_refused(tmp_path: Path) -> None:
    line = (
        "          x-pattern-description: a decimal from 0.00000001 to 999999999999999.99999999 with at most 8 places\n"
    )
    assert SPEC.count(line) == 1, "the transfer amount no longer carries this x-pattern-description"
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC.replace(line, ""), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "generator", "--spec", str(spec), "--output", str(tmp_path / "out" / "binance_pay")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert run.returncode == 2, run.stdout + run.stderr
    assert "TransferRequest.amount: pattern" in run.stderr and "add x-pattern-description" in run.stderr, run.stderr


@pytest.mark.parametrize(
    ("text", "for_a_caller"),
    [
        ("Shipping details (from third-party SDKs and the official v2 connector's docstring).", "Shipping details."),
        ("Goods description. Unconfirmed: its maximum length.", "Goods description."),
        ("Remark. From third-party SDKs: at most 128 characters.", "Remark. At most 128 characters."),
        ("A sub-merchant's id. From third-party SDKs: this shape.", "A sub-merchant's id."),
        (
            "Said to be mandatory if `periodic` is true (unconfirmed, not enforced).",
            "Said to be mandatory if `periodic` is true (not enforced).",
        ),
        ("Human-readable reason for a FAIL.", "Human-readable reason for a FAIL."),
    ],
)
def test_provenance_notes_are_kept_out_of_docstrings(text: str, for_a_caller: str) -> None:
    assert for_caller(text) == for_a_caller
