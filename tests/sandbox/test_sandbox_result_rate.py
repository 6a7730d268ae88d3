"""next-result by rate: a share of an operation's calls answers a chosen result code, drawn by a seeded
`random.Random`, until rate 0 or the reset route; over HTTP, from the subcommands and from the plugin."""

from __future__ import annotations

import random
from typing import Any

import pytest
from binance_pay import BinancePayClient
from binance_pay.errors import OrderNotFoundError
from binance_pay_sandbox._cli import main
from binance_pay_sandbox.pytest_plugin import SandboxFixture
from sandbox_helpers import SignedClient
from test_sandbox_control_extras import control
from test_sandbox_merchant import QUERY, call, create, merchant
from test_sandbox_plugin import new_order

NEXT = "/sandbox/operations/queryOrderV2/next-result"
RESET = "/sandbox/operations/queryOrderV2/reset"


def answered_codes(client: SignedClient, prepay_id: str, calls: int) -> list[bool]:
    """For each of `calls` queries: whether it answered ORDER_NOT_FOUND."""
    return [call(client, QUERY, {"prepayId": prepay_id})["code"] == "400202" for _ in range(calls)]


def test_rate_one_answers_the_code_on_every_call_until_rate_zero() -> None:
    with merchant() as client:
        prepay_id = create(client)["prepayId"]
        answer = control(client, NEXT, {"code": "ORDER_NOT_FOUND", "rate": 1.0})
        assert answer["data"]["rates"] == {"queryOrderV2": {"code": "ORDER_NOT_FOUND", "rate": 1.0, "seed": 0}}
        assert answered_codes(client, prepay_id, 10) == [True] * 10
        assert control(client, NEXT, {"code": "ORDER_NOT_FOUND", "rate": 0})["data"]["rates"] == {}
        assert answered_codes(client, prepay_id, 3) == [False] * 3


def test_a_seeded_rate_answers_a_deterministic_subset_of_calls() -> None:
    draws = random.Random(7)
    expected = [draws.random() < 0.3 for _ in range(30)]
    assert 0 < sum(expected) < 30
    with merchant() as client:
        prepay_id = create(client)["prepayId"]
        control(client, NEXT, {"code": "ORDER_NOT_FOUND", "rate": 0.3, "seed": 7})
        assert answered_codes(client, prepay_id, 30) == expected
        control(client, NEXT, {"code": "ORDER_NOT_FOUND", "rate": 0.3, "seed": 7})  # the same draw again
        assert answered_codes(client, prepay_id, 30) == expected


def test_queued_times_come_before_the_rate_and_reset_forgets_both() -> None:
    with merchant() as client:
        prepay_id = create(client)["prepayId"]
        control(client, NEXT, {"code": "ORDER_NOT_FOUND", "times": 2})
        control(client, NEXT, {"code": "UNKNOWN_ERROR", "rate": 1})
        codes = [call(client, QUERY, {"prepayId": prepay_id})["code"] for _ in range(3)]
        assert codes == ["400202", "400202", "400000"]
        control(client, NEXT, {"code": "ORDER_NOT_FOUND", "times": 1})
        assert control(client, RESET)["data"] == {"pending": {}, "rates": {}}
        assert answered_codes(client, prepay_id, 3) == [False] * 3
        assert control(client, "/sandbox/operations/noSuchOperation/reset")["code"] == "400102"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"code": "ORDER_NOT_FOUND", "rate": 1.5}, "rate"),
        ({"code": "ORDER_NOT_FOUND", "rate": -0.1}, "rate"),
        ({"code": "ORDER_NOT_FOUND", "rate": "0.3"}, "rate"),
        ({"code": "ORDER_NOT_FOUND", "rate": 0.3, "times": 2}, "times, rate"),
        ({"code": "ORDER_NOT_FOUND", "rate": 0.3, "seed": 1.5}, "seed"),
        ({"code": "ORDER_NOT_FOUND", "rate": 0.3, "seed": -1}, "seed"),
        ({"code": "NOT_A_CODE", "rate": 0.3}, "code NOT_A_CODE"),
        ({"code": "ORDER_NOT_FOUND", "times": "2"}, "times"),
    ],
)
def test_a_bad_rate_is_refused_naming_the_field(client: SignedClient, body: dict[str, Any], field: str) -> None:
    answer = control(client, NEXT, body)
    assert (answer["status"], answer["code"]) == ("FAIL", "400102")
    assert answer["errorMessage"].startswith(f"{field}: ")


def test_the_subcommands_set_and_reset_a_rate(capsys: pytest.CaptureFixture[str]) -> None:
    with merchant() as client:
        url = client.sandbox.url
        prepay_id = create(client)["prepayId"]
        assert main(["next-result", "queryOrderV2", "400202", "--rate", "1", "--seed", "4", "--base-url", url]) == 0
        out = capsys.readouterr().out
        assert out == 'scripted: {}; rates: {"queryOrderV2": {"code": "ORDER_NOT_FOUND", "rate": 1.0, "seed": 4}}\n'
        assert answered_codes(client, prepay_id, 2) == [True, True]
        assert main(["reset-results", "queryOrderV2", "--base-url", url]) == 0
        assert capsys.readouterr().out == "scripted: {}\n"
        assert answered_codes(client, prepay_id, 2) == [False, False]
        assert main(["next-result", "queryOrderV2", "400202", "--rate", "2", "--base-url", url]) == 1
        assert "rate: " in capsys.readouterr().err


def test_the_plugin_scripts_a_rate_and_resets_it(
    binance_pay_sandbox: SandboxFixture, binance_pay_client: BinancePayClient
) -> None:
    prepay_id = new_order(binance_pay_client)
    binance_pay_sandbox.next_result("queryOrderV2", "ORDER_NOT_FOUND", rate=1.0, seed=1)
    for _ in range(3):
        with pytest.raises(OrderNotFoundError):
            binance_pay_client.orders.query(prepay_id=prepay_id)
    binance_pay_sandbox.reset_results("queryOrderV2")
    assert binance_pay_client.orders.query(prepay_id=prepay_id).status == "INITIAL"
