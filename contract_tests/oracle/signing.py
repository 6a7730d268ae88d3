"""An independent Binance Pay signer, written from the spec's `info.x-signing` (shares no code with the client)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time

from contract_tests.oracle.spec import NONCE_ALPHABET, NONCE_LENGTH, SIGNING

_HASHES = {"HMAC-SHA512": hashlib.sha512, "HMAC-SHA256": hashlib.sha256}


def payload(timestamp: str, nonce: str, body: bytes) -> bytes:
    template: str = SIGNING["payloadTemplate"]
    before, _, after = template.partition("{body}")
    head = before.format(timestamp=timestamp, nonce=nonce).encode("ascii")
    return head + body + after.encode("ascii")


def signature(secret: str, timestamp: str, nonce: str, body: bytes) -> str:
    digest = hmac.new(secret.encode("utf-8"), payload(timestamp, nonce, body), _HASHES[SIGNING["algorithm"]])
    hexed = digest.hexdigest()
    return hexed.upper() if SIGNING["digestEncoding"] == "hex-upper" else hexed


def verify(secret: str, timestamp: str, nonce: str, body: bytes, sig: str) -> bool:
    return hmac.compare_digest(signature(secret, timestamp, nonce, body), sig)


def new_nonce() -> str:
    return "".join(secrets.choice(NONCE_ALPHABET) for _ in range(NONCE_LENGTH))


def now_ms() -> int:
    return time.time_ns() // 1_000_000
