"""Hypothesis strategies derived from the spec: exact 8-place decimals, currencies, envelopes as JSON text."""

from __future__ import annotations

import json
from decimal import Decimal

from hypothesis import strategies as st

from contract_tests.oracle.spec import (
    AMOUNT_FIELDS,
    AMOUNT_MAX,
    AMOUNT_MIN,
    AMOUNT_PLACES,
    AMOUNT_STEP,
    CURRENCY_MAX_LEN,
    CURRENCY_MIN_LEN,
    CURRENCY_PATTERN,
    WALLETS,
)

BOUNDARY_AMOUNTS = (
    AMOUNT_MIN,
    Decimal("0E-8"),
    Decimal("0.00000000"),
    AMOUNT_STEP,
    Decimal("0.99999999"),
    Decimal("1"),
    Decimal("990000.00000000"),
    Decimal("0.1"),  # not a double
    Decimal("123456789012345.12345678"),  # 23 significant digits: not a double
    AMOUNT_MAX - AMOUNT_STEP,
    AMOUNT_MAX,
)

amounts = st.one_of(
    st.sampled_from(BOUNDARY_AMOUNTS),
    st.decimals(
        min_value=AMOUNT_MIN, max_value=AMOUNT_MAX, places=AMOUNT_PLACES, allow_nan=False, allow_infinity=False
    ),
)

wallets = st.sampled_from(WALLETS)

currencies = st.from_regex(CURRENCY_PATTERN, fullmatch=True).filter(
    lambda s: CURRENCY_MIN_LEN <= len(s) <= CURRENCY_MAX_LEN
)

lowercase_currencies = currencies.filter(lambda s: any(ch.isalpha() for ch in s)).map(str.lower)


def fixed(d: Decimal) -> str:
    """Fixed notation, every digit written: 990000.00000000."""
    return format(d, "f")


def scientific(d: Decimal) -> str:
    """Exponent notation with a mantissa: 9.9000000000000E+5."""
    return f"{d:E}"


def unscaled(d: Decimal) -> str:
    """An integer of units of 1e-8 and an exponent: 99000000000000E-8 (Binance's own `0E-8`)."""
    units = d.scaleb(AMOUNT_PLACES).quantize(Decimal(1))
    assert units.scaleb(-AMOUNT_PLACES) == d
    return f"{format(units, 'f')}E-{AMOUNT_PLACES}"


NOTATIONS = {"fixed": fixed, "scientific": scientific, "unscaled": unscaled}
notations = st.sampled_from(sorted(NOTATIONS))

text_fields = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)


def success_body(values: dict[str, str], asset: str = "USDT", fiat: str = "USD") -> bytes:
    """A SUCCESS envelope with each amount's JSON number text spliced in verbatim."""
    parts = [f'"{name}":{values[name]}' for name in AMOUNT_FIELDS]
    parts += [f'"asset":{json.dumps(asset)}', f'"fiat":{json.dumps(fiat)}']
    return ('{"status":"SUCCESS","code":"000000","data":{' + ",".join(parts) + "}}").encode()


@st.composite
def success_responses(draw: st.DrawFn) -> tuple[dict[str, Decimal], dict[str, str], bytes]:
    """(exact values, the texts written, the body) for a SUCCESS response with every amount spliced in."""
    values = {name: draw(amounts) for name in AMOUNT_FIELDS}
    notation = draw(notations)
    texts = {name: NOTATIONS[notation](value) for name, value in values.items()}
    body = success_body(texts, "USDT", draw(text_fields))  # `asset` echoes the queried currency (x-echo)
    return values, texts, body


@st.composite
def balances_files(draw: st.DrawFn) -> dict[str, dict[str, dict[str, str]]]:
    """wallet -> currency -> {fiat, amounts as JSON number text} (the text is written into the file verbatim)."""
    data: dict[str, dict[str, dict[str, str]]] = {}
    for wallet in WALLETS:
        names = draw(st.lists(currencies, min_size=1, max_size=3, unique=True))
        data[wallet] = {
            name: {
                "fiat": draw(st.sampled_from(["USD", "EUR", "BRL"])),
                **{f: fixed(draw(amounts)) for f in AMOUNT_FIELDS},
            }
            for name in names
        }
    return data


def balances_json(data: dict[str, dict[str, dict[str, str]]]) -> str:
    """JSON text with the amounts as bare JSON numbers, digit for digit."""
    wallets_text = []
    for wallet, holdings in data.items():
        holding_text = []
        for currency, fields in holdings.items():
            items = [f'"fiat":{json.dumps(fields["fiat"])}'] + [f'"{f}":{fields[f]}' for f in AMOUNT_FIELDS]
            holding_text.append(f"{json.dumps(currency)}:{{{','.join(items)}}}")
        wallets_text.append(f"{json.dumps(wallet)}:{{{','.join(holding_text)}}}")
    return "{" + ",".join(wallets_text) + "}"
