"""The generated low-level `api` functions stay usable on `client.openapi_client`."""

from __future__ import annotations

import asyncio
from decimal import Decimal

from binance_pay import AssetQueryReq, AssetQueryResult, Status, Wallet
from binance_pay.api.default import query_wallet_balance as op
from binance_pay.types import UNSET
from client_helpers import Scripted, assert_signed, fail_bytes, success_bytes


def test_sync_low_level_success_and_fail(make_client) -> None:
    client, recorder = make_client(
        Scripted(body=success_bytes()), Scripted(status=401, body=fail_bytes("400002", "bad signature"))
    )
    body = AssetQueryReq(wallet=Wallet.SPOT_WALLET, currency="USDT")
    ok = op.sync(client=client.openapi_client, body=body)
    assert isinstance(ok, AssetQueryResult)
    assert ok.status == Status.SUCCESS
    assert ok.code == "000000"
    assert ok.data.balance == Decimal("990000.00000000")
    assert str(ok.data.balance) == "990000.00000000"

    fail = op.sync(client=client.openapi_client, body=body)  # FAIL parses; no raise
    assert fail.status == Status.FAIL
    assert fail.code == "400002"
    assert fail.error_message == "bad signature"
    assert fail.data is UNSET

    assert recorder.calls == 2
    for request, sent in zip(recorder.requests, recorder.bodies, strict=True):
        assert_signed(request.headers, sent)


def test_sync_detailed_keeps_status_and_content(make_client) -> None:
    raw = fail_bytes("400001", "bad")
    client, _ = make_client(Scripted(status=400, body=raw))
    response = op.sync_detailed(
        client=client.openapi_client, body=AssetQueryReq(wallet=Wallet.FUNDING_WALLET, currency="BTC")
    )
    assert response.status_code == 400
    assert response.content == raw
    assert response.parsed.code == "400001"


def test_asyncio_low_level(make_async_client) -> None:
    client, recorder = make_async_client(
        Scripted(body=success_bytes(balance="0E-8")), Scripted(status=500, body=fail_bytes("400000"))
    )
    body = AssetQueryReq(wallet=Wallet.SPOT_WALLET, currency="USDT")

    async def main():
        async with client:
            return (
                await op.asyncio(client=client.openapi_client, body=body),
                await op.asyncio(client=client.openapi_client, body=body),
            )

    ok, fail = asyncio.run(main())
    assert ok.status == Status.SUCCESS and str(ok.data.balance) == "0E-8"
    assert fail.status == Status.FAIL and fail.code == "400000"
    assert recorder.calls == 2
    assert_signed(recorder.requests[0].headers, recorder.bodies[0])
