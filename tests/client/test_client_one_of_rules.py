"""The "one of" rules of a request (anyOf, oneOf, not, dependentRequired) bind the client too.

The spec states them on the request objects (Query Order: `prepayId` or `merchantTradeNo`; Send
Quote: exactly one of the amounts; ...). The sandbox enforces them with jsonschema; the client's
`to_wire` refuses a body that breaks one before anything is sent, with a `RequestValidationError`
naming the fields and the rule, and sends a body that keeps them unchanged.
"""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal
from typing import Any

import pytest
from binance_pay import RequestValidationError
from binance_pay._schema import SchemaViolation, to_wire
from binance_pay._schemas import SCHEMAS
from binance_pay.errors import InvalidRequestError
from client_helpers import Scripted, assert_signed, fail_bytes

from generator._spec import SpecError, _SchemaTable

# Any body the client sends gets this FAIL back: it proves the request left, whatever the operation.
REFUSED = Scripted(status=400, body=fail_bytes("400001", "refused by the test server"))
ENV = {"terminalType": "WEB"}
GOODS = [{"goodsType": "02", "goodsCategory": "Z000", "referenceGoodsId": "g1", "goodsName": "Ice cream"}]
ORDER = {"env": ENV, "merchant_trade_no": "T1", "description": "Ice cream", "goods_details": GOODS}
QUOTE = {"wallet": "FUNDING_WALLET", "from_asset": "USDT", "to_asset": "BNB"}
RETURN = {"prepay_order_id": "215324856789557248", "merchant_return_no": "R1", "transfer_out_account": "1000"}


def _call(client: Any, method: str, kwargs: dict[str, Any]) -> Any:
    resource, name = method.split(".")
    return getattr(getattr(client, resource), name)(**kwargs)


# (method, arguments, the field(s) named, a part of the rule, the keyword broken)
REFUSED_BODIES = [
    pytest.param("orders.query", {}, "prepayId or merchantTradeNo", "one of them is required", id="query-neither-id"),
    pytest.param("orders.close", {}, "merchantTradeNo or prepayId", "one of them is required", id="close-neither-id"),
    pytest.param("collections.query", {}, "orderId or clientTradeNo", "one of them is required", id="collection"),
    pytest.param(
        "direct_debit.query_contract", {}, "contractId or merchantContractCode", "required", id="contract-query"
    ),
    pytest.param(
        "direct_debit.terminate_contract",
        {"termination_notes": "moving"},
        "contractId or merchantContractCode",
        "one of them is required",
        id="contract-terminate",
    ),
    pytest.param(
        "profit_sharing.return_split",
        {**RETURN, "return_amount": Decimal("0.01")},
        "splitOrderNo or originMerchantRequestId",
        "one of them is required",
        id="split-return",
    ),
    pytest.param("orders.create", ORDER, "currency or fiatCurrency", "one of them is required", id="order-no-currency"),
    pytest.param(
        "orders.create",
        {**ORDER, "currency": "USDT"},
        "orderAmount",
        "is required when currency is given",
        id="order-currency-without-amount",
    ),
    pytest.param(
        "orders.create",
        {**ORDER, "fiat_currency": "EUR", "order_amount": Decimal("1")},
        "currency",
        "is required when orderAmount is given",
        id="order-amount-without-currency",
    ),
    pytest.param(
        "orders.create_v2",
        {"env": ENV, "merchant_trade_no": "T2", "goods": GOODS[0], "fiat_currency": "EUR"},
        "fiatAmount",
        "is required when fiatCurrency is given",
        id="order-v2-fiat-without-amount",
    ),
    pytest.param("convert.quote", QUOTE, "fromAmount or toAmount", "required, got none", id="quote-neither-amount"),
    pytest.param(
        "convert.quote",
        {**QUOTE, "from_amount": Decimal("1"), "to_amount": Decimal("2")},
        "fromAmount or toAmount",
        "allowed, got fromAmount and toAmount",
        id="quote-both-amounts",
    ),
]


@pytest.mark.parametrize(("method", "kwargs", "field", "rule_part"), REFUSED_BODIES)
def test_a_broken_rule_is_refused_before_sending(make_client, method, kwargs, field, rule_part) -> None:
    client, recorder = make_client(REFUSED)
    with pytest.raises(RequestValidationError) as info:
        _call(client, method, kwargs)
    assert info.value.field == field
    assert rule_part in info.value.rule
    assert str(info.value) == f"{field}: {info.value.rule}"
    assert recorder.calls == 0


