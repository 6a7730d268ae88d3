"""Convert through the SDK: pairs and quotes from the rate table, exact wallet moves, and the refusals."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from binance_pay.errors import InvalidParamWrongValueError, TimeOutError
from binance_pay_sandbox import SandboxConfig
from sdk_sandbox import sdk_sandbox

FUNDING = "FUNDING_WALLET"


def test_pairs_are_the_rate_tables_pairs_from_the_asset() -> None:
    with sdk_sandbox() as box:
        pairs = box.client.convert.list_pairs(from_asset="USDT")
        assert pairs.coin == "USDT"
        assert sorted(pair.coin for pair in pairs.to_list) == ["BNB", "BTC"]
        assert all(pair.reverse for pair in pairs.to_list)
        assert box.client.convert.list_pairs(from_asset="XRP").to_list == []


def test_a_configured_rate_table_replaces_the_default() -> None:
    with sdk_sandbox(convert_rates={("USDT", "EUR"): Decimal("0.9")}) as box:
        assert [pair.coin for pair in box.client.convert.list_pairs(from_asset="USDT").to_list] == ["EUR"]
        quote = box.client.convert.quote(wallet=FUNDING, from_asset="USDT", to_asset="EUR", from_amount=Decimal(10))
        assert (quote.to_amount, quote.ratio) == (Decimal("9.00000000"), Decimal("0.9"))
        with pytest.raises(InvalidParamWrongValueError):
            box.client.convert.quote(wallet=FUNDING, from_asset="USDT", to_asset="BTC", from_amount=Decimal(10))


def test_executing_a_quote_moves_the_wallet_exactly_and_the_order_shows_it() -> None:
    with sdk_sandbox() as box:
        quote = box.client.convert.quote(
            wallet=FUNDING, from_asset="USDT", to_asset="BTC", from_amount=Decimal("100.5")
        )
        assert (quote.from_amount, quote.to_amount) == (Decimal("100.5"), Decimal("0.00100500"))
        assert quote.expire_time == 10 and isinstance(quote.quote_id, str)
        executed = box.client.convert.execute(quote_id=quote.quote_id)
        assert executed.order_status == "SUCCESS"
        for balance in (box.balance, box.balance_v2):
            assert balance(FUNDING, "USDT") == Decimal("1150.00000000")
            assert balance(FUNDING, "BTC") == Decimal("0.00100500")
        order = box.client.convert.query(order_id=executed.order_id)
        assert (order.order_status, order.from_asset, order.from_amount) == ("SUCCESS", "USDT", Decimal("100.5"))
        assert (order.to_asset, order.to_amount, order.ratio) == ("BTC", Decimal("0.00100500"), Decimal("0.00001"))


def test_a_quote_for_the_amount_received_rounds_the_debit_up() -> None:
    with sdk_sandbox(convert_rates={("USDT", "XYZ"): Decimal(3)}) as box:
        quote = box.client.convert.quote(wallet=FUNDING, from_asset="USDT", to_asset="XYZ", to_amount=Decimal(1))
        assert quote.from_amount == Decimal("0.33333334")
        box.client.convert.execute(quote_id=quote.quote_id)
        assert box.balance(FUNDING, "USDT") == Decimal("1250.50000000") - Decimal("0.33333334")
        assert box.balance_v2(FUNDING, "XYZ") == Decimal(1)


def test_an_executed_quote_is_refused_the_second_time() -> None:
    with sdk_sandbox() as box:
        quote = box.client.convert.quote(wallet=FUNDING, from_asset="USDT", to_asset="BNB", to_amount=Decimal("0.8"))
        box.client.convert.execute(quote_id=quote.quote_id)
        with pytest.raises(InvalidParamWrongValueError):
            box.client.convert.execute(quote_id=quote.quote_id)
        assert box.balance(FUNDING, "BNB") == Decimal("0.8")


def test_an_expired_quote_is_refused_with_time_out() -> None:
    with sdk_sandbox(convert_quote_expiry_ms=1) as box:
        quote = box.client.convert.quote(wallet=FUNDING, from_asset="USDT", to_asset="BNB", from_amount=Decimal(5))
        time.sleep(0.01)
        with pytest.raises(TimeOutError):
            box.client.convert.execute(quote_id=quote.quote_id)
        assert box.balance(FUNDING, "USDT") == Decimal("1250.50000000")


def test_a_quote_the_wallet_cannot_pay_has_no_quote_id() -> None:
    with sdk_sandbox() as box:
        quote = box.client.convert.quote(wallet=FUNDING, from_asset="USDT", to_asset="BTC", from_amount=Decimal(5000))
        assert not isinstance(quote.quote_id, str)
        assert quote.to_amount == Decimal("0.05000000")


def test_unknown_quotes_and_orders_are_refused() -> None:
    with sdk_sandbox() as box:
        with pytest.raises(InvalidParamWrongValueError):
            box.client.convert.execute(quote_id="nope")
        with pytest.raises(InvalidParamWrongValueError):
            box.client.convert.query(order_id="123")


@pytest.mark.parametrize(
    "rates",
    [
        {("USDT", "USDT"): Decimal(1)},
        {("usdt", "BTC"): Decimal(1)},
        {("USDT", "BTC"): Decimal(0)},
        {("USDT", "BTC"): Decimal("NaN")},
        {("USDT", "BTC"): 1.5},
    ],
    ids=["same-asset", "lowercase", "zero", "nan", "float"],
)
def test_a_rate_table_that_cannot_quote_is_refused(rates: dict[tuple[str, str], object]) -> None:
    with pytest.raises(ValueError, match="convert_rates"):
        SandboxConfig(convert_rates=rates)  # type: ignore[arg-type]
