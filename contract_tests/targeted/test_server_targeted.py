"""Targeted Hypothesis properties against the sandbox (in-process ASGI, plus one over live uvicorn)."""

from __future__ import annotations

from typing import Any

from binance_pay_sandbox import RunningSandbox, create_app

from contract_tests.oracle.checks import ServerRules
from contract_tests.server.sandbox import asgi_send, config_send, contract_config, http_send
from contract_tests.targeted import server_properties as props


def test_lowercase_currency_is_illegal_char(sandbox_app: Any, rules: ServerRules) -> None:
    props.prop_lowercase_currency(rules, asgi_send(sandbox_app), max_examples=40)


def test_empty_strings_are_mandatory_param(sandbox_app: Any, rules: ServerRules) -> None:
    props.prop_empty_strings(rules, asgi_send(sandbox_app), max_examples=15)


def test_bad_signatures_are_rejected(sandbox_app: Any, rules: ServerRules) -> None:
    props.prop_bad_signature(rules, asgi_send(sandbox_app), max_examples=25)


def test_timestamp_window_default_clock() -> None:
    config = contract_config(recv_window_ms=1000)
    props.prop_timestamp_window(ServerRules.of(config), config_send(config), max_examples=25)


def test_timestamp_window_shifted_clock() -> None:
    """The server clock runs 5 s ahead: the window is centred on its clock, not ours."""
    config = contract_config(recv_window_ms=1000, clock_offset_ms=5000)
    props.prop_timestamp_window(ServerRules.of(config), config_send(config), max_examples=25)


def test_generated_balances_come_back_digit_exact(rules: ServerRules) -> None:
    props.prop_balances_exact(_balances_send, rules, max_examples=15)


def _balances_send(balances: Any) -> Any:
    return asgi_send(create_app(contract_config(balances=balances)))


def test_balances_file_amounts_come_back_digit_for_digit(rules: ServerRules) -> None:
    data = {
        wallet: {
            "USDT": {
                "fiat": "USD",
                "balance": "0.00000010",
                "availableFiatValuation": "0.00000000",
                "availableBtcValuation": "990000.00000000",
            }
        }
        for wallet in ("SPOT_WALLET", "FUNDING_WALLET")
    }
    props.check_balances_roundtrip(data, _balances_send, rules, digits=True)


def test_live_uvicorn_lowercase_and_signature(live_sandbox: RunningSandbox, rules: ServerRules) -> None:
    send = http_send(live_sandbox.url)
    props.prop_lowercase_currency(rules, send, max_examples=10)
    props.prop_bad_signature(rules, send, max_examples=10)
