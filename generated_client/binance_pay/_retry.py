# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""What is retried, how long to wait, and the clock offset learned from an INVALID_TIMESTAMP."""

from __future__ import annotations

import random
import time

import httpx

from ._constants import RETRYABLE_STATUS_CODES, Seconds
from .errors import (
    RETRYABLE_RESULT_ERRORS,
    APIConnectionError,
    APIStatusError,
    BinancePayError,
)

DEFAULT_RETRY_ON: tuple[type[BinancePayError], ...] = (APIConnectionError, *RETRYABLE_RESULT_ERRORS)
"""Connection errors and timeouts, plus the result codes the spec marks retryable (UNKNOWN_ERROR).
Non-envelope responses with a status in `RETRYABLE_STATUS_CODES` (429, 5xx) are retried as well."""

_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def is_retryable(error: BinancePayError, retry_on: tuple[type[BinancePayError], ...], retry_safe: bool) -> bool:
    """Whether `error` may be retried. An operation the spec does not mark `x-retry-safe` is only
    resent when the request provably never left this machine."""
    if not retry_safe:
        return isinstance(error.__cause__, _NEVER_SENT)
    if isinstance(error, retry_on):
        return True
    undocumented = type(error) is APIStatusError or type(error) is BinancePayError
    return undocumented and error.status_code in RETRYABLE_STATUS_CODES


def parse_retry_after(value: str | None) -> Seconds | None:
    """Seconds to wait from a `Retry-After` header (delta-seconds or an HTTP date); None if absent or bad."""
    if not value:
        return None
    import email.utils  # noqa: PLC0415 - only on the retry path; costs ~10 ms at import time

    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def backoff_delay(retry_number: int, initial: Seconds, maximum: Seconds) -> Seconds:
    """Exponential backoff with jitter: between half and all of min(maximum, initial * 2**n)."""
    ceiling = min(maximum, initial * 2.0**retry_number)
    return ceiling * (0.5 + random.random() / 2)


def clock_offset_ms(date_header: str | None, local_ms: int) -> int | None:
    """The server clock minus ours, from a `Date` header (1 s resolution: aim at its middle)."""
    if not date_header:
        return None
    import email.utils  # noqa: PLC0415

    try:
        server = email.utils.parsedate_to_datetime(date_header)
    except (TypeError, ValueError):
        return None
    return int(server.timestamp()) * 1000 + 500 - local_ms
