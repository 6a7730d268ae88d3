"""The nonce memory: refuses a nonce while it is remembered, forgets it after its expiry, stays bounded."""

from __future__ import annotations

from binance_pay_sandbox._nonces import HARD_CAP, MIN_CAPACITY, NonceCache, capacity_for


def test_seen_until_expiry() -> None:
    cache = NonceCache(capacity=10)
    assert not cache.seen(b"a", now_ms=0, expiry_ms=100)
    assert cache.seen(b"a", now_ms=50, expiry_ms=150)
    assert cache.seen(b"a", now_ms=99.9, expiry_ms=150)
    assert not cache.seen(b"a", now_ms=100, expiry_ms=200)  # expired: remembered afresh
    assert cache.seen(b"a", now_ms=150, expiry_ms=250)


def test_expired_entries_are_evicted() -> None:
    cache = NonceCache(capacity=1000)
    for i in range(100):
        cache.seen(str(i).encode(), now_ms=i, expiry_ms=i + 10)
    assert len(cache) == 10
    cache.seen(b"late", now_ms=10_000, expiry_ms=10_010)
    assert len(cache) == 1


def test_capacity_drops_the_oldest() -> None:
    cache = NonceCache(capacity=3)
    for name in (b"a", b"b", b"c", b"d"):
        assert not cache.seen(name, now_ms=0, expiry_ms=1000)
    assert len(cache) == 3
    assert not cache.seen(b"a", now_ms=1, expiry_ms=1000)  # dropped, so no longer known
    assert cache.seen(b"d", now_ms=1, expiry_ms=1000)


def test_capacity_follows_the_window_within_bounds() -> None:
    assert capacity_for(0) == MIN_CAPACITY
    assert MIN_CAPACITY < capacity_for(1000) < capacity_for(2000) < HARD_CAP
    assert capacity_for(10**9) == HARD_CAP
