"""The signing test vector, checked against the tests' signer and the sandbox's own."""

from __future__ import annotations

import hashlib
import hmac

from binance_pay_sandbox import SandboxConfig, load_catalog
from binance_pay_sandbox._signing import Signer
from sandbox_helpers import SAMPLE_BODY, MakeClient, SignedClient, sign

SECRET = "test-secret-key-0123456789"
TIMESTAMP = "1700000000000"
NONCE = "abcdefghijklmnopqrstuvwxyzABCDEF"


def check_vector(signature: str) -> None:
    assert len(signature) == 128
    assert signature == signature.upper()
    assert signature.startswith("B8453E1924FEECFE")
    assert signature.endswith("9747DFDE")


def test_vector_with_the_tests_signer() -> None:
    check_vector(sign(SECRET, TIMESTAMP, NONCE, SAMPLE_BODY))


def test_vector_with_plain_hmac() -> None:
    payload = f"{TIMESTAMP}\n{NONCE}\n{SAMPLE_BODY.decode()}\n".encode()
    check_vector(hmac.new(SECRET.encode(), payload, hashlib.sha512).hexdigest().upper())


def test_vector_with_the_sandbox_signer() -> None:
    signer = Signer(load_catalog().spec.signing, SECRET)
    signature = signer.sign(TIMESTAMP.encode(), NONCE.encode(), SAMPLE_BODY)
    check_vector(signature.decode())
    assert signer.verify(TIMESTAMP.encode(), NONCE.encode(), SAMPLE_BODY, signature)
    assert not signer.verify(TIMESTAMP.encode(), NONCE.encode(), SAMPLE_BODY, signature.lower())


def test_spaced_json_signs_differently() -> None:
    spaced = b'{"wallet": "SPOT_WALLET", "currency": "USDT"}'
    assert sign(SECRET, TIMESTAMP, NONCE, spaced) != sign(SECRET, TIMESTAMP, NONCE, SAMPLE_BODY)


def test_server_accepts_a_request_signed_with_the_vector_secret(make_client: MakeClient) -> None:
    config = SandboxConfig(api_key="vectorApiKey0123456789", secret_key=SECRET)
    with make_client(config) as client:
        assert client.post(SAMPLE_BODY).status_code == 200
        assert client.post(SAMPLE_BODY, secret="test-secret-key-012345678").status_code == 401


def test_nonce_shapes_seen_in_the_wild(client: SignedClient) -> None:
    for nonce in ("5RhaTrZPhknNv0kDSA2UQ67cPMVNS4sA", "0123456789abcdef0123456789abcdef", "A" * 32):
        assert client.post(nonce=nonce).status_code == 200, nonce


def test_official_connector_style_request(client: SignedClient) -> None:
    body = b'{"wallet": "SPOT_WALLET", "currency": "USDT"}'
    response = client.post(
        body,
        override={"Content-Type": "application/json;charset=utf-8", "User-Agent": "binance-pay-connector/1.0.0"},
    )
    assert response.status_code == 200
    assert response.json()["status"] == "SUCCESS"
