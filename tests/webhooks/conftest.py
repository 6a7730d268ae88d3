"""Real RSA keys and notifications signed exactly as Binance signs them."""

from __future__ import annotations

import base64
import secrets
import string
import time
from dataclasses import dataclass

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass
class Signer:
    """A Binance-side key: signs timestamp + "\\n" + nonce + "\\n" + body + "\\n" with RSA PKCS#1 v1.5 SHA-256."""

    private_key: rsa.RSAPrivateKey
    serial: str

    @property
    def public_pem(self) -> str:
        return (
            self.private_key.public_key()
            .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
            .decode("ascii")
        )

    def headers(self, body: bytes, *, timestamp: int | None = None, nonce: str | None = None) -> dict[str, str]:
        stamp = str(int(time.time() * 1000) if timestamp is None else timestamp)
        nonce = nonce or "".join(secrets.choice(string.ascii_letters) for _ in range(32))
        payload = stamp.encode() + b"\n" + nonce.encode() + b"\n" + body + b"\n"
        signature = self.private_key.sign(payload, padding.PKCS1v15(), hashes.SHA256())
        return {
            "BinancePay-Timestamp": stamp,
            "BinancePay-Nonce": nonce,
            "BinancePay-Signature": base64.b64encode(signature).decode("ascii"),
            "BinancePay-Certificate-SN": self.serial,
        }


def make_signer(serial: str) -> Signer:
    return Signer(rsa.generate_private_key(public_exponent=65537, key_size=2048), serial)


@pytest.fixture(scope="session")
def signer() -> Signer:
    return make_signer("5a1b0c9d8e7f60718293a4b5c6d7e8f9")


@pytest.fixture(scope="session")
def other_signer() -> Signer:
    return make_signer("0f0e0d0c0b0a09080706050403020100")


PAY_BODY = (
    b'{"bizType":"PAY","data":"{\\"merchantTradeNo\\":\\"9825382937292\\",\\"totalFee\\":0.88000000,'
    b'\\"transactTime\\":1619508939664,\\"currency\\":\\"BUSD\\",\\"openUserId\\":\\"1211HS10K81f4273ac031\\",'
    b'\\"productType\\":\\"Food\\",\\"productName\\":\\"Ice Cream\\",\\"tradeType\\":\\"WEB\\",'
    b'\\"transactionId\\":\\"M_R_282737362839373\\",\\"commission\\":999999999999999.99999999}",'
    b'"bizIdStr":"29383937493038367292","bizId":29383937493038367292,"bizStatus":"PAY_SUCCESS"}'
)
