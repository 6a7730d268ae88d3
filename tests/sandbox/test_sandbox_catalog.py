"""A sandbox built from another spec serves its operations: examples, nested validation, exact numbers."""

from __future__ import annotations

import logging
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from binance_pay_sandbox import SandboxConfig, load_catalog
from binance_pay_sandbox._handler import ExampleHandler
from sandbox_helpers import (
    BALANCE_PATH,
    PROOF_FLAG_PATH,
    PROOF_ORDER_BODY,
    PROOF_ORDER_PATH,
    PROOF_ORDER_SUCCESS,
    MakeClient,
    SignedClient,
    decimal_json,
    exact_bytes,
    proof_order,
)

from tests.fixtures import fast_yaml


def fail(response: httpx.Response, code: str, status: int = 400) -> str:
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert (response.status_code, body["status"], body["code"]) == (status, "FAIL", code), body
    message: str = body["errorMessage"]
    return message


def goods(**changes: Any) -> dict[str, Any]:
    item: dict[str, Any] = {"goodsName": "Ice Cream", "goodsUnitAmount": {"currency": "USDT", "amount": "1.00000001"}}
    item.update(changes)
    return item


def test_catalog_lists_every_operation(proof_spec: Path) -> None:
    catalog = load_catalog(proof_spec)
    listed = [(op.operation_id, op.method, op.path) for op in catalog.operations]
    spec = fast_yaml.safe_load(proof_spec.read_text())
    in_spec = [
        (operation["operationId"], method.upper(), path)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
    ]
    assert listed == in_spec
    assert listed[0] == ("queryWalletBalance", "POST", BALANCE_PATH)
    assert listed[-2:] == [
        ("createProofOrder", "POST", PROOF_ORDER_PATH),
        ("checkProofFlag", "POST", PROOF_FLAG_PATH),
    ]
    order = catalog.find("createProofOrder")
    assert order is not None
    assert "PROOF_TRADE_NO_DUPLICATED" in order.result_codes
    balance = catalog.find("queryWalletBalance")
    assert balance is not None
    assert "PROOF_TRADE_NO_DUPLICATED" not in balance.result_codes  # common: false


def test_create_order_answers_its_example_digit_for_digit(proof_client: SignedClient) -> None:
    response = proof_client.post(PROOF_ORDER_BODY, path=PROOF_ORDER_PATH)
    assert response.status_code == 200
    assert response.content == PROOF_ORDER_SUCCESS
    data = decimal_json(response)["data"]
    assert data == {
        "prepayId": 29383937493038367,
        "proofTradeNo": "9825382937292",
        "totalFee": "25.17000000",
        "expireTime": 1674292800000,
    }


def test_example_answers_echo_the_request_where_the_spec_says_so(proof_client: SignedClient) -> None:
    """`x-echo: {proofTradeNo: proofTradeNo}`: the example's value is replaced by the request's."""
    response = proof_client.post(exact_bytes(proof_order(proofTradeNo="OTHER42")), path=PROOF_ORDER_PATH)
    assert response.status_code == 200
    data = decimal_json(response)["data"]
    assert data["proofTradeNo"] == "OTHER42"
    assert data["totalFee"] == "25.17000000"  # everything else is still the example, digit for digit
    assert '"totalFee":"25.17000000"' in response.text


def test_boolean_data_answers_its_example(proof_client: SignedClient) -> None:
    response = proof_client.post({"flagName": "ready"}, path=PROOF_FLAG_PATH)
    assert response.status_code == 200
    assert response.json() == {"status": "SUCCESS", "code": "000000", "data": True}


def test_the_balance_handler_still_serves_in_the_proof_spec(proof_client: SignedClient) -> None:
    response = proof_client.balance()
    assert response.status_code == 200
    assert '"balance":990000.00000000,' in response.text


def test_served_spec_is_the_one_built_from(proof_client: SignedClient, proof_spec: Path) -> None:
    response = proof_client.http.get("/openapi.yaml")
    assert response.content == proof_spec.read_bytes()
    assert b"createProofOrder" in response.content


