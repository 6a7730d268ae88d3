"""Hostile webhook delivery, on request: duplicates, shuffled batches, delays and failed first attempts.

Binance retries a delivery that was not answered SUCCESS and promises neither order nor uniqueness; this mode
makes the sandbox do all of that on purpose, so a merchant's handler proves it processes each event once.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any, Generic, TypeVar

MAX_DUPLICATES = 10
MAX_DELAY_S = 30.0
MAX_FAIL_FIRST = 6  # Binance's retry count
MAX_SEED = 2**63
SHUFFLE_WINDOW_S = 0.5  # notifications queued this long form one batch, delivered out of order

T = TypeVar("T")


class WebhookModeError(ValueError):
    """A webhook mode setting is unknown or breaks its rule (the message names it)."""


@dataclass(frozen=True)
class WebhookMode:
    """How notifications are delivered; the default is Binance's ordinary behaviour."""

    duplicates: int = 0  # extra deliveries of each notification, each freshly signed
    shuffle: bool = False
    delay_seconds: float = 0.0  # before each delivery's first attempt
    fail_first: int = 0  # attempts of each delivery counted as failed, not sent
    seed: int = 0  # of the shuffle

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _integer(request: Mapping[str, Any], name: str, high: int, rule: str = "") -> int:
    value = request.get(name, 0)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= high:
        raise WebhookModeError(f"{name}: must be an integer from 0 to {high}{rule}")
    return value


def parse_webhook_mode(request: Mapping[str, Any], retries: int) -> WebhookMode:
    """The mode a control body asks for (`{}`: the ordinary one); WebhookModeError naming the field and its rule.

    `retries` is how many retries the sandbox makes: fail_first may not use them all, the real attempt must remain.
    """
    known = {"duplicates", "shuffle", "delay_seconds", "fail_first", "seed"}
    unknown = sorted(str(name)[:40] for name in request if name not in known)
    if unknown:
        raise WebhookModeError(f"{unknown[0]}: not a webhook mode setting; use {', '.join(sorted(known))}")
    duplicates = _integer(request, "duplicates", MAX_DUPLICATES)
    shuffle = request.get("shuffle", False)
    if not isinstance(shuffle, bool):
        raise WebhookModeError("shuffle: must be true or false")
    delay = request.get("delay_seconds", 0.0)
    if isinstance(delay, bool) or not isinstance(delay, int | float) or not 0 <= delay <= MAX_DELAY_S:
        raise WebhookModeError(f"delay_seconds: must be a number from 0 to {MAX_DELAY_S:g}")
    fail_limit = min(MAX_FAIL_FIRST, retries)
    fail_first = _integer(request, "fail_first", fail_limit, f" (this sandbox retries {retries} times)")
    seed = _integer(request, "seed", MAX_SEED - 1)
    return WebhookMode(duplicates, shuffle, float(delay), fail_first, seed)


class ShuffledBatches(Generic[T]):
    """Collects what is queued while a batch is open and gives it back out of order."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: list[T] = []
        self._random = random.Random(0)

    def reseed(self, seed: int) -> None:
        with self._lock:
            self._random = random.Random(seed)

    def add(self, items: list[T]) -> bool:
        """Queue `items`; True when they open a new batch (the caller then schedules its `take`)."""
        with self._lock:
            opened = not self._pending
            self._pending.extend(items)
            return opened

    def take(self) -> list[T]:
        """The batch, never in the order it was queued when it holds two or more."""
        with self._lock:
            batch, self._pending = self._pending, []
            shuffled = list(batch)
            self._random.shuffle(shuffled)
        if len(batch) > 1 and all(a is b for a, b in zip(shuffled, batch, strict=True)):
            shuffled.reverse()
        return shuffled
