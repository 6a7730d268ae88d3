"""The merchant's small shared state (one per app): wallets, orders, ids and the business clock.

The order stays here because refunds, direct debit, profit sharing, the checkout page and the control surface all
act on it; so do its webhooks (PAY). Every other record lives in its resource module, as a store listed in that
module's `STORES` and fetched with `MerchantState.store` (refunds, transfers, payouts, conversions...); resource
modules import this one, never the other way round.

Amounts are exact Decimals with at most 8 decimal places. Every method is called with `lock` held or takes it;
handlers, the control surface and the expiry sweep share one state.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal, localcontext
from types import MappingProxyType
from typing import Any, TypeVar, cast

from ._balances import Balances, DecimalAmount, Holding
from ._config import SandboxConfig
from ._records import RecordError, decoded, encoded
from ._webhooks import Notification, Notifier

STEP = Decimal("0.00000001")
ZERO = Decimal("0E-8")
MAX_AMOUNT = Decimal("999999999999999.99999999")  # the spec's Amount maximum
MERCHANT_ID = 98765987  # the docs' sample merchant id
FUNDING_WALLET, SPOT_WALLET = "FUNDING_WALLET", "SPOT_WALLET"
_AMOUNT_FIELDS = ("balance", "availableFiatValuation", "availableBtcValuation")
StoreT = TypeVar("StoreT")
RecordT = TypeVar("RecordT")
StoreLoaders = Mapping[str, tuple[object, Callable[[Any], object]]]
"""A store's class name -> (its class, what makes one from its record)."""


def quantized(value: Decimal) -> Decimal:
    """`value` with exactly 8 decimal places (it has at most 8: the request schemas say multipleOf 0.00000001)."""
    with localcontext() as context:
        context.prec = max(28, value.adjusted() + 12)
        return value.quantize(STEP, rounding=ROUND_HALF_EVEN)


def text(value: Decimal) -> str:
    """Plain decimal text with 8 places: 1.5 -> "1.50000000"."""
    return format(quantized(value), "f")


def _nothing() -> None:
    pass


def _checked(value: Any, kind: type[RecordT]) -> RecordT:
    if not isinstance(value, kind):
        raise RecordError(f"expected a {kind.__name__}, found {type(value).__name__}")
    return value


class RandomIds:
    """Numeric ids of exactly `digits` digits (no leading zero), drawn at random and never issued twice.

    Random, not counted: with consecutive ids anyone holding one id could guess the ids of other merchants'
    orders, refunds and payouts. A draw that repeats an issued id is drawn again.
    """

    def __init__(self, digits: int) -> None:
        self._lowest: int = 10 ** (digits - 1)
        self._span = 9 * self._lowest
        self._issued: set[int] = set()

    def issued(self) -> list[int]:
        return sorted(self._issued)

    def restore(self, issued: list[int]) -> None:
        self._issued = set(issued)

    def next(self) -> int:
        while True:
            candidate = self._lowest + secrets.randbelow(self._span)
            if candidate not in self._issued:
                self._issued.add(candidate)
                return candidate


class Wallets:
    """wallet -> currency -> amounts (the balance query's fields), mutable; `version` changes with every move."""

    def __init__(self, balances: Balances) -> None:
        self._holdings: dict[tuple[str, str], dict[str, DecimalAmount]] = {}
        self._fiat: dict[tuple[str, str], str] = {}
        self._fields: tuple[str, ...] = ()
        for wallet, holdings in balances.wallets.items():
            for currency, holding in holdings.items():
                self._holdings[(wallet, currency)] = dict(holding.amounts)
                self._fiat[(wallet, currency)] = holding.fiat
                self._fields = self._fields or tuple(holding.amounts)
        self._fields = self._fields or _AMOUNT_FIELDS
        self._first_fiat = {wallet: balances.first_fiat(wallet) for wallet in balances.wallets}
        self.version = 0

    def to_record(self) -> Any:
        return encoded(
            {
                "holdings": self._holdings,
                "fiat": self._fiat,
                "fields": self._fields,
                "first_fiat": self._first_fiat,
                "version": self.version,
            }
        )

    def restore(self, record: Any) -> None:
        """The wallets `to_record` gave `record` for (RecordError, nothing changed, when it is no such record)."""
        values = _checked(decoded(record, {"DecimalAmount": DecimalAmount}), dict)
        holdings = _checked(values["holdings"], dict)
        fiat, fields = _checked(values["fiat"], dict), _checked(values["fields"], tuple)
        first_fiat, version = _checked(values["first_fiat"], dict), _checked(values["version"], int)
        self._holdings, self._fiat, self._fields, self._first_fiat = holdings, fiat, fields, first_fiat
        self.version = version

    def holding(self, wallet: str, currency: str) -> Holding | None:
        amounts = self._holdings.get((wallet, currency))
        if amounts is None:
            return None
        return Holding(self._fiat[(wallet, currency)], MappingProxyType(dict(amounts)))

    def first_fiat(self, wallet: str) -> str:
        return self._first_fiat.get(wallet, "USD")

    def held(self) -> list[tuple[str, str]]:
        return list(self._holdings)

    def balance(self, wallet: str, currency: str) -> Decimal:
        amounts = self._holdings.get((wallet, currency))
        return amounts["balance"].value if amounts is not None and "balance" in amounts else ZERO

    def can_move(self, wallet: str, currency: str, delta: Decimal) -> bool:
        return ZERO <= self.balance(wallet, currency) + delta <= MAX_AMOUNT

    def move(self, wallet: str, currency: str, delta: Decimal) -> None:
        """Add `delta` (negative: take) to the balance; the valuations follow at the holding's own rate."""
        key = (wallet, currency)
        amounts = self._holdings.get(key)
        if amounts is None:
            amounts = {name: DecimalAmount(ZERO, text(ZERO)) for name in self._fields}
            self._holdings[key] = amounts
            self._fiat[key] = self.first_fiat(wallet)
        old = amounts["balance"].value if "balance" in amounts else ZERO
        new = old + delta
        if not ZERO <= new <= MAX_AMOUNT:
            raise ValueError(f"{wallet} {currency}: balance would be {new}")
        for name, amount in list(amounts.items()):
            if name == "balance":
                value = new
            elif old.is_zero():
                continue  # no rate known: the valuation stays as configured
            else:
                with localcontext() as context:
                    context.prec = 60
                    value = min(quantized(amount.value * new / old), MAX_AMOUNT)
            amounts[name] = DecimalAmount(quantized(value), text(value))
        self.version += 1


