"""One call's retry state: the budget left, the clock retry, whether an attempt's outcome is unknown."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping

from ._constants import MIN_CLOCK_ADJUSTMENT_MS, Seconds
from ._exceptions import BinancePayError
from ._options import Options
from ._retry import backoff_delay, clock_offset_ms, is_retryable, parse_retry_after
from ._transport import WireRequest

_logger = logging.getLogger("binance_pay")


class Call:
    """One call's retry state: the budget left, and whether the clock was adjusted already."""

    __slots__ = (
        "attempt",
        "clock_adjusted",
        "options",
        "outcome_unknown",
        "retries_left",
        "retry_number",
        "retry_safe",
    )

    def __init__(self, options: Options, max_retries: int | None, retry_safe: bool, budget: Call | None = None) -> None:
        self.options = options
        self.retries_left = options.max_retries if max_retries is None else max_retries
        self.retry_number = 0
        self.clock_adjusted = False
        if budget is not None:  # a lookup within a call: what is left of that call's retries and clock retry
            self.retries_left, self.retry_number = budget.retries_left, budget.retry_number
            self.clock_adjusted = budget.clock_adjusted
        self.retry_safe = retry_safe
        self.attempt = 0
        self.outcome_unknown = False  # an attempt's body may have reached the server without an answer

    def wait_before_retry(self, error: BinancePayError, headers: Mapping[str, str] | None) -> Seconds | None:
        """Seconds to wait before the next attempt, or None to raise `error`."""
        options = self.options
        if not self.clock_adjusted and error.code == options.spec.timestamp_error_code and headers is not None:
            self.clock_adjusted = True
            if self._learn_clock(headers):
                return 0.0
        if self.retries_left <= 0 or not is_retryable(error, options.retry_on, self.retry_safe):
            return None
        retry_after = parse_retry_after(headers.get("retry-after")) if headers is not None else None
        if retry_after is not None:
            if retry_after > options.max_retry_after:
                return None
            wait = retry_after
        else:
            wait = backoff_delay(self.retry_number, options.initial_retry_delay, options.max_retry_delay)
        self.retries_left -= 1
        self.retry_number += 1
        return wait

    def _learn_clock(self, headers: Mapping[str, str]) -> bool:
        auth = self.options.auth
        offset = clock_offset_ms(headers.get("date"), time.time_ns() // 1_000_000)
        if offset is None:
            return False
        if abs(offset - auth.clock_offset_ms) >= MIN_CLOCK_ADJUSTMENT_MS:
            _logger.info("INVALID_TIMESTAMP: adopting a clock offset of %d ms from the server's Date header", offset)
            auth.clock_offset_ms = offset
        # Otherwise the clocks agree to within the Date header's precision: the request was more
        # likely delayed (a queue, a slow network). The one retry is re-signed with a fresh timestamp.
        return True


def log_attempt(
    request: WireRequest, status: int | None, started: Seconds, attempt: int, error: Exception | None
) -> None:
    _logger.debug(
        "%s %s -> %s in %.1f ms (attempt %d)%s",
        request.method,
        request.url,
        status if status is not None else "no response",
        (time.perf_counter() - started) * 1000,
        attempt,
        f": {type(error).__name__}" if error is not None else "",
    )
