"""The spec itself: valid OpenAPI 3.1, examples valid against their schemas (exact decimals), codes all generated."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import jsonschema
import pytest
import yaml
from openapi_spec_validator import validate

from contract_tests.oracle.checks import FORMATS, RequestValidator, decimal_problem
from contract_tests.oracle.spec import (
    BALANCE_OPERATION,
    SPEC_OVERRIDDEN,
    operation,
    operations,
    resolve,
    result_codes,
    spec_text,
    subschema,
    values_at,
    with_components,
)
from contract_tests.targeted.client_properties import result_classes


def test_spec_passes_openapi_spec_validator() -> None:
    validate(yaml.safe_load(spec_text()))


def _examples(media: dict[str, Any]) -> list[Any]:
    return [resolve(example)["value"] for example in media.get("examples", {}).values()] + (
        [media["example"]] if "example" in media else []
    )


def _validator(schema: Any) -> Any:
    return RequestValidator(with_components(schema), format_checker=FORMATS)


def test_every_example_validates_against_its_schema() -> None:
    """Every operation's request and response examples fit their schemas (read exactly, formats asserted)."""
    for op in operations():
        definition = op.definition
        checked = 0
        if "requestBody" in definition:
            for media in resolve(definition["requestBody"])["content"].values():
                for value in _examples(media):
                    _validator(media["schema"]).validate(value)
                    checked += 1
        for response in definition["responses"].values():
            for media in (resolve(response).get("content") or {}).values():
                for value in _examples(media):
                    _validator(media["schema"]).validate(value)
                    for path, node in op.decimals if value.get("status") == "SUCCESS" else ():
                        for where, number in values_at(value, path):
                            assert decimal_problem(node, number) is None, f"{op.operation_id} example {where}"
                    checked += 1
        assert checked >= 2, f"{op.operation_id}: no request and success examples"


def test_balance_example_is_read_exactly() -> None:
    responses = operation(BALANCE_OPERATION).definition["responses"]
    success = responses["200"]["content"]["application/json"]["examples"]["success"]["value"]
    assert success["data"]["balance"] == Decimal("990000.00000000")
    assert type(success["data"]["balance"]) is Decimal


def test_examples_are_checked_exactly() -> None:
    """The validator sees Decimals: a 9th place or 1e15 is caught, which floats would miss."""
    validator = jsonschema.Draft202012Validator(subschema("Amount"))
    assert validator.is_valid(Decimal("999999999999999.99999999"))
    assert not validator.is_valid(Decimal("999999999999999.999999999"))
    assert not validator.is_valid(Decimal("1000000000000000.00000000"))
    assert not validator.is_valid(Decimal("-0.00000001"))


def test_fail_example_code_is_documented_with_its_status(openapi: dict[str, Any]) -> None:
    fail = openapi["components"]["responses"]["Fail"]["content"]["application/json"]["examples"]
    for example in fail.values():
        assert example["value"]["code"] in result_codes()


def test_every_result_code_has_a_generated_exception_class() -> None:
    if SPEC_OVERRIDDEN:
        pytest.skip("binance_pay is generated from openapi/binance-pay.yaml, not from BINANCE_PAY_SPEC")
    from binance_pay import errors

    classes = result_classes()
    for code, rc in result_codes().items():
        assert code in classes, f"{code} {rc.name}: no class in binance_pay.errors"
        cls = classes[code]
        assert cls.result_name == rc.name
        assert errors.RESULT_CODE_ERRORS[code] is cls
    assert set(errors.RESULT_CODE_ERRORS) == set(result_codes())
