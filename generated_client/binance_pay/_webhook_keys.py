"""Binance's webhook public keys: reading a PEM, and the client's certificate cache.

The cache is built so that notifications cannot be turned against the merchant:

- a known serial is looked up in an immutable snapshot, without a lock: a genuine notification
  never waits for a certificate fetch another notification caused;
- one fetch at a time; callers with an unknown serial wait for it at most `fetch_wait` seconds;
- a fetch may start only `refetch_interval` seconds after the previous one started (the first
  included), so forged serials cannot turn into a flood of signed certificate queries;
- a failed fetch is remembered for `failure_ttl` seconds, during which unknown serials are refused
  as `certificates_unavailable` at once, without a network call.
"""

from __future__ import annotations

import hmac
import math
import threading
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, Protocol

from ._constants import Seconds
from ._exceptions import WebhookVerificationError

DEFAULT_REFETCH_INTERVAL = 60.0
"""Seconds from the start of one certificate fetch to the earliest start of the next."""
DEFAULT_FAILURE_TTL = 5.0
"""Seconds a failed certificate fetch is remembered (verifications needing it fail at once)."""
DEFAULT_FETCH_WAIT = 1.0
"""Seconds a notification with an unknown serial waits for a fetch another one started."""

_ASYNC_POLL = 0.005


class CertificateLike(Protocol):
    """An entry of `client.certificates.list()`: the key's serial and its PEM public key."""

    cert_serial: str
    cert_public: str


_CRYPTO: Any = None


def crypto() -> Any:
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
    pieces = crypto()
    data = pem.encode("ascii", "replace") if isinstance(pem, str) else bytes(pem)
    try:
        key = pieces.load_pem(data)
    except (ValueError, TypeError):
        # Unconfirmed whether certPublic keeps its line breaks: read the base64 between the markers.
        lines = [line for line in data.replace(b"\\n", b"\n").split(b"-----") if line.strip()]
        inner = next((part for part in lines if b"PUBLIC KEY" not in part), b"")
        try:
            key = pieces.load_der(pieces.b64decode(b"".join(inner.split()), strict_mode=True))
        except (ValueError, TypeError):  # binascii.Error is a ValueError
            raise ValueError("not a PEM public key") from None
    if not isinstance(key, pieces.rsa_public_key):
        raise ValueError(f"not an RSA public key ({type(key).__name__})")
    return key


class Key:
    __slots__ = ("key", "serial")

    def __init__(self, serial: str, key: Any) -> None:
        self.serial = serial.encode("utf-8", "surrogatepass")
        self.key = key  # None: the certificate's PEM could not be read


def keys_of(certificates: Iterable[CertificateLike]) -> tuple[Key, ...]:
    keys = []
    for certificate in certificates:
        try:
            key = load_public_key(certificate.cert_public)
        except ValueError:
            key = None
        keys.append(Key(certificate.cert_serial, key))
    return tuple(keys)


def match(keys: tuple[Key, ...], serial: bytes) -> Key | None:
    """The key with this serial, compared in constant time (and without stopping at the first match)."""
    found = None
    for entry in keys:
        if hmac.compare_digest(entry.serial, serial):
            found = entry
    return found


def unknown(serial: str) -> WebhookVerificationError:
    return WebhookVerificationError("unknown_certificate", f"no certificate has the serial {serial!r}")


def unavailable(exc: BaseException | None) -> WebhookVerificationError:
    if exc is None:
        return WebhookVerificationError("certificates_unavailable", "the certificates are still being fetched")
    error = WebhookVerificationError("certificates_unavailable", f"could not fetch the certificates: {exc}")
    error.__cause__ = exc
    return error


def _seconds(name: str, value: Seconds) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < math.inf:
        raise ValueError(f"{name} must be a finite number of seconds >= 0, got {value!r}")
    return float(value)


_FETCH, _WAIT, _GIVE_UP = "fetch", "wait", "give_up"


