"""The spec itself: valid OpenAPI 3.1, examples valid against their schemas (exact decimals), codes all generated."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import jsonschema
import yaml
from openapi_spec_validator import validate

from contract_tests._client_properties import result_classes
from contract_tests._spec import OPERATION_PATH, result_codes, spec_text, subschema


def test_spec_passes_openapi_spec_validator() -> None:
    validate(yaml.safe_load(spec_text()))


def _examples(media: dict[str, Any]) -> list[Any]:
    return [example["value"] for example in media.get("examples", {}).values()]


def test_every_example_validates_against_its_schema(openapi: dict[str, Any]) -> None:
    operation = openapi["paths"][OPERATION_PATH]["post"]
    checked = 0
    for media in operation["requestBody"]["content"].values():
        for value in _examples(media):
            jsonschema.Draft202012Validator(subschema("AssetQueryReq")).validate(value)
            checked += 1
    responses = dict(operation["responses"])
    for response in responses.values():
        if "$ref" in response:
            response = openapi["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
        for media in response["content"].values():
            for value in _examples(media):
                jsonschema.Draft202012Validator(subschema("AssetQueryResult")).validate(value)
                checked += 1
    assert checked >= 3
    success = operation["responses"]["200"]["content"]["application/json"]["examples"]["success"]["value"]
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
    from binance_pay import errors

    classes = result_classes()
    for code, rc in result_codes().items():
        assert code in classes, f"{code} {rc.name}: no class in binance_pay.errors"
        cls = classes[code]
        assert cls.result_name == rc.name
        assert errors.RESULT_CODE_ERRORS[code] is cls
    assert set(errors.RESULT_CODE_ERRORS) == set(result_codes())
