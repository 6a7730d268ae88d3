"""A spec the sandbox cannot serve faithfully fails create_app, naming the operation and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from binance_pay_sandbox import SandboxConfig, SpecError, create_app, parse_balances
from sandbox_helpers import SPEC_PATH, edited


def app_error(tmp_path: Path, text: str, **config: object) -> str:
    path = tmp_path / "spec.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as info:
        create_app(SandboxConfig(spec_path=path, **config))  # type: ignore[arg-type]
    return str(info.value)


def test_the_shipped_spec_and_the_proof_spec_build(proof_spec: Path) -> None:
    create_app(SandboxConfig())
    create_app(SandboxConfig(spec_path=proof_spec))


def test_example_with_a_ninth_decimal_place(tmp_path: Path) -> None:
    text = edited(SPEC_PATH.read_text(), "balance: 990000.00000000", "balance: 990000.000000001")
    message = app_error(tmp_path, text)
    assert "operation queryWalletBalance" in message
    assert "200 example 'success'" in message
    assert "data.balance: must have at most 8 decimal places" in message


def test_example_of_the_wrong_type(tmp_path: Path, proof_spec: Path) -> None:
    text = edited(proof_spec.read_text(), "data: true", "data: 'yes'", after="operationId: checkProofFlag")
    message = app_error(tmp_path, text)
    assert "operation checkProofFlag" in message
    assert "data: must be a boolean" in message


def test_example_missing_a_required_field(tmp_path: Path, proof_spec: Path) -> None:
    text = edited(proof_spec.read_text(), "prepayId: 29383937493038367", "prepayIdTypo: 29383937493038367")
    message = app_error(tmp_path, text)
    assert "operation createProofOrder" in message
    assert "data.prepayId: is required" in message


def test_request_example_is_checked_too(tmp_path: Path, proof_spec: Path) -> None:
    text = edited(proof_spec.read_text(), "flagName: ready", "flagName: ''")
    message = app_error(tmp_path, text)
    assert "operation checkProofFlag" in message
    assert "request example 'sample'" in message
    assert "flagName: must not be empty" in message


def test_fail_example_is_checked_for_every_operation(tmp_path: Path) -> None:
    text = edited(SPEC_PATH.read_text(), '                code: "400003"\n', '                code: "4003"\n')
    message = app_error(tmp_path, text)
    assert "operation queryWalletBalance" in message
    assert "code: must match ^[0-9]{6}$" in message


def test_no_handler_and_no_example(tmp_path: Path, proof_spec: Path) -> None:
    example = (
        "              examples:\n                success:\n                  value:\n"
        "                    status: SUCCESS\n                    code: '000000'\n                    data: true\n"
    )
    message = app_error(tmp_path, edited(proof_spec.read_text(), example, ""))
    assert "operation checkProofFlag: no handler and no 200 example" in message


def test_balances_that_break_the_served_spec(tmp_path: Path) -> None:
    text = edited(
        SPEC_PATH.read_text(), "maximum: 999999999999999.99999999", "maximum: 1000000", after="\n    Amount:\n"
    )
    holding = {"balance": "5000000", "fiat": "USD", "availableFiatValuation": "1", "availableBtcValuation": "0"}
    balances = parse_balances({"SPOT_WALLET": {"BTC": holding}})  # fits the shipped spec
    message = app_error(tmp_path, text, balances=balances)
    assert "operation queryWalletBalance" in message
    assert "data.balance: must be <= 1000000" in message


def test_undocumented_status(tmp_path: Path) -> None:
    text = edited(
        SPEC_PATH.read_text(),
        '        "413":\n          $ref: "#/components/responses/Fail"\n',
        "",
        after="operationId: queryWalletBalance\n",
    )
    message = app_error(tmp_path, text)
    assert "operation queryWalletBalance" in message
    assert "413 (INVALID_REQUEST_TOO_LARGE)" in message


def test_unknown_result_code_name(tmp_path: Path) -> None:
    text = edited(
        SPEC_PATH.read_text(),
        "      x-retry-safe: true\n",
        "      x-result-codes: [NO_SUCH_CODE]\n",
        after="operationId: queryWalletBalance\n",
    )
    assert "NO_SUCH_CODE" in app_error(tmp_path, text)


def test_missing_validation_codes(tmp_path: Path) -> None:
    text = edited(SPEC_PATH.read_text(), "  x-validation-codes:\n", "  x-other:\n")
    assert "info.x-validation-codes is missing" in app_error(tmp_path, text)


def test_unreadable_and_not_yaml(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="cannot read"):
        create_app(SandboxConfig(spec_path=tmp_path / "missing.yaml"))
    assert "not valid YAML" in app_error(tmp_path, "openapi: [")