class CertificateCache:
    """The fetched keys (an immutable tuple, replaced whole) and the state of fetching them."""

    __slots__ = (
        "_failure",
        "_failure_until",
        "_fetching",
        "_lock",
        "_next_fetch",
        "failure_ttl",
        "fetch_wait",
        "interval",
        "keys",
    )

    def __init__(self, refetch_interval: Seconds, failure_ttl: Seconds, fetch_wait: Seconds) -> None:
        self.interval = _seconds("refetch_interval", refetch_interval)
        self.failure_ttl = _seconds("failure_ttl", failure_ttl)
        self.fetch_wait = _seconds("fetch_wait", fetch_wait)
        self.keys: tuple[Key, ...] | None = None
        self._lock = threading.Lock()  # guards the fields below; never held across a fetch or a wait
        self._fetching: threading.Event | None = None
        self._next_fetch = -math.inf  # time.monotonic()
        self._failure: Exception | None = None
        self._failure_until = -math.inf

    def describe(self) -> str:
        keys = self.keys
        return "not fetched" if keys is None else f"{len(keys)} cached"

    def known(self, serial: bytes) -> Key | None:
        keys = self.keys
        return None if keys is None else match(keys, serial)

    def _plan(self) -> tuple[str, threading.Event | None]:
        """For an unknown serial: fetch (this caller), wait for the fetch in progress, or give up."""
        now = time.monotonic()
        with self._lock:
            if self._fetching is not None:
                return _WAIT, self._fetching
            if self._failure is not None and now < self._failure_until:
                raise unavailable(self._failure)
            if now < self._next_fetch:
                return _GIVE_UP, None
            self._fetching = threading.Event()
            self._next_fetch = now + self.interval
            return _FETCH, self._fetching

    def _finish(self, keys: tuple[Key, ...] | None, failure: Exception | None) -> None:
        now = time.monotonic()
        with self._lock:
            if failure is None:
                self.keys, self._failure = keys, None
            else:
                self._failure, self._failure_until = failure, now + self.failure_ttl
                self._next_fetch = min(self._next_fetch, self._failure_until)
            event, self._fetching = self._fetching, None
        if event is not None:
            event.set()

    def _abandon(self) -> None:
        """The fetch was cancelled (not failed): the next caller may start another at once."""
        with self._lock:
            self._next_fetch = -math.inf
            event, self._fetching = self._fetching, None
        if event is not None:
            event.set()

    def _result(self, serial: str, wanted: bytes) -> Key:
        found = self.known(wanted)
        if found is not None:
            return found
        with self._lock:
            failure = self._failure if time.monotonic() < self._failure_until else None
        if failure is not None or self.keys is None:
            raise unavailable(failure)
        raise unknown(serial)

    def key(self, serial: str, list_certificates: Callable[[], Iterable[CertificateLike]]) -> Key:
        wanted = serial.encode("ascii")
        found = self.known(wanted)
        if found is not None:
            return found
        action, event = self._plan()
        if action == _FETCH:
            try:
                keys = keys_of(list_certificates())
            except Exception as exc:  # the client's error, or a list that is not certificates
                self._finish(None, exc)
            except BaseException:
                self._abandon()
                raise
            else:
                self._finish(keys, None)
        elif event is not None:
            event.wait(self.fetch_wait)
        return self._result(serial, wanted)

    async def key_async(
        self, serial: str, list_certificates: Callable[[], Awaitable[Iterable[CertificateLike]]]
    ) -> Key:
        wanted = serial.encode("ascii")
        found = self.known(wanted)
        if found is not None:
            return found
        action, event = self._plan()
        if action == _FETCH:
            try:
                keys = keys_of(await list_certificates())
            except Exception as exc:
                self._finish(None, exc)
            except BaseException:  # cancelled: the caller went away, not the certificates
                self._abandon()
                raise
            else:
                self._finish(keys, None)
        elif event is not None:
            await _wait_async(event, self.fetch_wait)
        return self._result(serial, wanted)


async def _wait_async(event: threading.Event, timeout: Seconds) -> None:
    # A threading.Event polled, not an asyncio primitive: the fetch may run on another event loop
    # (in another thread), and an asyncio primitive would bind to the first loop that used it.
    import asyncio

    deadline = time.monotonic() + timeout
    while not event.is_set():
        left = deadline - time.monotonic()
        if left <= 0:
            return
        await asyncio.sleep(min(_ASYNC_POLL, left))
