"""Verify Binance Pay webhook notifications, then read them exactly.

With a client (its certificates fetched with `client.certificates.list()` on first use, cached, and
fetched once more when a notification names an unknown serial, as after a key rotation):

    event = client.webhooks.verify(raw_body, request.headers)        # BinancePayClient
    event = await client.webhooks.verify(raw_body, request.headers)  # AsyncBinancePayClient

Offline, with a PEM public key (no client, no network):

    verifier = WebhookVerifier(public_key_pem, serial="...")  # serial=None: any serial header
    event = verifier.verify(raw_body, headers)

A notification is accepted when its RSA PKCS#1 v1.5 SHA-256 signature (base64, in
`BinancePay-Signature`) verifies over `timestamp + "\\n" + nonce + "\\n" + body + "\\n"` (the raw body
bytes, exactly as received: never a re-serialised body) with the certificate named by
`BinancePay-Certificate-SN`, its `BinancePay-Timestamp` is within `tolerance` seconds of this
machine's clock (both directions), and its `BinancePay-Nonce` was not seen within that window.
Header names are matched case-insensitively.

The result is a `WebhookEvent` whose `data` is the generated model of its `bizType`
(`WebhookPayData` for PAY, `WebhookRefundData` for PAY_REFUND, ...; amounts `Decimal`), and whose
`biz_id` is the exact `bizIdStr`; an unknown `bizType` gives an `UnknownWebhookEvent` (a dict).
Anything else raises `WebhookVerificationError`, whose `.reason` is one of:

    missing_header            a required header is absent (`.header` names it)
    malformed_header          a non-numeric timestamp, bad base64, an empty or overlong value, a duplicate
    timestamp_too_old         older than `tolerance` seconds
    timestamp_in_future       more than `tolerance` seconds ahead
    unknown_certificate       no certificate has that serial (after one refetch, for a client)
    invalid_certificate       the certificate with that serial is not an RSA public key
    certificates_unavailable  fetching the certificates failed (the client's error is the `__cause__`)
    bad_signature             the signature does not verify: wrong key, or body or headers changed
    replayed_nonce            the nonce was already accepted within the tolerance window
    invalid_body              signed, but not a notification: not JSON, not the envelope, bad `data`

Then answer Binance with `reply()` (HTTP 200, `{"returnCode":"SUCCESS","returnMessage":null}`), or
`reply(success=False, message=...)` to have it retry.
"""

from __future__ import annotations

import hmac
import importlib
import json
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any, Protocol

from ._constants import Seconds
from ._exceptions import BinancePayError
from ._webhook_events import (
    EventParser,
    InvalidNotification,
    UnknownWebhookEvent,
    WebhookEvent,
    WebhookSpec,
)

DEFAULT_TOLERANCE = 300.0
"""Seconds a notification's timestamp may differ from this machine's clock, either way."""
DEFAULT_MAX_NONCES = 100_000
"""Nonces remembered at most (the oldest are forgotten first); each for the tolerance window only."""
DEFAULT_REFETCH_INTERVAL = 60.0
"""Seconds between two refetches of the certificates caused by unknown serials (so a flood of
forged serials cannot turn into a flood of certificate queries)."""

_MAX_HEADER_CHARS = 1024


class WebhookVerificationError(BinancePayError):
    """A webhook notification was rejected; `.reason` names why (see `binance_pay.webhooks`).

    Answer with a non-2xx status (or `reply(success=False)`): nothing in it is to be trusted.
    """

    reason: str

    def __init__(self, reason: str, message: str, *, header: str | None = None) -> None:
        super().__init__(f"webhook rejected ({reason}): {message}")
        self.reason = reason
        self.header = header


