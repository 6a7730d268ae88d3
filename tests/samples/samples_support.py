"""Helpers for the tests of what Binance really sends: scripted answers and a webhook signer.

The values are made up; the shapes are those seen in Binance's own samples (its docs, its merchant guide).
"""

from __future__ import annotations

import base64
import json
import secrets
import string
import time
from dataclasses import dataclass, field
from typing import Any

import httpx
from binance_pay.webhooks import WebhookVerifier
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass
class Wire:
    """What the client sent (each request's exact body) and the one body it is answered with."""

    answer: bytes = b""
    sent: list[bytes] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request.content)
        return httpx.Response(200, content=self.answer, headers={"Content-Type": "application/json"})

    def sent_json(self) -> Any:
        """The one request sent, decoded with every number exact (a fraction as text, to compare digits)."""
        assert len(self.sent) == 1, self.sent
        return json.loads(self.sent[0], parse_float=str)


def success(data_text: str) -> bytes:
    """A SUCCESS envelope around `data_text`, inserted verbatim so every number keeps its spelling."""
    return ('{"status":"SUCCESS","code":"000000","data":' + data_text + ',"errorMessage":""}').encode()


@dataclass
class Notifier:
    """Binance's side of a webhook: an RSA key that signs a body as Binance does, and a verifier that trusts it."""

    key: rsa.RSAPrivateKey
    serial: str = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"

    def verifier(self) -> WebhookVerifier:
        pem = self.key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return WebhookVerifier(pem.decode("ascii"), serial=self.serial)

    def headers(self, body: bytes) -> dict[str, str]:
        stamp = str(int(time.time() * 1000))
        nonce = "".join(secrets.choice(string.ascii_letters) for _ in range(32))
        signed = stamp.encode() + b"\n" + nonce.encode() + b"\n" + body + b"\n"
        signature = self.key.sign(signed, padding.PKCS1v15(), hashes.SHA256())
        return {
            "BinancePay-Timestamp": stamp,
            "BinancePay-Nonce": nonce,
            "BinancePay-Signature": base64.b64encode(signature).decode("ascii"),
            "BinancePay-Certificate-SN": self.serial,
        }


def notification(biz_type: str, biz_id: int, status: str, data: dict[str, Any] | str) -> bytes:
    """A notification body: `data` as a JSON string (text given as is), or as a nested object."""
    data_json = json.dumps(data, separators=(",", ":")) if isinstance(data, dict) else json.dumps(data)
    return (
        f'{{"bizType":"{biz_type}","bizId":{biz_id},"bizIdStr":"{biz_id}","bizStatus":"{status}","data":{data_json}}}'
    ).encode()
