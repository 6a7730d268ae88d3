"""The checkout page and the dashboard over real HTTP: what they show, that merchant-supplied text is escaped
(markup, quotes, bidi overrides, javascript: URLs), and that their forms act for the sandbox's own pages only."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import httpx
import pytest
from sandbox_helpers import SignedClient
from test_sandbox_merchant import QUERY, call, create, merchant, refund
from webhook_receiver import Receiver

HOSTILE = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>\u202egnp.exe&amp;"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    made = Receiver()
    yield made
    made.close()


def hostile_order(client: SignedClient, **changes: object) -> dict[str, object]:
    goods = {
        "goodsType": "02",
        "goodsCategory": "Z000",
        "referenceGoodsId": "sku1",
        "goodsName": "Ice <b>cream</b>",
        "goodsDetail": HOSTILE,
        "goodsQuantity": "2",
    }
    values: dict[str, object] = {
        "description": HOSTILE,
        "goodsDetails": [goods],
        "returnUrl": 'https://shop.example/thanks?a=1&b="2"',
        "cancelUrl": "javascript:alert(3)",
        "passThroughInfo": HOSTILE,
    }
    values.update(changes)
    return create(client, "25.17", **values)


def assert_no_markup_from(page: str) -> None:
    assert (
        "<script>" not in page
        and "<img" not in page
        and "onerror=alert" not in page.replace("onerror=alert(2)&gt;", "")
    )
    assert "javascript:" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#x27;&gt;&lt;img src=x onerror=alert(2)&gt;" in page
    assert "<bdi>" in page and "&amp;amp;" in page


def own_origin(client: SignedClient) -> dict[str, str]:
    return {**FORM, "Origin": client.sandbox.url, "Sec-Fetch-Site": "same-origin"}


def test_checkout_page_shows_the_order_escaped(receiver: Receiver) -> None:
    with merchant(receiver) as client:
        order = hostile_order(client)
        page = httpx.get(str(order["checkoutUrl"]), trust_env=False)
        assert page.status_code == 200 and page.headers["content-type"] == "text/html; charset=utf-8"
        assert "default-src 'none'" in page.headers["content-security-policy"]
        text = page.text
        assert_no_markup_from(text)
        assert "25.17000000</bdi> <bdi>USDT" in text and "98765987" in text
        assert "Ice &lt;b&gt;cream&lt;/b&gt;" in text
        assert re.search(r"\d+ min \d+ s left", text)
        assert "<svg" in text and 'class="segno"' in text
        assert f'action="/checkout/{order["prepayId"]}/pay"' in text and "Cancel" in text


def test_pay_form_pays_sends_the_webhook_and_links_back(receiver: Receiver) -> None:
    with merchant(receiver) as client:
        order = hostile_order(client)
        prepay_id = order["prepayId"]
        answer = client.http.post(f"/checkout/{prepay_id}/pay", content=b"", headers=own_origin(client))
        assert (answer.status_code, answer.headers["location"]) == (303, f"/checkout/{prepay_id}")
        assert call(client, QUERY, {"prepayId": prepay_id})["data"]["status"] == "PAID"
        assert receiver.wait(1)[0].notification()["bizStatus"] == "PAY_SUCCESS"
        page = client.http.get(f"/checkout/{prepay_id}").text
        assert "Payment complete" in page and 'action="' not in page
        assert 'href="https://shop.example/thanks?a=1&amp;b=&quot;2&quot;"' in page
        again = client.http.post(f"/checkout/{prepay_id}/pay", headers=own_origin(client))
        assert again.status_code == 409 and "not INITIAL" in again.text


def test_cancel_form_closes_and_never_links_a_javascript_url(receiver: Receiver) -> None:
    with merchant(receiver) as client:
        order = hostile_order(client)
        prepay_id = order["prepayId"]
        assert client.http.post(f"/checkout/{prepay_id}/cancel", headers=own_origin(client)).status_code == 303
        assert call(client, QUERY, {"prepayId": prepay_id})["data"]["status"] == "CANCELED"
        page = client.http.get(f"/checkout/{prepay_id}").text
        assert "Payment cancelled" in page and "javascript:" not in page and "gave no URL" in page
        linked = hostile_order(client, cancelUrl="http://shop.example/cart")
        client.http.post(f"/checkout/{linked['prepayId']}/cancel", headers=own_origin(client))
        assert 'href="http://shop.example/cart"' in client.http.get(f"/checkout/{linked['prepayId']}").text


@pytest.mark.parametrize(
    "headers",
    [{"Origin": "https://evil.example"}, {"Origin": "null"}, {"Sec-Fetch-Site": "cross-site"}],
    ids=["foreign-origin", "null-origin", "cross-site"],
)
def test_checkout_forms_refuse_other_sites(headers: dict[str, str]) -> None:
    with merchant() as client:
        prepay_id = create(client)["prepayId"]
        for action in ("pay", "cancel"):
            answer = client.http.post(f"/checkout/{prepay_id}/{action}", content=b"x=1", headers={**FORM, **headers})
            assert answer.status_code == 403 and "cross-origin request refused" in answer.text
        assert call(client, QUERY, {"prepayId": prepay_id})["data"]["status"] == "INITIAL"


def test_unknown_orders_and_actions() -> None:
    with merchant() as client:
        assert client.http.get("/checkout/123").status_code == 404
        assert client.http.get("/checkout/%3Cscript%3E").text.count("<script>") == 0
        prepay_id = create(client)["prepayId"]
        assert client.http.post(f"/checkout/{prepay_id}/refund", headers=own_origin(client)).status_code == 404
        assert client.http.get(f"/checkout/{prepay_id}/pay").status_code == 405
        assert client.http.post(f"/checkout/{prepay_id}", headers=own_origin(client)).status_code == 405


def test_dashboard_lists_everything_newest_first_escaped_with_resend(receiver: Receiver) -> None:
    receiver.replies = [(503, b"down")]
    with merchant(receiver) as client:
        first = hostile_order(client, merchantTradeNo="firstOrder")
        second = create(client, merchantTradeNo="secondOrder")
        client.http.post(f"/sandbox/orders/{first['prepayId']}/pay")
        refund(client, str(first["prepayId"]), "1.17", request_id="refund-<i>1</i>")
        receiver.wait(3)
        deadline = time.monotonic() + 10
        while "retrying" in (page := client.http.get("/").text) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert page.index("secondOrder") < page.index("firstOrder")  # newest first
        assert "refund-&lt;i&gt;1&lt;/i&gt;" in page and "<i>" not in page
        assert "<bdi>HTTP 503</bdi>" in page and "delivered (HTTP <bdi>200</bdi>)" in page
        assert page.index("PAY_REFUND") < page.index("PAY_SUCCESS")
        assert 'action="/dashboard/webhooks/1/resend"' in page
        assert "Transfers" in page and "Payouts" in page and second["prepayId"] in page
        resent = client.http.post("/dashboard/webhooks/1/resend", headers=own_origin(client))
        assert (resent.status_code, resent.headers["location"]) == (303, "/#deliveries")
        assert receiver.wait(4)[3].notification()["bizStatus"] == "PAY_SUCCESS"  # delivery 1, again
        foreign = client.http.post("/dashboard/webhooks/1/resend", headers={"Origin": "https://evil.example"})
        assert foreign.status_code == 403
        assert client.http.post("/dashboard/webhooks/99/resend", headers=own_origin(client)).status_code == 404
