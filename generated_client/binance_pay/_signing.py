# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""Request signing, from the spec's `x-signing` scheme (HMAC-SHA512).

signature = hex-upper HMAC-SHA512(secret, "{timestamp}\n{nonce}\n{body}\n"),
where body is the exact bytes sent. Every request, including every retry, gets a fresh timestamp
and a fresh nonce from the operating system's CSPRNG.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from collections.abc import Generator

import httpx

from ._secret import Secret, redact_api_key

TIMESTAMP_HEADER = "BinancePay-Timestamp"
NONCE_HEADER = "BinancePay-Nonce"
API_KEY_HEADER = "BinancePay-Certificate-SN"
SIGNATURE_HEADER = "BinancePay-Signature"
SIGNED_HEADERS = (TIMESTAMP_HEADER, NONCE_HEADER, API_KEY_HEADER, SIGNATURE_HEADER)

NONCE_LENGTH = 32
NONCE_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

# Map each random byte to a letter; bytes past the largest multiple of the alphabet's size are
# dropped (rejection sampling), so every letter is equally likely.
_USABLE_BYTES = 256 - 256 % len(NONCE_ALPHABET)
_BYTE_TO_LETTER = bytes(NONCE_ALPHABET[i % len(NONCE_ALPHABET)] for i in range(256))
_REJECTED_BYTES = bytes(range(_USABLE_BYTES, 256))


def make_nonce() -> str:
    """32 uniformly random alphanumerics from `os.urandom`."""
    letters = b""
    while len(letters) < NONCE_LENGTH:
        letters += os.urandom(NONCE_LENGTH + 16).translate(_BYTE_TO_LETTER, _REJECTED_BYTES)
    return letters[:NONCE_LENGTH].decode("ascii")


def keyed_hmac(secret_key: Secret) -> hmac.HMAC:
    """An HMAC keyed once with the secret; `sign` copies it per request. Its repr shows no key."""
    return hmac.new(secret_key.reveal().encode("utf-8"), digestmod=hashlib.sha512)


def sign(keyed: hmac.HMAC, timestamp: str, nonce: str, body: bytes) -> str:
    """The signature header value for one request."""
    mac = keyed.copy()
    mac.update(b"%s\n%s\n%s\n" % (timestamp.encode("ascii"), nonce.encode("ascii"), body))
    return mac.hexdigest().upper()


class BinancePayAuth(httpx.Auth):
    """Signs each request's exact body bytes and sets the four signing headers.

    `clock_offset_ms` is added to the local clock; the client sets it after an INVALID_TIMESTAMP.
    """

    requires_request_body = True

    def __init__(self, api_key: str, secret_key: Secret, *, clock_offset_ms: int = 0) -> None:
        self._api_key = api_key
        self._keyed = keyed_hmac(secret_key)
        self.clock_offset_ms = clock_offset_ms

    def timestamp_ms(self) -> int:
        return time.time_ns() // 1_000_000 + self.clock_offset_ms

    def signed_headers(self, body: bytes) -> dict[str, str]:
        """The four signing headers for one request with this exact body."""
        timestamp = str(self.timestamp_ms())
        nonce = make_nonce()
        return {
            TIMESTAMP_HEADER: timestamp,
            NONCE_HEADER: nonce,
            API_KEY_HEADER: self._api_key,
            SIGNATURE_HEADER: sign(self._keyed, timestamp, nonce, body),
        }

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.update(self.signed_headers(request.content))
        yield request

    def __repr__(self) -> str:
        return f"BinancePayAuth(api_key={redact_api_key(self._api_key)!r}, secret_key=Secret('**********'))"
