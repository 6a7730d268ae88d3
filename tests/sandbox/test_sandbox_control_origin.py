"""Cross-site requests to the control surface: `POST /sandbox/orders/{prepayId}/pay` is unsigned, so it refuses
what a browser sends on behalf of another site (a foreign `Origin`, `Sec-Fetch-Site: cross-site`: 403) and any
body that is not `application/json` (a form post: 415), over real HTTP. The project's own callers still pay."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from binance_pay_sandbox._cli import main
from sandbox_helpers import SignedClient
from test_sandbox_merchant import QUERY, call, create, merchant

FORM = "application/x-www-form-urlencoded"


@pytest.fixture(scope="module")
def client() -> Iterator[SignedClient]:
    with merchant() as signed:
        yield signed


def _post(client: SignedClient, headers: dict[str, str], content: bytes | None = None) -> tuple[httpx.Response, str]:
    """Pay a new order with these headers: (the answer, the order's status after it)."""
    prepay_id = create(client)["prepayId"]
    answer = client.http.post(f"/sandbox/orders/{prepay_id}/pay", headers=headers, content=content)
    return answer, call(client, QUERY, {"prepayId": prepay_id})["data"]["status"]


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://evil.example", "Content-Type": FORM},
        {"Origin": "https://evil.example", "Content-Type": "application/json"},
        {"Origin": "https://evil.example"},
        {"Origin": "null", "Content-Type": "text/plain"},
        {"Origin": "http://127.0.0.1:1"},  # same site, another port: another origin
        {"Sec-Fetch-Site": "cross-site", "Content-Type": "application/json"},
        {"Sec-Fetch-Site": "same-site"},
    ],
    ids=["form", "json", "no-body", "null", "other-port", "fetch-cross-site", "fetch-same-site"],
)
def test_cross_site_request_to_the_control_surface_is_403_and_pays_nothing(
    client: SignedClient, headers: dict[str, str]
) -> None:
    body = b"prepayId=1" if headers.get("Content-Type") == FORM else None
    answer, status = _post(client, headers, body)
    assert answer.status_code == 403
    assert answer.json()["status"] == "FAIL" and answer.json()["code"] == "400001"
    assert "cross-origin request refused" in answer.json()["errorMessage"]
    assert status == "INITIAL"


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        (FORM, b"prepayId=1"),
        ("multipart/form-data; boundary=x", b"--x--\r\n"),
        ("text/plain", b"{}"),
        (None, b"{}"),
    ],
    ids=["form", "multipart", "text-plain", "body-without-type"],
)
def test_cross_site_request_shape_a_body_not_json_is_415_and_pays_nothing(
    client: SignedClient, content_type: str | None, body: bytes
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    answer, status = _post(client, headers, body)
    assert answer.status_code == 415
    assert answer.json()["code"] == "400007"
    assert status == "INITIAL"


def test_cross_site_request_preflight_is_not_granted(client: SignedClient) -> None:
    prepay_id = create(client)["prepayId"]
    preflight = client.http.options(
        f"/sandbox/orders/{prepay_id}/pay",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status_code == 405
    assert not any(name.lower().startswith("access-control-") for name in preflight.headers)


def test_cross_site_request_guard_lets_the_projects_own_callers_pay(
    client: SignedClient, capsys: pytest.CaptureFixture[str]
) -> None:
    url = client.sandbox.url
    port = client.sandbox.port
    allowed = [
        ({"Content-Type": "application/json"}, b"{}"),
        ({"Content-Type": "application/json; charset=utf-8", "Origin": url}, b""),
        ({"Origin": f"http://localhost:{port}", "Sec-Fetch-Site": "same-origin"}, None),
        ({"Sec-Fetch-Site": "none"}, None),
        ({}, None),  # no body, no Content-Type: curl -X POST, httpx.post(url)
    ]
    for headers, body in allowed:
        answer, status = _post(client, headers, body)
        assert (answer.status_code, status) == (200, "PAID"), (headers, answer.text)
    prepay_id = create(client)["prepayId"]
    assert main(["pay", prepay_id, "--base-url", url]) == 0
    assert capsys.readouterr().out.endswith(": PAID\n")
