"""Whatever a web framework hands over (header containers of every common kind, bodies of any type),
verification gives an event or `WebhookVerificationError`, never another exception; and the async
verifier works on any event loop, one after another or several at once."""

from __future__ import annotations

import asyncio
import email.message
import http.client
import io
import threading
from typing import Any

import pytest
from binance_pay.models import Certificate
from binance_pay.webhooks import AsyncWebhooks, WebhookEvent, WebhookVerificationError, WebhookVerifier
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import PAY_BODY, Signer, make_signer

pytestmark = pytest.mark.timeout(120)


def outcome(verifier: WebhookVerifier, body: Any, headers: Any) -> str:
    try:
        event = verifier.verify(body, headers)
    except WebhookVerificationError as exc:
        return exc.reason
    assert isinstance(event, WebhookEvent)
    return "accepted"


def http_message(headers: dict[str, str]) -> http.client.HTTPMessage:
    """What `http.server`'s `self.headers` is: parsed from the raw header block."""
    raw = "".join(f"{name}: {value}\r\n" for name, value in headers.items()) + "Content-Type: x\r\n\r\n"
    return http.client.parse_headers(io.BytesIO(raw.encode("latin-1")))


def email_message(headers: dict[str, str]) -> email.message.Message:
    message = email.message.Message()
    for name, value in headers.items():
        message[name] = value
    return message


def starlette_headers(headers: dict[str, str]) -> Any:
    from starlette.datastructures import Headers

    return Headers(raw=[(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in headers.items()])


def werkzeug_headers(headers: dict[str, str]) -> Any:
    from werkzeug.datastructures import EnvironHeaders, Headers

    environ = {"HTTP_" + name.upper().replace("-", "_"): value for name, value in headers.items()}
    return [Headers(list(headers.items())), EnvironHeaders(environ)]


def multidict_headers(headers: dict[str, str]) -> Any:
    from multidict import CIMultiDict, CIMultiDictProxy

    return CIMultiDictProxy(CIMultiDict(headers))


CONTAINERS = {
    "dict": dict,
    "http_message": http_message,
    "email_message": email_message,
    "starlette": starlette_headers,
    "werkzeug": lambda headers: werkzeug_headers(headers)[0],
    "werkzeug_environ": lambda headers: werkzeug_headers(headers)[1],
    "multidict": multidict_headers,
    "str_pairs": lambda headers: list(headers.items()),
    "bytes_pairs": lambda headers: [(k.encode(), v.encode()) for k, v in headers.items()],
    "tuple_pairs": lambda headers: tuple(headers.items()),
    "generator": lambda headers: ((k, v) for k, v in headers.items()),
    "list_values": lambda headers: {k: [v] for k, v in headers.items()},
    "memoryview_values": lambda headers: {k: memoryview(v.encode()) for k, v in headers.items()},
}


@pytest.mark.parametrize("container", sorted(CONTAINERS))
def test_header_container_of_every_common_kind_is_read(signer: Signer, container: str) -> None:
    verifier = WebhookVerifier(signer.public_pem)
    assert outcome(verifier, PAY_BODY, CONTAINERS[container](signer.headers(PAY_BODY))) == "accepted"


def test_header_container_http_message_from_a_real_http_server(signer: Signer) -> None:
    """`http.server`'s `self.headers` (it used to raise ValueError: iterating it yields names only)."""
    import httpx

    from .servers import WebhookReceiver

    verifier = WebhookVerifier(signer.public_pem)
    receiver = WebhookReceiver(verifier.verify)
    try:
        for _ in range(2):
            response = httpx.post(receiver.url, content=PAY_BODY, headers=signer.headers(PAY_BODY), trust_env=False)
            assert response.status_code == 200 and response.json()["returnCode"] == "SUCCESS"
        response = httpx.post(receiver.url, content=PAY_BODY, headers={"Content-Type": "x"}, trust_env=False)
        assert response.status_code == 500
    finally:
        receiver.close()
    assert [delivery.reason for delivery in receiver.deliveries] == [None, None, "missing_header"]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (None, "missing_header"),
        ({}, "missing_header"),
        ("BinancePay-Nonce: x", "malformed_header"),
        (b"BinancePay-Nonce: x", "malformed_header"),
        (42, "malformed_header"),
        (object(), "malformed_header"),
        (["BinancePay-Nonce"], "malformed_header"),
        ([("BinancePay-Nonce", "a", "b")], "malformed_header"),
        ({"BinancePay-Nonce": 7}, "malformed_header"),
        ({"BinancePay-Nonce": None}, "malformed_header"),
        ({"BinancePay-Nonce": ["a", "b"]}, "malformed_header"),
        ({1: "x", None: "y", b"\xff": b"\xfe"}, "missing_header"),
    ],
    ids=lambda value: type(value).__name__,
)
def test_header_container_that_is_not_headers_is_a_rejection(signer: Signer, headers: Any, expected: str) -> None:
    assert outcome(WebhookVerifier(signer.public_pem), PAY_BODY, headers) == expected


