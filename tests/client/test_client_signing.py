"""Request signing: the public functions of binance_pay._signing, and the headers of requests actually sent."""

from __future__ import annotations

import hashlib
import hmac
import json

from binance_pay import Secret, _signing
from binance_pay._signing import BinancePayAuth
from binance_pay._spec import SPEC
from client_helpers import (
    API_KEY,
    BALANCE_PATH,
    NONCE_RE,
    SECRET_KEY,
    Scripted,
    assert_signed,
    independent_signature,
    load_spec,
    success_bytes,
)
from hypothesis import given, settings
from hypothesis import strategies as st

VECTOR_SECRET = "test-secret-key-0123456789"
VECTOR_TIMESTAMP = "1700000000000"
VECTOR_NONCE = "abcdefghijklmnopqrstuvwxyzABCDEF"
VECTOR_BODY = b'{"wallet":"SPOT_WALLET","currency":"USDT"}'
SCHEME = SPEC.signing


def keyed(secret: str) -> hmac.HMAC:
    """The keyed HMAC `BinancePayAuth` builds from a secret (what `_signing.sign` expects)."""
    return hmac.new(secret.encode("utf-8"), digestmod=hashlib.sha512)


def make_auth(**kwargs) -> BinancePayAuth:
    return BinancePayAuth(API_KEY, Secret(SECRET_KEY), SCHEME, **kwargs)


def test_known_vector() -> None:
    signature = _signing.sign(keyed(VECTOR_SECRET), VECTOR_TIMESTAMP, VECTOR_NONCE, VECTOR_BODY)
    assert signature.startswith("B8453E1924FEECFE")
    assert signature.endswith("9747DFDE")
    assert len(signature) == 128
    assert signature == signature.upper()
    assert signature == independent_signature(VECTOR_SECRET, VECTOR_TIMESTAMP, VECTOR_NONCE, VECTOR_BODY)


@settings(max_examples=50, deadline=None)
@given(
    secret=st.text(min_size=1, max_size=40),
    timestamp=st.integers(min_value=0, max_value=10**13).map(str),
    nonce=st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", min_size=32, max_size=32),
    body=st.binary(max_size=200),
)
def test_sign_matches_independent_hmac(secret: str, timestamp: str, nonce: str, body: bytes) -> None:
    mac = keyed(secret)
    assert _signing.sign(mac, timestamp, nonce, body) == independent_signature(secret, timestamp, nonce, body)
    # the keyed HMAC is reusable: signing twice gives the same answer
    assert _signing.sign(mac, timestamp, nonce, body) == _signing.sign(mac, timestamp, nonce, body)


def test_signature_depends_on_every_input() -> None:
    mac = keyed(VECTOR_SECRET)
    base = _signing.sign(mac, VECTOR_TIMESTAMP, VECTOR_NONCE, VECTOR_BODY)
    assert _signing.sign(mac, "1700000000001", VECTOR_NONCE, VECTOR_BODY) != base
    assert _signing.sign(mac, VECTOR_TIMESTAMP, VECTOR_NONCE[::-1], VECTOR_BODY) != base
    assert _signing.sign(mac, VECTOR_TIMESTAMP, VECTOR_NONCE, VECTOR_BODY + b" ") != base
    assert _signing.sign(keyed(VECTOR_SECRET + "x"), VECTOR_TIMESTAMP, VECTOR_NONCE, VECTOR_BODY) != base


def test_make_nonce_shape_and_freshness() -> None:
    spec_nonce = load_spec()["info"]["x-signing"]["nonce"]
    make_nonce = _signing.NonceSource(SCHEME.nonce_length, SCHEME.nonce_alphabet)
    nonces = {make_nonce() for _ in range(500)}
    assert len(nonces) == 500
    for nonce in nonces:
        assert len(nonce) == spec_nonce["length"] == 32
        assert set(nonce) <= set(spec_nonce["alphabet"])
    # all 62 letters show up across 16000 draws (a biased or truncated alphabet would not)
    assert set("".join(nonces)) == set(spec_nonce["alphabet"])


def test_header_names_match_spec() -> None:
    headers = load_spec()["info"]["x-signing"]["headers"]
    assert headers["timestamp"] == SCHEME.timestamp_header
    assert headers["nonce"] == SCHEME.nonce_header
    assert headers["apiKey"] == SCHEME.api_key_header
    assert headers["signature"] == SCHEME.signature_header
    spec_nonce = load_spec()["info"]["x-signing"]["nonce"]
    assert SCHEME.nonce_length == spec_nonce["length"]
    assert SCHEME.nonce_alphabet.decode() == spec_nonce["alphabet"]


def test_auth_signs_exact_request_bytes() -> None:
    auth = make_auth()
    headers = auth.signed_headers(VECTOR_BODY)
    assert set(headers) == set(SCHEME.headers)
    assert_signed(headers, VECTOR_BODY)
    assert SECRET_KEY not in repr(auth)
    assert API_KEY not in repr(auth)
    # each call signs anew: fresh nonce
    assert auth.signed_headers(VECTOR_BODY)[SCHEME.nonce_header] != headers[SCHEME.nonce_header]


def test_client_auth_signs_with_its_keys(make_client) -> None:
    client, _ = make_client()
    assert isinstance(client._options.auth, BinancePayAuth)
    assert_signed(client._options.auth.signed_headers(b"{}"), b"{}")


def test_auth_clock_offset_shifts_timestamp() -> None:
    auth = make_auth(clock_offset_ms=0)
    before = auth.timestamp_ms()
    auth.clock_offset_ms = 3_600_000
    assert auth.timestamp_ms() - before >= 3_600_000


def test_sent_request_is_signed_over_exact_body(make_client) -> None:
    client, recorder = make_client(Scripted(body=success_bytes()))
    client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert recorder.calls == 1
    request, body = recorder.requests[0], recorder.bodies[0]
    assert request.method == "POST"
    assert request.url.path == BALANCE_PATH
    assert json.loads(body) == {"wallet": "SPOT_WALLET", "currency": "USDT"}
    assert request.headers["content-type"].startswith("application/json")
    assert_signed(request.headers, body)


def test_signature_is_not_valid_for_other_secret(make_client) -> None:
    client, recorder = make_client(Scripted(body=success_bytes()))
    client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    headers, body = recorder.requests[0].headers, recorder.bodies[0]
    wrong = hmac.new(
        b"another-secret",
        f"{headers['BinancePay-Timestamp']}\n{headers['BinancePay-Nonce']}\n".encode() + body + b"\n",
        hashlib.sha512,
    )
    assert headers["BinancePay-Signature"] != wrong.hexdigest().upper()


def test_each_request_gets_fresh_nonce_and_current_timestamp(make_client) -> None:
    import time

    client, recorder = make_client(Scripted(body=success_bytes()))
    before = time.time_ns() // 1_000_000
    for _ in range(5):
        client.wallet.balance(wallet="FUNDING_WALLET", currency="USDT")
    after = time.time_ns() // 1_000_000
    nonces = [r.headers["BinancePay-Nonce"] for r in recorder.requests]
    assert len(set(nonces)) == 5
    assert all(NONCE_RE.match(n) for n in nonces)
    for request, body in zip(recorder.requests, recorder.bodies, strict=True):
        assert before <= int(request.headers["BinancePay-Timestamp"]) <= after
        assert_signed(request.headers, body)
