"""queryWalletBalance: the configured balances, exact; a currency with no holdings answers zero amounts."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from .._balances import BALANCE_OPERATION, AmountRule, BalanceRules, DecimalAmount, Holding, balance_rules
from .._handler import Answer, HandlerContext, HandlerFactory, success_body
from .._spec import SpecError
from .._state import Wallets

_OUT_OF_RANGE_BALANCE = "1000000000000000.00000000"


class BalanceHandler:
    """SUCCESS bodies built from the shared wallets (which payments, refunds, transfers and payouts move), and
    rebuilt only when they moved; the planted amount faults are applied here."""

    def __init__(self, context: HandlerContext) -> None:
        self._rules: BalanceRules = balance_rules(context.catalog)
        self._faults = context.config.faults
        self._wallets: Wallets = context.state.wallets
        self._version = self._wallets.version
        self._prebuilt = self._build_all()

    def _build_all(self) -> dict[tuple[str, str], bytes]:
        return {
            (wallet, currency): self._build(wallet, currency, self._wallets.holding(wallet, currency))
            for wallet, currency in self._wallets.held()
        }

    def answer(self, request: Mapping[str, Any]) -> Answer:
        wallet, currency = request["wallet"], request["currency"]
        if self._wallets.version != self._version:
            self._version = self._wallets.version
            self._prebuilt = self._build_all()
        body = self._prebuilt.get((wallet, currency))
        return body if body is not None else self._build(wallet, currency, None)

    def known_bodies(self) -> Iterable[bytes]:
        return self._prebuilt.values()

    def _amount_text(self, name: str, rule: AmountRule, amount: DecimalAmount) -> str:
        faults = self._faults
        text = amount.text
        if name == "balance" and "out_of_range" in faults:
            text = _OUT_OF_RANGE_BALANCE
        elif name == "balance" and "decimal_places" in faults:
            step = Decimal(1).scaleb(-((rule.places or 0) + 1))
            text = format(amount.value.quantize(step) + step, "f")
        elif "float_rounding" in faults:
            text = json.dumps(float(amount.value))  # the planted bug: exactly what must never happen
        return json.dumps(text) if rule.as_string else text

    def _build(self, wallet: str, currency: str, holding: Holding | None) -> bytes:
        parts = []
        for name, rule in self._rules.fields:
            if rule is not None:
                if holding is None:
                    amount = DecimalAmount(Decimal(rule.zero_text), rule.zero_text)
                elif name in holding.amounts:
                    amount = holding.amounts[name]
                else:
                    raise SpecError(f"operation queryWalletBalance: the balances of {wallet} {currency} lack {name}")
                text = self._amount_text(name, rule, amount)
            elif name == "asset":
                text = json.dumps(currency)
            elif name == "fiat":
                text = json.dumps(holding.fiat if holding is not None else self._wallets.first_fiat(wallet))
            else:
                continue
            parts.append(f"{json.dumps(name)}:{text}")
        return success_body("{" + ",".join(parts) + "}")


HANDLERS: dict[str, HandlerFactory] = {
    BALANCE_OPERATION: BalanceHandler,
}