def test_header_container_that_raises_while_read_is_a_rejection(signer: Signer) -> None:
    class Broken:
        def items(self) -> Any:
            raise RuntimeError("broken")

    class BrokenIterator:
        def __iter__(self) -> Any:
            yield ("BinancePay-Nonce", "x")
            raise OSError("gone")

    verifier = WebhookVerifier(signer.public_pem)
    assert outcome(verifier, PAY_BODY, Broken()) == "malformed_header"
    assert outcome(verifier, PAY_BODY, BrokenIterator()) == "malformed_header"


def test_header_value_with_a_lone_surrogate_is_a_rejection(signer: Signer) -> None:
    headers = signer.headers(PAY_BODY)
    headers["BinancePay-Nonce"] = "abc\udc80"
    assert outcome(WebhookVerifier(signer.public_pem), PAY_BODY, headers) == "malformed_header"
    headers = signer.headers(PAY_BODY)
    headers["BinancePay-Certificate-SN"] = "\ud800"
    assert outcome(WebhookVerifier(signer.public_pem), PAY_BODY, headers) == "malformed_header"


@pytest.mark.parametrize(
    "kind", ["bytes", "bytearray", "memoryview", "str"], ids=["bytes", "bytearray", "memoryview", "str"]
)
def test_body_of_every_common_type_is_read(signer: Signer, kind: str) -> None:
    body = {"bytes": bytes, "bytearray": bytearray, "memoryview": memoryview, "str": bytes.decode}[kind](PAY_BODY)
    assert outcome(WebhookVerifier(signer.public_pem), body, signer.headers(PAY_BODY)) == "accepted"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (None, "invalid_body"),
        (42, "invalid_body"),
        ([PAY_BODY], "invalid_body"),
        ({"bizType": "PAY"}, "invalid_body"),
        (PAY_BODY.decode() + "\ud800", "bad_signature"),  # a lone surrogate: not the bytes Binance signed
    ],
    ids=["none", "int", "list", "dict", "lone-surrogate"],
)
def test_body_that_is_not_a_request_body_is_a_rejection(signer: Signer, body: Any, expected: str) -> None:
    assert outcome(WebhookVerifier(signer.public_pem), body, signer.headers(PAY_BODY)) == expected


def test_body_released_memoryview_is_a_rejection(signer: Signer) -> None:
    view = memoryview(bytearray(PAY_BODY))
    view.release()
    assert outcome(WebhookVerifier(signer.public_pem), view, signer.headers(PAY_BODY)) == "invalid_body"


def test_body_with_a_lone_surrogate_signed_as_such_is_an_invalid_body(signer: Signer) -> None:
    text = '{"bizType":"PAY","bizIdStr":"1","bizStatus":"S","data":"{}"}\ud800'
    headers = signer.headers(text.encode("utf-8", "surrogatepass"))
    assert outcome(WebhookVerifier(signer.public_pem), text, headers) == "invalid_body"


# ---- anything at all -------------------------------------------------------------------------------------------------

NAMES = ["BinancePay-Timestamp", "BinancePay-Nonce", "BinancePay-Signature", "BinancePay-Certificate-SN"]
_name = st.one_of(
    st.sampled_from(NAMES), st.sampled_from([n.lower() for n in NAMES]), st.text(max_size=20), st.binary(max_size=20)
)
_value = st.one_of(
    st.text(max_size=40),
    st.binary(max_size=40),
    st.integers(),
    st.none(),
    st.lists(st.text(max_size=10), max_size=3),
    st.floats(),
)
_pairs = st.lists(st.tuples(_name, _value), max_size=8)


