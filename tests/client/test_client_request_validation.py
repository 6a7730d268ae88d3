"""Arguments that break the request schema raise RequestValidationError and send nothing."""

from __future__ import annotations

import json

import binance_pay
import pytest
from binance_pay import BinancePayError, RequestValidationError, Wallet
from client_helpers import Scripted, success_bytes


@pytest.mark.parametrize(
    ("kwargs", "field", "rule_part"),
    [
        ({"wallet": "MARGIN_WALLET", "currency": "USDT"}, "wallet", "one of"),
        ({"wallet": "spot_wallet", "currency": "USDT"}, "wallet", "one of"),
        ({"wallet": "", "currency": "USDT"}, "wallet", "one of"),
        ({"wallet": 1, "currency": "USDT"}, "wallet", "one of"),
        ({"wallet": ["SPOT_WALLET"], "currency": "USDT"}, "wallet", "one of"),
        ({"wallet": "SPOT_WALLET", "currency": "usdt"}, "currency", "^[A-Z0-9]+$"),
        ({"wallet": "SPOT_WALLET", "currency": "Usdt"}, "currency", "^[A-Z0-9]+$"),
        ({"wallet": "SPOT_WALLET", "currency": "USDT\n"}, "currency", "^[A-Z0-9]+$"),
        ({"wallet": "SPOT_WALLET", "currency": "US DT"}, "currency", "^[A-Z0-9]+$"),
        ({"wallet": "SPOT_WALLET", "currency": ""}, "currency", "empty"),
        ({"wallet": "SPOT_WALLET", "currency": "A" * 21}, "currency", "at most 20"),
        ({"wallet": "SPOT_WALLET", "currency": 123}, "currency", "string"),
        ({"wallet": "SPOT_WALLET", "currency": b"USDT"}, "currency", "string"),
        ({"wallet": "SPOT_WALLET", "currency": True}, "currency", "string"),
        ({"wallet": None, "currency": "USDT"}, "wallet", "required"),
        ({"wallet": "SPOT_WALLET", "currency": None}, "currency", "required"),
    ],
)
def test_invalid_arguments_raise_and_send_nothing(make_client, kwargs, field, rule_part) -> None:
    client, recorder = make_client(Scripted(body=success_bytes()))
    with pytest.raises(RequestValidationError) as info:
        client.query_wallet_balance(**kwargs)
    error = info.value
    assert isinstance(error, BinancePayError)
    assert isinstance(error, ValueError)
    assert error.field == field
    assert rule_part in error.rule
    assert field in str(error)
    assert recorder.calls == 0


def test_async_invalid_arguments_send_nothing(make_async_client) -> None:
    import asyncio

    client, recorder = make_async_client(Scripted(body=success_bytes()))

    async def main() -> None:
        async with client:
            with pytest.raises(RequestValidationError) as info:
                await client.query_wallet_balance(wallet="SPOT_WALLET", currency="usdt")
            assert info.value.field == "currency"

    asyncio.run(main())
    assert recorder.calls == 0


@pytest.mark.parametrize("wallet", [Wallet.SPOT_WALLET, Wallet.FUNDING_WALLET, "SPOT_WALLET", "FUNDING_WALLET"])
@pytest.mark.parametrize("currency", ["USDT", "BTC", "1INCH", "A" * 20, "X"])
def test_valid_arguments_are_sent(make_client, wallet, currency) -> None:
    client, recorder = make_client(Scripted(body=success_bytes()))
    client.query_wallet_balance(wallet=wallet, currency=currency)
    assert recorder.calls == 1
    assert json.loads(recorder.bodies[0]) == {"wallet": str(wallet), "currency": currency}


def test_wallet_enum_matches_spec() -> None:
    from client_helpers import load_spec

    assert [w.value for w in binance_pay.Wallet] == load_spec()["components"]["schemas"]["Wallet"]["enum"]
