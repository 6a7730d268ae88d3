"""Convert, direct debit and profit sharing driven at random through the SDK: after every step each wallet's
balance, on Wallet Balance V1 and V2 alike, is exactly where it started plus what the model says moved."""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_UP, Decimal

import httpx
import pytest
from binance_pay import BinancePayClient
from binance_pay.errors import InvalidParamWrongValueError, PaymentDirectDebitContractNotFoundError
from binance_pay_sandbox import RunningSandbox, SandboxConfig, run_sandbox
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sdk_sandbox import GOODS

WALLETS = ("FUNDING_WALLET", "SPOT_WALLET")
FUNDING = "FUNDING_WALLET"
STEP = Decimal("0.00000001")
LIMIT = Decimal(40)
RECEIVERS = ("1001", "1002")
PAIRS = sorted(SandboxConfig().convert_rates)
amounts = st.decimals(min_value=STEP, max_value=Decimal(60), places=8, allow_nan=False, allow_infinity=False)
# Shares of what a wallet holds or an order has left: mostly affordable, sometimes not (above 1).
fractions = st.sampled_from([Decimal("0.001"), Decimal("0.3"), Decimal("0.5"), Decimal(1), Decimal("1.5")])


def share(whole: Decimal, fraction: Decimal) -> Decimal:
    """`fraction` of `whole`, rounded down to 8 places; at least the smallest amount."""
    return max(STEP, (whole * fraction).quantize(STEP, rounding=ROUND_DOWN))


@dataclass
class Split:
    prepay_id: str
    merchant_request_id: str
    shares: dict[str, Decimal]


