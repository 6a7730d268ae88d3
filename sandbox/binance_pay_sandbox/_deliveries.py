"""The record of webhook deliveries: each notification sent, and every attempt with its outcome (dashboard, plugin)."""

from __future__ import annotations

import itertools
import threading
import time
from dataclasses import dataclass, field

MAX_KEPT = 1000  # the oldest deliveries are forgotten past this many


@dataclass(frozen=True)
class Attempt:
    at: float  # seconds since the epoch
    outcome: str  # "delivered", "HTTP 500", "ConnectError", ...
    http_status: int | None  # None when no answer came
    delivered: bool


@dataclass
class Delivery:
    delivery_id: int
    biz_type: str
    biz_status: str
    biz_id: int
    url: str
    body: bytes
    created: float
    attempts: list[Attempt] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)  # the latest attempt's signed headers
    in_flight: bool = True
    duplicate_of: int | None = None  # the delivery this one repeats (webhook mode `duplicates`)

    @property
    def delivered(self) -> bool:
        return any(attempt.delivered for attempt in self.attempts)

    @property
    def state(self) -> str:
        if self.delivered:
            return "delivered"
        return "retrying" if self.in_flight else "failed"


class DeliveryLog:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._deliveries: dict[int, Delivery] = {}

    def add(
        self, biz_type: str, biz_status: str, biz_id: int, url: str, body: bytes, duplicate_of: int | None = None
    ) -> Delivery:
        with self._lock:
            delivery = Delivery(next(self._ids), biz_type, biz_status, biz_id, url, body, time.time())
            delivery.duplicate_of = duplicate_of
            self._deliveries[delivery.delivery_id] = delivery
            while len(self._deliveries) > MAX_KEPT:
                del self._deliveries[next(iter(self._deliveries))]
            return delivery

    def record(self, delivery: Delivery, attempt: Attempt, headers: dict[str, str]) -> None:
        with self._lock:
            delivery.attempts.append(attempt)
            delivery.headers = dict(headers)

    def finish(self, delivery: Delivery) -> None:
        with self._lock:
            delivery.in_flight = False

    def restart(self, delivery: Delivery) -> None:
        with self._lock:
            delivery.in_flight = True

    def find(self, delivery_id: int) -> Delivery | None:
        with self._lock:
            return self._deliveries.get(delivery_id)

    def newest_first(self) -> list[Delivery]:
        with self._lock:
            return list(reversed(self._deliveries.values()))
