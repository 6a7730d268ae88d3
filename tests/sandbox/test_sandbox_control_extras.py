"""The control surface beyond paying, over real HTTP and from `binance-pay sandbox <subcommand>`: cancel as the
buyer, expire now, advance the clock, script the next results of an operation, list and resend webhooks."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from binance_pay_sandbox._cli import build_parser, main
from sandbox_helpers import SignedClient
from test_sandbox_merchant import CLOSE, QUERY, call, create, merchant
from webhook_receiver import Receiver


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    made = Receiver()
    yield made
    made.close()


def control(client: SignedClient, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
    answer: dict[str, Any] = client.http.post(path, json=body or {}).json()
    return answer


def settled_deliveries(client: SignedClient, timeout: float = 10.0) -> list[dict[str, Any]]:
    """GET /sandbox/webhooks once no delivery is in flight any more."""
    deadline = time.monotonic() + timeout
    while True:
        deliveries: list[dict[str, Any]] = client.http.get("/sandbox/webhooks").json()["data"]
        if all(d["state"] != "retrying" for d in deliveries) or time.monotonic() > deadline:
            return deliveries
        time.sleep(0.02)


def status(client: SignedClient, prepay_id: str) -> str:
    value: str = call(client, QUERY, {"prepayId": prepay_id})["data"]["status"]
    return value


def test_cancel_as_the_buyer_closes_the_order_and_sends_pay_closed(receiver: Receiver) -> None:
    with merchant(receiver) as client:
        prepay_id = create(client)["prepayId"]
        answer = control(client, f"/sandbox/orders/{prepay_id}/cancel")
        assert (answer["status"], answer["data"]["status"]) == ("SUCCESS", "CANCELED")
        assert status(client, prepay_id) == "CANCELED"
        [webhook] = receiver.wait(1)
        assert (webhook.notification()["bizStatus"], webhook.notification()["bizIdStr"]) == ("PAY_CLOSED", prepay_id)
        again = control(client, f"/sandbox/orders/{prepay_id}/cancel")
        assert (again["status"], again["code"]) == ("FAIL", "400204")
        assert control(client, "/sandbox/orders/123/cancel")["code"] == "400202"


def test_expire_now_makes_the_order_expired(receiver: Receiver) -> None:
    with merchant(receiver) as client:
        prepay_id = create(client)["prepayId"]
        assert control(client, f"/sandbox/orders/{prepay_id}/expire")["data"]["status"] == "EXPIRED"
        assert status(client, prepay_id) == "EXPIRED"
        assert receiver.wait(1)[0].notification()["bizStatus"] == "PAY_CLOSED"
        assert control(client, f"/sandbox/orders/{prepay_id}/pay")["code"] == "400204"


def test_advancing_the_clock_expires_due_orders_and_keeps_signed_calls_working(receiver: Receiver) -> None:
    with merchant(receiver) as client:
        soon, later = create(client)["prepayId"], create(client)["prepayId"]
        answer = control(client, "/sandbox/clock/advance", {"seconds": 1800})
        assert answer["data"]["clockAdvanceMs"] == 1_800_000
        assert (status(client, soon), status(client, later)) == ("INITIAL", "INITIAL")
        control(client, "/sandbox/clock/advance", {"seconds": 1801})
        assert (status(client, soon), status(client, later)) == ("EXPIRED", "EXPIRED")
        assert len(receiver.wait(2)) == 2
        for bad in ({"seconds": 0}, {"seconds": -5}, {"seconds": "10"}, {}, {"seconds": 1e12}):
            assert control(client, "/sandbox/clock/advance", bad)["status"] == "FAIL", bad


def test_next_result_answers_a_chosen_code_for_the_next_calls_only() -> None:
    with merchant() as client:
        prepay_id = create(client)["prepayId"]
        scripted = control(client, "/sandbox/operations/closeOrder/next-result", {"code": "400204", "times": 2})
        assert scripted["data"]["pending"] == {"closeOrder": ["INVALID_ORDER_STATUS"] * 2}
        for _ in range(2):
            assert call(client, CLOSE, {"prepayId": prepay_id})["code"] == "400204"
        assert status(client, prepay_id) == "INITIAL"
        assert call(client, CLOSE, {"prepayId": prepay_id})["status"] == "SUCCESS"
        control(client, "/sandbox/operations/queryOrderV2/next-result", {"code": "ORDER_NOT_FOUND"})
        assert call(client, QUERY, {"prepayId": prepay_id})["code"] == "400202"
        assert call(client, QUERY, {"prepayId": prepay_id})["data"]["status"] == "CANCELED"


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/sandbox/operations/noSuchOperation/next-result", {"code": "400204"}),
        ("/sandbox/operations/closeOrder/next-result", {"code": "NOT_A_CODE"}),
        ("/sandbox/operations/closeOrder/next-result", {"code": "TOO_MANY_REFUND_ATTEMPTS"}),  # not closeOrder's
        ("/sandbox/operations/closeOrder/next-result", {"code": "400204", "times": 0}),
    ],
)
def test_next_result_refuses_what_the_operation_cannot_answer(path: str, body: dict[str, Any]) -> None:
    with merchant() as client:
        answer = control(client, path, body)
        assert (answer["status"], answer["code"]) == ("FAIL", "400102")


def test_webhooks_are_listed_with_their_attempts_and_can_be_resent(receiver: Receiver) -> None:
    receiver.replies = [(500, b"busy")]
    with merchant(receiver) as client:
        prepay_id = create(client)["prepayId"]
        control(client, f"/sandbox/orders/{prepay_id}/pay")
        receiver.wait(2)
        [delivery] = settled_deliveries(client)
        assert (delivery["bizType"], delivery["bizStatus"], delivery["state"]) == ("PAY", "PAY_SUCCESS", "delivered")
        assert [a["httpStatus"] for a in delivery["attempts"]] == [500, 200]
        assert delivery["headers"]["BinancePay-Signature"]
        resent = control(client, f"/sandbox/webhooks/{delivery['deliveryId']}/resend")
        assert resent["status"] == "SUCCESS"
        assert receiver.wait(3)[2].body == receiver.received[1].body
        assert control(client, "/sandbox/webhooks/999/resend")["code"] == "400102"


def test_the_new_routes_refuse_cross_site_requests_as_pay_does() -> None:
    with merchant() as client:
        prepay_id = create(client)["prepayId"]
        for path in (
            f"/sandbox/orders/{prepay_id}/cancel",
            "/sandbox/clock/advance",
            f"/sandbox/orders/{prepay_id}/expire",
        ):
            refused = client.http.post(path, json={"seconds": 1}, headers={"Origin": "https://evil.example"})
            assert refused.status_code == 403
            form = client.http.post(
                path, content=b"seconds=1", headers={"Content-Type": "application/x-www-form-urlencoded"}
            )
            assert form.status_code == 415
        assert status(client, prepay_id) == "INITIAL"


def test_subcommands_drive_the_control_surface(receiver: Receiver, capsys: pytest.CaptureFixture[str]) -> None:
    with merchant(receiver) as client:
        url = client.sandbox.url
        cancelled, expired, timed_out = (create(client) for _ in range(3))
        assert main(["cancel", cancelled["prepayId"], "--base-url", url]) == 0
        assert capsys.readouterr().out == f"order {cancelled['prepayId']} ({cancelled['merchantTradeNo']}): CANCELED\n"
        assert main(["expire", expired["prepayId"], "--base-url", url]) == 0
        assert capsys.readouterr().out.endswith(": EXPIRED\n")
        assert main(["advance-clock", "3601", "--base-url", url]) == 0
        assert capsys.readouterr().out == "sandbox clock advanced by 3601000 ms in all\n"
        assert status(client, timed_out["prepayId"]) == "EXPIRED"
        assert main(["next-result", "queryOrderV2", "ORDER_NOT_FOUND", "--times", "3", "--base-url", url]) == 0
        assert (
            capsys.readouterr().out
            == 'scripted: {"queryOrderV2": ["ORDER_NOT_FOUND", "ORDER_NOT_FOUND", "ORDER_NOT_FOUND"]}\n'
        )
        receiver.wait(3)
        settled_deliveries(client)
        assert main(["resend", "1", "--base-url", url]) == 0
        assert capsys.readouterr().out.startswith("webhook 1: resending to http://127.0.0.1:")
        assert main(["cancel", cancelled["prepayId"], "--base-url", url]) == 1
        assert "400204" in capsys.readouterr().err
        assert main(["advance-clock", "soon", "--base-url", url]) == 1
        assert "not a number of seconds" in capsys.readouterr().err
    help_text = build_parser().format_help()
    for name in ("pay", "cancel", "expire", "advance-clock", "next-result", "resend"):
        assert f"binance-pay sandbox {name}" in help_text
