"""Convert: pairs and quotes from `SandboxConfig.convert_rates`; an executed quote moves one wallet exactly.

A quote for `fromAmount` credits `fromAmount * rate` rounded down to 8 places; a quote for `toAmount` debits
`toAmount / rate` rounded up: the merchant never gets more than the rate gives. A quote the wallet cannot pay is
answered without `quoteId`, as Binance documents. Executing a quote after its expiry is TIME_OUT; an unknown or
already executed quote, an unknown order, a pair not in the table or an amount that rounds to zero is
INVALID_PARAM_WRONG_VALUE (our choice: the reference names no code).
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_UP, Decimal, localcontext
from typing import Any

from .._handler import Answer, Fail, HandlerFactory
from .._records import decoded_as, encoded
from .._state import MAX_AMOUNT, STEP, ZERO, MerchantState
from .._stateful import StateHandler, ok

_PRECISION = 60  # enough for MAX_AMOUNT times any rate, exactly


def _rounded(value: Decimal, rounding: str) -> Decimal:
    with localcontext() as context:
        context.prec = _PRECISION
        return value.quantize(STEP, rounding=rounding)


def inverse(rate: Decimal) -> Decimal:
    """1 / rate, to 28 significant digits (a price shown, never used to move money)."""
    with localcontext() as context:
        context.prec = 28
        return (Decimal(1) / rate).normalize()


@dataclass
class Quote:
    quote_id: str
    wallet: str
    from_asset: str
    to_asset: str
    from_amount: Decimal
    to_amount: Decimal
    rate: Decimal
    valid_until_ms: int
    order_id: str | None = None


@dataclass
class ConvertOrder:
    order_id: str
    create_time: int
    status: str
    quote: Quote


@dataclass
class Conversions:
    quotes: dict[str, Quote] = field(default_factory=dict)
    orders: dict[str, ConvertOrder] = field(default_factory=dict)

    def to_record(self) -> Any:
        return encoded(self)

    @classmethod
    def from_record(cls, record: Any) -> Conversions:
        conversions = decoded_as(cls, record, Quote, ConvertOrder)
        for order in conversions.orders.values():  # an order's quote is the stored quote, one object
            order.quote = conversions.quotes.get(order.quote.quote_id, order.quote)
        return conversions


class ListPairsHandler(StateHandler):
    """listConvertPairs: every pair of the rate table from `fromAsset` (none: an empty list)."""

    def answer(self, request: Mapping[str, Any]) -> Answer:
        source = str(request["fromAsset"])
        rates = self.state.config.convert_rates
        pairs = [
            {
                "coin": to,
                "fromMin": STEP,
                "fromMax": MAX_AMOUNT,
                "toMin": STEP,
                "toMax": MAX_AMOUNT,
                "reverse": (to, source) in rates,
                "base": False,
            }
            for (start, to) in sorted(rates)
            if start == source
        ]
        return ok({"coin": source, "toList": pairs})


def _priced(request: Mapping[str, Any], rate: Decimal) -> tuple[Decimal, Decimal] | Fail:
    """(fromAmount, toAmount) of a quote, one of them as asked, the other rounded against the merchant."""
    if request.get("fromAmount") is not None:
        from_amount = Decimal(request["fromAmount"])
        to_amount = _rounded(from_amount * rate, ROUND_DOWN)
    else:
        to_amount = Decimal(request["toAmount"])
        from_amount = _rounded(to_amount / rate, ROUND_UP)
    if to_amount <= ZERO or from_amount <= ZERO or max(from_amount, to_amount) > MAX_AMOUNT:
        return Fail("INVALID_PARAM_WRONG_VALUE", "fromAmount / toAmount: the conversion rounds to 0 or is too large")
    return _rounded(from_amount, ROUND_DOWN), to_amount


def _quote_data(quote: Quote, expiry_ms: int) -> dict[str, Any]:
    return {
        "ratio": quote.rate,
        "inverseRatio": inverse(quote.rate),
        "validTimestamp": quote.valid_until_ms,
        "expireTime": -(-expiry_ms // 1000),  # whole seconds (rounded up), as the spec's integer
        "toAmount": quote.to_amount,
        "toCoin": quote.to_asset,
        "fromAmount": quote.from_amount,
        "fromCoin": quote.from_asset,
    }


class QuoteHandler(StateHandler):
    """getConvertQuote: a quote valid for `convert_quote_expiry_ms`; without quoteId when the wallet is short."""

    def answer(self, request: Mapping[str, Any]) -> Answer:
        state = self.state
        pair = (str(request["fromAsset"]), str(request["toAsset"]))
        rate = state.config.convert_rates.get(pair)
        if rate is None:
            return Fail("INVALID_PARAM_WRONG_VALUE", f"toAsset: {pair[0]} does not convert into {pair[1]}")
        amounts = _priced(request, rate)
        if isinstance(amounts, Fail):
            return amounts
        with state.lock:
            expiry_ms = state.config.convert_quote_expiry_ms
            quote = Quote(
                secrets.token_hex(16), str(request["wallet"]), *pair, *amounts, rate, state.now_ms() + expiry_ms
            )
            data = _quote_data(quote, expiry_ms)
            if not _affordable(state, quote):
                return ok(data)
            state.store(Conversions).quotes[quote.quote_id] = quote
            return ok({"quoteId": quote.quote_id, **data})


def _affordable(state: MerchantState, quote: Quote) -> bool:
    wallets = state.wallets
    return wallets.can_move(quote.wallet, quote.from_asset, -quote.from_amount) and wallets.can_move(
        quote.wallet, quote.to_asset, quote.to_amount
    )


def _execution(order: ConvertOrder) -> dict[str, Any]:
    quote = order.quote
    return {
        "orderId": order.order_id,
        "createTime": order.create_time,
        "orderStatus": order.status,
        "quotePrice": quote.rate,
        "inversePrice": inverse(quote.rate),
        "fromCoin": quote.from_asset,
        "fromCoinAmount": quote.from_amount,
        "toCoin": quote.to_asset,
        "toCoinAmount": quote.to_amount,
    }


class ExecuteQuoteHandler(StateHandler):
    """executeConvertQuote: the wallet debited and credited (SUCCESS), or FAIL when it can no longer pay."""

    def answer(self, request: Mapping[str, Any]) -> Answer:
        state = self.state
        quote_id = str(request["quoteId"])
        with state.lock:
            conversions = state.store(Conversions)
            quote = conversions.quotes.get(quote_id)
            if quote is None:
                return Fail("INVALID_PARAM_WRONG_VALUE", f"quoteId: {quote_id[:64]} is no quote")
            if quote.order_id is not None:
                return Fail("INVALID_PARAM_WRONG_VALUE", f"quoteId: already executed (orderId {quote.order_id})")
            now = state.now_ms()
            if now >= quote.valid_until_ms:
                return Fail("TIME_OUT", "quoteId: the quote has expired; ask for a new quote")
            status = "FAIL"
            if _affordable(state, quote):
                state.wallets.move(quote.wallet, quote.from_asset, -quote.from_amount)
                state.wallets.move(quote.wallet, quote.to_asset, quote.to_amount)
                status = "SUCCESS"
            order = ConvertOrder(str(state.next_biz_id()), now, status, quote)
            quote.order_id = order.order_id
            conversions.orders[order.order_id] = order
            return ok(_execution(order))


class QueryConvertOrderHandler(StateHandler):
    """queryConvertOrder: an executed quote's order."""

    def answer(self, request: Mapping[str, Any]) -> Answer:
        order_id = str(request["orderId"])
        with self.state.lock:
            order = self.state.store(Conversions).orders.get(order_id)
            if order is None:
                return Fail("INVALID_PARAM_WRONG_VALUE", f"orderId: {order_id[:64]} is no convert order")
            quote = order.quote
            return ok(
                {
                    "orderId": order.order_id,
                    "orderStatus": order.status,
                    "fromAsset": quote.from_asset,
                    "fromAmount": quote.from_amount,
                    "toAsset": quote.to_asset,
                    "toAmount": quote.to_amount,
                    "ratio": quote.rate,
                    "inverseRatio": inverse(quote.rate),
                }
            )


HANDLERS: dict[str, HandlerFactory] = {
    "listConvertPairs": ListPairsHandler,
    "getConvertQuote": QuoteHandler,
    "executeConvertQuote": ExecuteQuoteHandler,
    "queryConvertOrder": QueryConvertOrderHandler,
}

STORES = (Conversions,)
"""The records this resource keeps in the shared state (saved with `--state`)."""
