"""Merchant balances for the balance query: the spec's rules for them, loading and validation, defaults."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ._catalog import Catalog, load_catalog
from ._files import FileOptionError, read_capped_file
from ._schema import as_decimal, decimal_places, ecma_pattern, is_exact_multiple
from ._spec import SpecError
from ._violations import declared_properties

BALANCE_OPERATION = "queryWalletBalance"

# A JSON number literal (RFC 8259); amounts written this way are echoed digit for digit.
_JSON_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\Z")

# A balances file larger than this is refused unread (the shipped sample is 400 bytes; 16 MiB holds ~100,000
# holdings). The read stops here too, so /dev/zero or an endless pipe cannot exhaust memory.
MAX_BALANCES_FILE_BYTES = 16 * 1024 * 1024

# An amount has at most this many digits and an exponent within +-this: the client's bound for any decimal
# (binance_pay._schema.MAX_DECIMAL_DIGITS), so the sandbox never serves an amount no client accepts (0e999999999).
MAX_AMOUNT_DIGITS = 40


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


@dataclass(frozen=True, slots=True)
class AmountRule:
    """The limits of one `format: decimal` response field."""

    minimum: Decimal | None
    maximum: Decimal | None
    multiple_of: Decimal | None
    places: int | None  # decimal places multipleOf allows, when it is a power of ten
    as_string: bool  # `type: string`: written as a JSON string

    @property
    def zero_text(self) -> str:
        return "0." + "0" * self.places if self.places else "0"


@dataclass(frozen=True, slots=True)
class BalanceRules:
    """What the spec's Wallet Balance Query allows: wallets, currency rules, the response fields in spec order."""

    wallets: tuple[str, ...]
    currency_max_length: int | None
    currency_pattern: str | None
    fields: tuple[tuple[str, AmountRule | None], ...]  # an AmountRule for each amount field

    @property
    def amount_fields(self) -> tuple[str, ...]:
        return tuple(name for name, rule in self.fields if rule is not None)

    @property
    def text_fields(self) -> tuple[str, ...]:
        return tuple(name for name, rule in self.fields if rule is None)

    def amount_rule(self, name: str) -> AmountRule:
        rule = dict(self.fields)[name]
        assert rule is not None
        return rule


def _flat(schema: Any) -> dict[str, Any]:
    """A schema's own keywords merged with its allOf members' (enough for the plain schemas used here)."""
    if not isinstance(schema, Mapping):
        return {}
    merged: dict[str, Any] = {}
    for member in schema.get("allOf") or ():
        merged.update(_flat(member))
    merged.update({k: v for k, v in schema.items() if k != "allOf"})
    return merged


def _amount_rule(schema: Mapping[str, Any]) -> AmountRule:
    def dec(key: str) -> Decimal | None:
        return as_decimal(schema[key]) if key in schema else None

    multiple_of = dec("multipleOf")
    places = decimal_places(multiple_of) if multiple_of is not None else None
    return AmountRule(dec("minimum"), dec("maximum"), multiple_of, places, schema.get("type") == "string")


def balance_rules(catalog: Catalog | None = None) -> BalanceRules:
    """The rules of the balance query in `catalog` (default: the shipped spec's)."""
    catalog = catalog if catalog is not None else load_catalog()
    operation = catalog.find(BALANCE_OPERATION)
    if operation is None:
        raise SpecError(f"spec {catalog.spec.source}: no operation {BALANCE_OPERATION}, so no balances to serve")
    request = declared_properties(operation.request_schema)
    wallet = _flat(request.get("wallet"))
    currency = _flat(request.get("currency"))
    if not isinstance(wallet.get("enum"), list) or "currency" not in request:
        raise SpecError(f"operation {BALANCE_OPERATION}: the request needs an enum `wallet` and a `currency`")
    fields = tuple(
        (str(name), _amount_rule(flat) if flat.get("format") == "decimal" else None)
        for name, flat in ((name, _flat(node)) for name, node in declared_properties(operation.data_schema()).items())
    )
    return BalanceRules(
        wallets=tuple(str(w) for w in wallet["enum"]),
        currency_max_length=int(currency["maxLength"]) if "maxLength" in currency else None,
        currency_pattern=str(currency["pattern"]) if "pattern" in currency else None,
        fields=fields,
    )


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


