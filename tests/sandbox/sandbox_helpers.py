"""Helpers for the sandbox tests: an independent request signer and an httpx client.

The signer here is written from the Binance Pay docs on purpose, not imported from the sandbox,
so a bug in the sandbox's signing cannot hide behind the same bug in the tests.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import yaml
from binance_pay_sandbox import RunningSandbox, SandboxConfig

BALANCE_PATH = "/binancepay/openapi/balance"
SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "binance-pay.yaml"
SAMPLE_BODY = b'{"wallet":"SPOT_WALLET","currency":"USDT"}'


def sign(secret: str, timestamp: str, nonce: str, body: bytes) -> str:
    payload = timestamp.encode() + b"\n" + nonce.encode() + b"\n" + body + b"\n"
    return hmac.new(secret.encode("utf-8"), payload, hashlib.sha512).hexdigest().upper()


def now_ms() -> str:
    return str(int(time.time() * 1000))


def new_nonce() -> str:
    return secrets.token_hex(16)  # 32 lowercase hex characters, as the official connector sends


def spec_http_status() -> dict[str, int]:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return {str(rc["code"]): int(rc["httpStatus"]) for rc in spec["info"]["x-result-codes"]}


class SignedClient:
    """httpx against one sandbox, with Binance Pay signing done by the test's own signer."""

    def __init__(self, sandbox: RunningSandbox) -> None:
        self.sandbox = sandbox
        self.http = httpx.Client(base_url=sandbox.url, timeout=10.0, trust_env=False)

    def headers(
        self,
        body: bytes,
        *,
        api_key: str | None = None,
        secret: str | None = None,
        timestamp: str | None = None,
        nonce: str | None = None,
    ) -> dict[str, str]:
        timestamp = timestamp if timestamp is not None else now_ms()
        nonce = nonce if nonce is not None else new_nonce()
        return {
            "Content-Type": "application/json",
            "BinancePay-Timestamp": timestamp,
            "BinancePay-Nonce": nonce,
            "BinancePay-Certificate-SN": api_key if api_key is not None else self.sandbox.config.api_key,
            "BinancePay-Signature": sign(secret or self.sandbox.config.secret_key, timestamp, nonce, body),
        }

    def post(
        self,
        body: bytes | dict[str, Any] = SAMPLE_BODY,
        *,
        drop: tuple[str, ...] = (),
        override: dict[str, Any] | None = None,
        **sign_args: Any,
    ) -> httpx.Response:
        raw = body if isinstance(body, bytes) else json.dumps(body, separators=(",", ":")).encode()
        headers: dict[str, Any] = self.headers(raw, **sign_args)
        headers.update(override or {})
        for name in drop:
            headers.pop(name, None)
        return self.http.post(BALANCE_PATH, content=raw, headers=headers)

    def balance(self, wallet: str = "SPOT_WALLET", currency: str = "USDT") -> httpx.Response:
        return self.post({"wallet": wallet, "currency": currency})

    def close(self) -> None:
        self.http.close()


def decimal_json(response: httpx.Response) -> Any:
    return json.loads(response.text, parse_float=Decimal)


MakeClient = Callable[[SandboxConfig], AbstractContextManager[SignedClient]]
