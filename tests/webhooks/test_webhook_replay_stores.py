"""Replay stores: a notification accepted by one process is refused as replayed by every other process
sharing the store (real processes, a real SQLite file, a real redis-server)."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import socket
import sqlite3
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from binance_pay.webhooks import (
    MemoryReplayStore,
    RedisReplayStore,
    ReplayStore,
    SQLiteReplayStore,
    WebhookVerificationError,
    WebhookVerifier,
)

from .conftest import PAY_BODY, Signer
from .replay_workers import verify_all

pytestmark = pytest.mark.timeout(120)

PROCESSES = 4


def run_processes(store: str, location: str, signer: Signer, count: int = 5) -> dict[int, Counter[str]]:
    """Every process verifies the same `count` notifications; the outcomes per notification."""
    notifications = [(PAY_BODY, signer.headers(PAY_BODY)) for _ in range(count)]
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(PROCESSES)
    results = context.Queue()
    processes = [
        context.Process(target=verify_all, args=(store, location, signer.public_pem, notifications, barrier, results))
        for _ in range(PROCESSES)
    ]
    for process in processes:
        process.start()
    outcomes: dict[int, Counter[str]] = {index: Counter() for index in range(count)}
    for _ in processes:
        for index, outcome in results.get(timeout=60):
            outcomes[index][outcome] += 1
    for process in processes:
        process.join(10)
        assert process.exitcode == 0
    return outcomes


def assert_accepted_once(outcomes: dict[int, Counter[str]]) -> None:
    for counts in outcomes.values():
        assert counts == Counter({"accepted": 1, "replayed_nonce": PROCESSES - 1}), counts


# ---- memory ----------------------------------------------------------------------------------------------------------


def test_memory_store_is_per_verifier_by_default(signer: Signer) -> None:
    headers = signer.headers(PAY_BODY)
    assert WebhookVerifier(signer.public_pem).verify(PAY_BODY, headers).biz_type == "PAY"
    assert WebhookVerifier(signer.public_pem).verify(PAY_BODY, headers).biz_type == "PAY"  # another process, say


def test_memory_store_shared_between_verifiers(signer: Signer) -> None:
    store = MemoryReplayStore()
    headers = signer.headers(PAY_BODY)
    WebhookVerifier(signer.public_pem, replay_store=store).verify(PAY_BODY, headers)
    with pytest.raises(WebhookVerificationError) as info:
        WebhookVerifier(signer.public_pem, replay_store=store).verify(PAY_BODY, headers)
    assert info.value.reason == "replayed_nonce"


def test_memory_store_forgets_after_ttl() -> None:
    now = [1000.0]
    store = MemoryReplayStore(clock=lambda: now[0])
    assert store.add("a", 10) and not store.add("a", 10)
    now[0] += 10
    assert store.add("a", 10)
    assert isinstance(store, ReplayStore)


def test_replay_store_must_have_add(signer: Signer) -> None:
    with pytest.raises(TypeError, match="replay_store"):
        WebhookVerifier(signer.public_pem, replay_store=object())  # type: ignore[arg-type]


# ---- SQLite ----------------------------------------------------------------------------------------------------------


def test_replay_across_processes_sqlite_store(tmp_path: Path, signer: Signer) -> None:
    assert_accepted_once(run_processes("sqlite", str(tmp_path / "nonces.db"), signer))


def test_sqlite_store_expiry_and_purge(tmp_path: Path) -> None:
    path = tmp_path / "nonces.db"
    store = SQLiteReplayStore(path, purge_every=3)
    assert store.add("a", 0.05) and not store.add("a", 0.05)
    time.sleep(0.1)
    assert store.add("a", 60)  # expired: accepted again, and remembered anew
    assert not store.add("a", 60)
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert connection.execute("SELECT count(*) FROM webhook_replay").fetchone() == (1,)
    store.add("b", 0.01)
    time.sleep(0.05)
    store.add("c", 60)
    store.add("d", 60)  # the 6th addition purges the expired "b"
    with sqlite3.connect(path) as connection:
        assert sorted(row[0] for row in connection.execute("SELECT key FROM webhook_replay")) == ["a", "c", "d"]
    store.close()
    assert "nonces.db" in repr(store)


def test_sqlite_store_failure_is_a_rejection(tmp_path: Path, signer: Signer) -> None:
    store = SQLiteReplayStore(tmp_path / "nonces.db")
    verifier = WebhookVerifier(signer.public_pem, replay_store=store)
    with sqlite3.connect(tmp_path / "nonces.db") as connection:
        connection.execute("DROP TABLE webhook_replay")
    with pytest.raises(WebhookVerificationError) as info:
        verifier.verify(PAY_BODY, signer.headers(PAY_BODY))
    assert info.value.reason == "replay_check_unavailable"
    assert isinstance(info.value.__cause__, sqlite3.Error)


# ---- Redis -----------------------------------------------------------------------------------------------------------


def redis_server_path() -> str:
    found = shutil.which("redis-server") or (
        "/usr/bin/redis-server" if os.path.exists("/usr/bin/redis-server") else None
    )
    if found is None:
        message = "redis-server not installed: apt-get install redis-server"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    server = redis_server_path()
    pytest.importorskip("redis", reason="the redis package is missing: pip install binance-pay-sdk[redis]")
    port = free_port()
    args = [server, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"]
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("redis-server did not start") from None
                time.sleep(0.02)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(10)


def test_replay_across_processes_redis_store(redis_url: str, signer: Signer) -> None:
    assert_accepted_once(run_processes("redis", redis_url, signer))


def test_redis_store_expires_with_the_ttl(redis_url: str) -> None:
    import redis

    client: Any = redis.Redis.from_url(redis_url)
    store = RedisReplayStore(client, prefix="test-expiry:")
    assert store.add("a", 0.05) and not store.add("a", 0.05)
    assert 0 < client.pttl("test-expiry:a") <= 50
    time.sleep(0.1)
    assert store.add("a", 60)
    assert "redis://" not in repr(RedisReplayStore(redis_url))  # a URL may hold a password


def test_redis_store_unreachable_is_a_rejection(signer: Signer) -> None:
    pytest.importorskip("redis", reason="the redis package is missing: pip install binance-pay-sdk[redis]")
    store = RedisReplayStore(f"redis://127.0.0.1:{free_port()}/0")
    verifier = WebhookVerifier(signer.public_pem, replay_store=store)
    with pytest.raises(WebhookVerificationError) as info:
        verifier.verify(PAY_BODY, signer.headers(PAY_BODY))
    assert info.value.reason == "replay_check_unavailable" and info.value.__cause__ is not None
