"""Payout replay: a used `requestId` is refused whatever the repeat says, never paid twice, and Payout Query shows
the batch that was made (currency, total, each receiver and amount) so a client can compare."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from test_sandbox_merchant import PAYOUT, PAYOUT_QUERY, call, funding, merchant


def _batch(request_id: str, receiver: str, amount: str) -> dict[str, Any]:
    return {
        "requestId": request_id,
        "batchName": "rewards",
        "currency": "USDT",
        "totalAmount": Decimal(amount),
        "totalNumber": 1,
        "transferDetailList": [
            {"merchantSendId": "send1", "transferAmount": Decimal(amount), "receiveType": "EMAIL", "receiver": receiver}
        ],
    }


def _refused_as_duplicate(answer: dict[str, Any]) -> bool:
    message = str(answer.get("errorMessage"))
    return (answer["status"], answer["code"]) == ("FAIL", "400102") and message.startswith("requestId: duplicated")


def test_payout_replay_with_the_same_body_is_refused_and_pays_once() -> None:
    with merchant() as client:
        before = funding(client)
        batch = _batch("replay-same", "alice@example.com", "5")
        assert call(client, PAYOUT, batch)["data"] == {"requestId": "replay-same", "status": "ACCEPTED"}
        for _ in range(3):
            assert _refused_as_duplicate(call(client, PAYOUT, batch))
        assert funding(client) == before - Decimal("5")


def test_payout_replay_with_other_receivers_is_refused_and_query_shows_the_original() -> None:
    with merchant() as client:
        before = funding(client)
        assert call(client, PAYOUT, _batch("replay-other", "alice@example.com", "5"))["data"]["status"] == "ACCEPTED"
        assert _refused_as_duplicate(call(client, PAYOUT, _batch("replay-other", "mallory@example.com", "7")))
        assert funding(client) == before - Decimal("5")
        found = call(client, PAYOUT_QUERY, {"requestId": "replay-other"})["data"]
        assert (found["currency"], found["totalAmount"], found["totalNumber"]) == ("USDT", Decimal("5"), 1)
        [detail] = found["transferDetailList"]
        assert (detail["receiver"], detail["amount"], detail["status"]) == (
            "alice@example.com",
            "5.00000000",
            "SUCCESS",
        )


def test_payout_refused_for_its_totals_leaves_the_request_id_unused() -> None:
    with merchant() as client:
        wrong = {**_batch("replay-after-refusal", "alice@example.com", "5"), "totalAmount": Decimal("6")}
        assert call(client, PAYOUT, wrong)["code"] == "400102"
        assert call(client, PAYOUT, _batch("replay-after-refusal", "alice@example.com", "5"))["status"] == "SUCCESS"
