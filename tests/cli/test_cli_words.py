"""`binance-pay` rough edges: --version, required options, a JSON option's example, the host of a failed
connection, exact zeros, and --help without provenance notes."""

from __future__ import annotations

import io
import socket
from decimal import Decimal

import pytest
from binance_pay import __version__
from binance_pay._cli import _build_parser, main
from binance_pay._cli_output import table, to_json

CREATE_ORDER = [
    "orders",
    "create",
    "--merchant-trade-no",
    "words1",
    "--description",
    "Tea",
    "--env",
    '{"terminalType": "WEB"}',
    "--currency",
    "USDT",
    "--order-amount",
    "1.5",
]


@pytest.fixture(autouse=True)
def _credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BINANCE_PAY_API_KEY", "k" * 16)
    monkeypatch.setenv("BINANCE_PAY_SECRET_KEY", "s")
    monkeypatch.delenv("BINANCE_PAY_BASE_URL", raising=False)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == f"binance-pay {__version__}\n"


def test_required_options_are_shown_and_enforced(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["orders", "create", "--help"])
    help_text = capsys.readouterr().out
    usage = help_text.split("\n\n", 1)[0]
    assert " --merchant-trade-no MERCHANT_TRADE_NO" in usage and "[--merchant-trade-no" not in usage
    assert "[--order-amount ORDER_AMOUNT]" in usage
    assert "required options (or give them in --body FILE):" in help_text
    with pytest.raises(SystemExit) as info:
        main(CREATE_ORDER)
    assert info.value.code == 2
    assert "the following arguments are required: --goods-details" in capsys.readouterr().err


def test_with_a_body_file_required_options_may_come_from_it() -> None:
    parser = _build_parser(body_given=True)
    args = parser.parse_args(["orders", "create", "--body", "-"])
    assert args.merchant_trade_no is None


def test_a_json_option_error_shows_the_json_it_wants(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([*CREATE_ORDER, "--goods-details", "{goodsType: 01}"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "argument --goods-details: not JSON" in err
    assert 'expected JSON like [{"goodsType": "01", "goodsCategory": "0000", "referenceGoodsId": "...", ' in err


def test_a_json_value_of_the_wrong_shape_shows_the_json_it_wants(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([*CREATE_ORDER, "--goods-details", '[{"goods_type": "01"}]'])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "goodsDetails[0].goods_type: unknown field; did you mean goodsType?" in err
    assert '(expected JSON like [{"goodsType": "01"' in err


def test_a_body_key_in_snake_case_is_named_with_the_field_it_meant(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b'{"wallet": "SPOT_WALLET", "colour": "red"}')))
    with pytest.raises(SystemExit):
        main(["wallet", "balance", "--body", "-"])
    assert "colour: is not an allowed field" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b'{"wallet": "SPOT_WALLET", "Currency": "USDT"}')))
    with pytest.raises(SystemExit):
        main(["wallet", "balance", "--body", "-"])
    assert "Currency: unknown field; did you mean currency?" in capsys.readouterr().err


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("from_environment", [False, True], ids=["--base-url", "BINANCE_PAY_BASE_URL"])
def test_a_connection_error_names_the_host_it_tried(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], from_environment: bool
) -> None:
    url = f"http://127.0.0.1:{_closed_port()}"
    target = ["--base-url", url]
    if from_environment:
        monkeypatch.setenv("BINANCE_PAY_BASE_URL", url)
        target = []
    assert main(["wallet", "balance", "--wallet", "SPOT_WALLET", "--currency", "USDT", *target]) == 1
    err = capsys.readouterr().err
    assert f"APIConnectionError: could not reach {url} " in err


def test_zero_with_places_prints_as_written() -> None:
    assert to_json({"balance": Decimal("0E-8")}) == '{"balance":0.00000000}'
    assert table({"balance": Decimal("0E-8"), "fee": Decimal("1E-8")}) == "balance  0.00000000\nfee      0.00000001"


def test_help_has_no_provenance_notes(capsys: pytest.CaptureFixture[str]) -> None:
    for command in (["orders", "create"], ["transfers", "create"], ["direct-debit", "create-contract"]):
        with pytest.raises(SystemExit):
            main([*command, "--help"])
        help_text = capsys.readouterr().out.lower()
        for note in ("third-party", "unconfirmed", "readable", "connector's docstring"):
            assert note not in help_text, (command, note)