def reply(success: bool = True, message: str | None = None) -> bytes:
    """The body Binance expects in answer to a notification (send it with HTTP 200):
    `{"returnCode":"SUCCESS","returnMessage":null}`, or with `"FAIL"` (Binance then retries)."""
    return json.dumps(
        {"returnCode": "SUCCESS" if success else "FAIL", "returnMessage": message},
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode("utf-8")


class CertificateLike(Protocol):
    """An entry of `client.certificates.list()`: the key's serial and its PEM public key."""

    cert_serial: str
    cert_public: str


Headers = Mapping[str, str] | Mapping[bytes, bytes] | Iterable[tuple[str, str]] | Iterable[tuple[bytes, bytes]]
Body = bytes | bytearray | memoryview | str


# ---- keys ------------------------------------------------------------------------------------------------------------


_CRYPTO: Any = None


def _crypto() -> Any:
    """`cryptography`'s pieces, imported on first use (so `import binance_pay` does not pay for them)."""
    global _CRYPTO
    if _CRYPTO is None:
        from binascii import a2b_base64

        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import padding, rsa

        class Crypto:
            b64decode = staticmethod(a2b_base64)  # strict_mode=True: only the base64 alphabet, padded
            invalid_signature = InvalidSignature
            pkcs1v15 = padding.PKCS1v15()
            sha256 = hashes.SHA256()
            rsa_public_key = rsa.RSAPublicKey
            load_pem = staticmethod(serialization.load_pem_public_key)
            load_der = staticmethod(serialization.load_der_public_key)

        _CRYPTO = Crypto
    return _CRYPTO


def load_public_key(pem: str | bytes) -> Any:
    """An RSA public key from a PEM `BEGIN PUBLIC KEY` block (also when it comes as one line);
    raises ValueError otherwise."""
    crypto = _crypto()
    data = pem.encode("ascii", "replace") if isinstance(pem, str) else bytes(pem)
    try:
        key = crypto.load_pem(data)
    except (ValueError, TypeError):
        # Unconfirmed whether certPublic keeps its line breaks: read the base64 between the markers.
        lines = [line for line in data.replace(b"\\n", b"\n").split(b"-----") if line.strip()]
        inner = next((part for part in lines if b"PUBLIC KEY" not in part), b"")
        try:
            key = crypto.load_der(crypto.b64decode(b"".join(inner.split()), strict_mode=True))
        except (ValueError, TypeError):  # binascii.Error is a ValueError
            raise ValueError("not a PEM public key") from None
    if not isinstance(key, crypto.rsa_public_key):
        raise ValueError(f"not an RSA public key ({type(key).__name__})")
    return key


class _Key:
    __slots__ = ("key", "serial")

    def __init__(self, serial: str, key: Any) -> None:
        self.serial = serial.encode("utf-8")
        self.key = key  # None: the certificate's PEM could not be read


def _keys_of(certificates: Iterable[CertificateLike]) -> list[_Key]:
    keys = []
    for certificate in certificates:
        try:
            key = load_public_key(certificate.cert_public)
        except ValueError:
            key = None
        keys.append(_Key(certificate.cert_serial, key))
    return keys


def _match(keys: list[_Key], serial: bytes) -> _Key | None:
    """The key with this serial, compared in constant time (and without stopping at the first match)."""
    found = None
    for entry in keys:
        if hmac.compare_digest(entry.serial, serial):
            found = entry
    return found


# ---- the checks ------------------------------------------------------------------------------------------------------


class _Signed:
    __slots__ = ("body", "nonce", "payload", "serial", "signature", "timestamp")

    def __init__(self, timestamp: int, nonce: str, serial: str, signature: bytes, body: bytes, payload: bytes) -> None:
        self.body = body
        self.timestamp = timestamp
        self.nonce = nonce
        self.serial = serial
        self.signature = signature
        self.payload = payload


class _Nonces:
    """Nonces accepted within the tolerance window: insertion-ordered, each with its expiry, capped."""

    __slots__ = ("_lock", "_max", "_seen")

    def __init__(self, max_size: int) -> None:
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._max = max_size
        self._lock = threading.Lock()

    def add(self, nonce: str, expires: Seconds, now: Seconds) -> bool:
        """Remember `nonce` until `expires`; False if it is already remembered."""
        with self._lock:
            seen = self._seen
            while seen:
                oldest = next(iter(seen))
                if seen[oldest] > now:
                    break
                del seen[oldest]
            known = seen.get(nonce)
            if known is not None and known > now:
                return False
            seen[nonce] = expires
            seen.move_to_end(nonce)
            while len(seen) > self._max:
                seen.popitem(last=False)
            return True

    def __len__(self) -> int:
        return len(self._seen)


def _default_spec() -> WebhookSpec:
    """The generated `_spec.WEBHOOKS`, looked up by name so this module type-checks where it stands."""
    spec = getattr(importlib.import_module("._spec", __package__), "WEBHOOKS", None)
    if not isinstance(spec, WebhookSpec):
        raise RuntimeError("this client was generated from a spec without webhook notifications")
    return spec


class _Checks:
    """What every verifier does around the key lookup: headers, clock, signature, replay, parse."""

    __slots__ = ("_clock", "_names", "_nonces", "_parser", "_spec", "_wanted", "tolerance")

    def __init__(
        self,
        spec: WebhookSpec | None,
        tolerance: Seconds,
        max_nonces: int,
        clock: Callable[[], float],
    ) -> None:
        if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or not 0 < tolerance < math.inf:
            raise ValueError(f"tolerance must be a positive, finite number of seconds, got {tolerance!r}")
        if isinstance(max_nonces, bool) or not isinstance(max_nonces, int) or max_nonces < 1:
            raise ValueError(f"max_nonces must be a positive integer, got {max_nonces!r}")
        self._spec = spec = spec if spec is not None else _default_spec()
        self.tolerance = float(tolerance)
        self._clock = clock
        self._nonces = _Nonces(max_nonces)
        self._parser = EventParser(spec)
        self._names = (spec.timestamp_header, spec.nonce_header, spec.signature_header, spec.serial_header)
        self._wanted = {name.lower(): index for index, name in enumerate(self._names)}

    def _headers(self, headers: Headers) -> list[str]:
        wanted = self._wanted
        found: list[str | None] = [None, None, None, None]
        items: Iterable[Any] = headers.items() if isinstance(headers, Mapping) else headers
        for key, value in items:
            if isinstance(key, bytes):
                key = key.decode("latin-1")
            index = wanted.get(key.lower()) if isinstance(key, str) else None
            if index is None:
                continue
            if isinstance(value, bytes):
                value = value.decode("latin-1")
            if not isinstance(value, str):
                raise WebhookVerificationError(
                    "malformed_header", f"{self._names[index]} is not text", header=self._names[index]
                )
            value = value.strip()
            if found[index] is not None and found[index] != value:
                raise WebhookVerificationError(
                    "malformed_header", f"{self._names[index]} is given twice", header=self._names[index]
                )
            found[index] = value
        result = []
        for name, value in zip(self._names, found, strict=True):
            if value is None:
                raise WebhookVerificationError("missing_header", f"no {name} header", header=name)
            if not value or len(value) > _MAX_HEADER_CHARS or not value.isascii() or not value.isprintable():
                raise WebhookVerificationError(
                    "malformed_header", f"{name} is empty, too long or not printable ASCII", header=name
                )
            result.append(value)
        return result

    def signed(self, body: Body, headers: Headers) -> _Signed:
        """The notification's headers read and checked (presence, form, timestamp window)."""
        if isinstance(body, str):
            body = body.encode("utf-8")
        elif not isinstance(body, bytes):
            body = bytes(body)
        timestamp_text, nonce, signature_text, serial = self._headers(headers)
        names = self._names
        if not timestamp_text.isdigit() or len(timestamp_text) > 16:
            raise WebhookVerificationError(
                "malformed_header", f"{names[0]} is not milliseconds since the epoch", header=names[0]
            )
        try:
            signature = _crypto().b64decode(signature_text, strict_mode=True)
        except ValueError:  # binascii.Error
            signature = b""
        if not signature:
            raise WebhookVerificationError("malformed_header", f"{names[2]} is not base64", header=names[2])
        timestamp = int(timestamp_text)
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
        payload = b"".join((timestamp_text.encode("ascii"), b"\n", nonce.encode("ascii"), b"\n", body, b"\n"))
        return _Signed(timestamp, nonce, serial, signature, body, payload)

    def finish(self, signed: _Signed, key: _Key) -> WebhookEvent[Any]:
        """Signature, then replay, then the body: the event."""
        if key.key is None:
            raise WebhookVerificationError(
                "invalid_certificate", f"the certificate {signed.serial!r} is not an RSA public key"
            )
        crypto = _crypto()
        try:
            key.key.verify(signed.signature, signed.payload, crypto.pkcs1v15, crypto.sha256)
        except (crypto.invalid_signature, ValueError, TypeError):
            raise WebhookVerificationError("bad_signature", "the signature does not verify") from None
        if not self._nonces.add(signed.nonce, signed.timestamp / 1000 + self.tolerance, self._clock()):
            raise WebhookVerificationError("replayed_nonce", "this nonce was already accepted")
        try:
            return self._parser.parse(signed.body, signed.timestamp, signed.nonce, signed.serial)
        except InvalidNotification as exc:
            raise WebhookVerificationError("invalid_body", str(exc)) from None


def _unknown(serial: str) -> WebhookVerificationError:
    return WebhookVerificationError("unknown_certificate", f"no certificate has the serial {serial!r}")


def _unavailable(exc: Exception) -> WebhookVerificationError:
    error = WebhookVerificationError("certificates_unavailable", f"could not fetch the certificates: {exc}")
    error.__cause__ = exc
    return error


# ---- the verifiers ---------------------------------------------------------------------------------------------------


class WebhookVerifier:
    """Verifies notifications with one PEM public key, offline: no client, no network.

    `serial`: the certificate serial the notifications must name (`BinancePay-Certificate-SN`);
    None accepts any (the header is still required). `tolerance`: seconds the timestamp may be
    off, either way. `clock`: seconds since the epoch (for tests). `spec`: the notification
    facts; by default this package's spec.
    """

    __slots__ = ("_checks", "_key", "_serial")

    def __init__(
        self,
        public_key_pem: str | bytes,
        serial: str | None = None,
        *,
        tolerance: Seconds = DEFAULT_TOLERANCE,
        max_nonces: int = DEFAULT_MAX_NONCES,
        clock: Callable[[], float] = time.time,
        spec: WebhookSpec | None = None,
    ) -> None:
        self._checks = _Checks(spec, tolerance, max_nonces, clock)
        self._key = load_public_key(public_key_pem)
        self._serial = serial

    def __repr__(self) -> str:
        return f"WebhookVerifier(serial={self._serial!r}, tolerance={self._checks.tolerance:g})"

    def verify(self, body: Body, headers: Headers) -> WebhookEvent[Any]:
        """The event in `body` (the raw request body bytes), or `WebhookVerificationError`."""
        signed = self._checks.signed(body, headers)
        if self._serial is not None and not hmac.compare_digest(
            signed.serial.encode("ascii"), self._serial.encode("utf-8")
        ):
            raise _unknown(signed.serial)
        return self._checks.finish(signed, _Key(signed.serial, self._key))


class _CertificateCache:
    """The fetched keys and when an unknown serial last caused a refetch."""

    __slots__ = ("interval", "keys", "last_refetch")

    def __init__(self, refetch_interval: Seconds) -> None:
        if isinstance(refetch_interval, bool) or not isinstance(refetch_interval, (int, float)) or refetch_interval < 0:
            raise ValueError(f"refetch_interval must be a number of seconds >= 0, got {refetch_interval!r}")
        self.interval = float(refetch_interval)
        self.keys: list[_Key] | None = None
        self.last_refetch: Seconds | None = None

    def may_refetch(self) -> bool:
        now = time.monotonic()
        if self.last_refetch is not None and now - self.last_refetch < self.interval:
            return False
        self.last_refetch = now
        return True

    def describe(self) -> str:
        return "not fetched" if self.keys is None else f"{len(self.keys)} cached"


class Webhooks:
    """`client.webhooks`: verifies notifications with Binance's certificates.

    `list_certificates` is `client.certificates.list` (any callable returning entries with
    `cert_serial` and `cert_public` will do). It is called on the first `verify`, and once more
    when a notification names a serial not in the cache (at most every `refetch_interval`
    seconds); the keys are cached in between. Thread-safe.
    """

    __slots__ = ("_cache", "_checks", "_list", "_lock")

    def __init__(
        self,
        list_certificates: Callable[[], Iterable[CertificateLike]],
        *,
        tolerance: Seconds = DEFAULT_TOLERANCE,
        max_nonces: int = DEFAULT_MAX_NONCES,
        refetch_interval: Seconds = DEFAULT_REFETCH_INTERVAL,
        clock: Callable[[], float] = time.time,
        spec: WebhookSpec | None = None,
    ) -> None:
        self._checks = _Checks(spec, tolerance, max_nonces, clock)
        self._cache = _CertificateCache(refetch_interval)
        self._list = list_certificates
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Webhooks(certificates={self._cache.describe()}, tolerance={self._checks.tolerance:g})"

    def _fetch(self) -> list[_Key]:
        try:
            keys = _keys_of(self._list())
        except BinancePayError as exc:
            raise _unavailable(exc) from exc
        self._cache.keys = keys
        return keys

    def _key(self, serial: str) -> _Key:
        wanted = serial.encode("ascii")
        with self._lock:
            keys = self._cache.keys
            if keys is None:
                keys = self._fetch()
            found = _match(keys, wanted)
            if found is None and self._cache.may_refetch():
                found = _match(self._fetch(), wanted)
        if found is None:
            raise _unknown(serial)
        return found

    def verify(self, body: Body, headers: Headers) -> WebhookEvent[Any]:
        """The event in `body` (the raw request body bytes), or `WebhookVerificationError`."""
        signed = self._checks.signed(body, headers)
        return self._checks.finish(signed, self._key(signed.serial))


class AsyncWebhooks:
    """`AsyncBinancePayClient.webhooks`: `Webhooks` with the certificates fetched by an awaited
    `list_certificates` (`client.certificates.list`); `verify` is awaited."""

    __slots__ = ("_cache", "_checks", "_list", "_lock")

    def __init__(
        self,
        list_certificates: Callable[[], Awaitable[Iterable[CertificateLike]]],
        *,
        tolerance: Seconds = DEFAULT_TOLERANCE,
        max_nonces: int = DEFAULT_MAX_NONCES,
        refetch_interval: Seconds = DEFAULT_REFETCH_INTERVAL,
        clock: Callable[[], float] = time.time,
        spec: WebhookSpec | None = None,
    ) -> None:
        self._checks = _Checks(spec, tolerance, max_nonces, clock)
        self._cache = _CertificateCache(refetch_interval)
        self._list = list_certificates
        self._lock: Any = None  # an asyncio.Lock, made on first use (inside the running loop)

    def __repr__(self) -> str:
        return f"AsyncWebhooks(certificates={self._cache.describe()}, tolerance={self._checks.tolerance:g})"

    async def _fetch(self) -> list[_Key]:
        try:
            keys = _keys_of(await self._list())
        except BinancePayError as exc:
            raise _unavailable(exc) from exc
        self._cache.keys = keys
        return keys

    async def _key(self, serial: str) -> _Key:
        wanted = serial.encode("ascii")
        keys = self._cache.keys
        found = None if keys is None else _match(keys, wanted)
        if found is None:  # only the first call and unknown serials wait for the lock
            if self._lock is None:
                import asyncio

                self._lock = asyncio.Lock()
            async with self._lock:
                keys = self._cache.keys
                if keys is None:
                    keys = await self._fetch()
                found = _match(keys, wanted)
                if found is None and self._cache.may_refetch():
                    found = _match(await self._fetch(), wanted)
        if found is None:
            raise _unknown(serial)
        return found

    async def verify(self, body: Body, headers: Headers) -> WebhookEvent[Any]:
        """The event in `body` (the raw request body bytes), or `WebhookVerificationError`."""
        signed = self._checks.signed(body, headers)
        return self._checks.finish(signed, await self._key(signed.serial))


__all__ = [
    "DEFAULT_TOLERANCE",
    "AsyncWebhooks",
    "UnknownWebhookEvent",
    "WebhookEvent",
    "WebhookVerificationError",
    "WebhookVerifier",
    "Webhooks",
    "reply",
]
