"""Shared constants and helpers for the client tests (imported by conftest.py and the test modules)."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from tests.fixtures import fast_yaml

REPO = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO / "openapi" / "binance-pay.yaml"

API_KEY = "testApiKeyAbcdefghijklmnop"
SECRET_KEY = "test-secret-key-0123456789"
BALANCE_PATH = "/binancepay/openapi/balance"
NONCE_RE = re.compile(r"\A[A-Za-z0-9]{32}\Z")

SAMPLE_DATA: dict[str, Any] = {
    "balance": "990000.00000000",
    "asset": "USDT",
    "fiat": "USD",
    "availableFiatValuation": "989991.90516600",
    "availableBtcValuation": "22.98780000",
}


def load_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        return fast_yaml.safe_load(fh)


def result_codes() -> list[dict[str, Any]]:
    return list(load_spec()["info"]["x-result-codes"])


def class_name_for(result_name: str) -> str:
    """The documented rule: CamelCase of the name, plus "Error" unless the name already ends in ERROR."""
    camel = "".join(part.capitalize() for part in result_name.split("_"))
    return camel if result_name.endswith("ERROR") else camel + "Error"


def independent_signature(secret: str, timestamp: str, nonce: str, body: bytes) -> str:
    payload = timestamp.encode() + b"\n" + nonce.encode() + b"\n" + body + b"\n"
    return hmac.new(secret.encode(), payload, hashlib.sha512).hexdigest().upper()


def assert_signed(headers: Any, body: bytes, *, secret: str = SECRET_KEY, api_key: str = API_KEY) -> None:
    """Verify one sent request's signing headers against the raw body bytes, independently of binance_pay."""
    timestamp = headers["BinancePay-Timestamp"]
    nonce = headers["BinancePay-Nonce"]
    assert timestamp.isdigit() and len(timestamp) == 13, timestamp
    assert NONCE_RE.match(nonce), nonce
    assert headers["BinancePay-Certificate-SN"] == api_key
    expected = independent_signature(secret, timestamp, nonce, body)
    assert hmac.compare_digest(headers["BinancePay-Signature"], expected)


def envelope_bytes(
    data_text: str | None = None, *, status: str = "SUCCESS", code: str = "000000", **extra: Any
) -> bytes:
    """An envelope as JSON text; `data_text` is inserted verbatim so numbers keep their exact spelling."""
    parts = [f'"status":{json.dumps(status)}', f'"code":{json.dumps(code)}']
    if data_text is not None:
        parts.append(f'"data":{data_text}')
    parts.extend(f"{json.dumps(k)}:{json.dumps(v)}" for k, v in extra.items())
    return ("{" + ",".join(parts) + "}").encode()


def data_text(**fields: Any) -> str:
    """A data object as JSON text. String values given as `RAW:...` are emitted without quotes."""
    merged: dict[str, Any] = {**SAMPLE_DATA, **fields}
    items = []
    for key, value in merged.items():
        if value is _DROP:
            continue
        if key in ("balance", "availableFiatValuation", "availableBtcValuation") and isinstance(value, str):
            rendered = value  # numbers: keep the literal spelling
        elif isinstance(value, str) and value.startswith("RAW:"):
            rendered = value[4:]
        else:
            rendered = json.dumps(value)
        items.append(f"{json.dumps(key)}:{rendered}")
    return "{" + ",".join(items) + "}"


class _Drop:
    def __repr__(self) -> str:
        return "DROP"


_DROP: Any = _Drop()
DROP: Any = _DROP
"""Pass as a field value to `data_text` to omit that field."""


def success_bytes(**fields: Any) -> bytes:
    return envelope_bytes(data_text(**fields))


def fail_bytes(code: str, message: str | None = "boom") -> bytes:
    extra = {} if message is None else {"errorMessage": message}
    return envelope_bytes(status="FAIL", code=code, **extra)


@dataclass
class Scripted:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})


JSON = {"Content-Type": "application/json"}
HTML = {"Content-Type": "text/html; charset=utf-8"}


class Recorder:
    """Scripts responses for `httpx.MockTransport` and records every request the client sent.

    Responses are consumed in order; the last one repeats.
    """

    def __init__(self, responses: Iterable[Scripted]) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        self.requests.append(request)
        self.bodies.append(body)
        index = min(len(self.requests) - 1, len(self.responses) - 1)
        scripted = self.responses[index]
        return httpx.Response(scripted.status, headers=scripted.headers, content=scripted.body)

    @property
    def calls(self) -> int:
        return len(self.requests)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


MakeMock = Callable[..., tuple[Any, Recorder]]
