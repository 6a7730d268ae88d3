"""`binance-pay sandbox pay PREPAY_ID [--base-url URL]`, and the webhook options of `binance-pay sandbox`."""

from __future__ import annotations

import pytest
from binance_pay._cli import main as binance_pay_main
from binance_pay_sandbox import STATE_FAULTS, SandboxConfig
from binance_pay_sandbox._cli import build_parser, main
from test_sandbox_merchant import QUERY, call, create, merchant


def test_pay_subcommand_pays_the_order(capsys: pytest.CaptureFixture[str]) -> None:
    with merchant() as client:
        order = create(client)
        url = client.sandbox.url
        assert binance_pay_main(["sandbox", "pay", order["prepayId"], "--base-url", url]) == 0
        assert capsys.readouterr().out == f"order {order['prepayId']} ({order['merchantTradeNo']}): PAID\n"
        assert call(client, QUERY, {"prepayId": order["prepayId"]})["data"]["status"] == "PAID"
        assert main(["pay", order["prepayId"], "--base-url", url + "/"]) == 1  # paid already
        assert "400204" in capsys.readouterr().err
        assert main(["pay", "999", "--base-url", url]) == 1
        assert "400202" in capsys.readouterr().err


def test_pay_subcommand_reports_an_unreachable_sandbox(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pay", "1", "--base-url", "http://127.0.0.1:1"]) == 1
    assert "cannot reach" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main(["pay"])
    assert info.value.code == 2


def test_serve_options(tmp_path: pytest.TempPathFactory) -> None:
    args = build_parser().parse_args(
        [
            "--port",
            "0",
            "--webhook-url",
            "http://127.0.0.1:9/hook",
            "--webhook-retry-delays",
            "0.5,1",
            "--fault",
            "webhook_wrong_key",
        ]
    )
    assert (args.webhook_url, args.webhook_retry_delays, args.fault) == (
        "http://127.0.0.1:9/hook",
        (0.5, 1.0),
        ["webhook_wrong_key"],
    )
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--webhook-retry-delays", "1,2,3,4,5,6,7"])
    assert "binance-pay sandbox pay PREPAY_ID" in build_parser().format_help()


def test_bad_webhook_settings_exit_2(tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--webhook-url", "ftp://x", "--port", "0"]) == 2
    assert "webhook_url" in capsys.readouterr().err
    assert main(["--webhook-key", "/nonexistent/key.pem", "--port", "0"]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_state_faults_are_accepted() -> None:
    assert frozenset({"refund_over_paid", "webhook_wrong_key", "webhook_body_changed", "duplicate_trade_no"}) == (
        STATE_FAULTS
    )
    assert SandboxConfig(faults=STATE_FAULTS).faults == STATE_FAULTS
