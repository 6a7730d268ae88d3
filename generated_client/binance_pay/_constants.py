# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""Defaults, as named constants. Each is overridable per client, and timeouts and retries per call."""

from __future__ import annotations

import httpx

Seconds = float
"""Durations (timeouts, delays) are seconds. Money is never a float: every amount is a `Decimal`."""

DEFAULT_BASE_URL = "https://bpay.binanceapi.com"
"""Binance Pay production, the first `servers` entry of the spec."""

API_KEY_ENV = "BINANCE_PAY_API_KEY"
SECRET_KEY_ENV = "BINANCE_PAY_SECRET_KEY"
BASE_URL_ENV = "BINANCE_PAY_BASE_URL"

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
"""Per attempt: 5 s to connect, 10 s for each read, write and pool wait."""

DEFAULT_TOTAL_TIMEOUT = 30.0
"""Per attempt: seconds from sending to the last body byte, so a slow trickle cannot hang a call."""

DEFAULT_MAX_RETRIES = 2
"""Retries after the first attempt, for failures in the retry policy's `on=` set."""

DEFAULT_INITIAL_RETRY_DELAY = 0.5
DEFAULT_MAX_RETRY_DELAY = 8.0
"""Exponential backoff with jitter: about 0.5 s, 1 s, 2 s, ... capped at 8 s."""

DEFAULT_MAX_RETRY_AFTER = 60.0
"""A `Retry-After` longer than this is not waited for: the error is raised instead."""

RETRYABLE_STATUS_CODES = frozenset({429, 500, 502, 503, 504})
"""HTTP statuses retried when the body is not a documented result (rate limits, proxies, outages)."""

DEFAULT_MAX_RESPONSE_BYTES = 1_048_576
"""Bodies past this many bytes are not read: `ResponseTooLargeError`. A balance is under 1 KB."""

MIN_CLOCK_ADJUSTMENT_MS = 1000
"""After INVALID_TIMESTAMP the clock offset is re-estimated from the server's `Date` header (1 s
precision). Changes smaller than this are noise, and the current offset is kept."""

DEFAULT_MAX_CONNECTIONS = 100
DEFAULT_MAX_KEEPALIVE_CONNECTIONS = 20

USER_AGENT = "binance-pay-sdk/1.0.0 (generated from openapi/binance-pay.yaml)"
