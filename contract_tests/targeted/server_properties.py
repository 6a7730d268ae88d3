"""Targeted Hypothesis properties against a sandbox, as plain functions (normal tests and fault meta-tests)."""

from __future__ import annotations

import hashlib
import hmac
import json
import tempfile
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from contract_tests.oracle.checks import SUCCESS, ServerRules, check_all, decode_exact
from contract_tests.oracle.counting import SERVER, count
from contract_tests.oracle.settings import hsettings
from contract_tests.oracle.signing import new_nonce, now_ms, signature
from contract_tests.oracle.spec import (
    AMOUNT_FIELDS,
    BALANCE_OPERATION,
    KEY_HEADER,
    NONCE_HEADER,
    SIG_HEADER,
    TS_HEADER,
    code_for,
    operation,
)
from contract_tests.oracle.strategies import balances_files, balances_json, currencies, lowercase_currencies, wallets

Send = Callable[[Mapping[str, str], bytes], tuple[int, bytes]]
"""POST the body with these headers to the operation; return (HTTP status, body)."""


def body_of(wallet: Any, currency: Any) -> bytes:
    return json.dumps({"wallet": wallet, "currency": currency}).encode()


def signed_headers(rules: ServerRules, body: bytes, *, timestamp: int | None = None) -> dict[str, str]:
    ts = str(now_ms() + rules.clock_offset_ms if timestamp is None else timestamp)
    nonce = new_nonce()
    return {
        "Content-Type": "application/json",
        KEY_HEADER: rules.api_key,
        TS_HEADER: ts,
        NONCE_HEADER: nonce,
        SIG_HEADER: signature(rules.secret_key, ts, nonce, body),
    }


def expect(rules: ServerRules, send: Send, headers: Mapping[str, str], body: bytes, name: str) -> bytes:
    """Send to the balance query, run every contract check, and require result `name` with its documented status."""
    status, response = send(headers, body)
    count(BALANCE_OPERATION, SERVER)
    check_all(rules, operation(BALANCE_OPERATION), "POST", headers, body, status, response)
    payload = decode_exact(response)
    got = SUCCESS if payload.get("status") == SUCCESS else payload.get("code")
    want = SUCCESS if name == SUCCESS else code_for(name).code
    assert got == want, f"expected {name} ({want}), got {got} (HTTP {status}): {response[:200]!r}"
    assert status == (200 if name == SUCCESS else code_for(name).http_status), f"HTTP {status} for {name}"
    return response


def prop_lowercase_currency(rules: ServerRules, send: Send, max_examples: int = 40, shrink: bool = True) -> None:
    """A currency that fits the pattern once uppercased, sent lowercase: INVALID_PARAM_ILLEGAL_CHAR (400103)."""

    @given(wallet=wallets, currency=lowercase_currencies)
    @hsettings(max_examples, shrink=shrink)
    def run(wallet: str, currency: str) -> None:
        body = body_of(wallet, currency)
        expect(rules, send, signed_headers(rules, body), body, "INVALID_PARAM_ILLEGAL_CHAR")

    run()


def prop_empty_strings(rules: ServerRules, send: Send, max_examples: int = 20, shrink: bool = True) -> None:
    """An empty wallet or currency: MANDATORY_PARAM_EMPTY_OR_MALFORMED (400100)."""

    @given(
        pair=st.one_of(
            st.tuples(st.just(""), currencies),
            st.tuples(wallets, st.just("")),
            st.just(("", "")),
        )
    )
    @hsettings(max_examples, shrink=shrink)
    def run(pair: tuple[str, str]) -> None:
        body = body_of(*pair)
        expect(rules, send, signed_headers(rules, body), body, "MANDATORY_PARAM_EMPTY_OR_MALFORMED")

    run()


