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


HOLDING_TAIL = b'"fiat": "USD", "availableFiatValuation": "1", "availableBtcValuation": "0"'


def _holding(balance: bytes, tail: bytes = HOLDING_TAIL) -> bytes:
    return b'{"SPOT_WALLET": {"USDT": {"balance": ' + balance + b", " + tail + b"}}}"


# Hostile files: each is refused with a BalancesFileError naming what is wrong, never a raw exception.
HOSTILE: dict[str, tuple[bytes, list[str]]] = {
    "huge_exponent": (_holding(b"1e999999999"), ["balance", "1e999999999", "exponent"]),
    "huge_exponent_string": (_holding(b'"1e999999999"'), ["balance", "exponent"]),
    "zero_with_huge_exponent": (_holding(b"0e999999999"), ["balance", "exponent"]),  # in range, but no client reads it
    "tiny_exponent": (_holding(b"1e-999999999"), ["balance", "exponent"]),
    "forty_one_digits": (_holding(b"1" + b"0" * 40), ["balance", "40 digits"]),
    "deeply_nested_arrays": (b"[" * 100_000, ["nested too deeply"]),
    "deeply_nested_objects": (b'{"a":' * 100_000, ["nested too deeply"]),
    "not_utf8": (b'{"SPOT_WALLET": {"\xff\xfe": {}}}', ["not UTF-8", "0xff", "offset 18"]),
    "nan": (_holding(b"NaN"), ["NaN is not a JSON number"]),
    "infinity": (_holding(b"Infinity"), ["Infinity is not a JSON number"]),
    "minus_infinity": (_holding(b"-Infinity"), ["-Infinity is not a JSON number"]),
    "duplicate_currency": (
        b'{"SPOT_WALLET": {"USDT": {"balance": "1", %s}, "USDT": {"balance": "2", %s}}}' % (HOLDING_TAIL, HOLDING_TAIL),
        ["duplicate key 'USDT'"],
    ),
    "duplicate_wallet": (b'{"SPOT_WALLET": {}, "SPOT_WALLET": {}}', ["duplicate key 'SPOT_WALLET'"]),
    "duplicate_field": (_holding(b'"1", "balance": "2"'), ["duplicate key 'balance'"]),
    "lone_surrogate_fiat": (
        _holding(b"1", b'"fiat": "\\ud800", "availableFiatValuation": "1", "availableBtcValuation": "0"'),
        ["fiat", "unprintable"],
    ),
    "control_character_fiat": (
        _holding(b"1", b'"fiat": "US\\u0000D", "availableFiatValuation": "1", "availableBtcValuation": "0"'),
        ["fiat", "unprintable"],
    ),
    "utf8_bom": (b"\xef\xbb\xbf{}", ["not valid JSON"]),
    "empty": (b"", ["not valid JSON"]),
}


@pytest.fixture(params=[*HOSTILE, "directory", "over_16_mib"])
def hostile(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, list[str]]:
    """(path, what the error must say) for each hostile balances file."""
    name = str(request.param)
    if name == "directory":
        return tmp_path, ["cannot read", "IsADirectoryError"]
    path = tmp_path / "balances.json"
    if name == "over_16_mib":
        with path.open("wb") as file:  # sparse: cheap to make, still 16 MiB + 1 byte of zeros to read
            file.truncate(16 * 1024 * 1024 + 1)
        return path, ["larger than 16 MiB"]
    content, needles = HOSTILE[name]
    path.write_bytes(content)
    return path, needles


def test_hostile_file_is_refused_cleanly(hostile: tuple[Path, list[str]]) -> None:
    path, needles = hostile
    with pytest.raises(BalancesFileError) as info:
        load_balances(path)
    assert isinstance(info.value, ValueError)
    assert info.value.__cause__ is None  # no raw exception chained onto it
    assert info.value.__context__ is None or info.value.__suppress_context__
    message = str(info.value)
    assert message.startswith(f"balances file {path}: ")
    for needle in needles:
        assert needle in message
    assert len(message) < 400


def test_cli_exits_2_on_a_hostile_file(
    hostile: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, needles = hostile

    def refuse_to_serve(config: SandboxConfig) -> None:
        pytest.fail(f"the CLI accepted the hostile file {path} and was about to serve it")

    monkeypatch.setattr("binance_pay_sandbox._cli.make_server", refuse_to_serve)
    assert main(["--balances", str(path), "--port", "0"]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith(f"binance-pay sandbox: error: balances file {path}: ")
    assert captured.err.count("\n") == 1  # one line, no traceback
    for needle in needles:
        assert needle in captured.err
    assert captured.out == ""


def test_a_file_just_under_the_size_cap_is_read(tmp_path: Path) -> None:
    """The cap refuses size, not content: a valid document padded with whitespace to 16 MiB loads."""
    document = json.dumps({"SPOT_WALLET": {"USDT": GOOD}}).encode()
    path = tmp_path / "balances.json"
    path.write_bytes(document + b" " * (16 * 1024 * 1024 - len(document)))
    holding = load_balances(path).holding("SPOT_WALLET", "USDT")
    assert holding is not None
    assert holding.amounts["balance"].text == "1.00000000"
