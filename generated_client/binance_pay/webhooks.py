"""Verify Binance Pay webhook notifications, then read them exactly.

With a client (its certificates fetched with `client.certificates.list()`, cached, and fetched
again when a notification names an unknown serial, as after a key rotation):

    event = client.webhooks.verify(raw_body, request.headers)        # BinancePayClient
    event = await client.webhooks.verify(raw_body, request.headers)  # AsyncBinancePayClient

Offline, with a PEM public key (no client, no network):

    verifier = WebhookVerifier(public_key_pem, serial="...")  # serial=None: any serial header
    event = verifier.verify(raw_body, headers)

A notification is accepted when its RSA PKCS#1 v1.5 SHA-256 signature (base64, in
`BinancePay-Signature`) verifies over `timestamp + "\\n" + nonce + "\\n" + body + "\\n"` (the raw body
bytes, exactly as received: never a re-serialised body) with the certificate named by
`BinancePay-Certificate-SN`, its `BinancePay-Timestamp` is within `tolerance` seconds of the
verifier's clock (both directions), and its `BinancePay-Nonce` was not accepted before within that
window. Header names are matched case-insensitively; `headers` may be a mapping, an
`http.server`/`email` message, framework headers (Starlette, Werkzeug, aiohttp) or (name, value) pairs.

The clock: `client.webhooks` reads the local clock plus the offset the client learned from
Binance (`client.clock_offset_ms`, read live), so a host whose clock is off still verifies once the
client has noticed. `WebhookVerifier` uses the local clock unless given `clock=`.

Replays: accepted nonces are remembered by a `ReplayStore` for as long as their timestamp is
acceptable. The default `MemoryReplayStore` is per process: behind several gunicorn/uvicorn workers
or several hosts, a notification replayed to another process is accepted again. Share one store
across them: `SQLiteReplayStore(path)` (processes on one host) or `RedisReplayStore(redis_or_url)`
(processes on any host; `pip install redis`). Replays aside, Binance itself
redelivers an event until it is answered: process each `event.dedup_key` once.

Certificates (`Webhooks`, `AsyncWebhooks`): one fetch at a time, at most one every
`refetch_interval` seconds (the first included), a failure remembered for `failure_ttl` seconds;
a notification whose serial is cached never waits for a fetch.

The result is a `WebhookEvent` whose `data` is the generated model of its `bizType`
(`WebhookPayData` for PAY, `WebhookRefundData` for PAY_REFUND, ...; amounts `Decimal`), whose
`biz_id` is the exact `bizIdStr` and whose `dedup_key` identifies the event across redeliveries;
an unknown `bizType` gives an `UnknownWebhookEvent` (a dict). Anything else, whatever the types of
`body` and `headers`, raises `WebhookVerificationError`, whose `.reason` is one of:

    missing_header            a required header is absent (`.header` names it), or no headers at all
    malformed_header          a non-numeric timestamp, bad base64, an empty, overlong or non-text value, a
                              duplicate, or headers that are not a mapping or (name, value) pairs
    timestamp_too_old         older than `tolerance` seconds
    timestamp_in_future       more than `tolerance` seconds ahead
    unknown_certificate       no certificate has that serial (none after a refetch, or a refetch too soon)
    invalid_certificate       the certificate with that serial is not an RSA public key
    certificates_unavailable  fetching the certificates failed, recently failed, or is still under way
                              (the client's error, if any, is the `__cause__`)
    bad_signature             the signature does not verify: wrong key, or body or headers changed
    replayed_nonce            the nonce was already accepted within the tolerance window
    replay_check_unavailable  the replay store failed (its error is the `__cause__`): nothing accepted
    invalid_body              the body is not bytes or text; or signed, but not a notification: not
                              JSON, not the envelope, bad `data`

Then answer Binance with `reply()` (HTTP 200, `{"returnCode":"SUCCESS","returnMessage":null}`), or
`reply(success=False, message=...)` to have it retry.
"""

from __future__ import annotations

import hmac
import importlib
import json
import math
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator
from typing import Any

