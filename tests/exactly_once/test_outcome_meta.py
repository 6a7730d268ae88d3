"""The outcome matrix catches the faults it exists for: each planted fault fails a named row."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import binance_pay._base_client as base_client
import binance_pay._recovery as recovery
import pytest
import test_outcome_matrix as matrix
from binance_pay import BinancePayClient, OutcomeUnknownError
from binance_pay._exceptions import APIConnectionError, BinancePayError, ResultCodeError
from binance_pay._outcome import NotFound
from binance_pay_sandbox import RunningSandbox


def _only_lost_answers_are_unknown(error: BinancePayError) -> bool:
    return isinstance(error, APIConnectionError) and error.sent


def _failed_lookup_reported_as_the_refusal(original: Callable[..., Any]) -> Callable[..., Any]:
    def settled(options: Any, operation: Any, query: Any, sent: Any, last: BinancePayError, existing: Any) -> Any:
        try:
            return original(options, operation, query, sent, last, existing)
        except OutcomeUnknownError:
            raise last from None

    return settled


def _any_refused_lookup_means_nothing_exists(original: Callable[..., Any]) -> Callable[..., Any]:
    def found_record(operation: Any, existing: Any, schema: Any) -> Any:
        try:
            return original(operation, existing, schema)
        except ResultCodeError as error:
            raise NotFound from error

    return found_record


PLANTED = {
    "a_json_5xx_is_not_an_unknown_outcome": (
        (recovery, "attempt_outcome_unknown"),
        lambda _original: _only_lost_answers_are_unknown,
        ("order", "json_500_with_a_refusal_code_after_execution"),
    ),
    "a_failed_lookup_reported_as_the_refusal": (
        (base_client, "settled"),
        _failed_lookup_reported_as_the_refusal,
        ("order", "lookup_fails_with_a_timestamp_error"),
    ),
    "an_undocumented_not_found_trusted": (
        (recovery, "found_record"),
        _any_refused_lookup_means_nothing_exists,
        ("payout", "nothing_done_then_the_retry_refused"),
    ),
}


@pytest.mark.parametrize("planted", sorted(PLANTED))
def test_planted_fault_fails_its_row(
    planted: str, monkeypatch: pytest.MonkeyPatch, sandbox: RunningSandbox, direct: BinancePayClient
) -> None:
    (owner, target), make, (operation_name, fault_name) = PLANTED[planted]
    monkeypatch.setattr(owner, target, make(getattr(owner, target)))
    operation = next(cls for cls in matrix.OPERATIONS if cls.name == operation_name)
    fault = next(fault for fault in matrix.FAULTS if fault.name == fault_name)
    with pytest.raises(AssertionError):
        matrix.test_reported_outcome_matches_what_happened(operation, fault, ("sync", "stdlib"), sandbox, direct)
