"""Merchant balances: loading, validation against the spec's Amount rules, defaults."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import MappingProxyType

from ._spec import SpecPlan, load_plan

# A JSON number literal (RFC 8259); amounts written this way are echoed digit for digit.
_JSON_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\Z")


class BalancesFileError(ValueError):
    """A balances file (or mapping) breaks the spec's rules; the message names wallet, currency, field."""


@dataclass(frozen=True, slots=True)
class DecimalAmount:
    """An exact amount and the JSON number text it is written as."""

    value: Decimal
    text: str


@dataclass(frozen=True, slots=True)
class Holding:
    """One currency in one wallet: the fiat name and the amount fields of the response."""

    fiat: str
    amounts: Mapping[str, DecimalAmount]


@dataclass(frozen=True, slots=True)
class Balances:
    """wallet -> currency -> holding."""

    wallets: Mapping[str, Mapping[str, Holding]]

    def holding(self, wallet: str, currency: str) -> Holding | None:
        return self.wallets.get(wallet, {}).get(currency)

    def first_fiat(self, wallet: str) -> str:
        for holding in self.wallets.get(wallet, {}).values():
            return holding.fiat
        return "USD"


DEFAULT_BALANCES_DATA: Mapping[str, Mapping[str, Mapping[str, str]]] = {
    # the seed document's sample response
    "SPOT_WALLET": {
        "USDT": {
            "balance": "990000.00000000",
            "fiat": "USD",
            "availableFiatValuation": "989991.90516600",
            "availableBtcValuation": "22.98780000",
        }
    },
    "FUNDING_WALLET": {
        "USDT": {
            "balance": "1250.50000000",
            "fiat": "USD",
            "availableFiatValuation": "1250.48999900",
            "availableBtcValuation": "0.02903400",
        }
    },
}


def _amount(value: object, where: str, plan: SpecPlan) -> DecimalAmount:
    if isinstance(value, bool) or not isinstance(value, (str, int, Decimal)):
        raise BalancesFileError(f"{where}: must be a decimal number or a decimal string")
    text = value if isinstance(value, str) else str(value)
    try:
        number = Decimal(text.strip())
    except InvalidOperation:
        raise BalancesFileError(f"{where}: {text[:40]!r} is not a decimal number") from None
    if not number.is_finite():
        raise BalancesFileError(f"{where}: must be finite")
    rule = plan.amount
    if rule.minimum is not None and number < rule.minimum:
        raise BalancesFileError(f"{where}: must be >= {rule.minimum} (Amount minimum)")
    if rule.maximum is not None and number > rule.maximum:
        raise BalancesFileError(f"{where}: must be <= {rule.maximum} (Amount maximum)")
    if rule.multiple_of is not None:
        exponent = number.as_tuple().exponent
        assert isinstance(exponent, int)
        if (rule.places is not None and exponent < -rule.places) or number % rule.multiple_of:
            raise BalancesFileError(
                f"{where}: at most {rule.places} decimal places (Amount multipleOf {rule.multiple_of})"
            )
    if not _JSON_NUMBER.match(text):
        text = str(number)
        if not _JSON_NUMBER.match(text):
            text = format(number, "f")
    return DecimalAmount(number, text)


def parse_balances(data: object, plan: SpecPlan | None = None) -> Balances:
    """Validate a wallet -> currency -> fields mapping (as read from JSON) and build `Balances`."""
    plan = plan or load_plan()
    if not isinstance(data, Mapping):
        raise BalancesFileError("balances: the top level must be an object of wallets")
    amount_fields = [name for name, is_amount in plan.response_fields if is_amount]
    text_fields = [name for name, is_amount in plan.response_fields if not is_amount and name != "asset"]
    wallets: dict[str, Mapping[str, Holding]] = {}
    currency_rule = plan.currency_rule
    for wallet, currencies in data.items():
        if wallet not in plan.wallets:
            raise BalancesFileError(
                f"wallet {str(wallet)[:40]!r}: not a Wallet of the spec ({', '.join(plan.wallets)})"
            )
        if not isinstance(currencies, Mapping):
            raise BalancesFileError(f"wallet {wallet}: must be an object of currencies")
        holdings: dict[str, Holding] = {}
        for currency, fields in currencies.items():
            where = f"wallet {wallet}, currency {str(currency)[:40]!r}"
            if not isinstance(currency, str) or not currency:
                raise BalancesFileError(f"{where}: currency must be a non-empty string")
            if currency_rule.max_length is not None and len(currency) > currency_rule.max_length:
                raise BalancesFileError(f"{where}: currency longer than {currency_rule.max_length}")
            if currency_rule.pattern is not None and not currency_rule.pattern.search(currency):
                raise BalancesFileError(f"{where}: currency must match {currency_rule.pattern_text}")
            where = f"wallet {wallet}, currency {currency}"
            if not isinstance(fields, Mapping):
                raise BalancesFileError(f"{where}: must be an object of fields")
            known = {*amount_fields, *text_fields, "asset"}
            for name in fields:
                if name not in known:
                    raise BalancesFileError(f"{where}, field {str(name)[:40]!r}: unknown field")
            if "asset" in fields and fields["asset"] != currency:
                raise BalancesFileError(f"{where}, field asset: must equal the currency key")
            amounts: dict[str, DecimalAmount] = {}
            for name in amount_fields:
                if name not in fields:
                    raise BalancesFileError(f"{where}, field {name}: is required")
                amounts[name] = _amount(fields[name], f"{where}, field {name}", plan)
            fiat = "USD"
            for name in text_fields:
                value = fields.get(name)
                if not isinstance(value, str) or not value:
                    raise BalancesFileError(f"{where}, field {name}: must be a non-empty string")
                fiat = value
            holdings[currency] = Holding(fiat=fiat, amounts=MappingProxyType(amounts))
        wallets[wallet] = MappingProxyType(holdings)
    return Balances(MappingProxyType(wallets))


def load_balances(path: str | Path) -> Balances:
    """Read and validate a balances JSON file; amounts may be JSON numbers or decimal strings."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BalancesFileError(f"balances file {path}: cannot read ({exc.__class__.__name__})") from None
    try:
        # Numbers are kept as their literal text, so the sandbox echoes them digit for digit.
        data = json.loads(text, parse_float=str, parse_int=str)
    except ValueError as exc:
        raise BalancesFileError(f"balances file {path}: not valid JSON ({exc})") from None
    try:
        return parse_balances(data)
    except BalancesFileError as exc:
        raise BalancesFileError(f"balances file {path}: {exc}") from None


def default_balances() -> Balances:
    """The seed sample: SPOT_WALLET USDT as in Binance's docs, plus a FUNDING_WALLET USDT."""
    return parse_balances(DEFAULT_BALANCES_DATA)