from ._constants import Seconds
from ._exceptions import WebhookVerificationError
from ._replay import DEFAULT_MAX_KEYS, MemoryReplayStore, ReplayStore, SQLiteReplayStore
from ._replay_redis import RedisReplayStore
from ._webhook_events import (
    EventParser,
    InvalidNotification,
    UnknownWebhookEvent,
    WebhookEvent,
    WebhookSpec,
)
from ._webhook_keys import (
    DEFAULT_FAILURE_TTL,
    DEFAULT_FETCH_WAIT,
    DEFAULT_REFETCH_INTERVAL,
    CertificateCache,
    CertificateLike,
    Key,
    crypto,
    load_public_key,
    unknown,
)

DEFAULT_TOLERANCE = 300.0
"""Seconds a notification's timestamp may differ from the verifier's clock, either way."""
DEFAULT_MAX_NONCES = DEFAULT_MAX_KEYS
"""Nonces the default in-memory store remembers at most (the oldest are forgotten first)."""

_MAX_HEADER_CHARS = 1024
_BYTES_LIKE = (bytes, bytearray, memoryview)


def reply(success: bool = True, message: str | None = None) -> bytes:
    """The body Binance expects in answer to a notification (send it with HTTP 200):
    `{"returnCode":"SUCCESS","returnMessage":null}`, or with `"FAIL"` (Binance then retries)."""
    return json.dumps(
        {"returnCode": "SUCCESS" if success else "FAIL", "returnMessage": message},
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode("utf-8")


Headers = Any
"""A mapping, an `email.message.Message` (`http.server`'s `self.headers`), Starlette/Werkzeug/aiohttp
headers, or (name, value) pairs; names and values `str` or bytes."""
Body = bytes | bytearray | memoryview | str


# ---- reading the request ---------------------------------------------------------------------------------------------


def _malformed(message: str, header: str | None = None) -> WebhookVerificationError:
    return WebhookVerificationError("malformed_header", message, header=header)


def _header_items(headers: Headers) -> Iterator[tuple[Any, Any]]:
    """The (name, value) pairs of any common header container, every repetition included."""
    if headers is None:
        return
    items = getattr(headers, "items", None)  # iterating a mapping or a Message gives names only
    if callable(items):
        source = items()
    elif isinstance(headers, (str, *_BYTES_LIKE)) or not hasattr(headers, "__iter__"):
        raise _malformed(f"headers must be a mapping or (name, value) pairs, not {type(headers).__name__}")
    else:
        source = headers
    for item in source:
        if not isinstance(item, (tuple, list)) or len(item) != 2:
            raise _malformed("a header entry is not a (name, value) pair")
        yield item[0], item[1]


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, _BYTES_LIKE):
        return bytes(value).decode("latin-1")
    return None


def _values(value: Any) -> list[str | None]:
    """A header's value(s): some containers give a list per name."""
    if isinstance(value, (list, tuple)):
        return [_text(item) for item in value]
    return [_text(value)]


def _checked(name: str, value: str | None) -> str:
    if value is None:
        raise WebhookVerificationError("missing_header", f"no {name} header", header=name)
    if not value or len(value) > _MAX_HEADER_CHARS or not value.isascii() or not value.isprintable():
        raise _malformed(f"{name} is empty, too long or not printable ASCII", name)
    return value


def _body_bytes(body: Body) -> bytes:
    if isinstance(body, bytes):
        return body
    if isinstance(body, str):
        return body.encode("utf-8", "surrogatepass")  # text that is not UTF-8 cannot match a signature
    if isinstance(body, (bytearray, memoryview)):
        try:
            return bytes(body)
        except (ValueError, TypeError):  # a released memoryview
            pass
    raise WebhookVerificationError(
        "invalid_body", f"the body must be the raw request body (bytes or str), not {type(body).__name__}"
    )


class _Signed:
    __slots__ = ("body", "nonce", "payload", "serial", "signature", "timestamp")

    def __init__(self, timestamp: int, nonce: str, serial: str, signature: bytes, body: bytes, payload: bytes) -> None:
        self.body = body
        self.timestamp = timestamp
        self.nonce = nonce
        self.serial = serial
        self.signature = signature
        self.payload = payload


