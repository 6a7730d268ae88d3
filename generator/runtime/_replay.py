"""Where accepted webhook nonces are remembered, so a captured notification cannot be replayed.

A `ReplayStore` remembers a key for a number of seconds and says, atomically, whether it was new.
Its scope is the scope of the replay protection:

    MemoryReplayStore()         one process (the default). Behind gunicorn/uvicorn with several
                                workers, a notification replayed to another worker is accepted again.
    SQLiteReplayStore(path)     every process on one host that opens the same file.
    RedisReplayStore(redis)     every process on every host using that Redis (`binance_pay.webhooks`;
                                needs `pip install redis`).

The stores are synchronous; the async verifier calls them directly (a dictionary update, one local
SQLite statement, one Redis round trip), without a thread hop.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, runtime_checkable

from ._constants import Seconds

DEFAULT_MAX_KEYS = 100_000
"""Keys a `MemoryReplayStore` remembers at most (the oldest are forgotten first)."""


@runtime_checkable
class ReplayStore(Protocol):
    """Remembers keys for a while; shared by whoever must refuse the same notification twice."""

    def add(self, key: str, ttl: Seconds) -> bool:
        """Remember `key` for `ttl` seconds: True if it was not remembered, False if it still is.

        Atomic: of several callers adding the same key at once, exactly one gets True. A TTL rather
        than an instant, so that processes whose clocks disagree (or a client that learned a clock
        offset from Binance) still keep a nonce exactly as long as its timestamp is acceptable.
        """
        ...


class MemoryReplayStore:
    """Keys in this process's memory: insertion-ordered, each with its expiry, at most `max_keys`.

    `clock`: seconds on any steady scale (the verifier passes its own clock, so a nonce is forgotten
    exactly when its timestamp leaves the window). Thread-safe.
    """

    __slots__ = ("_clock", "_lock", "_max", "_seen")

    def __init__(self, max_keys: int = DEFAULT_MAX_KEYS, *, clock: Callable[[], float] = time.monotonic) -> None:
        if isinstance(max_keys, bool) or not isinstance(max_keys, int) or max_keys < 1:
            raise ValueError(f"max_keys must be a positive integer, got {max_keys!r}")
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._max = max_keys
        self._clock = clock
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"MemoryReplayStore(max_keys={self._max})"

    def add(self, key: str, ttl: Seconds) -> bool:
        now = self._clock()
        with self._lock:
            seen = self._seen
            self._forget_expired(now)
            known = seen.get(key)
            if known is not None and known > now:
                return False
            seen[key] = now + ttl
            seen.move_to_end(key)
            while len(seen) > self._max:
                seen.popitem(last=False)
            return True

    def _forget_expired(self, now: float) -> None:
        # Keys are added with about the same TTL, so the oldest insertions expire first.
        seen = self._seen
        while seen:
            oldest = next(iter(seen))
            if seen[oldest] > now:
                break
            del seen[oldest]

    def __len__(self) -> int:
        return len(self._seen)


_SCHEMA = "CREATE TABLE IF NOT EXISTS webhook_replay (key TEXT PRIMARY KEY, expires_at REAL NOT NULL) WITHOUT ROWID"
# One statement, so one atomic write: a new key is inserted; a known key is overwritten only if it expired.
_ADD = (
    "INSERT INTO webhook_replay (key, expires_at) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE webhook_replay.expires_at <= ?"
)
_PURGE = "DELETE FROM webhook_replay WHERE expires_at <= ?"


class SQLiteReplayStore:
    """Keys in an SQLite file shared by every process on this host that opens it (gunicorn workers).

    Each `add` is one `INSERT ... ON CONFLICT` statement in its own transaction; the file is in WAL
    mode, and a writer waits up to `busy_timeout` seconds for another. Expired rows are purged every
    `purge_every` additions. Expiry uses this host's clock (`time.time`). Thread-safe, and safe after
    `fork` (a process opens its own connection).
    """

    __slots__ = ("_adds", "_busy_timeout", "_connection", "_lock", "_path", "_pid", "_purge_every")

    def __init__(self, path: str | os.PathLike[str], *, busy_timeout: Seconds = 5.0, purge_every: int = 1000) -> None:
        if isinstance(purge_every, bool) or not isinstance(purge_every, int) or purge_every < 1:
            raise ValueError(f"purge_every must be a positive integer, got {purge_every!r}")
        self._path = Path(path)
        self._busy_timeout = float(busy_timeout)
        self._purge_every = purge_every
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._pid = 0
        self._adds = 0
        with self._lock:
            self._connect()  # fail here, not on the first notification, if the file cannot be opened

    def __repr__(self) -> str:
        return f"SQLiteReplayStore({str(self._path)!r})"

    def _connect(self) -> sqlite3.Connection:
        if self._connection is not None and self._pid == os.getpid():
            return self._connection
        connection = sqlite3.connect(
            self._path, timeout=self._busy_timeout, isolation_level=None, check_same_thread=False
        )
        connection.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout * 1000)}")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute(_SCHEMA)
        self._connection, self._pid = connection, os.getpid()
        return connection

    def add(self, key: str, ttl: Seconds) -> bool:
        now = time.time()
        with self._lock:
            connection = self._connect()
            added = connection.execute(_ADD, (key, now + ttl, now)).rowcount == 1
            self._adds += 1
            if self._adds % self._purge_every == 0:
                connection.execute(_PURGE, (now,))
        return added

    def close(self) -> None:
        with self._lock:
            if self._connection is not None and self._pid == os.getpid():
                self._connection.close()
            self._connection = None


__all__ = ["MemoryReplayStore", "ReplayStore", "SQLiteReplayStore"]
