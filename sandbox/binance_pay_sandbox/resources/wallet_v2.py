"""queryWalletBalanceV2: the same wallets as Wallet Balance V1, one currency or every asset the wallet holds.

Nothing is ever frozen in the sandbox, so `freeze` is zero and `available` is V1's `balance`.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .._handler import Answer, HandlerFactory
from .._state import ZERO, Wallets, quantized
from .._stateful import StateHandler, ok

BALANCE_V2_OPERATION = "queryWalletBalanceV2"
_VALUATIONS = ("availableFiatValuation", "availableBtcValuation")


def _asset(wallets: Wallets, wallet: str, currency: str) -> dict[str, Any]:
    holding = wallets.holding(wallet, currency)
    amounts = holding.amounts if holding is not None else {}
    entry: dict[str, Decimal | str] = {
        "available": quantized(wallets.balance(wallet, currency)),
        "freeze": ZERO,
        "asset": currency,
    }
    for name in _VALUATIONS:
        entry[name] = amounts[name].value if name in amounts else ZERO
    return entry


class BalanceV2Handler(StateHandler):
    def answer(self, request: Mapping[str, Any]) -> Answer:
        wallet, currency = str(request["wallet"]), request.get("currency")
        with self.state.lock:
            wallets = self.state.wallets
            if currency is not None:
                currencies = [str(currency)]
            else:
                currencies = sorted(held for owner, held in wallets.held() if owner == wallet)
            return ok(
                {
                    "balance": [_asset(wallets, wallet, name) for name in currencies],
                    "wallet": wallet,
                    "updateTime": self.state.now_ms(),
                    "fiat": wallets.first_fiat(wallet),
                }
            )


HANDLERS: dict[str, HandlerFactory] = {
    BALANCE_V2_OPERATION: BalanceV2Handler,
}