def _default_spec() -> WebhookSpec:
    """The generated `_spec.WEBHOOKS`, looked up by name so this module type-checks where it stands."""
    spec = getattr(importlib.import_module("._spec", __package__), "WEBHOOKS", None)
    if not isinstance(spec, WebhookSpec):
        raise RuntimeError("this client was generated from a spec without webhook notifications")
    return spec


def _replay_store(replay_store: ReplayStore | None, max_nonces: int, clock: Callable[[], float]) -> ReplayStore:
    if replay_store is None:
        if isinstance(max_nonces, bool) or not isinstance(max_nonces, int) or max_nonces < 1:
            raise ValueError(f"max_nonces must be a positive integer, got {max_nonces!r}")
        # The verifier's clock: a nonce is forgotten exactly when its timestamp leaves the window.
        return MemoryReplayStore(max_nonces, clock=clock)
    if not isinstance(replay_store, ReplayStore):
        raise TypeError(f"replay_store must have an add(key, ttl) method, got {type(replay_store).__name__}")
    return replay_store


# ---- the checks ------------------------------------------------------------------------------------------------------


class _Checks:
    """What every verifier does around the key lookup: headers, clock, signature, replay, parse."""

    __slots__ = ("_clock", "_names", "_parser", "_replay", "_spec", "_wanted", "tolerance")

    def __init__(
        self,
        spec: WebhookSpec | None,
        tolerance: Seconds,
        clock: Callable[[], float],
        replay_store: ReplayStore | None,
        max_nonces: int,
    ) -> None:
        if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or not 0 < tolerance < math.inf:
            raise ValueError(f"tolerance must be a positive, finite number of seconds, got {tolerance!r}")
        self._spec = spec = spec if spec is not None else _default_spec()
        self.tolerance = float(tolerance)
        self._clock = clock
        self._replay = _replay_store(replay_store, max_nonces, clock)
        self._parser = EventParser(spec)
        self._names = (spec.timestamp_header, spec.nonce_header, spec.signature_header, spec.serial_header)
        self._wanted = {name.lower(): index for index, name in enumerate(self._names)}

    def _headers(self, headers: Headers) -> list[str]:
        try:
            found = self._found_headers(headers)
        except WebhookVerificationError:
            raise
        except Exception:  # a header container that fails while read: nothing in it can be trusted
            raise _malformed("the headers could not be read") from None
        return [_checked(name, value) for name, value in zip(self._names, found, strict=True)]

    def _found_headers(self, headers: Headers) -> list[str | None]:
        found: list[str | None] = [None, None, None, None]
        for key, value in _header_items(headers):
            name = _text(key)
            index = self._wanted.get(name.lower()) if name is not None else None
            if index is None:
                continue
            for text in _values(value):
                if text is None:
                    raise _malformed(f"{self._names[index]} is not text", self._names[index])
                text = text.strip()
                if found[index] is not None and found[index] != text:
                    raise _malformed(f"{self._names[index]} is given twice", self._names[index])
                found[index] = text
        return found

    def signed(self, body: Body, headers: Headers) -> _Signed:
        """The notification's headers read and checked (presence, form, timestamp window)."""
        raw = _body_bytes(body)
        timestamp_text, nonce, signature_text, serial = self._headers(headers)
        names = self._names
        if not timestamp_text.isdigit() or len(timestamp_text) > 16:
            raise _malformed(f"{names[0]} is not milliseconds since the epoch", names[0])
        try:
            signature = crypto().b64decode(signature_text, strict_mode=True)
        except ValueError:  # binascii.Error
            signature = b""
        if not signature:
            raise _malformed(f"{names[2]} is not base64", names[2])
        timestamp = int(timestamp_text)
        self._check_window(timestamp)
        payload = b"".join((timestamp_text.encode("ascii"), b"\n", nonce.encode("ascii"), b"\n", raw, b"\n"))
        return _Signed(timestamp, nonce, serial, signature, raw, payload)

    def _check_window(self, timestamp: int) -> None:
        skew_ms = self._clock() * 1000 - timestamp
        limit_ms = self.tolerance * 1000
        if skew_ms > limit_ms:
            raise WebhookVerificationError(
                "timestamp_too_old", f"signed {skew_ms / 1000:.0f} s ago (tolerance {self.tolerance:g} s)"
            )
        if -skew_ms > limit_ms:
            raise WebhookVerificationError(
                "timestamp_in_future", f"signed {-skew_ms / 1000:.0f} s ahead (tolerance {self.tolerance:g} s)"
            )

    def finish(self, signed: _Signed, key: Key) -> WebhookEvent[Any]:
        """Signature, then replay, then the body: the event."""
        if key.key is None:
            raise WebhookVerificationError(
                "invalid_certificate", f"the certificate {signed.serial!r} is not an RSA public key"
            )
        pieces = crypto()
        try:
            key.key.verify(signed.signature, signed.payload, pieces.pkcs1v15, pieces.sha256)
        except (pieces.invalid_signature, ValueError, TypeError):
            raise WebhookVerificationError("bad_signature", "the signature does not verify") from None
        self._remember(signed)
        try:
            return self._parser.parse(signed.body, signed.timestamp, signed.nonce, signed.serial)
        except InvalidNotification as exc:
            raise WebhookVerificationError("invalid_body", str(exc)) from None

    def _remember(self, signed: _Signed) -> None:
        # Kept until the timestamp leaves the window: a TTL, so every store's clock may differ from ours.
        ttl = max(signed.timestamp / 1000 + self.tolerance - self._clock(), 0.001)
        try:
            added = self._replay.add(signed.nonce, ttl)
        except Exception as exc:
            message = f"the replay store failed ({type(exc).__name__})"
            raise WebhookVerificationError("replay_check_unavailable", message) from exc
        if not added:
            raise WebhookVerificationError("replayed_nonce", "this nonce was already accepted")


