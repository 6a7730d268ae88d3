"""Nonces seen within the timestamp window, so a replayed request is refused."""

from __future__ import annotations

import math
from collections import OrderedDict

# A nonce is remembered until its request could no longer pass the timestamp check: at most
# 2 x recv_window after it arrived. Capacity covers that span at this rate (far above what one
# sandbox process serves); HARD_CAP bounds memory whatever the window.
ASSUMED_MAX_RATE_PER_S = 20_000
MIN_CAPACITY = 1024
HARD_CAP = 1_000_000


def capacity_for(recv_window_ms: int) -> int:
    wanted = math.ceil(ASSUMED_MAX_RATE_PER_S * 2 * recv_window_ms / 1000)
    return min(max(wanted, MIN_CAPACITY), HARD_CAP)


class NonceCache:
    """nonce -> expiry (server ms), oldest first; expired entries are evicted as new ones arrive.

    Past `capacity` the oldest entry is dropped even if unexpired: a replay of that nonce would
    then pass, the price of bounded memory.
    """

    __slots__ = ("_capacity", "_seen")

    def __init__(self, capacity: int) -> None:
        self._capacity = capacity
        self._seen: OrderedDict[bytes, float] = OrderedDict()

    def __len__(self) -> int:
        return len(self._seen)

    def seen(self, nonce: bytes, now_ms: float, expiry_ms: float) -> bool:
        """True if `nonce` is remembered and unexpired; otherwise remember it until `expiry_ms`."""
        seen = self._seen
        while seen:
            oldest, expiry = next(iter(seen.items()))
            if expiry > now_ms:
                break
            del seen[oldest]
        known = seen.get(nonce)
        if known is not None and known > now_ms:
            return True
        seen[nonce] = expiry_ms
        seen.move_to_end(nonce)
        if len(seen) > self._capacity:
            seen.popitem(last=False)
        return False
