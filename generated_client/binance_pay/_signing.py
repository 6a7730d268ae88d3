"""Request signing: uppercase hex HMAC-SHA512 of timestamp, nonce and the exact body bytes.

Header names and the nonce alphabet come from the spec's `x-signing` (see `_spec.SIGNING`). Every
request, including every retry, gets a fresh timestamp and a fresh nonce from the operating
system's CSPRNG.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from dataclasses import dataclass

from ._secret import Secret, redact_api_key


@dataclass(frozen=True, slots=True)
class SigningScheme:
    """The spec's `x-signing`: which headers carry what, and the nonce's shape."""

    timestamp_header: str
    nonce_header: str
    api_key_header: str
    signature_header: str
    nonce_length: int
    nonce_alphabet: bytes

    @property
    def headers(self) -> tuple[str, str, str, str]:
        return (self.timestamp_header, self.nonce_header, self.api_key_header, self.signature_header)


class NonceSource:
    """Uniformly random nonces: each random byte maps to a letter, bytes past the largest multiple
    of the alphabet's size are dropped (rejection sampling)."""

    __slots__ = ("_length", "_rejected", "_to_letter")

    def __init__(self, length: int, alphabet: bytes) -> None:
        usable = 256 - 256 % len(alphabet)
        self._length = length
        self._to_letter = bytes(alphabet[i % len(alphabet)] for i in range(256))
        self._rejected = bytes(range(usable, 256))

    def __call__(self) -> str:
        letters = b""
        while len(letters) < self._length:
            letters += os.urandom(self._length + 16).translate(self._to_letter, self._rejected)
        return letters[: self._length].decode("ascii")


def sign(keyed: hmac.HMAC, timestamp: str, nonce: str, body: bytes) -> str:
    """The signature header value for one request."""
    mac = keyed.copy()
    mac.update(b"%s\n%s\n%s\n" % (timestamp.encode("ascii"), nonce.encode("ascii"), body))
    return mac.hexdigest().upper()


class BinancePayAuth:
    """Signs exact body bytes and returns the four signing headers.

    `clock_offset_ms` is added to the local clock; the client sets it after an INVALID_TIMESTAMP.
    """

    def __init__(self, api_key: str, secret_key: Secret, scheme: SigningScheme, *, clock_offset_ms: int = 0) -> None:
        self._api_key = api_key
        self._keyed = hmac.new(secret_key.reveal().encode("utf-8"), digestmod=hashlib.sha512)
        self._scheme = scheme
        self._nonce = NonceSource(scheme.nonce_length, scheme.nonce_alphabet)
        self.clock_offset_ms = clock_offset_ms

    def timestamp_ms(self) -> int:
        return time.time_ns() // 1_000_000 + self.clock_offset_ms

    def signed_headers(self, body: bytes) -> dict[str, str]:
        """The four signing headers for one request with this exact body."""
        scheme = self._scheme
        timestamp = str(self.timestamp_ms())
        nonce = self._nonce()
        return {
            scheme.timestamp_header: timestamp,
            scheme.nonce_header: nonce,
            scheme.api_key_header: self._api_key,
            scheme.signature_header: sign(self._keyed, timestamp, nonce, body),
        }

    def __repr__(self) -> str:
        return f"BinancePayAuth(api_key={redact_api_key(self._api_key)!r}, secret_key=Secret('**********'))"

    def __reduce__(self) -> str:
        raise TypeError("BinancePayAuth holds a secret and cannot be pickled")