ACCEPTED_BODIES = [
    pytest.param("orders.query", {"prepay_id": "29383937493038367292"}, {"prepayId": "29383937493038367292"}, id="q1"),
    pytest.param("orders.query", {"merchant_trade_no": "T1"}, {"merchantTradeNo": "T1"}, id="q2"),
    pytest.param(
        "orders.query",
        {"prepay_id": "1", "merchant_trade_no": "T1"},
        {"prepayId": "1", "merchantTradeNo": "T1"},
        id="query-both-ids",  # anyOf: both is fine
    ),
    pytest.param("orders.close", {"prepay_id": "29383937493038367292"}, {"prepayId": "29383937493038367292"}, id="c"),
    pytest.param("collections.query", {"client_trade_no": "CT1"}, {"clientTradeNo": "CT1"}, id="collection"),
    pytest.param("direct_debit.query_contract", {"contract_id": 7}, {"contractId": 7}, id="contract-by-id"),
    pytest.param(
        "direct_debit.terminate_contract",
        {"merchant_contract_code": "c0ec"},
        {"merchantContractCode": "c0ec"},
        id="contract-terminate-by-code",
    ),
    pytest.param(
        "profit_sharing.return_split",
        {**RETURN, "split_order_no": "224313347535298560", "return_amount": Decimal("0.01")},
        {
            "prepayOrderId": "215324856789557248",
            "merchantReturnNo": "R1",
            "transferOutAccount": "1000",
            "splitOrderNo": "224313347535298560",
            "returnAmount": Decimal("0.01"),
        },
        id="split-return",
    ),
    pytest.param(
        "orders.create",
        {**ORDER, "currency": "USDT", "order_amount": Decimal("0.01")},
        {"currency": "USDT", "orderAmount": Decimal("0.01")},
        id="order-crypto",
    ),
    pytest.param(
        "orders.create",
        {**ORDER, "fiat_currency": "EUR", "fiat_amount": Decimal("9.99")},
        {"fiatCurrency": "EUR", "fiatAmount": Decimal("9.99")},
        id="order-fiat",
    ),
    pytest.param("convert.quote", {**QUOTE, "to_amount": Decimal("0.8")}, {"toAmount": Decimal("0.8")}, id="to"),
    pytest.param("convert.quote", {**QUOTE, "from_amount": Decimal("5")}, {"fromAmount": Decimal("5")}, id="from"),
]


@pytest.mark.parametrize(("method", "kwargs", "sent"), ACCEPTED_BODIES)
def test_a_body_that_keeps_the_rules_is_sent(make_client, method, kwargs, sent) -> None:
    client, recorder = make_client(REFUSED)
    with pytest.raises(InvalidRequestError):  # the test server's answer: the request did leave
        _call(client, method, kwargs)
    assert recorder.calls == 1
    body = recorder.bodies[0]
    assert_signed(recorder.requests[0].headers, body)
    payload = json.loads(body, parse_float=Decimal)
    assert {name: payload.get(name) for name in sent} == sent


def test_async_client_refuses_too(make_async_client) -> None:
    client, recorder = make_async_client(REFUSED)

    async def main() -> None:
        async with client:
            with pytest.raises(RequestValidationError) as info:
                await client.convert.quote(**QUOTE)
            assert info.value.field == "fromAmount or toAmount"

    asyncio.run(main())
    assert recorder.calls == 0


def test_a_plain_dict_for_a_nested_object_is_checked_with_its_path() -> None:
    """The rules live on their object's node: a nested object that carries them is named by its path."""
    inner = {
        "type": "object",
        "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
        "python_names": {"a": "a", "b": "b"},
        "required": [],
        "rules": [{"keyword": "not", "required": ["a", "b"]}],
    }
    outer = {"type": "object", "properties": {"inner": inner}, "python_names": {"inner": "inner"}, "required": []}
    assert to_wire(outer, {"inner": {"a": "x"}}) == {"inner": {"a": "x"}}
    with pytest.raises(SchemaViolation) as info:
        to_wire(outer, {"inner": {"a": "x", "b": "y"}})
    assert (info.value.field, info.value.rule, info.value.keyword) == (
        "inner.a and b",
        "may not be given together",
        "not",
    )


def test_only_objects_with_rules_carry_them() -> None:
    """A plain request object has no `rules` key: the check costs nothing where there is nothing to check."""
    assert "rules" not in SCHEMAS["AssetQueryReq"]
    assert SCHEMAS["OrderQueryRequest"]["rules"] == [
        {"keyword": "anyOf", "branches": [{"required": ["prepayId"]}, {"required": ["merchantTradeNo"]}]}
    ]
    quote = SCHEMAS["ConvertQuoteRequest"]["rules"][0]
    assert quote["keyword"] == "oneOf"
    assert quote["branches"][0] == {"required": ["fromAmount"], "notAll": ["toAmount"]}


def _table(schema: dict[str, Any]) -> dict[str, Any]:
    return _SchemaTable({"components": {"schemas": {"Req": schema}}}, {}).nodes["Req"]


OBJECT = {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}}}


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"anyOf": [{"required": ["a"]}, {"required": ["c"]}]}, "not properties"),
        ({"anyOf": [{"required": ["a"]}]}, "at least two branches"),
        ({"oneOf": [{"required": ["a"]}, {"properties": {"a": {"const": "x"}}}]}, "branch"),
        ({"not": {"properties": {"a": {"const": "x"}}}}, "not must be"),
        ({"dependentRequired": {"a": ["zz"]}}, "not properties"),
        ({"if": {"required": ["a"]}, "then": {"required": ["b"]}}, "not supported"),
    ],
)
def test_the_generator_refuses_rules_it_cannot_enforce(extra: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError, match=message):
        _table({**OBJECT, **extra})


def test_the_generator_turns_each_rule_into_plain_data() -> None:
    node = _table(
        {
            **OBJECT,
            "anyOf": [{"required": ["a"]}, {"required": ["b"]}],
            "oneOf": [{"required": ["a"], "not": {"required": ["b"]}}, {"required": ["b"]}],
            "not": {"required": ["a", "b"]},
            "dependentRequired": {"a": ["b"]},
        }
    )
    assert node["rules"] == [
        {"keyword": "anyOf", "branches": [{"required": ["a"]}, {"required": ["b"]}]},
        {"keyword": "oneOf", "branches": [{"required": ["a"], "notAll": ["b"]}, {"required": ["b"]}]},
        {"keyword": "not", "required": ["a", "b"]},
        {"keyword": "dependentRequired", "if": "a", "required": ["b"]},
    ]
    assert "rules" not in _table(OBJECT)
    with pytest.raises(SpecError, match="objects only"):
        _table({"type": "string", "anyOf": [{"required": ["a"]}, {"required": ["b"]}]})
