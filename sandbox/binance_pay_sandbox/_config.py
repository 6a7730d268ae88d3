"""Sandbox configuration."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ._balances import Balances, default_balances

DEFAULT_API_KEY = "sandboxDemoApiKey0123456789abcdef"
DEFAULT_SECRET_KEY = "sandbox-demo-secret-key"  # a documented demo value, not a real secret

API_KEY_ENV = "BINANCE_PAY_API_KEY"
BASE_URL_ENV = "BINANCE_PAY_BASE_URL"  # the client's and `binance-pay`'s: the sandbox the control commands call
SECRET_KEY_ENV = "BINANCE_PAY_SECRET_KEY"

API_KEY_PATTERN = re.compile(r"[A-Za-z0-9]{16,128}\Z", re.ASCII)

FAULTS: frozenset[str] = frozenset(
    {
        "decimal_places",  # balance written with a 9th decimal place
        "out_of_range",  # balance 1000000000000000.00000000
        "undocumented_code",  # FAILs use code 499999
        "accept_lowercase_currency",  # skip the currency pattern rule
        "accept_bad_signature",  # skip the signature check
        "float_rounding",  # amounts go through float()
        "fail_without_code",  # FAIL bodies omit `code`
    }
)

# Planted bugs in the stateful merchant simulation (orders, refunds, webhooks). Kept apart from FAULTS, which the
# contract tests' meta-test requires to be caught today; these are for contract checks still to be written.
STATE_FAULTS: frozenset[str] = frozenset(
    {
        "refund_over_paid",  # a refund over the order's remaining paid amount is accepted
        "webhook_wrong_key",  # webhooks are signed with another key than queryCertificates returns
        "webhook_body_changed",  # the webhook body is altered (whitespace) after it was signed
        "duplicate_trade_no",  # a repeated merchantTradeNo creates a second order
    }
)

ALL_FAULTS: frozenset[str] = FAULTS | STATE_FAULTS

# Webhook retries: after the first attempt, a delivery not answered HTTP 200 {"returnCode":"SUCCESS"} is retried
# after each of these delays (seconds): up to 6 retries, as Binance documents ("up to 6 times"; its intervals are
# not documented), doubling from 1 s (63 s in all).
DEFAULT_WEBHOOK_RETRY_DELAYS: tuple[float, ...] = (1.0, 2.0, 4.0, 8.0, 16.0, 32.0)

DEFAULT_WEBHOOK_MAX_ANSWER_BYTES = 64 * 1024
MAX_WEBHOOK_ANSWER_BYTES = 16 * 1024 * 1024

DEFAULT_HEADER_TIMEOUT_S = 5.0
DEFAULT_BODY_TIMEOUT_S = 5.0
DEFAULT_IDLE_TIMEOUT_S = 5.0  # uvicorn's default keep-alive timeout
MAX_CONNECTION_TIMEOUT_S = 3600.0


ConvertRates = Mapping[tuple[str, str], Decimal]
"""(fromAsset, toAsset) -> how much of toAsset one fromAsset buys; a pair not listed cannot be converted."""

_ASSET = re.compile(r"[A-Z0-9]{1,20}\Z", re.ASCII)


def default_convert_rates() -> ConvertRates:
    """USDT, BTC and BNB both ways, each rate the exact inverse of its reverse (round numbers, not market prices)."""
    rates = {("BTC", "USDT"): Decimal(100000), ("BNB", "USDT"): Decimal(500), ("BTC", "BNB"): Decimal(200)}
    inverse = {(to, source): Decimal(1) / rate for (source, to), rate in rates.items()}
    return MappingProxyType(rates | inverse)


def _checked_rates(rates: ConvertRates) -> ConvertRates:
    for pair, rate in rates.items():
        source, to = pair
        if not (_ASSET.match(source) and _ASSET.match(to)) or source == to:
            raise ValueError(f"convert_rates: {pair!r} must be two different uppercase assets")
        if not isinstance(rate, Decimal) or not rate.is_finite() or rate <= 0:
            raise ValueError(f"convert_rates: the rate of {source}/{to} must be a positive finite Decimal")
    return MappingProxyType(dict(rates))


@dataclass(frozen=True)
class SandboxConfig:
    """Everything the sandbox app needs; `faults` plants known bugs for contract tests only.

    `spec_path` is the OpenAPI file the app is built from (None: the spec shipped with the package).
    `balances` are checked against the shipped spec's rules; load them with the rules of another
    spec (`load_balances(path, balance_rules(load_catalog(spec_path)))`) when serving one.
    """

    api_key: str = DEFAULT_API_KEY
    secret_key: str = field(default=DEFAULT_SECRET_KEY, repr=False)
    balances: Balances = field(default_factory=default_balances, repr=False)
    recv_window_ms: int = 1000
    clock_offset_ms: int = 0
    max_body_bytes: int = 4096
    inject_unknown_error: float = 0.0
    faults: frozenset[str] = frozenset()
    spec_path: Path | None = None
    # Where webhooks go when the order/refund/payout gives no webhookUrl (None: nowhere, they are only logged).
    webhook_url: str | None = None
    # The RSA private key (PEM) webhooks are signed with; None: a 2048-bit key made when the sandbox first needs it.
    webhook_key_pem: bytes | None = field(default=None, repr=False)
    webhook_retry_delays: tuple[float, ...] = DEFAULT_WEBHOOK_RETRY_DELAYS
    # Each delivery attempt, the receiver's answer included, ends within this many seconds.
    webhook_timeout_s: float = 5.0
    # At most this much of a receiver's answer is read (it only needs to hold {"returnCode":"SUCCESS"}).
    webhook_max_answer_bytes: int = DEFAULT_WEBHOOK_MAX_ANSWER_BYTES
    # Expiry of an order created without orderExpireTime (Binance v1: default and maximum 1 hour).
    order_expiry_ms: int = 3_600_000
    # How often expired orders are looked for (so their webhook is sent without anyone asking).
    expiry_sweep_s: float = 1.0
    # Connection deadlines (seconds). A request head must be complete within header_timeout_s of the connection
    # opening (or of its first byte, after an earlier response); its body within body_timeout_s of the head; a
    # keep-alive connection idle for idle_timeout_s after a response is closed. Slow or silent clients cannot
    # hold connections (and file descriptors) longer than that.
    header_timeout_s: float = DEFAULT_HEADER_TIMEOUT_S
    body_timeout_s: float = DEFAULT_BODY_TIMEOUT_S
    idle_timeout_s: float = DEFAULT_IDLE_TIMEOUT_S
    # What Convert quotes at: exact rates per (fromAsset, toAsset); the default covers USDT, BTC and BNB.
    convert_rates: ConvertRates = field(default_factory=default_convert_rates, repr=False)
    # How long a convert quote can be executed (Binance's sample quote: 10 s).
    convert_quote_expiry_ms: int = 10_000
    # The SQLite file the sandbox's state is kept in, loaded at start and saved after each change (None: memory).
    state_path: Path | None = None
    # Log each request answered (method, path, HTTP status, result code, time; never a header or a body) at INFO on
    # the `binance_pay_sandbox.requests` logger.
    log_requests: bool = False

    def __post_init__(self) -> None:
        if not API_KEY_PATTERN.match(self.api_key):
            raise ValueError("api_key must match ^[A-Za-z0-9]{16,128}$")
        if not self.secret_key:
            raise ValueError("secret_key must not be empty")
        if self.recv_window_ms < 0:
            raise ValueError("recv_window_ms must be >= 0")
        if self.max_body_bytes < 1:
            raise ValueError("max_body_bytes must be >= 1")
        if not 0.0 <= self.inject_unknown_error <= 1.0:
            raise ValueError("inject_unknown_error must be between 0 and 1")
        object.__setattr__(self, "faults", frozenset(self.faults))
        if self.spec_path is not None:
            object.__setattr__(self, "spec_path", Path(self.spec_path))
        if self.state_path is not None:
            object.__setattr__(self, "state_path", Path(self.state_path))
        unknown = sorted(self.faults - ALL_FAULTS)
        if unknown:
            raise ValueError(f"unknown fault(s) {', '.join(unknown)}; known: {', '.join(sorted(ALL_FAULTS))}")
        if self.webhook_url is not None and not re.match(r"https?://[^/?#\s]+", self.webhook_url):
            raise ValueError("webhook_url must be an http:// or https:// URL with a host")
        if isinstance(self.webhook_key_pem, str):
            object.__setattr__(self, "webhook_key_pem", self.webhook_key_pem.encode("ascii"))
        delays = tuple(float(delay) for delay in self.webhook_retry_delays)
        if len(delays) > 6 or any(not 0.0 <= delay <= 86_400.0 for delay in delays):
            raise ValueError("webhook_retry_delays: at most 6 delays, each between 0 and 86400 seconds")
        object.__setattr__(self, "webhook_retry_delays", delays)
        if not 0.0 < self.webhook_timeout_s <= 300.0:
            raise ValueError("webhook_timeout_s must be > 0 and <= 300")
        if not 1 <= self.webhook_max_answer_bytes <= MAX_WEBHOOK_ANSWER_BYTES:
            raise ValueError(f"webhook_max_answer_bytes must be >= 1 and <= {MAX_WEBHOOK_ANSWER_BYTES}")
        if self.order_expiry_ms < 1:
            raise ValueError("order_expiry_ms must be >= 1")
        object.__setattr__(self, "convert_rates", _checked_rates(self.convert_rates))
        if self.convert_quote_expiry_ms < 1:
            raise ValueError("convert_quote_expiry_ms must be >= 1")
        if not 0.0 < self.expiry_sweep_s <= 3600.0:
            raise ValueError("expiry_sweep_s must be > 0 and <= 3600")
        for name in ("header_timeout_s", "body_timeout_s", "idle_timeout_s"):
            value = float(getattr(self, name))
            if not 0.0 < value <= MAX_CONNECTION_TIMEOUT_S:  # also refuses NaN
                raise ValueError(f"{name} must be > 0 and <= {MAX_CONNECTION_TIMEOUT_S:g}")
            object.__setattr__(self, name, value)

    @classmethod
    def from_env(cls, **overrides: Any) -> SandboxConfig:
        """Credentials from BINANCE_PAY_API_KEY / BINANCE_PAY_SECRET_KEY, else the demo defaults."""
        values: dict[str, Any] = {
            "api_key": os.environ.get(API_KEY_ENV) or DEFAULT_API_KEY,
            "secret_key": os.environ.get(SECRET_KEY_ENV) or DEFAULT_SECRET_KEY,
        }
        values.update(overrides)
        return cls(**values)