def test_unknown_path_points_at_the_served_spec(proof_client: SignedClient, proof_spec: Path) -> None:
    response = proof_client.post({"flagName": "ready"}, path="/binancepay/openapi/proof/nope")
    assert response.status_code == 404
    message = fail(response, "400001", 404)
    count = len(load_catalog(proof_spec).operations)
    assert message == f"unknown path; the {count} operation(s) this sandbox serves are listed in GET /openapi.yaml"


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        (
            proof_order(goodsDetails=[goods(goodsName="x" * 257)]),
            "400101",
            "goodsDetails[0].goodsName: must be at most 256 characters",
        ),
        (
            proof_order(goodsDetails=[goods(), goods(goodsUnitAmount={"currency": "USDT", "amount": "1", "tip": "2"})]),
            "400001",
            "goodsDetails[1].goodsUnitAmount.tip: unknown parameter (allowed: amount, currency)",
        ),
        (
            proof_order(goodsDetails=[goods(goodsUnitAmount={"currency": "USDT", "amount": Decimal("1.00000001")})]),
            "400102",
            "goodsDetails[0].goodsUnitAmount.amount: must be a string",
        ),
        (proof_order(env={"osType": "linux"}), "400100", "env.terminalType: is required"),
        (proof_order(env={"terminalType": None}), "400100", "env.terminalType: must not be null"),
        (proof_order(goodsDetails=[goods(goodsName="")]), "400100", "goodsDetails[0].goodsName: must not be empty"),
        (
            proof_order(env={"terminalType": "TV"}),
            "400102",
            "env.terminalType: must be one of APP, WEB, WAP, MINI_PROGRAM, OTHERS",
        ),
        (proof_order(goodsDetails=[]), "400101", "goodsDetails: must have at least 1 items"),
        (proof_order(proofTradeNo="no-dashes"), "400103", "proofTradeNo: must match ^[A-Za-z0-9]+$"),
        (proof_order(orderAmount="25.17"), "400102", "orderAmount: must be a number"),
        (proof_order(orderAmount=Decimal("25.170000001")), "400102", "orderAmount: must have at most 8 decimal places"),
        (proof_order(orderAmount=Decimal("-1")), "400102", "orderAmount: must be >= 0"),
        (
            proof_order(orderAmount=Decimal("1000000000000000")),
            "400102",
            "orderAmount: must be <= 999999999999999.99999999",
        ),
        (proof_order(merchantId=2**63), "400102", "merchantId: must be a 64-bit integer"),
        (proof_order(merchantId=Decimal("1.5")), "400102", "merchantId: must be an integer"),
        (
            proof_order(goodsDetails=[goods(goodsUnitAmount={"currency": "USDT", "amount": "1e5"})]),
            "400102",
            "goodsDetails[0].goodsUnitAmount.amount: must be a plain decimal string",
        ),
    ],
)
def test_nested_violations_name_the_field_by_path(
    proof_client: SignedClient, body: dict[str, Any], code: str, message: str
) -> None:
    got = fail(proof_client.post(exact_bytes(body), path=PROOF_ORDER_PATH), code)
    assert got.startswith(message), got


def test_exact_numbers_that_fit_are_accepted(proof_client: SignedClient) -> None:
    for body in (
        proof_order(orderAmount=Decimal("999999999999999.99999999"), merchantId=2**63 - 1),
        proof_order(orderAmount=Decimal("0E-8"), merchantId=Decimal("2.0")),  # 2.0 is an integer in JSON Schema
        proof_order(orderAmount=Decimal("25.10000000")),
    ):
        assert proof_client.post(exact_bytes(body), path=PROOF_ORDER_PATH).status_code == 200, body


@pytest.mark.parametrize("number", [b"9" * 3000, b"1e999999999", b"-1e-999999999"])
def test_huge_numbers_are_refused_not_crashing(proof_client: SignedClient, number: bytes) -> None:
    raw = PROOF_ORDER_BODY.replace(b"25.17", number)
    assert fail(proof_client.post(raw, path=PROOF_ORDER_PATH), "400102").startswith("orderAmount: ")


def test_not_json_constants_are_not_a_json_object(proof_client: SignedClient) -> None:
    raw = PROOF_ORDER_BODY.replace(b"25.17", b"NaN")
    assert fail(proof_client.post(raw, path=PROOF_ORDER_PATH), "400008")


def test_violation_order_is_deterministic(proof_client: SignedClient) -> None:
    # a missing field beats an unknown one, which beats a bad value; among equals, spec order wins
    body = proof_order(goodsDetails=[goods(goodsName="x" * 300, extra=1)], orderAmount="1")
    del body["proofTradeNo"]
    assert fail(proof_client.post(exact_bytes(body), path=PROOF_ORDER_PATH), "400100") == "proofTradeNo: is required"
    body["proofTradeNo"] = "1"
    assert fail(proof_client.post(exact_bytes(body), path=PROOF_ORDER_PATH), "400001").startswith(
        "goodsDetails[0].extra: unknown parameter"
    )
    del body["goodsDetails"][0]["extra"]
    assert (
        fail(proof_client.post(exact_bytes(body), path=PROOF_ORDER_PATH), "400102") == "orderAmount: must be a number"
    )


def test_odd_field_names_are_quoted(proof_client: SignedClient) -> None:
    message = fail(proof_client.post({"flagName": "x", "a b\n": 1}, path=PROOF_FLAG_PATH), "400001")
    assert message.startswith('["a b\\n"]: unknown parameter')


def test_every_operation_runs_the_signed_pipeline(proof_client: SignedClient) -> None:
    assert fail(proof_client.post({"flagName": "ready"}, path=PROOF_FLAG_PATH, secret="wrong"), "400002", 401)
    assert fail(proof_client.post(b"[]", path=PROOF_FLAG_PATH), "400008")
    assert fail(proof_client.post({"flagName": "ready"}, path=PROOF_FLAG_PATH, timestamp="1"), "400003", 401)
    response = proof_client.http.get(PROOF_FLAG_PATH)
    assert fail(response, "400006", 405)
    assert response.headers["allow"] == "POST"


def test_off_spec_handler_answer_is_an_unknown_error(
    proof_spec: Path, make_client: MakeClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def off_spec(self: ExampleHandler, request: object) -> bytes:
        return b'{"status":"SUCCESS","code":"000000","data":"yes"}'

    monkeypatch.setattr(ExampleHandler, "answer", off_spec)
    with (
        caplog.at_level(logging.ERROR, logger="binance_pay_sandbox"),
        make_client(SandboxConfig(spec_path=proof_spec)) as client,
    ):
        response = client.post({"flagName": "ready"}, path=PROOF_FLAG_PATH)
    assert fail(response, "400000", 500)
    assert "checkProofFlag" in caplog.text
    assert "data: must be a boolean" in caplog.text


def test_spec_path_accepts_a_string(proof_spec: Path) -> None:
    config = SandboxConfig(spec_path=str(proof_spec))  # type: ignore[arg-type]
    assert config.spec_path == proof_spec
