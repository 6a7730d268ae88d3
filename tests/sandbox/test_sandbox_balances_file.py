"""Balances files: exact decimals in, bad files refused with wallet, currency and field named."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from binance_pay_sandbox import BalancesFileError, SandboxConfig, default_balances, load_balances
from binance_pay_sandbox._cli import main
from sandbox_helpers import MakeClient, decimal_json

GOOD = {"balance": "1.00000000", "fiat": "USD", "availableFiatValuation": "1", "availableBtcValuation": "0"}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "balances.json"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_are_the_seed_sample() -> None:
    balances = default_balances()
    spot = balances.holding("SPOT_WALLET", "USDT")
    assert spot is not None
    assert spot.fiat == "USD"
    assert spot.amounts["balance"].text == "990000.00000000"
    assert spot.amounts["availableFiatValuation"].value == Decimal("989991.90516600")
    assert balances.holding("FUNDING_WALLET", "USDT") is not None


def test_json_numbers_keep_their_digits(tmp_path: Path, make_client: MakeClient) -> None:
    path = write(
        tmp_path,
        '{"SPOT_WALLET": {"BTC": {"balance": 999999999999999.99999999, "fiat": "USD",'
        ' "availableFiatValuation": 12.50000000, "availableBtcValuation": 0, "asset": "BTC"}}}',
    )
    balances = load_balances(path)
    with make_client(SandboxConfig(balances=balances)) as client:
        response = client.balance(currency="BTC")
        assert '"balance":999999999999999.99999999' in response.text
        assert '"availableFiatValuation":12.50000000' in response.text
        assert decimal_json(response)["data"]["availableBtcValuation"] == 0


@pytest.mark.parametrize(
    ("data", "needles"),
    [
        ({"MARGIN_WALLET": {"USDT": GOOD}}, ["MARGIN_WALLET"]),
        ({"SPOT_WALLET": {"usdt": GOOD}}, ["SPOT_WALLET", "usdt", "currency"]),
        ({"SPOT_WALLET": {"USDT": {**GOOD, "balance": "1.123456789"}}}, ["SPOT_WALLET", "USDT", "balance", "8"]),
        ({"SPOT_WALLET": {"USDT": {**GOOD, "balance": "-1"}}}, ["SPOT_WALLET", "USDT", "balance", ">= 0"]),
        (
            {"FUNDING_WALLET": {"BTC": {**GOOD, "availableBtcValuation": "1000000000000000"}}},
            ["FUNDING_WALLET", "BTC", "availableBtcValuation", "maximum"],
        ),
        ({"SPOT_WALLET": {"USDT": {**GOOD, "balance": "abc"}}}, ["SPOT_WALLET", "USDT", "balance"]),
        ({"SPOT_WALLET": {"USDT": {**GOOD, "balance": "NaN"}}}, ["SPOT_WALLET", "USDT", "balance", "finite"]),
        ({"SPOT_WALLET": {"USDT": {**GOOD, "balance": True}}}, ["SPOT_WALLET", "USDT", "balance"]),
        (
            {"SPOT_WALLET": {"USDT": {k: v for k, v in GOOD.items() if k != "availableFiatValuation"}}},
            ["SPOT_WALLET", "USDT", "availableFiatValuation", "required"],
        ),
        ({"SPOT_WALLET": {"USDT": {**GOOD, "fiat": ""}}}, ["SPOT_WALLET", "USDT", "fiat"]),
        ({"SPOT_WALLET": {"USDT": {**GOOD, "colour": "red"}}}, ["SPOT_WALLET", "USDT", "colour", "unknown"]),
        ({"SPOT_WALLET": {"USDT": {**GOOD, "asset": "BTC"}}}, ["SPOT_WALLET", "USDT", "asset"]),
        ({"SPOT_WALLET": ["USDT"]}, ["SPOT_WALLET"]),
        (["SPOT_WALLET"], ["top level"]),
    ],
)
def test_bad_file_is_refused(tmp_path: Path, data: object, needles: list[str]) -> None:
    path = write(tmp_path, json.dumps(data))
    with pytest.raises(BalancesFileError) as info:
        load_balances(path)
    assert isinstance(info.value, ValueError)
    for needle in needles:
        assert needle in str(info.value)


def test_bad_json_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BalancesFileError, match="not valid JSON"):
        load_balances(write(tmp_path, "{"))
    with pytest.raises(BalancesFileError, match="cannot read"):
        load_balances(tmp_path / "missing.json")


def test_cli_refuses_bad_file_with_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, json.dumps({"SPOT_WALLET": {"USDT": {**GOOD, "balance": "1.123456789"}}}))
    assert main(["--balances", str(path), "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert "SPOT_WALLET" in err
    assert "USDT" in err
    assert "balance" in err
