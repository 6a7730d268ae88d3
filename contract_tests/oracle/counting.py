"""How many cases each side of the contract ran, per operation (the run's closing summary).

Whatever runs a case against the server (the sandbox) or the client calls `count`; conftest's autouse
fixture attributes the cases a test ran to that test's report (`user_properties`), which pytest-xdist
carries from its workers, and the terminal summary adds them up.
"""

from __future__ import annotations

from collections import Counter

SERVER, CLIENT = "server", "client"
SIDES = (SERVER, CLIENT)
PROPERTY = "contract_cases"
"""The `user_properties` key of a report's counts: {(operationId, side): cases}."""

CASES: Counter[tuple[str, str]] = Counter()


def count(operation_id: str, side: str, cases: int = 1) -> None:
    CASES[(operation_id, side)] += cases


def since(before: Counter[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The cases counted since the snapshot `before` (a copy of `CASES`)."""
    return {key: n - before.get(key, 0) for key, n in CASES.items() if n > before.get(key, 0)}
