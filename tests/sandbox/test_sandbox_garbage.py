"""Garbage in never yields a 500 or a non-JSON answer."""

from __future__ import annotations

import logging
import random

import httpx
import pytest
from binance_pay_sandbox import SandboxConfig
from binance_pay_sandbox._validation import RequestValidator
from sandbox_helpers import BALANCE_PATH, MakeClient, SignedClient

METHODS = ["POST", "POST", "POST", "GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"]
CONTENT_TYPES = [None, "application/json", "application/json; charset=utf-8", "text/plain", ";;;", "application/json;"]
PATHS = [BALANCE_PATH, BALANCE_PATH, "/", "/openapi.yaml", "/binancepay/openapi/balance//", "/%00", "/é"]
HEADER_NAMES = [
    "BinancePay-Timestamp",
    "BinancePay-Nonce",
    "BinancePay-Certificate-SN",
    "BinancePay-Signature",
    "Content-Length-Extra",
    "X-Odd",
]


def random_value(rng: random.Random) -> bytes:
    alphabet = bytes(range(0x20, 0x7F)) + bytes(range(0x80, 0x100)) + b"\t"
    return bytes(rng.choice(alphabet) for _ in range(rng.randrange(0, 200))).strip()


def random_body(rng: random.Random, client: SignedClient) -> bytes:
    kind = rng.randrange(5)
    if kind == 0:
        return rng.randbytes(rng.randrange(0, 6000))
    if kind == 1:
        return b'{"wallet":"SPOT_WALLET","currency":"' + random_value(rng).replace(b'"', b"") + b'"}'
    if kind == 2:
        return b'{"wallet":' + rng.choice([b"1e999999", b"-0", b"{}", b"[]", b'"\\ud800"', b"NaN", b"1" * 900]) + b"}"
    if kind == 3:
        return b"\xef\xbb\xbf" + b'{"wallet":"SPOT_WALLET","currency":"USDT"}'
    return "".join(rng.choice('{}[]":,\\ 0aé') for _ in range(rng.randrange(0, 300))).encode()


def test_garbage_never_yields_500(client: SignedClient) -> None:
    rng = random.Random(20261124)
    seen: set[int] = set()
    for _ in range(300):
        body = random_body(rng, client)
        signed = rng.random() < 0.5
        signed_headers = client.headers(body) if signed else {}
        headers = {name.encode(): value.encode() for name, value in signed_headers.items()}
        for _ in range(rng.randrange(0, 4)):
            headers[rng.choice(HEADER_NAMES).encode()] = random_value(rng)
        content_type = rng.choice(CONTENT_TYPES)
        if content_type is None:
            headers.pop(b"Content-Type", None)
        else:
            headers[b"Content-Type"] = content_type.encode()
        method = rng.choice(METHODS)
        path = rng.choice(PATHS)
        try:
            response = client.http.request(method, path, content=body, headers=headers)
        except httpx.TransportError:
            continue  # the server may close early on oversize bodies
        seen.add(response.status_code)
        assert response.status_code < 500, (method, path, headers, body[:200], response.text)
        html_page = (path, method) == ("/", "GET")  # the dashboard
        if path != "/openapi.yaml" and method != "HEAD" and not html_page:
            assert response.headers["content-type"] == "application/json"
            envelope = response.json()
            assert envelope["status"] in ("SUCCESS", "FAIL")
            assert len(envelope.get("errorMessage", "")) <= 256
    assert len(seen) >= 5  # the generator really reached many different checks


def test_internal_error_is_a_400001_not_a_500(
    make_client: MakeClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def boom(self: RequestValidator, body: object) -> None:
        raise RuntimeError("planted by the test")

    monkeypatch.setattr(RequestValidator, "validate", boom)
    config = SandboxConfig(secret_key="edge-guard-secret")
    with caplog.at_level(logging.ERROR, logger="binance_pay_sandbox"), make_client(config) as client:
        response = client.post()
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/json"
    assert response.json()["code"] == "400001"
    assert "RuntimeError" in caplog.text
    assert "edge-guard-secret" not in caplog.text
