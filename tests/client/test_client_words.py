"""Rules said in words: a pattern is described (never its regex), bounds are plain decimals, and a dict key that
matches no field is named with the field it probably meant."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from binance_pay._schema import SchemaViolation, to_wire
from binance_pay.errors import RequestValidationError, ResponseValidationError
from client_helpers import Scripted, success_bytes

GOODS = {"goodsType": "01", "goodsCategory": "D000", "referenceGoodsId": "g1", "goodsName": "Tea"}


def order(**changes: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "env": {"terminalType": "WEB"},
        "merchant_trade_no": "words1",
        "description": "Tea",
        "goods_details": [GOODS],
        "currency": "USDT",
        "order_amount": Decimal("1.5"),
    }
    fields.update(changes)
    return fields


def refused(make_client: Any, resource: str, method: str, **fields: Any) -> RequestValidationError:
    client, recorder = make_client(Scripted(body=success_bytes()))
    with pytest.raises(RequestValidationError) as info:
        getattr(getattr(client, resource), method)(**fields)
    assert recorder.requests == [], "nothing is sent when an argument breaks a rule"
    return info.value


def test_a_too_large_transfer_amount_is_said_in_words(make_client: Any) -> None:
    error = refused(
        make_client,
        "transfers",
        "create",
        request_id="t1",
        currency="USDT",
        amount=Decimal("1000000000000000"),
        transfer_type="TO_MAIN",
    )
    assert str(error) == (
        "amount: must be a decimal from 0.00000001 to 999999999999999.99999999 with at most 8 places, "
        "got '1000000000000000'"
    )


def test_a_simple_pattern_is_described_from_its_character_class(make_client: Any) -> None:
    error = refused(make_client, "orders", "create", **order(merchant_trade_no="no-dashes"))
    assert str(error) == "merchantTradeNo: must be letters and digits only, got 'no-dashes'"
    error = refused(make_client, "wallet", "balance", wallet="SPOT_WALLET", currency="usdt")
    assert error.rule == "must be uppercase letters and digits only, got 'usdt'"


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        (Decimal("0"), "orderAmount: must be at least 0.00000001, got 0"),
        (Decimal("0E-8"), "orderAmount: must be at least 0.00000001, got 0.00000000"),
        (Decimal("1E+15"), "orderAmount: must be at most 999999999999999.99999999, got 1000000000000000"),
    ],
    ids=["zero", "zero-8-places", "too-large-in-exponent-form"],
)
def test_bounds_are_plain_decimals(make_client: Any, amount: Decimal, message: str) -> None:
    error = refused(make_client, "orders", "create", **order(order_amount=amount))
    assert str(error) == message
    assert "E-" not in str(error) and "E+" not in str(error)


def test_a_response_bound_is_a_plain_decimal(make_client: Any) -> None:
    client, _recorder = make_client(Scripted(body=success_bytes(balance="-0.00000001")))
    with pytest.raises(ResponseValidationError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert info.value.rule == "must be at least 0, got -0.00000001"


@pytest.mark.parametrize(
    ("changes", "field", "meant"),
    [
        ({"goods_details": [{**GOODS, "goods_type": "01"} | {"goodsType": None}]}, None, None),
        (
            {"goods_details": [{"goods_type": "01", **{k: v for k, v in GOODS.items() if k != "goodsType"}}]},
            "goodsDetails[0].goods_type",
            "goodsType",
        ),
        ({"env": {"terminal_type": "WEB"}}, "env.terminal_type", "terminalType"),
        ({"env": {"TerminalType": "WEB"}}, "env.TerminalType", "terminalType"),
        (
            {"goods_details": [{**{k: v for k, v in GOODS.items() if k != "goodsName"}, "goodsNme": "Tea"}]},
            "goodsDetails[0].goodsNme",
            "goodsName",
        ),
    ],
    ids=["both-given", "snake-case-nested-in-a-list", "snake-case-nested", "other-case", "misspelt"],
)
def test_an_unknown_key_is_named_with_the_field_it_meant(
    make_client: Any, changes: dict[str, Any], field: str | None, meant: str | None
) -> None:
    if field is None:  # goodsType given as null and goods_type beside it: the null is the error, not the spelling
        error = refused(make_client, "orders", "create", **order(**changes))
        assert error.field == "goodsDetails[0].goodsType"
        return
    error = refused(make_client, "orders", "create", **order(**changes))
    assert error.field == field
    assert error.rule == f"unknown field; did you mean {meant}?"


def test_in_an_open_object_a_field_in_another_case_is_refused_and_an_unknown_one_passes() -> None:
    node = {"type": "object", "properties": {"goodsType": {"type": "string"}}, "required": []}
    with pytest.raises(SchemaViolation) as info:
        to_wire(node, {"goods_type": "01"})
    assert (info.value.field, info.value.rule) == ("goods_type", "unknown field; did you mean goodsType?")
    assert to_wire(node, {"goodsTyp": "01", "colour": "red"}) == {"goodsTyp": "01", "colour": "red"}


def test_an_unknown_key_like_no_field_is_still_refused_plainly(make_client: Any) -> None:
    error = refused(make_client, "orders", "create", **order(env={"terminalType": "WEB", "colour": "red"}))
    assert (error.field, error.rule) == ("env.colour", "is not an allowed field")


def test_an_unknown_keyword_argument_stays_a_type_error(make_client: Any) -> None:
    client, _recorder = make_client(Scripted(body=success_bytes()))
    with pytest.raises(TypeError, match="goods_typ"):
        client.orders.create(**order(), goods_typ="01")
