"""`binance_pay.webhooks`: real RSA signatures, every rejection reason, key rotation, exact reading."""

from __future__ import annotations

import asyncio
import json
import pickle
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from binance_pay import errors
from binance_pay._cli import main
from binance_pay.models import Certificate, WebhookPayData, WebhookRefundData
from binance_pay.webhooks import (
    AsyncWebhooks,
    UnknownWebhookEvent,
    Webhooks,
    WebhookVerificationError,
    WebhookVerifier,
    reply,
)

from .conftest import PAY_BODY, Signer, make_signer

REFUND_BODY = (
    b'{"bizType":"PAY_REFUND","data":"{\\"merchantTradeNo\\":\\"6177e6ae81ce6f001b4a6233\\",\\"totalFee\\":0.01,'
    b'\\"transactTime\\":1635248421335,\\"refundInfo\\":{\\"orderAmount\\":\\"0.01000000\\",\\"duplicateRequest\\":\\"N\\",'
    b'\\"prepayId\\":\\"123289163323899904\\",\\"refundRequestId\\":\\"68711039982968853\\",'
    b'\\"refundedAmount\\":\\"0.01000000\\",\\"remainingAttempts\\":9,\\"refundAmount\\":\\"0.01000000\\"},'
    b'\\"currency\\":\\"BUSD\\",\\"commission\\":0,\\"openUserId\\":\\"b5ec36baaa5ab9a5cfb1c29c2057bd81\\",'
    b'\\"productType\\":\\"LIVE_STREAM\\",\\"productName\\":\\"LIVE_STREAM\\",\\"tradeType\\":\\"APP\\"}",'
    b'"bizId":123289163323899904,"bizStatus":"REFUND_SUCCESS"}'
)


def certificate(signer: Signer) -> Certificate:
    return Certificate(cert_serial=signer.serial, cert_public=signer.public_pem)


class FakeCertificates:
    """A stand-in for `client.certificates.list`: one list of certificates per call, the last repeated."""

    def __init__(self, *answers: list[Certificate]) -> None:
        self.answers = list(answers)
        self.calls = 0

    def __call__(self) -> list[Certificate]:
        self.calls += 1
        return self.answers[min(self.calls, len(self.answers)) - 1]


def rejected(verify: Any, body: bytes, headers: Any) -> WebhookVerificationError:
    with pytest.raises(WebhookVerificationError) as info:
        verify(body, headers)
    assert isinstance(info.value, errors.BinancePayError)
    return info.value


# ---- success -------------------------------------------------------------------------------------------------------


def test_pay_notification_is_read_exactly(signer: Signer) -> None:
    verifier = WebhookVerifier(signer.public_pem, serial=signer.serial)
    headers = signer.headers(PAY_BODY)
    event = verifier.verify(PAY_BODY, headers)
    assert isinstance(event.data, WebhookPayData)
    assert (event.biz_type, event.biz_status) == ("PAY", "PAY_SUCCESS")
    assert event.biz_id == "29383937493038367292"  # beyond 2**63, exact
    assert event.notification["bizId"] == 29383937493038367292 > 2**63  # the JSON number, read as an exact int
    assert event.data.total_fee == Decimal("0.88000000") and str(event.data.total_fee) == "0.88000000"
    assert event.data.commission == Decimal("999999999999999.99999999")
    assert event.data.transact_time == 1619508939664 and type(event.data.transact_time) is int
    assert event.timestamp == int(headers["BinancePay-Timestamp"])
    assert event.certificate_serial == signer.serial and event.nonce == headers["BinancePay-Nonce"]


def test_refund_without_biz_id_str_falls_back_to_the_exact_number(signer: Signer) -> None:
    event = WebhookVerifier(signer.public_pem).verify(REFUND_BODY, signer.headers(REFUND_BODY))
    assert isinstance(event.data, WebhookRefundData)
    assert event.biz_id == "123289163323899904"
    assert event.data.total_fee == Decimal("0.01") and event.data.commission == Decimal(0)
    assert event.data.refund_info["refundAmount"] == "0.01000000"


