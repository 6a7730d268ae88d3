"""Predictable ids: every id the sandbox issues (prepayId, refundId, payout and transfer orderId, payerId) is drawn
at random, of its documented length, numeric and unique."""

from __future__ import annotations

import itertools

import pytest
from binance_pay_sandbox import _state
from binance_pay_sandbox._state import RandomIds
from test_sandbox_merchant import create, merchant


def _not_counted(ids: list[int]) -> None:
    steps = [later - earlier for earlier, later in itertools.pairwise(ids)]
    assert not any(step == 1 for step in steps), "two consecutive ids in a row"
    assert ids != sorted(ids) and ids != sorted(ids, reverse=True), "ids are monotonic"
    assert len(set(steps)) > len(steps) // 2, "ids follow a pattern"


@pytest.mark.parametrize("digits", [9, 18])
def test_predictable_ids_1000_are_unique_random_and_of_their_length(digits: int) -> None:
    source = RandomIds(digits)
    ids = [source.next() for _ in range(1000)]
    assert len(set(ids)) == 1000
    assert all(len(str(value)) == digits for value in ids)
    _not_counted(ids)


def test_predictable_ids_a_repeated_draw_is_drawn_again(monkeypatch: pytest.MonkeyPatch) -> None:
    draws = iter([5, 5, 5, 7])
    monkeypatch.setattr(_state.secrets, "randbelow", lambda _span: next(draws))
    source = RandomIds(18)
    assert [source.next(), source.next()] == [10**17 + 5, 10**17 + 7]


def test_predictable_ids_prepay_ids_served_are_random_numeric_and_at_most_19_digits() -> None:
    with merchant() as client:
        prepay_ids = [create(client)["prepayId"] for _ in range(40)]
    assert all(value.isascii() and value.isdigit() and len(value) <= 19 for value in prepay_ids)
    assert len(set(prepay_ids)) == 40
    _not_counted([int(value) for value in prepay_ids])
