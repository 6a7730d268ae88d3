"""What is retried, how long to wait, and the clock offset learned from an INVALID_TIMESTAMP."""

from __future__ import annotations

import random
import time

from ._constants import MAX_CLOCK_OFFSET_MS, RETRYABLE_STATUS_CODES, Seconds
from ._exceptions import APIConnectionError, APIStatusError, BinancePayError, ResultCodeError

_MAX_HEADER_CHARS = 64


def is_retryable(error: BinancePayError, retry_on: tuple[type[BinancePayError], ...], retry_safe: bool) -> bool:
    """Whether `error` may be retried. An operation the spec does not mark `x-retry-safe` is only
    resent when the request provably never left this machine."""
    if not retry_safe:
        return isinstance(error, APIConnectionError) and not error.sent
    if isinstance(error, retry_on):
        return True
    if isinstance(error, ResultCodeError):
        return False
    undocumented = type(error) is APIStatusError or type(error) is BinancePayError
    return undocumented and error.status_code in RETRYABLE_STATUS_CODES


def parse_retry_after(value: str | None) -> Seconds | None:
    """Seconds to wait from a `Retry-After` header (delta-seconds or an HTTP date); None if absent or unusable."""
    if not value or len(value) > _MAX_HEADER_CHARS:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(int(value))
    import email.utils  # noqa: PLC0415 - only on the retry path; costs ~10 ms at import time

    try:
        when = email.utils.parsedate_to_datetime(value)
        return max(0.0, when.timestamp() - time.time())
    except (TypeError, ValueError, OverflowError, IndexError):
        return None


def backoff_delay(retry_number: int, initial: Seconds, maximum: Seconds) -> Seconds:
    """Exponential backoff with jitter: between half and all of min(maximum, initial * 2**n)."""
    ceiling = min(maximum, initial * 2.0 ** min(retry_number, 62))
    return ceiling * (0.5 + random.random() / 2)


def clock_offset_ms(date_header: str | None, local_ms: int) -> int | None:
    """The server clock minus ours, from a `Date` header (1 s resolution: aim at its middle).

    None when absent, unparsable, or further than `MAX_CLOCK_OFFSET_MS` from the local clock.
    """
    if not date_header or len(date_header) > _MAX_HEADER_CHARS:
        return None
    import email.utils  # noqa: PLC0415

    try:
        server = email.utils.parsedate_to_datetime(date_header)
        offset = int(server.timestamp()) * 1000 + 500 - local_ms
    except (TypeError, ValueError, OverflowError, IndexError):
        return None
    return offset if abs(offset) <= MAX_CLOCK_OFFSET_MS else None