def test_header_names_are_case_insensitive_and_pairs_or_bytes_work(signer: Signer) -> None:
    verifier = WebhookVerifier(signer.public_pem)
    headers = signer.headers(PAY_BODY)
    assert verifier.verify(PAY_BODY, {k.lower(): v for k, v in headers.items()}).biz_type == "PAY"
    headers = signer.headers(PAY_BODY)
    pairs = [(k.upper().encode(), v.encode()) for k, v in headers.items()] + [(b"content-type", b"x")]
    assert verifier.verify(bytearray(PAY_BODY), pairs).biz_type == "PAY"


def test_unknown_biz_type_gives_a_generic_event(signer: Signer) -> None:
    body = b'{"bizType":"SOMETHING_NEW","bizIdStr":"7","bizId":7,"bizStatus":"DONE","data":"{\\"amount\\":1.50,\\"n\\":3}"}'
    event = WebhookVerifier(signer.public_pem).verify(body, signer.headers(body))
    assert isinstance(event, UnknownWebhookEvent)
    assert event.data == {"amount": Decimal("1.50"), "n": 3}
    assert event.to_dict() == {"bizType": "SOMETHING_NEW", "bizIdStr": "7", "bizStatus": "DONE", "data": event.data}


def test_nested_data_object_is_accepted(signer: Signer) -> None:
    body = (
        b'{"bizType":"MERCHANT_QR_CODE","bizIdStr":"99","bizId":99,"bizStatus":"MERCHANT_QR_CODE_SCANED",'
        b'"data":{"qrContent":"q","referId":"99","qrCodeType":"FIXED_AMOUNT"}}'
    )
    event = WebhookVerifier(signer.public_pem).verify(body, signer.headers(body))
    assert event.data.refer_id == "99"


def test_one_line_pem_is_read(signer: Signer) -> None:
    one_line = "".join(signer.public_pem.splitlines())
    assert WebhookVerifier(one_line).verify(PAY_BODY, signer.headers(PAY_BODY)).biz_type == "PAY"


def test_reply() -> None:
    assert reply() == b'{"returnCode":"SUCCESS","returnMessage":null}'
    assert reply(success=False, message="try later") == b'{"returnCode":"FAIL","returnMessage":"try later"}'


# ---- rejections ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header", ["BinancePay-Timestamp", "BinancePay-Nonce", "BinancePay-Signature", "BinancePay-Certificate-SN"]
)
def test_missing_header(signer: Signer, header: str) -> None:
    headers = signer.headers(PAY_BODY)
    del headers[header]
    error = rejected(WebhookVerifier(signer.public_pem).verify, PAY_BODY, headers)
    assert (error.reason, error.header) == ("missing_header", header)


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("BinancePay-Timestamp", "12a4"),
        ("BinancePay-Timestamp", "-1"),
        ("BinancePay-Signature", "not base64!"),
        ("BinancePay-Signature", "YWJ"),
        ("BinancePay-Signature", ""),
        ("BinancePay-Nonce", ""),
    ],
)
def test_malformed_header(signer: Signer, header: str, value: str) -> None:
    headers = signer.headers(PAY_BODY)
    headers[header] = value
    error = rejected(WebhookVerifier(signer.public_pem).verify, PAY_BODY, headers)
    assert (error.reason, error.header) == ("malformed_header", header)


def test_wrong_key(signer: Signer, other_signer: Signer) -> None:
    headers = other_signer.headers(PAY_BODY)
    assert rejected(WebhookVerifier(signer.public_pem).verify, PAY_BODY, headers).reason == "bad_signature"


@pytest.mark.parametrize(
    "changed",
    [
        PAY_BODY.replace(b"0.88000000", b"0.98000000"),
        json.dumps(json.loads(PAY_BODY)).encode(),  # re-serialised: same data, other bytes
        PAY_BODY + b"\n",
        PAY_BODY[:-1],
    ],
    ids=["amount", "reserialised", "extra-newline", "truncated"],
)
def test_body_changed_after_signing(signer: Signer, changed: bytes) -> None:
    headers = signer.headers(PAY_BODY)
    assert rejected(WebhookVerifier(signer.public_pem).verify, changed, headers).reason == "bad_signature"


