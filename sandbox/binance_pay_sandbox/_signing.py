"""Binance Pay request signatures, implemented from the spec's `info.x-signing` (not shared with the client)."""

from __future__ import annotations

import hashlib
import hmac

from ._spec import Signing


class Signer:
    """Computes and checks the signature of one request for one secret key."""

    __slots__ = ("_digestmod", "_key", "_template", "_upper")

    def __init__(self, signing: Signing, secret_key: str) -> None:
        self._key = secret_key.encode("utf-8")
        self._digestmod = getattr(hashlib, signing.hash_name)
        self._upper = signing.upper
        self._template = signing.template

    def payload(self, timestamp: bytes, nonce: bytes, body: bytes) -> bytes:
        values = {"timestamp": timestamp, "nonce": nonce, "body": body, "": b""}
        return b"".join(literal + values[field] for literal, field in self._template)

    def sign(self, timestamp: bytes, nonce: bytes, body: bytes) -> bytes:
        digest = hmac.new(self._key, self.payload(timestamp, nonce, body), self._digestmod).hexdigest()
        return (digest.upper() if self._upper else digest).encode("ascii")

    def verify(self, timestamp: bytes, nonce: bytes, body: bytes, signature: bytes) -> bool:
        return hmac.compare_digest(self.sign(timestamp, nonce, body), signature)
