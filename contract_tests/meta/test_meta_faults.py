"""The contract tests must be able to fail: each planted sandbox fault and client fault is caught."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from decimal import Decimal

import pytest
from binance_pay_sandbox import FAULTS, create_app
from schemathesis import GenerationMode

from contract_tests.oracle.checks import ServerRules
from contract_tests.oracle.spec import operations
from contract_tests.server.runner import load_schema, run_operation
from contract_tests.server.sandbox import asgi_send, contract_config
from contract_tests.targeted import client_properties as client_props
from contract_tests.targeted import server_properties as props

META_POSITIVE = 15
META_NEGATIVE = 25


META_OPERATION = "queryWalletBalance"


def _fails(run: Callable[[], None]) -> str | None:
    """Run a contract check; return the failure's first line, or None if it passed."""
    try:
        run()
    except BaseException as exc:  # AssertionError, Schemathesis FailureGroup, ExceptionGroup
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    return None


def server_contract(faults: frozenset[str]) -> dict[str, str]:
    """Run every server-side contract check against a sandbox with `faults`; return {check: failure}."""
    config = contract_config(faults)
    rules = ServerRules.of(contract_config())  # what the spec promises, not what the faulty server does
    app = create_app(config)
    send = asgi_send(app)
    schema = load_schema(rules, app=app)
    runs: dict[str, Callable[[], None]] = {}
    # The planted faults live in the shared pipeline (codes, signatures) and the balance handler (amounts), so one
    # operation shows each of them; test_server_schemathesis runs the clean sandbox over every operation.
    for op in [op for op in operations() if op.operation_id == META_OPERATION] or operations()[:1]:
        for mode, examples in ((GenerationMode.POSITIVE, META_POSITIVE), (GenerationMode.NEGATIVE, META_NEGATIVE)):
            runs[f"schemathesis {op.operation_id} {mode.value}"] = functools.partial(
                run_operation, schema, op.operation_id, mode, max_examples=examples, shrink=False
            )
    runs |= {
        "lowercase currency": lambda: props.prop_lowercase_currency(rules, send, 10, shrink=False),
        "bad signature": lambda: props.prop_bad_signature(rules, send, 10, shrink=False),
        "balances exact": lambda: props.prop_balances_exact(
            lambda b: asgi_send(create_app(contract_config(faults, balances=b))), rules, 5, shrink=False
        ),
    }
    caught = {}
    for name, run in runs.items():
        failure = _fails(run)
        if failure is not None:
            caught[name] = failure
    return caught


def test_clean_sandbox_passes_every_check() -> None:
    assert server_contract(frozenset()) == {}


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_planted_sandbox_fault_is_caught(fault: str) -> None:
    caught = server_contract(frozenset({fault}))
    assert caught, f"fault {fault} went unnoticed by every server-side contract check"


# ---- client faults ----------------------------------------------------------------------------------------------------


def _float_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The client's JSON decoder without parse_float=Decimal: numbers become floats.

    `binance_pay._json.DECODER` is replaced, and so is every binding of it that a client module imported by name
    (`from ._json import DECODER`), or the planted fault would never reach the code that decodes responses.
    """
    import sys

    from binance_pay import _json

    original, floats = _json.DECODER, json.JSONDecoder()
    for name, module in list(sys.modules.items()):
        if (name == "binance_pay" or name.startswith("binance_pay.")) and getattr(module, "DECODER", None) is original:
            monkeypatch.setattr(module, "DECODER", floats)


def _no_places_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """The response check of a decimal's places left out (range and shape still checked)."""
    from binance_pay import _schema

    original = _schema._bounded_decimal

    def without_places(node, number):  # type: ignore[no-untyped-def]
        return original({key: value for key, value in node.items() if key != "places"}, number)

    monkeypatch.setattr(_schema, "_bounded_decimal", without_places)


def _swapped_classes(monkeypatch: pytest.MonkeyPatch) -> None:
    from binance_pay import errors

    table = errors.RESULT_CODE_ERRORS
    monkeypatch.setitem(table, "400002", table["400003"])
    monkeypatch.setitem(table, "400003", errors.InvalidSignatureError)


CLIENT_FAULTS = {
    "float_parsing": _float_parsing,
    "no_places_check": _no_places_check,
    "swapped_classes": _swapped_classes,
}

CLIENT_PROPERTIES: dict[str, Callable[[], None]] = {
    "exact decimals": lambda: client_props.prop_exact_decimals(40, shrink=False),
    "invalid amounts": lambda: client_props.prop_invalid_amounts_rejected(60, shrink=False),
    "result codes": lambda: client_props.prop_result_codes(10, shrink=False),
}


def client_contract() -> dict[str, str]:
    caught = {}
    for name, run in CLIENT_PROPERTIES.items():
        failure = _fails(run)
        if failure is not None:
            caught[name] = failure
    return caught


def test_clean_client_passes_every_property() -> None:
    assert client_contract() == {}


@pytest.mark.parametrize("fault", sorted(CLIENT_FAULTS))
def test_planted_client_fault_is_caught(fault: str, monkeypatch: pytest.MonkeyPatch) -> None:
    CLIENT_FAULTS[fault](monkeypatch)
    assert client_contract(), f"client fault {fault} went unnoticed"


def test_float_fault_really_loses_digits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sanity: under the float fault the maximum is no longer read exactly (so 'caught' means something)."""
    _float_parsing(monkeypatch)
    from binance_pay import _envelope, _json

    for decoder in (_json.DECODER, _envelope.DECODER):
        payload = decoder.decode('{"x": 999999999999999.99999999}')
        assert payload["x"] != Decimal("999999999999999.99999999")