def prop_bad_signature(rules: ServerRules, send: Send, max_examples: int = 30, shrink: bool = True) -> None:
    """A signature over other bytes, with another key, lowercase, or truncated: INVALID_SIGNATURE (400002)."""

    @given(
        wallet=wallets,
        currency=currencies,
        tamper=st.sampled_from(["other_body", "other_secret", "lowercase", "truncated", "no_trailing_newline"]),
    )
    @hsettings(max_examples, shrink=shrink)
    def run(wallet: str, currency: str, tamper: str) -> None:
        body = body_of(wallet, currency)
        headers = signed_headers(rules, body)
        ts, nonce = headers[TS_HEADER], headers[NONCE_HEADER]
        good = headers[SIG_HEADER]
        bad = {
            "other_body": signature(rules.secret_key, ts, nonce, json.dumps(json.loads(body)).encode() + b" "),
            "other_secret": signature(rules.secret_key + "x", ts, nonce, body),
            "lowercase": good.lower(),
            "truncated": good[:-2],
            "no_trailing_newline": hmac.new(
                rules.secret_key.encode(), f"{ts}\n{nonce}\n".encode() + body, hashlib.sha512
            )
            .hexdigest()
            .upper(),
        }[tamper]
        assert bad != good
        headers[SIG_HEADER] = bad
        expect(rules, send, headers, body, "INVALID_SIGNATURE")

    run()


def prop_timestamp_window(rules: ServerRules, send: Send, max_examples: int = 30, shrink: bool = True) -> None:
    """Timestamps inside recv_window_ms of the server clock succeed; outside, INVALID_TIMESTAMP (400003)."""
    window = rules.recv_window_ms
    margin = min(250, window // 4)  # request latency on a busy machine

    @given(
        wallet=wallets,
        inside=st.booleans(),
        fraction=st.floats(0, 1),
        sign=st.sampled_from([-1, 1]),
    )
    @hsettings(max_examples, shrink=shrink)
    def run(wallet: str, inside: bool, fraction: float, sign: int) -> None:
        if inside:
            delta = int((window - 2 * margin) * fraction) if window > 2 * margin else 0
        else:
            delta = window + margin + int(fraction * 10 * window)
        body = body_of(wallet, "USDT")
        headers = signed_headers(rules, body, timestamp=now_ms() + rules.clock_offset_ms + sign * delta)
        expect(rules, send, headers, body, SUCCESS if inside else "INVALID_TIMESTAMP")

    run()


def check_balances_roundtrip(
    data: dict[str, dict[str, dict[str, str]]],
    make_send: Callable[[Any], Send],
    rules: ServerRules,
    *,
    digits: bool,
) -> None:
    """Write `data` as a balances file, serve it, query every wallet x currency: exact values (and digits)."""
    from binance_pay_sandbox import load_balances

    from contract_tests.server.sandbox import balance_rules_of_spec

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "balances.json"
        path.write_text(balances_json(data), encoding="utf-8")
        balances = load_balances(path, balance_rules_of_spec())
    send = make_send(balances)
    for wallet, holdings in data.items():
        for currency, fields in holdings.items():
            body = body_of(wallet, currency)
            response = expect(rules, send, signed_headers(rules, body), body, SUCCESS)
            got = decode_exact(response)["data"]
            assert got["asset"] == currency and got["fiat"] == fields["fiat"]
            text = response.decode()
            for name in AMOUNT_FIELDS:
                assert got[name] == Decimal(fields[name]), f"{wallet}/{currency} {name}: {got[name]} != {fields[name]}"
                if digits:
                    assert f'"{name}":{fields[name]}' in text, (
                        f"{wallet}/{currency} {name}: {fields[name]} not in {text}"
                    )


def prop_balances_exact(
    make_send: Callable[[Any], Send],
    rules: ServerRules,
    max_examples: int = 15,
    shrink: bool = True,
    *,
    digits: bool = False,
) -> None:
    """Every wallet x currency of a generated balances file comes back exactly (and digit for digit if `digits`)."""

    @given(data=balances_files())
    @hsettings(max_examples, shrink=shrink)
    def run(data: dict[str, dict[str, dict[str, str]]]) -> None:
        check_balances_roundtrip(data, make_send, rules, digits=digits)

    run()
