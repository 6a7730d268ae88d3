"""`RedisReplayStore`: webhook nonces remembered in Redis, shared by every process on every host.

Needs the `redis` package (`pip install redis`, or the project's redis extra), imported only when a store is
made from a URL.
"""

from __future__ import annotations

import math
from typing import Any

from ._constants import Seconds

DEFAULT_PREFIX = "binance-pay:webhook-nonce:"


class RedisReplayStore:
    """Keys in Redis: `SET prefix+key 1 NX PX ttl`, atomic on the server, expired by the server.

    `redis`: a `redis.Redis` client (anything with its `set(name, value, nx=, px=)`), or a URL
    such as `redis://localhost:6379/0`. Give a synchronous client: the async verifier calls `add`
    directly (one round trip). Errors of the client propagate; the verifier turns them into a
    `replay_check_unavailable` rejection.
    """

    __slots__ = ("_prefix", "_redis")

    def __init__(self, redis: Any, *, prefix: str = DEFAULT_PREFIX) -> None:
        if isinstance(redis, str):
            try:
                import redis as redis_package  # noqa: PLC0415
            except ImportError:
                raise ImportError(
                    "RedisReplayStore needs the redis package: pip install redis (or the project's redis extra)"
                ) from None
            redis = redis_package.Redis.from_url(redis)
        self._redis = redis
        self._prefix = prefix

    def __repr__(self) -> str:
        return f"RedisReplayStore(prefix={self._prefix!r})"  # the client's URL may hold a password

    def add(self, key: str, ttl: Seconds) -> bool:
        milliseconds = max(1, math.ceil(ttl * 1000))
        return bool(self._redis.set(self._prefix + key, b"1", nx=True, px=milliseconds))


__all__ = ["RedisReplayStore"]
