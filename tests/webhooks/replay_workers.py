"""Run in separate processes (multiprocessing, spawn): verifiers sharing one replay store."""

from __future__ import annotations

from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from typing import Any

from binance_pay.webhooks import RedisReplayStore, SQLiteReplayStore, WebhookVerificationError, WebhookVerifier


def verify_all(
    store: str,
    location: str,
    public_pem: str,
    notifications: list[tuple[bytes, dict[str, str]]],
    barrier: Barrier,
    results: Queue[Any],
) -> None:
    """Verify every notification once, all processes starting together; put (index, outcome) pairs."""
    replay_store = SQLiteReplayStore(location) if store == "sqlite" else RedisReplayStore(location)
    verifier = WebhookVerifier(public_pem, replay_store=replay_store)
    outcomes = []
    barrier.wait()
    for index, (body, headers) in enumerate(notifications):
        try:
            verifier.verify(body, headers)
            outcomes.append((index, "accepted"))
        except WebhookVerificationError as exc:
            outcomes.append((index, exc.reason))
    results.put(outcomes)