def _as(kind: str, pairs: list[tuple[Any, Any]]) -> Any:
    if kind == "pairs":
        return pairs
    if kind == "dict":
        return dict(pairs)
    if kind == "http_message":  # only text survives an HTTPMessage
        return email_message({str(k): str(v) for k, v in pairs if isinstance(k, str) and k.isprintable() and k})
    return [(k, v, "extra") for k, v in pairs] or [1]


_headers = st.one_of(
    st.none(),
    st.integers(),
    st.text(max_size=30),
    st.binary(max_size=30),
    st.lists(st.one_of(st.text(max_size=5), st.integers()), max_size=3),
    st.builds(_as, st.sampled_from(["pairs", "dict", "http_message", "bad"]), _pairs),
)
_bodies = st.one_of(st.binary(max_size=200), st.text(max_size=200), st.none(), st.integers(), st.just(PAY_BODY))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=_bodies, headers=_headers, extra=_pairs, signed=st.booleans())
def test_hypothesis_any_header_container_and_body_is_an_event_or_a_rejection(
    signer: Signer, body: Any, headers: Any, extra: list[tuple[Any, Any]], signed: bool
) -> None:
    verifier = WebhookVerifier(signer.public_pem)
    if signed:  # a genuine notification with arbitrary extra headers around it
        body, headers = PAY_BODY, list(signer.headers(PAY_BODY).items()) + extra
    try:
        event = verifier.verify(body, headers)
    except WebhookVerificationError as exc:
        assert exc.reason in REASONS
    else:
        assert isinstance(event, WebhookEvent)


REASONS = {
    "missing_header",
    "malformed_header",
    "timestamp_too_old",
    "timestamp_in_future",
    "unknown_certificate",
    "invalid_certificate",
    "certificates_unavailable",
    "bad_signature",
    "replayed_nonce",
    "replay_check_unavailable",
    "invalid_body",
}


# ---- event loops -----------------------------------------------------------------------------------------------------


def slow_certificates(*signers: Signer) -> Any:
    calls = []

    async def list_certificates() -> list[Certificate]:
        calls.append(1)
        await asyncio.sleep(0.1)
        return [Certificate(cert_serial=s.serial, cert_public=s.public_pem) for s in signers]

    list_certificates.calls = calls  # type: ignore[attr-defined]
    return list_certificates


def test_async_verifier_in_two_successive_event_loops(signer: Signer, other_signer: Signer) -> None:
    """Nothing binds to the first loop (an asyncio.Lock made there raised RuntimeError in the next one)."""
    webhooks = AsyncWebhooks(slow_certificates(signer, other_signer), refetch_interval=0)

    async def contend() -> list[Any]:
        third = make_signer("ffff")
        return await asyncio.gather(
            webhooks.verify(PAY_BODY, signer.headers(PAY_BODY)),
            webhooks.verify(PAY_BODY, other_signer.headers(PAY_BODY)),
            webhooks.verify(PAY_BODY, third.headers(PAY_BODY)),
            return_exceptions=True,
        )

    for _ in range(2):
        results = asyncio.run(contend())
        assert [getattr(r, "biz_type", None) or r.reason for r in results][:2] == ["PAY", "PAY"]
        assert isinstance(results[2], WebhookVerificationError)


def test_async_verifier_on_event_loops_in_two_threads_at_once(signer: Signer, other_signer: Signer) -> None:
    list_certificates = slow_certificates(signer, other_signer)
    webhooks = AsyncWebhooks(list_certificates)
    barrier = threading.Barrier(2)
    results: list[Any] = []

    async def verify(who: Signer) -> Any:
        return await webhooks.verify(PAY_BODY, who.headers(PAY_BODY))

    def run(who: Signer) -> None:
        barrier.wait()
        try:
            results.append(asyncio.run(verify(who)).biz_type)
        except BaseException as exc:  # recorded: the test shows what went wrong
            results.append(exc)

    threads = [threading.Thread(target=run, args=(who,)) for who in (signer, other_signer)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["PAY", "PAY"] and len(list_certificates.calls) == 1