# ---- the verifiers ---------------------------------------------------------------------------------------------------


class WebhookVerifier:
    """Verifies notifications with one PEM public key, offline: no client, no network.

    `serial`: the certificate serial the notifications must name (`BinancePay-Certificate-SN`);
    None accepts any (the header is still required). `tolerance`: seconds the timestamp may be
    off, either way. `replay_store`: where accepted nonces are remembered (default: a
    `MemoryReplayStore` of `max_nonces`, this process only). `clock`: seconds since the epoch.
    `spec`: the notification facts; by default this package's spec.
    """

    __slots__ = ("_checks", "_key", "_serial")

    def __init__(
        self,
        public_key_pem: str | bytes,
        serial: str | None = None,
        *,
        tolerance: Seconds = DEFAULT_TOLERANCE,
        max_nonces: int = DEFAULT_MAX_NONCES,
        replay_store: ReplayStore | None = None,
        clock: Callable[[], float] = time.time,
        spec: WebhookSpec | None = None,
    ) -> None:
        self._checks = _Checks(spec, tolerance, clock, replay_store, max_nonces)
        self._key = load_public_key(public_key_pem)
        self._serial = serial

    def __repr__(self) -> str:
        return f"WebhookVerifier(serial={self._serial!r}, tolerance={self._checks.tolerance:g})"

    def verify(self, body: Body, headers: Headers) -> WebhookEvent[Any]:
        """The event in `body` (the raw request body bytes), or `WebhookVerificationError`."""
        signed = self._checks.signed(body, headers)
        if self._serial is not None and not hmac.compare_digest(
            signed.serial.encode("ascii"), self._serial.encode("utf-8", "surrogatepass")
        ):
            raise unknown(signed.serial)
        return self._checks.finish(signed, Key(signed.serial, self._key))