def _amount(value: object, where: str, rule: AmountRule) -> DecimalAmount:
    if isinstance(value, bool) or not isinstance(value, (str, int, Decimal)):
        raise BalancesFileError(f"{where}: must be a decimal number or a decimal string")
    text = value if isinstance(value, str) else str(value)
    try:
        number = Decimal(text.strip())
    except InvalidOperation:
        raise BalancesFileError(f"{where}: {text[:40]!r} is not a decimal number") from None
    if not number.is_finite():
        raise BalancesFileError(f"{where}: must be finite")
    _sign, digits, exponent = number.as_tuple()
    assert isinstance(exponent, int)  # finite
    if len(digits) > MAX_AMOUNT_DIGITS or not -MAX_AMOUNT_DIGITS <= exponent <= MAX_AMOUNT_DIGITS:
        raise BalancesFileError(
            f"{where}: {text[:40]!r} has more than {MAX_AMOUNT_DIGITS} digits or an exponent beyond "
            f"+-{MAX_AMOUNT_DIGITS}"
        )
    if rule.minimum is not None and number < rule.minimum:
        raise BalancesFileError(f"{where}: must be >= {rule.minimum} (minimum)")
    if rule.maximum is not None and number > rule.maximum:
        raise BalancesFileError(f"{where}: must be <= {rule.maximum} (maximum)")
    if rule.multiple_of is not None and not is_exact_multiple(number, rule.multiple_of):
        limit = f"at most {rule.places} decimal places" if rule.places is not None else "an exact multiple"
        raise BalancesFileError(f"{where}: {limit} (multipleOf {rule.multiple_of})")
    if not _JSON_NUMBER.match(text):
        text = str(number)
        if not _JSON_NUMBER.match(text):
            text = format(number, "f")
    return DecimalAmount(number, text)


def parse_balances(data: object, rules: BalanceRules | None = None) -> Balances:
    """Validate a wallet -> currency -> fields mapping (as read from JSON) and build `Balances`.

    `rules` default to the shipped spec's (`balance_rules()`).
    """
    rules = rules if rules is not None else balance_rules()
    if not isinstance(data, Mapping):
        raise BalancesFileError("balances: the top level must be an object of wallets")
    amount_fields = rules.amount_fields
    text_fields = [name for name in rules.text_fields if name != "asset"]
    currency_pattern = ecma_pattern(rules.currency_pattern) if rules.currency_pattern is not None else None
    wallets: dict[str, Mapping[str, Holding]] = {}
    for wallet, currencies in data.items():
        if wallet not in rules.wallets:
            raise BalancesFileError(
                f"wallet {str(wallet)[:40]!r}: not a Wallet of the spec ({', '.join(rules.wallets)})"
            )
        if not isinstance(currencies, Mapping):
            raise BalancesFileError(f"wallet {wallet}: must be an object of currencies")
        holdings: dict[str, Holding] = {}
        for currency, fields in currencies.items():
            where = f"wallet {wallet}, currency {str(currency)[:40]!r}"
            if not isinstance(currency, str) or not currency:
                raise BalancesFileError(f"{where}: currency must be a non-empty string")
            if rules.currency_max_length is not None and len(currency) > rules.currency_max_length:
                raise BalancesFileError(f"{where}: currency longer than {rules.currency_max_length}")
            if currency_pattern is not None and not currency_pattern.search(currency):
                raise BalancesFileError(f"{where}: currency must match {rules.currency_pattern}")
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
                amounts[name] = _amount(fields[name], f"{where}, field {name}", rules.amount_rule(name))
            fiat = "USD"
            for name in text_fields:
                value = fields.get(name)
                if not isinstance(value, str) or not value:
                    raise BalancesFileError(f"{where}, field {name}: must be a non-empty string")
                if not value.isprintable():  # control characters; a lone surrogate (\ud800) is no Unicode text
                    raise BalancesFileError(f"{where}, field {name}: {value[:40]!r} has unprintable characters")
                fiat = value
            holdings[currency] = Holding(fiat=fiat, amounts=MappingProxyType(amounts))
        wallets[wallet] = MappingProxyType(holdings)
    return Balances(MappingProxyType(wallets))


class _DuplicateKeyError(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refusing a repeated key (json keeps the last silently: a holding would vanish)."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(f"duplicate key {key[:40]!r} in one object")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def load_balances(path: str | Path, rules: BalanceRules | None = None) -> Balances:
    """Read and validate a balances JSON file; amounts may be JSON numbers or decimal strings.

    Any file that is not a balances document gives a `BalancesFileError` saying why: unreadable (missing, a
    directory), not a regular file (a FIFO, /dev/zero), over `MAX_BALANCES_FILE_BYTES`, not UTF-8, not JSON (also NaN / Infinity, nesting too deep),
    a key repeated in one object, or a value the spec's rules refuse.
    """
    try:
        raw = read_capped_file(path, "balances file", MAX_BALANCES_FILE_BYTES)
    except FileOptionError as exc:
        raise BalancesFileError(str(exc)) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BalancesFileError(
            f"balances file {path}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        ) from None
    try:
        # Numbers are kept as their literal text, so the sandbox echoes them digit for digit.
        data = json.loads(
            text, parse_float=str, parse_int=str, parse_constant=_no_constant, object_pairs_hook=_unique_keys
        )
    except _DuplicateKeyError as exc:
        raise BalancesFileError(f"balances file {path}: {exc}") from None
    except RecursionError:
        raise BalancesFileError(f"balances file {path}: not valid JSON (nested too deeply)") from None
    except ValueError as exc:
        raise BalancesFileError(f"balances file {path}: not valid JSON ({str(exc)[:200]})") from None
    try:
        return parse_balances(data, rules)
    except BalancesFileError as exc:
        raise BalancesFileError(f"balances file {path}: {exc}") from None


def default_balances() -> Balances:
    """The seed sample: SPOT_WALLET USDT as in Binance's docs, plus a FUNDING_WALLET USDT."""
    return parse_balances(DEFAULT_BALANCES_DATA)