class MoneyMachine(RuleBasedStateMachine):
    sandbox: RunningSandbox
    client: BinancePayClient

    def __init__(self) -> None:
        super().__init__()
        self.expected: Counter[tuple[str, str]] = Counter()
        self.contract_id = 0
        self.contract_active = False
        self.orders: dict[str, Decimal] = {}  # paid profit-sharing orders: prepayId -> what is left to split
        self.splits: list[Split] = []

    def move(self, wallet: str, currency: str, delta: Decimal) -> None:
        self.expected[(wallet, currency)] += delta

    def listed(self, wallet: str) -> dict[str, Decimal]:
        return {asset.asset: asset.available for asset in self.client.wallet.balance_v2(wallet=wallet).balance}

    @initialize()
    def start(self) -> None:
        for wallet in WALLETS:
            for currency, available in self.listed(wallet).items():
                self.expected[(wallet, currency)] = available
        for account in RECEIVERS:
            self.client.profit_sharing.add_receiver(account=account)
        self.new_contract()

    # ---- convert

    @rule(pair=st.sampled_from(PAIRS), wallet=st.sampled_from(WALLETS), fraction=fractions, by_source=st.booleans())
    def convert(self, pair: tuple[str, str], wallet: str, fraction: Decimal, by_source: bool) -> None:
        source, target = pair
        rate = SandboxConfig().convert_rates[pair]
        budget = share(self.expected[(wallet, source)], fraction)
        amount = budget if by_source else share(budget * rate, Decimal(1))
        side = {"from_amount": amount} if by_source else {"to_amount": amount}
        if by_source:
            priced = (amount, (amount * rate).quantize(STEP, rounding=ROUND_DOWN))
        else:
            priced = ((amount / rate).quantize(STEP, rounding=ROUND_UP), amount)
        if not all(priced):  # a conversion that rounds to nothing
            with pytest.raises(InvalidParamWrongValueError):
                self.client.convert.quote(wallet=wallet, from_asset=source, to_asset=target, **side)
            return
        quote = self.client.convert.quote(wallet=wallet, from_asset=source, to_asset=target, **side)
        assert (quote.from_amount, quote.to_amount) == priced
        if quote.from_amount > self.expected[(wallet, source)]:
            assert not isinstance(quote.quote_id, str), "a quote the wallet cannot pay has no quoteId"
            return
        executed = self.client.convert.execute(quote_id=quote.quote_id)
        assert (executed.order_status, executed.from_coin_amount) == ("SUCCESS", quote.from_amount)
        self.move(wallet, source, -quote.from_amount)
        self.move(wallet, target, quote.to_amount)
        with pytest.raises(InvalidParamWrongValueError):
            self.client.convert.execute(quote_id=quote.quote_id)

    # ---- direct debit

    @rule()
    def new_contract(self) -> None:
        pre = self.client.direct_debit.create_contract(
            merchant_contract_code=secrets.token_hex(8),
            service_name="Membership",
            scenario_code="Membership",
            single_upper_limit=LIMIT,
            currency="USDT",
            periodic=False,
        )
        signed = httpx.post(
            f"{self.sandbox.url}/sandbox/contracts/{pre.pre_contract_id}/sign", trust_env=False, verify=False
        )
        self.contract_id = int(signed.json()["data"]["contractId"])
        self.contract_active = True

    @rule(amount=amounts)
    def debit(self, amount: Decimal) -> None:
        request = {
            "merchant_request_id": secrets.token_hex(8),
            "trade_mode": "DIRECT_DEBIT",
            "biz_id": self.contract_id,
            "amount": amount,
            "currency": "USDT",
            "product_name": "Debit",
            "order_tags": {"ifProfitSharing": True},
        }
        if not self.contract_active:
            with pytest.raises(PaymentDirectDebitContractNotFoundError):
                self.client.direct_debit.pay(**request)
            return
        if amount > LIMIT:
            with pytest.raises(InvalidParamWrongValueError):
                self.client.direct_debit.pay(**request)
            return
        paid = self.client.direct_debit.pay(**request)
        self.move(FUNDING, "USDT", amount)
        self.orders[str(paid.prepay_id)] = amount

    @precondition(lambda self: self.contract_active)
    @rule()
    def terminate(self) -> None:
        assert self.client.direct_debit.terminate_contract(contract_id=self.contract_id) is True
        self.contract_active = False

    # ---- profit sharing

    @rule(amount=amounts)
    def paid_order(self, amount: Decimal) -> None:
        created = self.client.orders.create(
            env={"terminalType": "WEB"},
            merchant_trade_no="M" + secrets.token_hex(10),
            order_amount=amount,
            currency="USDT",
            description="Shared",
            goods_details=[GOODS],
            order_tags={"ifProfitSharing": True},
        )
        httpx.post(
            f"{self.sandbox.url}/sandbox/orders/{created.prepay_id}/pay", trust_env=False, verify=False
        ).raise_for_status()
        self.move(FUNDING, "USDT", amount)
        self.orders[str(created.prepay_id)] = amount

    @precondition(lambda self: bool(self.orders))
    @rule(data=st.data(), parts_of_left=st.lists(fractions, min_size=1, max_size=2))
    def split(self, data: st.DataObject, parts_of_left: list[Decimal]) -> None:
        # in the order they were made, not sorted: the ids are random, and a replay must pick the same order
        prepay_id = data.draw(st.sampled_from(list(self.orders)), label="order")
        shares = [share(self.orders[prepay_id], fraction / len(parts_of_left)) for fraction in parts_of_left]
        request_id = secrets.token_hex(8)
        parts = [{"account": RECEIVERS[i], "amount": share, "description": "share"} for i, share in enumerate(shares)]
        total = sum(shares, Decimal(0))
        if total > self.orders[prepay_id] or total > self.expected[(FUNDING, "USDT")]:
            with pytest.raises(InvalidParamWrongValueError):
                self.client.profit_sharing.submit_split(
                    merchant_request_id=request_id, prepay_order_id=prepay_id, receiver_list=parts
                )
            return
        self.client.profit_sharing.submit_split(
            merchant_request_id=request_id, prepay_order_id=prepay_id, receiver_list=parts
        )
        self.move(FUNDING, "USDT", -total)
        self.orders[prepay_id] -= total
        self.splits.append(Split(prepay_id, request_id, {RECEIVERS[i]: s for i, s in enumerate(shares)}))

    @precondition(lambda self: bool(self.splits))
    @rule(data=st.data(), fraction=st.sampled_from([Decimal("0.5"), Decimal(1), Decimal(2)]))
    def give_back(self, data: st.DataObject, fraction: Decimal) -> None:
        split = data.draw(st.sampled_from(self.splits), label="split")
        account = data.draw(st.sampled_from(sorted(split.shares)), label="receiver")
        held = split.shares[account]
        amount = share(held, fraction)
        request = {
            "prepay_order_id": split.prepay_id,
            "origin_merchant_request_id": split.merchant_request_id,
            "merchant_return_no": secrets.token_hex(8),
            "transfer_out_account": account,
            "return_amount": amount,
        }
        if amount > held:
            with pytest.raises(InvalidParamWrongValueError):
                self.client.profit_sharing.return_split(**request)
            return
        assert self.client.profit_sharing.return_split(**request).return_amount == amount
        split.shares[account] -= amount
        self.orders[split.prepay_id] += amount
        self.move(FUNDING, "USDT", amount)

    # ---- the books

    @invariant()
    def balances_are_what_moved(self) -> None:
        for wallet in WALLETS:
            listed = self.listed(wallet)
            expected = {currency: value for (owner, currency), value in self.expected.items() if owner == wallet}
            for currency in set(listed) | set(expected):
                want = expected.get(currency, Decimal(0))
                assert listed.get(currency, Decimal(0)) == want, f"V2 {wallet} {currency}"
                assert self.client.wallet.balance(wallet=wallet, currency=currency).balance == want, (
                    f"V1 {wallet} {currency}"
                )


@pytest.fixture(scope="module")
def running() -> Iterator[tuple[RunningSandbox, BinancePayClient]]:
    with (
        run_sandbox(SandboxConfig()) as sandbox,
        BinancePayClient(sandbox.config.api_key, sandbox.config.secret_key, base_url=sandbox.url) as client,
    ):
        yield sandbox, client


def test_every_wallet_holds_exactly_what_moved(running: tuple[RunningSandbox, BinancePayClient]) -> None:
    MoneyMachine.sandbox, MoneyMachine.client = running
    run_state_machine_as_test(
        MoneyMachine,
        settings=settings(
            max_examples=25, stateful_step_count=15, deadline=None, suppress_health_check=[HealthCheck.too_slow]
        ),
    )
