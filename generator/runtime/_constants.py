"""Defaults, as named constants. Each is overridable per client, and timeouts and retries per call."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Seconds = float
"""Durations (timeouts, delays) are seconds. Money is never a float: every amount is a `Decimal`."""


@dataclass(frozen=True, slots=True)
class Timeout:
    """Per-attempt limits in seconds: to connect, for each read and write, to wait for a pooled
    connection, and (`total`) for the whole attempt, from connecting to the last body byte.

    A timeout given as a plain number sets all five: `timeout=1.0` means no attempt lasts longer
    than a second, however the server trickles its bytes.
    """

    connect: Seconds | None
    read: Seconds | None
    write: Seconds | None
    pool: Seconds | None
    total: Seconds | None = None

    @classmethod
    def of(cls, value: Any) -> Timeout:
        """A `Timeout` from seconds, a `Timeout`, an `httpx.Timeout` (anything with the four fields) or None."""
        if isinstance(value, Timeout):
            return value
        if value is None:
            return cls(None, None, None, None)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            seconds = float(value)
            return cls(seconds, seconds, seconds, seconds, seconds)
        try:
            return cls(value.connect, value.read, value.write, value.pool, getattr(value, "total", None))
        except AttributeError:
            raise TypeError(
                f"timeout must be seconds, a Timeout or an httpx.Timeout, not {type(value).__name__}"
            ) from None


API_KEY_ENV = "BINANCE_PAY_API_KEY"
SECRET_KEY_ENV = "BINANCE_PAY_SECRET_KEY"
BASE_URL_ENV = "BINANCE_PAY_BASE_URL"


def extra_hint(extra: str) -> str:
    """How to install one of the project's extras: it is not on a package index, so from a clone or a built wheel."""
    return f"pip install '.[{extra}]' in a clone of the project, or pip install '<the wheel file>[{extra}]'"


DEFAULT_TIMEOUT = Timeout(connect=5.0, read=10.0, write=10.0, pool=10.0)
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
"""Bodies past this many bytes are not read: `ResponseTooLargeError`."""

MIN_CLOCK_ADJUSTMENT_MS = 1000
"""After INVALID_TIMESTAMP the clock offset is re-estimated from the server's `Date` header (1 s
precision). Changes smaller than this are noise, and the current offset is kept."""

MAX_CLOCK_OFFSET_MS = 24 * 3600 * 1000
"""A `Date` header further than this from the local clock is ignored: a hostile or broken server
cannot move the signing clock by more than a day."""

DEFAULT_MAX_CONNECTIONS = 100
DEFAULT_MAX_KEEPALIVE_CONNECTIONS = 20
KEEPALIVE_EXPIRY = 15.0
"""Seconds an idle pooled connection is kept (as aiohttp does). Older ones are closed rather than reused: a
NAT or load balancer may have dropped them without a word, and a request written into a dead connection has
an unknown outcome."""
