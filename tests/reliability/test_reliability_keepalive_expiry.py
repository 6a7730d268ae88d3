"""Keep-alive expiry on the pooled wire paths (http.client and asyncio): an idle connection is reused while it is
young, and replaced once it has been idle longer than `KEEPALIVE_EXPIRY`, since a NAT or a load balancer may have
dropped it without a word, and a request written into a dead connection has an unknown outcome."""

from __future__ import annotations

import asyncio
import importlib
import time
from typing import Any

import pytest
from _servers import KEEP_ALIVE_ANSWER, keep_alive_handler, serve
from reliability_helpers import async_client, sync_client

BALANCE = {"wallet": "SPOT_WALLET", "currency": "USDT"}
EXPIRY = 0.3


def _sync_calls(url: str, pauses: list[float]) -> list[Any]:
    with sync_client(url, http_backend="stdlib", max_retries=0) as client:
        results = [client.wallet.balance(**BALANCE)]
        for pause in pauses:
            time.sleep(pause)
            results.append(client.wallet.balance(**BALANCE))
    return results


def _async_calls(url: str, pauses: list[float]) -> list[Any]:
    async def main() -> list[Any]:
        async with async_client(url, "asyncio", max_retries=0) as client:
            results = [await client.wallet.balance(**BALANCE)]
            for pause in pauses:
                await asyncio.sleep(pause)
                results.append(await client.wallet.balance(**BALANCE))
        return results

    return asyncio.run(main())


CALLS = {"stdlib": _sync_calls, "asyncio": _async_calls}


@pytest.mark.parametrize("backend", ["stdlib", "asyncio"])
def test_a_young_idle_connection_is_reused_and_an_expired_one_replaced(
    backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importlib.import_module(f"binance_pay._http_{backend}"), "KEEPALIVE_EXPIRY", EXPIRY)
    with serve(keep_alive_handler(KEEP_ALIVE_ANSWER)) as server:
        results = CALLS[backend](server.url, [0.0, 2 * EXPIRY, 0.0])
    assert [str(result.balance) for result in results] == ["990000.00000000"] * 4
    assert server.connections == 2  # the first two calls share one, the last two another