class Webhooks:
    """`client.webhooks`: verifies notifications with Binance's certificates.

    `list_certificates` is `client.certificates.list` (any callable returning entries with
    `cert_serial` and `cert_public` will do). It is called when a notification names a serial not
    in the cache (the first one included): one call at a time, at most one every
    `refetch_interval` seconds; a failed call is remembered for `failure_ttl` seconds; a caller
    waits at most `fetch_wait` seconds for a call another one made. A cached serial never waits.
    `replay_store`, `max_nonces`, `tolerance`, `clock`, `spec`: as for `WebhookVerifier`.
    Thread-safe.
    """

    __slots__ = ("_cache", "_checks", "_list")

    def __init__(
        self,
        list_certificates: Callable[[], Iterable[CertificateLike]],
        *,
        tolerance: Seconds = DEFAULT_TOLERANCE,
        max_nonces: int = DEFAULT_MAX_NONCES,
        replay_store: ReplayStore | None = None,
        refetch_interval: Seconds = DEFAULT_REFETCH_INTERVAL,
        failure_ttl: Seconds = DEFAULT_FAILURE_TTL,
        fetch_wait: Seconds = DEFAULT_FETCH_WAIT,
        clock: Callable[[], float] = time.time,
        spec: WebhookSpec | None = None,
    ) -> None:
        self._checks = _Checks(spec, tolerance, clock, replay_store, max_nonces)
        self._cache = CertificateCache(refetch_interval, failure_ttl, fetch_wait)
        self._list = list_certificates

    def __repr__(self) -> str:
        return f"Webhooks(certificates={self._cache.describe()}, tolerance={self._checks.tolerance:g})"

    def verify(self, body: Body, headers: Headers) -> WebhookEvent[Any]:
        """The event in `body` (the raw request body bytes), or `WebhookVerificationError`."""
        signed = self._checks.signed(body, headers)
        return self._checks.finish(signed, self._cache.key(signed.serial, self._list))


class AsyncWebhooks:
    """`AsyncBinancePayClient.webhooks`: `Webhooks` with the certificates fetched by an awaited
    `list_certificates` (`client.certificates.list`); `verify` is awaited. Usable from any event
    loop, several at once. The replay store is called directly (it is synchronous and quick)."""

    __slots__ = ("_cache", "_checks", "_list")

    def __init__(
        self,
        list_certificates: Callable[[], Awaitable[Iterable[CertificateLike]]],
        *,
        tolerance: Seconds = DEFAULT_TOLERANCE,
        max_nonces: int = DEFAULT_MAX_NONCES,
        replay_store: ReplayStore | None = None,
        refetch_interval: Seconds = DEFAULT_REFETCH_INTERVAL,
        failure_ttl: Seconds = DEFAULT_FAILURE_TTL,
        fetch_wait: Seconds = DEFAULT_FETCH_WAIT,
        clock: Callable[[], float] = time.time,
        spec: WebhookSpec | None = None,
    ) -> None:
        self._checks = _Checks(spec, tolerance, clock, replay_store, max_nonces)
        self._cache = CertificateCache(refetch_interval, failure_ttl, fetch_wait)
        self._list = list_certificates

    def __repr__(self) -> str:
        return f"AsyncWebhooks(certificates={self._cache.describe()}, tolerance={self._checks.tolerance:g})"

    async def verify(self, body: Body, headers: Headers) -> WebhookEvent[Any]:
        """The event in `body` (the raw request body bytes), or `WebhookVerificationError`."""
        signed = self._checks.signed(body, headers)
        return self._checks.finish(signed, await self._cache.key_async(signed.serial, self._list))


__all__ = [
    "DEFAULT_FAILURE_TTL",
    "DEFAULT_FETCH_WAIT",
    "DEFAULT_MAX_NONCES",
    "DEFAULT_REFETCH_INTERVAL",
    "DEFAULT_TOLERANCE",
    "AsyncWebhooks",
    "CertificateLike",
    "MemoryReplayStore",
    "RedisReplayStore",
    "ReplayStore",
    "SQLiteReplayStore",
    "UnknownWebhookEvent",
    "WebhookEvent",
    "WebhookVerificationError",
    "WebhookVerifier",
    "Webhooks",
    "load_public_key",
    "reply",
]