def test_signature_without_trailing_newline_is_rejected(signer: Signer) -> None:
    """The pitfall: a signer that leaves out the last "\\n"."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    headers = signer.headers(PAY_BODY)
    payload = f"{headers['BinancePay-Timestamp']}\n{headers['BinancePay-Nonce']}\n".encode() + PAY_BODY
    import base64

    headers["BinancePay-Signature"] = base64.b64encode(
        signer.private_key.sign(payload, padding.PKCS1v15(), hashes.SHA256())
    ).decode()
    assert rejected(WebhookVerifier(signer.public_pem).verify, PAY_BODY, headers).reason == "bad_signature"


def test_header_changed_after_signing(signer: Signer) -> None:
    headers = signer.headers(PAY_BODY)
    headers["BinancePay-Nonce"] = "X" * 32
    assert rejected(WebhookVerifier(signer.public_pem).verify, PAY_BODY, headers).reason == "bad_signature"


def test_serial_must_match_the_offline_key(signer: Signer, other_signer: Signer) -> None:
    verifier = WebhookVerifier(signer.public_pem, serial=other_signer.serial)
    assert rejected(verifier.verify, PAY_BODY, signer.headers(PAY_BODY)).reason == "unknown_certificate"


@pytest.mark.parametrize(("offset_s", "reason"), [(-301, "timestamp_too_old"), (301, "timestamp_in_future")])
def test_timestamp_outside_tolerance(signer: Signer, offset_s: int, reason: str) -> None:
    headers = signer.headers(PAY_BODY, timestamp=int((time.time() + offset_s) * 1000))
    assert rejected(WebhookVerifier(signer.public_pem).verify, PAY_BODY, headers).reason == reason
    # A wider tolerance accepts it.
    assert WebhookVerifier(signer.public_pem, tolerance=400).verify(PAY_BODY, headers).biz_type == "PAY"


def test_replayed_nonce_within_the_window_then_forgotten(signer: Signer) -> None:
    now = [time.time()]
    verifier = WebhookVerifier(signer.public_pem, tolerance=10, clock=lambda: now[0])
    headers = signer.headers(PAY_BODY, timestamp=int(now[0] * 1000))
    verifier.verify(PAY_BODY, headers)
    assert rejected(verifier.verify, PAY_BODY, headers).reason == "replayed_nonce"
    # Same nonce, a new (validly signed) timestamp: still a replay while remembered.
    fresh = signer.headers(PAY_BODY, timestamp=int(now[0] * 1000) + 1, nonce=headers["BinancePay-Nonce"])
    assert rejected(verifier.verify, PAY_BODY, fresh).reason == "replayed_nonce"
    now[0] += 11  # past the window: the old notification fails on its timestamp, the nonce is dropped
    assert rejected(verifier.verify, PAY_BODY, headers).reason == "timestamp_too_old"
    later = signer.headers(PAY_BODY, timestamp=int(now[0] * 1000), nonce=headers["BinancePay-Nonce"])
    assert verifier.verify(PAY_BODY, later).biz_type == "PAY"  # the nonce was forgotten with its window


def test_nonce_memory_is_capped(signer: Signer) -> None:
    verifier = WebhookVerifier(signer.public_pem, max_nonces=3)
    for _ in range(5):
        verifier.verify(PAY_BODY, signer.headers(PAY_BODY))
    assert len(verifier._checks._replay) == 3


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"\xff\xfe",
        b"[1, 2]",
        b'{"bizType":"PAY","bizIdStr":"1","bizStatus":"PAY_SUCCESS","data":"not json"}',
        b'{"bizType":"PAY","bizIdStr":"1","bizStatus":"PAY_SUCCESS"}',
        b'{"bizIdStr":"1","bizStatus":"PAY_SUCCESS","data":"{}"}',
        b'{"bizType":"PAY","bizStatus":"PAY_SUCCESS","data":"{}"}',
        b'{"bizType":"PAY","bizIdStr":"1","bizStatus":"PAY_SUCCESS","data":"{\\"totalFee\\":1}"}',
        b'{"bizType":"PAY","bizIdStr":"1","bizStatus":"X","data":"{\\"a\\":NaN}"}',
    ],
    ids=["text", "not-utf8", "array", "data-not-json", "no-data", "no-type", "no-id", "data-breaks-schema", "nan"],
)
def test_signed_body_that_is_not_a_notification(signer: Signer, body: bytes) -> None:
    error = rejected(WebhookVerifier(signer.public_pem).verify, body, signer.headers(body))
    assert error.reason == "invalid_body"
    assert error.__cause__ is None or isinstance(error.__cause__, errors.BinancePayError)


def test_amount_with_nine_places_is_refused(signer: Signer) -> None:
    body = PAY_BODY.replace(b"0.88000000", b"0.880000001")
    error = rejected(WebhookVerifier(signer.public_pem).verify, body, signer.headers(body))
    assert error.reason == "invalid_body" and "totalFee" in str(error)


def test_bad_public_key_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="PEM"):
        WebhookVerifier("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")


def test_error_pickles_and_is_exported_from_errors() -> None:
    assert errors.WebhookVerificationError is WebhookVerificationError
    error = pickle.loads(pickle.dumps(WebhookVerificationError("bad_signature", "no")))
    assert error.reason == "bad_signature" and str(error) == "webhook rejected (bad_signature): no"


# ---- certificates from the client: cache and rotation --------------------------------------------------------------


def test_certificates_fetched_once_then_cached(signer: Signer) -> None:
    fetch = FakeCertificates([certificate(signer)])
    webhooks = Webhooks(fetch)
    for _ in range(3):
        webhooks.verify(PAY_BODY, signer.headers(PAY_BODY))
    assert fetch.calls == 1


def test_key_rotation_refetches_once(signer: Signer, other_signer: Signer) -> None:
    fetch = FakeCertificates([certificate(signer)], [certificate(signer), certificate(other_signer)])
    webhooks = Webhooks(fetch, refetch_interval=0)  # the rotation comes later than the interval
    webhooks.verify(PAY_BODY, signer.headers(PAY_BODY))
    event = webhooks.verify(PAY_BODY, other_signer.headers(PAY_BODY))
    assert event.certificate_serial == other_signer.serial
    webhooks.verify(PAY_BODY, other_signer.headers(PAY_BODY))
    assert fetch.calls == 2


def test_unknown_serial_after_the_first_fetch_does_not_refetch(signer: Signer, other_signer: Signer) -> None:
    fetch = FakeCertificates([certificate(signer)])
    webhooks = Webhooks(fetch)
    error = rejected(webhooks.verify, PAY_BODY, other_signer.headers(PAY_BODY))
    assert error.reason == "unknown_certificate" and fetch.calls == 1  # the first fetch counts too
    # Within the refetch interval, another unknown serial does not query again.
    rejected(webhooks.verify, PAY_BODY, other_signer.headers(PAY_BODY))
    assert fetch.calls == 1
    assert webhooks.verify(PAY_BODY, signer.headers(PAY_BODY)).biz_type == "PAY"


def test_fetch_failure_is_a_rejection(signer: Signer) -> None:
    def failing() -> list[Certificate]:
        raise errors.APIConnectionError()

    error = rejected(Webhooks(failing).verify, PAY_BODY, signer.headers(PAY_BODY))
    assert error.reason == "certificates_unavailable" and isinstance(error.__cause__, errors.APIConnectionError)


def test_async_key_rotation(signer: Signer, other_signer: Signer) -> None:
    fetch = FakeCertificates([certificate(signer)], [certificate(other_signer)])

    async def list_certificates() -> list[Certificate]:
        return fetch()

    async def run() -> None:
        webhooks = AsyncWebhooks(list_certificates, refetch_interval=0)
        assert (await webhooks.verify(PAY_BODY, signer.headers(PAY_BODY))).biz_type == "PAY"
        event = await webhooks.verify(PAY_BODY, other_signer.headers(PAY_BODY))
        assert event.certificate_serial == other_signer.serial
        with pytest.raises(WebhookVerificationError) as info:
            await webhooks.verify(PAY_BODY, make_signer("ffff").headers(PAY_BODY))
        assert info.value.reason == "unknown_certificate"

    asyncio.run(run())
    assert fetch.calls == 3


def test_client_webhooks_uses_certificates_list(
    monkeypatch: pytest.MonkeyPatch, signer: Signer, other_signer: Signer
) -> None:
    from binance_pay import AsyncBinancePayClient, BinancePayClient
    from binance_pay.resources.certificates import AsyncCertificatesResource, CertificatesResource

    fetch = FakeCertificates([certificate(signer)], [certificate(other_signer)])
    monkeypatch.setattr(CertificatesResource, "list", lambda self, **kw: fetch())

    async def async_list(self: object, **kw: object) -> list[Certificate]:
        return fetch()

    monkeypatch.setattr(AsyncCertificatesResource, "list", async_list)
    with BinancePayClient(api_key="key", secret_key="secret") as client:
        assert client.webhooks is client.webhooks
        assert client.webhooks.verify(PAY_BODY, signer.headers(PAY_BODY)).biz_type == "PAY"
        # A serial unknown within a minute of the fetch: refused without querying again.
        assert (
            rejected(client.webhooks.verify, PAY_BODY, other_signer.headers(PAY_BODY)).reason == "unknown_certificate"
        )
        assert "BEGIN" not in repr(client.webhooks) and "secret" not in repr(client.webhooks)
    assert fetch.calls == 1

    async def run() -> None:
        async with AsyncBinancePayClient(api_key="key", secret_key="secret") as client:
            event = await client.webhooks.verify(PAY_BODY, other_signer.headers(PAY_BODY))
            assert event.biz_id == "29383937493038367292"

    asyncio.run(run())
    assert fetch.calls == 2


def test_reprs_hold_no_key(signer: Signer) -> None:
    verifier = WebhookVerifier(signer.public_pem, serial=signer.serial)
    event = verifier.verify(PAY_BODY, signer.headers(PAY_BODY))
    for text in (repr(verifier), repr(Webhooks(FakeCertificates([certificate(signer)])))):
        assert "BEGIN" not in text and signer.public_pem.splitlines()[1] not in text
    assert "BinancePay-Signature" not in repr(event) and "Signature" not in repr(event)


# ---- CLI -----------------------------------------------------------------------------------------------------------


def _cli_args(tmp_path: Path, signer: Signer, body: bytes, headers: dict[str, str]) -> list[str]:
    (tmp_path / "body.json").write_bytes(body)
    (tmp_path / "key.pem").write_text(signer.public_pem)
    args = ["webhooks", "verify", "--body", str(tmp_path / "body.json"), "--public-key", str(tmp_path / "key.pem")]
    for name, value in headers.items():
        args += ["--header", f"{name}={value}"]
    return args


def test_cli_prints_the_event_as_exact_json(tmp_path: Path, signer: Signer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(_cli_args(tmp_path, signer, PAY_BODY, signer.headers(PAY_BODY))) == 0
    out = capsys.readouterr().out
    printed = json.loads(out, parse_float=Decimal)
    assert printed["bizIdStr"] == "29383937493038367292"
    assert printed["data"]["totalFee"] == Decimal("0.88000000") and '"totalFee": 0.88000000' in out
    assert '"commission": 999999999999999.99999999' in out


def test_cli_prints_the_rejection_reason(tmp_path: Path, signer: Signer, capsys: pytest.CaptureFixture[str]) -> None:
    headers = signer.headers(PAY_BODY)
    assert main(_cli_args(tmp_path, signer, PAY_BODY + b" ", headers)) == 1
    assert "rejected: bad_signature" in capsys.readouterr().err
    old = signer.headers(PAY_BODY, timestamp=int((time.time() - 3600) * 1000))
    assert main(_cli_args(tmp_path, signer, PAY_BODY, old)) == 1
    assert "timestamp_too_old" in capsys.readouterr().err
    assert main([*_cli_args(tmp_path, signer, PAY_BODY, old), "--tolerance", "7200"]) == 0


# ---- import cost ---------------------------------------------------------------------------------------------------


def test_import_binance_pay_does_not_import_cryptography() -> None:
    code = (
        "import sys, binance_pay; assert 'cryptography' not in sys.modules, 'binance_pay'; "
        "import binance_pay.webhooks; assert 'cryptography' not in sys.modules, 'webhooks'; "
        "binance_pay.BinancePayClient(api_key='k', secret_key='s').webhooks; "
        "assert 'cryptography' not in sys.modules, 'client.webhooks'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