@dataclass(frozen=True)
class Goods:
    name: str
    detail: str
    quantity: str
    unit_amount: str  # "1.00 USDT", or "" when not given


@dataclass
class Order:
    prepay_id: str
    merchant_trade_no: str
    currency: str
    amount: Decimal
    terminal_type: str
    trade_type: str
    product_type: str
    product_name: str
    create_time: int
    expire_time: int
    token: str
    webhook_url: str | None = None
    pass_through_info: str | None = None
    fiat_currency: str | None = None
    fiat_amount: Decimal | None = None
    universal_url_attach: str | None = None
    # What the checkout page shows, and where it sends the buyer afterwards (merchant-supplied, untrusted).
    description: str = ""
    goods: tuple[Goods, ...] = ()
    return_url: str | None = None
    cancel_url: str | None = None
    status: str = "INITIAL"
    transaction_id: str | None = None
    open_user_id: str | None = None
    payer_id: int | None = None
    transact_time: int | None = None
    refunded: Decimal = ZERO
    refund_ids: list[str] = field(default_factory=list)
    profit_sharing: bool = False  # orderTags.ifProfitSharing: only such an order may be split
    sub_merchant_id: str | None = None

    @property
    def remaining(self) -> Decimal:
        return self.amount - self.refunded


class MerchantState:
    """Everything the stateful handlers share; `notifier` sends the webhooks the changes cause."""

    def __init__(self, config: SandboxConfig, notifier: Notifier) -> None:
        self.config = config
        self.notifier = notifier
        self.lock = threading.RLock()
        self.wallets = Wallets(config.balances)
        self.orders: dict[str, Order] = {}
        self.by_trade_no: dict[str, str] = {}
        self._prepay_ids = RandomIds(18)  # at most 19 characters (Close Order, Refund Order), numeric (bizId)
        self._refund_ids = RandomIds(18)  # refundId: int64
        self._payout_ids = RandomIds(18)  # a batch's bizId and its transfers' orderId: int64
        self._user_ids = RandomIds(9)
        self._biz_ids = RandomIds(18)  # ids of quotes' orders, contracts, splits, sub-merchants...
        self._stores: dict[object, object] = {}
        # `advance_clock` moves the sandbox's business clock (expiry, transaction times) only: request signing and
        # webhook timestamps keep the configured clock, so calls and webhooks stay within their time windows.
        self.clock_advance_ms = 0
        # Called after each change the sandbox makes by itself (the expiry sweep); a state file saves the state.
        self.persist: Callable[[], None] = _nothing

    def now_ms(self) -> int:
        return int(time.time() * 1000 + self.config.clock_offset_ms + self.clock_advance_ms)

    def advance_clock(self, seconds: float) -> None:
        """Move the business clock forward; orders now past their expiry expire (their webhooks are sent)."""
        with self.lock:
            self.clock_advance_ms += int(seconds * 1000)
            self.sweep()

    def next_prepay_id(self) -> str:
        return str(self._prepay_ids.next())

    def next_refund_id(self) -> int:
        return self._refund_ids.next()

    def next_payout_id(self) -> int:
        return self._payout_ids.next()

    def next_user_id(self) -> int:
        return self._user_ids.next()

    def next_biz_id(self) -> int:
        return self._biz_ids.next()

    def _id_sources(self) -> dict[str, RandomIds]:
        return {
            "prepay": self._prepay_ids,
            "refund": self._refund_ids,
            "payout": self._payout_ids,
            "user": self._user_ids,
            "biz": self._biz_ids,
        }

    def to_record(self) -> dict[str, Any]:
        """Everything a restarted sandbox needs to go on where this one stopped (webhooks in flight aside)."""
        with self.lock:
            return {
                "records": encoded([self.orders, self.by_trade_no]),
                "wallets": self.wallets.to_record(),
                "ids": {name: ids.issued() for name, ids in self._id_sources().items()},
                "clock_advance_ms": self.clock_advance_ms,
                "stores": {type(store).__name__: cast(Any, store).to_record() for store in self._stores.values()},
            }

    def restore(self, record: Mapping[str, Any], store_loaders: StoreLoaders) -> None:
        """The state `to_record` gave `record` for; on any error (RecordError, KeyError...) nothing is changed."""
        kinds = {kind.__name__: kind for kind in (Order, Goods)}
        records = _checked(decoded(record["records"], kinds), list)
        orders, by_trade_no = (_checked(part, dict) for part in records)
        id_record = _checked(record["ids"], dict)
        issued = {name: _checked(id_record[name], list) for name in self._id_sources()}
        if not all(isinstance(value, int) for values in issued.values() for value in values):
            raise RecordError("an issued id is not an integer")
        stores: dict[object, object] = {}
        for name, store_record in _checked(record["stores"], dict).items():
            kind, load = store_loaders[name]
            stores[kind] = load(store_record)
        clock_advance_ms = _checked(record["clock_advance_ms"], int)
        with self.lock:
            self.wallets.restore(record["wallets"])  # the last step that can fail
            self.orders, self.by_trade_no, self._stores = orders, by_trade_no, stores
            for name, source in self._id_sources().items():
                source.restore(issued[name])
            self.clock_advance_ms = clock_advance_ms

    def store(self, kind: Callable[[], StoreT]) -> StoreT:
        """The one store of a resource module (its records), made on first use; `kind` is its class."""
        with self.lock:
            found = self._stores.get(kind)
            if found is None:
                found = self._stores[kind] = kind()
            return cast(StoreT, found)

    # ---- orders

    def find_order(self, prepay_id: str | None, merchant_trade_no: str | None) -> Order | None:
        """By prepayId (merchantTradeNo ignored then, as Binance does), else by merchantTradeNo; expiry applied."""
        with self.lock:
            if prepay_id is not None:
                order = self.orders.get(prepay_id)
            elif merchant_trade_no is not None:
                found = self.by_trade_no.get(merchant_trade_no)
                order = self.orders.get(found) if found is not None else None
            else:
                order = None
            if order is not None:
                self.expire_if_due(order)
            return order

    def expire_if_due(self, order: Order) -> None:
        if order.status == "INITIAL" and self.now_ms() >= order.expire_time:
            order.status = "EXPIRED"
            self.notify_order(order, "PAY_CLOSED")  # the only documented non-success PAY status

    def sweep(self) -> None:
        """Expire every order past its expiry time (the background sweep), sending their webhooks."""
        with self.lock:
            for order in list(self.orders.values()):
                self.expire_if_due(order)
            self.persist()

    def expire_now(self, order: Order) -> None:
        order.expire_time = min(order.expire_time, self.now_ms())
        self.expire_if_due(order)

    def cancel(self, order: Order) -> None:
        """The buyer (or the merchant's closeOrder) cancels an unpaid order: CANCELED, a PAY_CLOSED webhook."""
        order.status = "CANCELED"
        self.notify_order(order, "PAY_CLOSED")

    def pay(self, order: Order) -> None:
        """The buyer pays: PAID, the merchant's funding wallet credited, a PAY_SUCCESS webhook."""
        order.status = "PAID"
        order.transact_time = self.now_ms()
        order.payer_id = self.next_user_id()
        order.open_user_id = secrets.token_hex(16)
        order.transaction_id = f"M_R_{order.prepay_id}"
        self.wallets.move(FUNDING_WALLET, order.currency, order.amount)
        self.notify_order(order, "PAY_SUCCESS")

    def pay_data(self, order: Order) -> dict[str, Any]:
        data: dict[str, Any] = {
            "merchantTradeNo": order.merchant_trade_no,
            "productType": order.product_type,
            "productName": order.product_name,
            "transactTime": order.transact_time if order.transact_time is not None else self.now_ms(),
            "tradeType": order.trade_type,
            "totalFee": quantized(order.amount),
            "currency": order.currency,
        }
        if order.transaction_id is not None:
            data["transactionId"] = order.transaction_id
        if order.open_user_id is not None:
            data["openUserId"] = order.open_user_id
        if order.pass_through_info is not None:
            data["passThroughInfo"] = order.pass_through_info
        if order.status == "PAID":
            data["commission"] = ZERO
            data["paymentInfo"] = {
                "payerId": order.payer_id,
                "payMethod": "FUNDING",
                "paymentInstructions": [{"currency": order.currency, "amount": text(order.amount), "price": "1"}],
                "channel": "DEFAULT",
            }
        return data

    def notify_order(self, order: Order, biz_status: str) -> None:
        self.notifier.notify(
            Notification("PAY", int(order.prepay_id), biz_status, self.pay_data(order), order.webhook_url)
        )
