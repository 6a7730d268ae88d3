"""The client-side properties over every operation must be able to fail: each planted client fault is caught.

Each fault is planted in the generated package (its runtime or its schema table) with monkeypatch, and one
property of `client/properties.py` must then fail for an operation the fault reaches. The clean client passes the
same runs (`client/test_every_operation.py`), so "caught" means the fault, not a broken property.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from contract_tests.client import properties as props
from contract_tests.oracle.spec import operations

Plant = Callable[[pytest.MonkeyPatch], None]


def _on_encode(monkeypatch: pytest.MonkeyPatch, change: Callable[[dict[str, Any]], None]) -> None:
    """Change the checked JSON value right before the client writes it (after validation: a fault on the wire)."""
    from binance_pay import _base_client

    original = _base_client.encode

    def encode(value: Any) -> bytes:
        if isinstance(value, dict):
            value = dict(value)
            change(value)
        return original(value)

    monkeypatch.setattr(_base_client, "encode", encode)


def float_for_one_decimal(monkeypatch: pytest.MonkeyPatch) -> None:
    def through_float(body: dict[str, Any]) -> None:
        if isinstance(body.get("orderAmount"), Decimal):
            body["orderAmount"] = Decimal(repr(float(body["orderAmount"])))

    _on_encode(monkeypatch, through_float)


def field_renamed_on_the_wire(monkeypatch: pytest.MonkeyPatch) -> None:
    def rename(body: dict[str, Any]) -> None:
        if "merchantTradeNo" in body:
            body["merchantTradeNO"] = body.pop("merchantTradeNo")

    _on_encode(monkeypatch, rename)


def request_rule_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    from binance_pay import _schemas

    node = _schemas.SCHEMAS["OrderV3Request"]["properties"]["merchantTradeNo"]
    monkeypatch.delitem(node, "maxLength")


def result_code_to_wrong_class(monkeypatch: pytest.MonkeyPatch) -> None:
    from binance_pay import errors

    table = errors.RESULT_CODE_ERRORS
    monkeypatch.setitem(table, "400202", table["400201"])  # ORDER_NOT_FOUND raised as INVALID_MERCHANT_TRADE_NO


def response_decimal_read_lossily(monkeypatch: pytest.MonkeyPatch) -> None:
    """The response decoder reads JSON numbers through a float (text -> float -> Decimal)."""
    import json

    from binance_pay import _envelope

    lossy = json.JSONDecoder(parse_float=lambda text: Decimal(repr(float(text))))
    monkeypatch.setattr(_envelope, "DECODER", lossy)


def enum_value_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    from binance_pay import _schemas

    node = _schemas.SCHEMAS["Wallet"]
    monkeypatch.setitem(node, "values", list(node["values"])[:-1])


# fault -> (plant, the property that must catch it, operationId, examples)
FAULTS: dict[str, tuple[Plant, Callable[..., Any], str, int]] = {
    "decimal sent through a float": (float_for_one_decimal, props.prop_valid_round_trip, "createOrderV3", 12),
    "request rule dropped": (request_rule_dropped, props.prop_invalid_requests, "createOrderV3", 2),
    "result code mapped to the wrong class": (result_code_to_wrong_class, props.prop_result_codes, "queryOrderV2", 1),
    "field renamed on the wire": (field_renamed_on_the_wire, props.prop_valid_round_trip, "createOrderV3", 3),
    "response decimal read lossily": (
        response_decimal_read_lossily,
        props.prop_valid_round_trip,
        "queryWalletBalance",
        12,
    ),
    "enum value missing": (enum_value_missing, props.prop_valid_round_trip, "queryWalletBalance", 12),
}


def _fails(run: Callable[[], Any]) -> str | None:
    try:
        run()
    except Exception as exc:  # AssertionError, or whatever the fault made the client raise
        return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    return None


@pytest.mark.parametrize("mode", ["sync", "async_raw"])
@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_planted_client_fault_is_caught(fault: str, mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    plant, prop, operation_id, examples = FAULTS[fault]
    if operation_id not in {op.operation_id for op in operations()}:
        pytest.skip(f"the spec under test has no {operation_id}")
    assert _fails(lambda: prop(operation_id, mode, examples, shrink=False)) is None, "fails before the fault"
    plant(monkeypatch)
    failure = _fails(lambda: prop(operation_id, mode, examples, shrink=False))
    assert failure is not None, f"client fault '{fault}' went unnoticed by {prop.__name__}({operation_id})"
