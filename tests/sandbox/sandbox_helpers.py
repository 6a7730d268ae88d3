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
from binance_pay_sandbox import RunningSandbox, SandboxConfig

from tests.fixtures import fast_yaml

BALANCE_PATH = "/binancepay/openapi/balance"
SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "binance-pay.yaml"
SAMPLE_BODY = b'{"wallet":"SPOT_WALLET","currency":"USDT"}'

# The proof spec's operations (tests/fixtures/proof_operations.yaml)
PROOF_ORDER_PATH = "/binancepay/openapi/proof/order"
PROOF_FLAG_PATH = "/binancepay/openapi/proof/flag"
PROOF_ORDER_BODY = (
    b'{"env":{"terminalType":"WEB"},"proofTradeNo":"9825382937292","orderAmount":25.17,'
    b'"merchantId":9223372036854775807,"goodsDetails":[{"goodsName":"Ice Cream",'
    b'"goodsUnitAmount":{"currency":"USDT","amount":"1.00000001"}}]}'
)
PROOF_ORDER_SUCCESS = (
    b'{"status":"SUCCESS","code":"000000","data":{"prepayId":29383937493038367,'
    b'"proofTradeNo":"9825382937292","totalFee":"25.17000000","expireTime":1674292800000}}'
)


def sign(secret: str, timestamp: str, nonce: str, body: bytes) -> str:
    payload = timestamp.encode() + b"\n" + nonce.encode() + b"\n" + body + b"\n"
    return hmac.new(secret.encode("utf-8"), payload, hashlib.sha512).hexdigest().upper()


def now_ms() -> str:
    return str(int(time.time() * 1000))


def new_nonce() -> str:
    return secrets.token_hex(16)  # 32 lowercase hex characters, as the official connector sends


def spec_http_status() -> dict[str, int]:
    spec = fast_yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return {str(rc["code"]): int(rc["httpStatus"]) for rc in spec["info"]["x-result-codes"]}


class SignedClient:
    """httpx against one sandbox, with Binance Pay signing done by the test's own signer."""

    def __init__(self, sandbox: RunningSandbox) -> None:
        self.sandbox = sandbox
        # verify=False: plain HTTP on 127.0.0.1, so no CA bundle to load (tens of ms a client)
        self.http = httpx.Client(base_url=sandbox.url, timeout=10.0, trust_env=False, verify=False)

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
        path: str = BALANCE_PATH,
        **sign_args: Any,
    ) -> httpx.Response:
        raw = body if isinstance(body, bytes) else json.dumps(body, separators=(",", ":")).encode()
        headers: dict[str, Any] = self.headers(raw, **sign_args)
        headers.update(override or {})
        for name in drop:
            headers.pop(name, None)
        return self.http.post(path, content=raw, headers=headers)

    def balance(self, wallet: str = "SPOT_WALLET", currency: str = "USDT") -> httpx.Response:
        return self.post({"wallet": wallet, "currency": currency})

    def close(self) -> None:
        self.http.close()


def decimal_json(response: httpx.Response) -> Any:
    return json.loads(response.text, parse_float=Decimal)


def proof_order(**changes: Any) -> dict[str, Any]:
    """The proof order sample as a dict (numbers exact), with top-level `changes` applied."""
    body: dict[str, Any] = json.loads(PROOF_ORDER_BODY, parse_float=Decimal)
    body.update(changes)
    return body


def exact_bytes(value: Any) -> bytes:
    """Compact JSON with every Decimal written with its own digits (json.dumps cannot)."""
    return _exact(value).encode()


def _exact(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(k)}:{_exact(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_exact(v) for v in value) + "]"
    if isinstance(value, Decimal):
        return str(value)
    return json.dumps(value)


def edited(text: str, old: str, new: str, *, after: str | None = None) -> str:
    """`text` with the one occurrence of `old` replaced (fails if there is not exactly one), or, with `after`,
    the first occurrence of `old` following the one occurrence of `after` (an operationId, a schema name)."""
    if after is None:
        assert text.count(old) == 1, f"expected one {old!r}"
        return text.replace(old, new)
    assert text.count(after) == 1, f"expected one {after!r}"
    start = text.index(after)
    at = text.index(old, start)
    return text[:at] + new + text[at + len(old) :]


MakeClient = Callable[[SandboxConfig], AbstractContextManager[SignedClient]]
