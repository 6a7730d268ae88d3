"""Every result code, each reached by a genuinely bad request, with the spec's HTTP status."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from binance_pay_sandbox import SandboxConfig
from sandbox_helpers import (
    BALANCE_PATH,
    SAMPLE_BODY,
    MakeClient,
    SignedClient,
    new_nonce,
    now_ms,
    sign,
    spec_http_status,
)

HTTP_STATUS = spec_http_status()
KEY_HEADER = "BinancePay-Certificate-SN"


def assert_fail(response: httpx.Response, code: str) -> dict[str, Any]:
    assert response.headers["content-type"] == "application/json"
    body: dict[str, Any] = response.json()
    assert body["status"] == "FAIL", body
    assert body["code"] == code, body
    assert response.status_code == HTTP_STATUS[code], (response.status_code, body)
    assert isinstance(body["errorMessage"], str)
    assert 0 < len(body["errorMessage"]) <= 256
    assert "data" not in body
    return body


# --- 400002 INVALID_SIGNATURE


def test_wrong_signature(client: SignedClient) -> None:
    body = assert_fail(client.post(secret="not-the-secret"), "400002")
    assert "BinancePay-Signature" in body["errorMessage"]
    assert client.sandbox.config.secret_key not in body["errorMessage"]


def test_signature_over_other_bytes(client: SignedClient) -> None:
    ts, nonce = now_ms(), "b" * 32
    headers = client.headers(SAMPLE_BODY, timestamp=ts, nonce=nonce)
    spaced = b'{"wallet": "SPOT_WALLET", "currency": "USDT"}'
    assert_fail(client.http.post(BALANCE_PATH, content=spaced, headers=headers), "400002")


def test_lowercase_signature_is_wrong(client: SignedClient) -> None:
    ts, nonce = now_ms(), "c" * 32
    sig = sign(client.sandbox.config.secret_key, ts, nonce, SAMPLE_BODY).lower()
    assert_fail(client.post(timestamp=ts, nonce=nonce, override={"BinancePay-Signature": sig}), "400002")


def test_missing_signature(client: SignedClient) -> None:
    assert_fail(client.post(drop=("BinancePay-Signature",)), "400002")


# --- 400003 INVALID_TIMESTAMP


@pytest.mark.parametrize("delta_ms", [-5_000, -1_500, 1_500, 60_000])
def test_timestamp_outside_window(client: SignedClient, delta_ms: int) -> None:
    body = assert_fail(client.post(timestamp=str(int(now_ms()) + delta_ms)), "400003")
    assert "BinancePay-Timestamp" in body["errorMessage"]


@pytest.mark.parametrize("timestamp", ["abc", "", "17000000000.5", "-1700000000000", "1" * 40, "\uff11\uff17\uff10"])
def test_non_numeric_timestamp(client: SignedClient, timestamp: str) -> None:
    raw = timestamp.encode("utf-8")
    headers = client.headers(SAMPLE_BODY)
    headers["BinancePay-Timestamp"] = raw  # type: ignore[assignment]
    assert_fail(client.http.post(BALANCE_PATH, content=SAMPLE_BODY, headers=headers), "400003")


def test_missing_timestamp(client: SignedClient) -> None:
    assert_fail(client.post(drop=("BinancePay-Timestamp",)), "400003")


# --- 400004 INVALID_API_KEY_OR_IP and 400005 BAD_API_KEY_FMT


def test_unknown_api_key(client: SignedClient) -> None:
    assert_fail(client.post(api_key="UnknownMerchant0123456789"), "400004")


@pytest.mark.parametrize(
    "api_key", ["", "short", "has-dash-0123456789", "spaces in key 0123456", "k" * 129, "ключ0123456789abcdef"]
)
def test_malformed_api_key(client: SignedClient, api_key: str) -> None:
    headers = client.headers(SAMPLE_BODY)
    headers[KEY_HEADER] = api_key.encode("utf-8")  # type: ignore[assignment]
    body = assert_fail(client.http.post(BALANCE_PATH, content=SAMPLE_BODY, headers=headers), "400005")
    assert KEY_HEADER in body["errorMessage"]


def test_missing_api_key(client: SignedClient) -> None:
    assert_fail(client.post(drop=(KEY_HEADER,)), "400005")


# --- 400006 BAD_HTTP_METHOD


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_wrong_method(client: SignedClient, method: str) -> None:
    headers = client.headers(SAMPLE_BODY)
    response = client.http.request(method, BALANCE_PATH, content=SAMPLE_BODY, headers=headers)
    assert_fail(response, "400006")
    assert response.headers["allow"] == "POST"


# --- 400007 MEDIA_TYPE_NOT_SUPPORTED


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "application/jsonx", "multipart/form-data", ""]
)
def test_wrong_media_type(client: SignedClient, content_type: str) -> None:
    body = assert_fail(client.post(override={"Content-Type": content_type}), "400007")
    assert "Content-Type" in body["errorMessage"]


def test_missing_media_type(client: SignedClient) -> None:
    assert_fail(client.post(drop=("Content-Type",)), "400007")


@pytest.mark.parametrize("content_type", ["application/json;charset=utf-8", "Application/JSON; charset=UTF-8"])
def test_media_type_parameters_allowed(client: SignedClient, content_type: str) -> None:
    assert client.post(override={"Content-Type": content_type}).status_code == 200


# --- 400008 INVALID_REQUEST_BODY


@pytest.mark.parametrize(
    "raw",
    [b"", b"{", b"not json", b'["SPOT_WALLET","USDT"]', b'"SPOT_WALLET"', b"null", b"42", b"\xff\xfe{}", b"[" * 3000],
)
def test_body_not_a_json_object(client: SignedClient, raw: bytes) -> None:
    assert_fail(client.post(raw), "400008")


# --- 400100 MANDATORY_PARAM_EMPTY_OR_MALFORMED


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"currency": "USDT"}, "wallet"),
        ({"wallet": "SPOT_WALLET"}, "currency"),
        ({}, "wallet"),
        ({"wallet": None, "currency": "USDT"}, "wallet"),
        ({"wallet": "SPOT_WALLET", "currency": None}, "currency"),
        ({"wallet": "SPOT_WALLET", "currency": ""}, "currency"),
        ({"wallet": "", "currency": "USDT"}, "wallet"),
    ],
)
def test_missing_null_or_empty(client: SignedClient, body: dict[str, Any], field: str) -> None:
    message = assert_fail(client.post(body), "400100")["errorMessage"]
    assert message.startswith(f"{field}:")


# --- 400101 INVALID_PARAM_WRONG_LENGTH


def test_currency_too_long(client: SignedClient) -> None:
    message = assert_fail(client.post({"wallet": "SPOT_WALLET", "currency": "A" * 21}), "400101")["errorMessage"]
    assert message == "currency: must be at most 20 characters"
    assert client.post({"wallet": "SPOT_WALLET", "currency": "A" * 20}).status_code == 200


# --- 400102 INVALID_PARAM_WRONG_VALUE


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        (b'{"wallet":"MARGIN_WALLET","currency":"USDT"}', "wallet"),
        (b'{"wallet":"spot_wallet","currency":"USDT"}', "wallet"),
        (b'{"wallet":"SPOT_WALLET","currency":123}', "currency"),
        (b'{"wallet":"SPOT_WALLET","currency":1.5}', "currency"),
        (b'{"wallet":"SPOT_WALLET","currency":["USDT"]}', "currency"),
        (b'{"wallet":true,"currency":"USDT"}', "wallet"),
        (b'{"wallet":{"a":1},"currency":"USDT"}', "wallet"),
        (b'{"wallet":"SPOT_WALLET","currency":' + b"9" * 5000 + b"}", "currency"),
    ],
)
def test_value_out_of_range(make_client: MakeClient, client: SignedClient, raw: bytes, field: str) -> None:
    target = client
    if len(raw) > 4096:
        with make_client(SandboxConfig(max_body_bytes=8192)) as big:
            assert_fail(big.post(raw), "400102")
        return
    message = assert_fail(target.post(raw), "400102")["errorMessage"]
    assert message.startswith(f"{field}:")


def test_unknown_wallet_message_names_the_enum(client: SignedClient) -> None:
    message = assert_fail(client.post({"wallet": "MARGIN_WALLET", "currency": "USDT"}), "400102")["errorMessage"]
    assert message == "wallet: must be one of FUNDING_WALLET, SPOT_WALLET"


# --- 400103 INVALID_PARAM_ILLEGAL_CHAR


@pytest.mark.parametrize("currency", ["usdt", "Usdt", "US-DT", "USDT\n", "US DT", "ÜSDT", "USDT\u0000"])
def test_illegal_characters(client: SignedClient, currency: str) -> None:
    message = assert_fail(client.post({"wallet": "SPOT_WALLET", "currency": currency}), "400103")["errorMessage"]
    assert message == "currency: must match ^[A-Z0-9]+$"


# --- 400104 INVALID_REQUEST_TOO_LARGE


def test_body_over_limit_by_content_length(client: SignedClient) -> None:
    raw = b'{"wallet":"SPOT_WALLET","currency":"USDT","pad":"' + b"x" * 5000 + b'"}'
    assert_fail(client.post(raw), "400104")


def test_body_exactly_at_limit_is_read(client: SignedClient) -> None:
    prefix = b'{"wallet":"SPOT_WALLET","currency":"USDT"'
    raw = prefix + b" " * (4096 - len(prefix) - 1) + b"}"
    assert len(raw) == 4096
    assert client.post(raw).status_code == 200


def test_body_over_limit_chunked(client: SignedClient) -> None:
    raw = b'{"wallet":"SPOT_WALLET","currency":"USDT"' + b" " * 5000 + b"}"
    headers = client.headers(raw)

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(raw), 1000):
            yield raw[start : start + 1000]

    response = client.http.post(BALANCE_PATH, content=chunks(), headers=headers)
    assert "content-length" not in response.request.headers
    assert_fail(response, "400104")


def test_configured_limit(make_client: MakeClient) -> None:
    with make_client(SandboxConfig(max_body_bytes=16)) as small:
        assert_fail(small.post(), "400104")


# --- 400001 INVALID_REQUEST


def test_unknown_extra_field(client: SignedClient) -> None:
    message = assert_fail(client.post({"wallet": "SPOT_WALLET", "currency": "USDT", "extra": 1}), "400001")[
        "errorMessage"
    ]
    assert "extra" in message


@pytest.mark.parametrize("nonce", ["a" * 31, "a" * 33, "-" * 32, "abcdefghijklmnopqrstuvwxyzABCDE_", "é" * 32])
def test_bad_nonce_shape(client: SignedClient, nonce: str) -> None:
    headers = client.headers(SAMPLE_BODY)
    headers["BinancePay-Nonce"] = nonce.encode("utf-8")  # type: ignore[assignment]
    message = assert_fail(client.http.post(BALANCE_PATH, content=SAMPLE_BODY, headers=headers), "400001")[
        "errorMessage"
    ]
    assert "BinancePay-Nonce" in message


def test_missing_nonce(client: SignedClient) -> None:
    assert_fail(client.post(drop=("BinancePay-Nonce",)), "400001")


def test_replayed_request_is_refused(client: SignedClient) -> None:
    headers = client.headers(SAMPLE_BODY)
    assert client.http.post(BALANCE_PATH, content=SAMPLE_BODY, headers=headers).status_code == 200
    replay = client.http.post(BALANCE_PATH, content=SAMPLE_BODY, headers=headers)
    message = assert_fail(replay, "400001")["errorMessage"]
    assert message == "BinancePay-Nonce: already used within the recvWindow"
    assert "990000" not in replay.text


def test_reused_nonce_with_a_new_timestamp_is_refused(client: SignedClient) -> None:
    nonce = new_nonce()
    assert client.post(nonce=nonce).status_code == 200
    assert_fail(client.post(nonce=nonce, timestamp=str(int(now_ms()) + 1)), "400001")
    assert client.post().status_code == 200  # a fresh nonce is fine


def test_unsigned_request_does_not_use_up_a_nonce(client: SignedClient) -> None:
    nonce = new_nonce()
    assert_fail(client.post(nonce=nonce, secret="wrong"), "400002")
    assert_fail(client.post(nonce=nonce, api_key="UnknownMerchant0123456789"), "400004")
    assert client.post(nonce=nonce).status_code == 200


def test_a_nonce_is_used_up_even_by_a_request_with_a_bad_body(client: SignedClient) -> None:
    nonce = new_nonce()
    assert_fail(client.post({"wallet": "NOPE", "currency": "USDT"}, nonce=nonce), "400102")
    assert_fail(client.post(nonce=nonce), "400001")


def test_a_nonce_is_remembered_only_for_the_window(make_client: MakeClient) -> None:
    with make_client(SandboxConfig(recv_window_ms=200)) as client:
        nonce = new_nonce()
        assert client.post(nonce=nonce).status_code == 200
        assert_fail(client.post(nonce=nonce), "400001")
        time.sleep(0.5)  # past ts + window and now + window
        assert client.post(nonce=nonce).status_code == 200


def test_unknown_path(client: SignedClient) -> None:
    for path in ("/", "/binancepay/openapi/balance/", "/binancepay/openapi/v9/balance", "/nope"):
        response = client.http.post(path, content=SAMPLE_BODY, headers=client.headers(SAMPLE_BODY))
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/json"
        assert response.json()["code"] == "400001"


# --- 400000 UNKNOWN_ERROR, only by injection


def test_unknown_error_by_injection(make_client: MakeClient) -> None:
    with make_client(SandboxConfig(inject_unknown_error=1.0)) as client:
        assert_fail(client.post(), "400000")
        # injection only replaces otherwise successful answers
        assert_fail(client.post(secret="wrong"), "400002")


def test_no_injection_by_default(client: SignedClient) -> None:
    assert all(client.post().status_code == 200 for _ in range(20))


# --- the order of the checks


def test_check_order(client: SignedClient) -> None:
    big = b"{" + b" " * 5000 + b"}"
    headers = client.headers(SAMPLE_BODY)
    # method before media type
    response = client.http.put(BALANCE_PATH, content=SAMPLE_BODY, headers={**headers, "Content-Type": "text/plain"})
    assert_fail(response, "400006")
    # media type before size
    assert_fail(client.post(big, override={"Content-Type": "text/plain"}), "400007")
    # size before auth
    assert_fail(client.post(big, override={KEY_HEADER: "bad"}), "400104")
    # key format before unknown key... before timestamp
    assert_fail(client.post(override={KEY_HEADER: "bad", "BinancePay-Timestamp": "x"}), "400005")
    assert_fail(client.post(api_key="UnknownMerchant0123456789", timestamp="1"), "400004")
    # timestamp before nonce before signature
    assert_fail(client.post(timestamp="1", nonce="short"), "400003")
    assert_fail(client.post(nonce="short", override={"BinancePay-Signature": "0"}), "400001")
    # signature before the body
    assert_fail(client.post(b"not json", override={"BinancePay-Signature": "0"}), "400002")
    # JSON object before fields
    assert_fail(client.post(b"[1]"), "400008")
    # required before unknown fields before per-field rules
    assert_fail(client.post({"currency": "usdt", "x": 1}), "400100")
    assert_fail(client.post({"wallet": "NOPE", "currency": "usdt", "x": 1}), "400001")
    assert_fail(client.post({"wallet": "NOPE", "currency": "usdt"}), "400102")
    assert_fail(client.post({"wallet": "SPOT_WALLET", "currency": "u" * 21}), "400101")
