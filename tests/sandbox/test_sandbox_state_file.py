"""`--state FILE` / `SandboxConfig(state_path=...)`: the sandbox's state kept in SQLite across restarts."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from binance_pay import BinancePayClient
from binance_pay.errors import InvalidParamWrongValueError
from binance_pay_sandbox import DEFAULT_API_KEY, DEFAULT_SECRET_KEY, SandboxConfig, run_sandbox
from sdk_sandbox import SdkSandbox, sdk_sandbox

SANDBOX_SRC = str(Path(__file__).resolve().parents[2] / "sandbox")
FUNDING, SPOT = "FUNDING_WALLET", "SPOT_WALLET"
PAYOUT_DETAILS = [
    {"merchantSendId": "s1", "receiveType": "BINANCE_ID", "receiver": "11111111", "transferAmount": Decimal("0.125")},
    {"merchantSendId": "s2", "receiveType": "BINANCE_ID", "receiver": "22222222", "transferAmount": Decimal("2.5")},
]


def _make_records(box: SdkSandbox) -> dict[str, str]:
    """An order (paid, part refunded), a transfer, a payout and records of the per-resource stores."""
    client = box.client
    prepay_id = box.order(Decimal("10.12345678"))
    client.refunds.create(refund_request_id="refund-1", prepay_id=prepay_id, refund_amount=Decimal("1.00000001"))
    client.transfers.create(request_id="transfer-1", currency="USDT", amount=Decimal("0.5"), transfer_type="TO_PAY")
    client.payouts.create(
        request_id="payout-1",
        batch_name="batch",
        currency="USDT",
        total_amount=Decimal("2.625"),
        total_number=2,
        transfer_detail_list=PAYOUT_DETAILS,
    )
    sub_merchant = client.sub_merchants.create(
        merchant_name="Shop A", store_type=1, merchant_mcc="5511", registration_country="SG", address="1"
    )
    quote = client.convert.quote(wallet=FUNDING, from_asset="USDT", to_asset="BTC", from_amount=Decimal("100.5"))
    convert_order = client.convert.execute(quote_id=quote.quote_id)
    box.signed_contract("contract1", Decimal("5"))
    return {
        "prepay_id": prepay_id,
        "sub_merchant_id": str(sub_merchant.sub_merchant_id),
        "convert_order_id": str(convert_order.order_id),
        "quote_id": str(quote.quote_id),
    }


def _seen(box: SdkSandbox, ids: dict[str, str]) -> dict[str, Any]:
    """What the SDK shows of the records and the wallets."""
    client = box.client
    return {
        "order": client.orders.query(prepay_id=ids["prepay_id"]),
        "refund": client.refunds.query(refund_request_id="refund-1"),
        "transfer": client.transfers.query(tran_id="transfer-1"),
        "payout": client.payouts.query(request_id="payout-1"),
        "convert": client.convert.query(order_id=ids["convert_order_id"]),
        "contract": client.direct_debit.query_contract(merchant_contract_code="contract1"),
        "balances": [box.balance(wallet, currency) for wallet in (FUNDING, SPOT) for currency in ("USDT", "BTC")],
        "balances_v2": [box.balance_v2(wallet, "USDT") for wallet in (FUNDING, SPOT)],
    }


def test_orders_refunds_transfers_payouts_stores_and_balances_survive_a_restart(tmp_path: Path) -> None:
    state_path = tmp_path / "state.sqlite"
    with sdk_sandbox(state_path=state_path) as box:
        ids = _make_records(box)
        before = _seen(box, ids)
    with sdk_sandbox(state_path=state_path) as box:
        assert _seen(box, ids) == before
        # 1250.5 + 10.12345678 paid - 1.00000001 refunded + 0.5 transferred in - 2.625 paid out - 100.5 converted
        assert before["balances"][0] == Decimal("1156.99845677")
        with pytest.raises(InvalidParamWrongValueError):  # an executed quote stays executed
            box.client.convert.execute(quote_id=ids["quote_id"])
        box.client.sub_merchants.modify(
            sub_merchant_id=ids["sub_merchant_id"], merchant_name="Shop B", store_type=1, merchant_mcc="5511"
        )
        again = box.client.refunds.create(
            refund_request_id="refund-1", prepay_id=ids["prepay_id"], refund_amount=Decimal("1.00000001")
        )
        assert again.refund_request_id == "refund-1"
        assert box.balance(FUNDING, "USDT") == before["balances"][0]
        # The contract is one record under its id and its code, as before the restart.
        contract_id = before["contract"].contract_id
        assert box.client.direct_debit.terminate_contract(contract_id=contract_id) is True
        assert box.client.direct_debit.query_contract(merchant_contract_code="contract1").biz_status == (
            "CONTRACT_TERMINATED"
        )


def _serve_cli(state_path: Path, act: Callable[[BinancePayClient], Any]) -> Any:
    """Run `binance-pay sandbox --state state_path` until `act` (given an SDK client for it) is done."""
    env = {**os.environ, "PYTHONPATH": SANDBOX_SRC}
    for name in ("BINANCE_PAY_API_KEY", "BINANCE_PAY_SECRET_KEY"):
        env.pop(name, None)
    command = [sys.executable, "-m", "binance_pay_sandbox", "--port", "0", "--state", str(state_path)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout is not None
        banner = [process.stdout.readline() for _ in range(5)]
        assert f"State kept in {state_path}" in banner[3]
        url = banner[0].rsplit(" ", 1)[-1].strip()
        with BinancePayClient(DEFAULT_API_KEY, DEFAULT_SECRET_KEY, base_url=url) as client:
            result = act(client)
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate()
    assert process.returncode == 0
    return result


def test_the_command_line_sandbox_keeps_its_state_in_the_file(tmp_path: Path) -> None:
    state_path = tmp_path / "cli.sqlite"

    def transfer(client: BinancePayClient) -> Any:
        client.transfers.create(request_id="t1", currency="USDT", amount=Decimal("0.125"), transfer_type="TO_MAIN")
        return client.transfers.query(tran_id="t1")

    def query(client: BinancePayClient) -> Any:
        return client.transfers.query(tran_id="t1"), client.wallet.balance(wallet=FUNDING, currency="USDT").balance

    made = _serve_cli(state_path, transfer)
    assert _serve_cli(state_path, query) == (made, Decimal("1250.37500000"))


def test_without_a_state_file_a_restart_starts_afresh(tmp_path: Path) -> None:
    with sdk_sandbox() as box:
        box.client.transfers.create(request_id="t1", currency="USDT", amount=Decimal("0.5"), transfer_type="TO_PAY")
    with sdk_sandbox() as box:
        assert box.balance(FUNDING, "USDT") == Decimal("1250.50000000")


def _state_file(tmp_path: Path) -> Path:
    """A state file a sandbox wrote."""
    path = tmp_path / "state.sqlite"
    with sdk_sandbox(state_path=path) as box:
        box.client.transfers.create(request_id="t1", currency="USDT", amount=Decimal("0.5"), transfer_type="TO_PAY")
    return path


def _newer_schema(tmp_path: Path) -> Path:
    path = _state_file(tmp_path)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 2")
    return path


def _garbled_pages(tmp_path: Path) -> Path:
    path = _state_file(tmp_path)
    raw = bytearray(path.read_bytes())
    raw[100:] = b"\xa5" * (len(raw) - 100)  # everything after the file header
    path.write_bytes(bytes(raw))
    return path


def _garbled_snapshot(tmp_path: Path) -> Path:
    path = _state_file(tmp_path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE sandbox_state SET snapshot = ?", ('{"records": ["list", 1',))
    return path


def _wrong_snapshot(tmp_path: Path) -> Path:
    path = _state_file(tmp_path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE sandbox_state SET snapshot = ?", ('{"records": ["float", "1.5"]}',))
    return path


def _text_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.txt"
    path.write_text("orders:\n  - 1\n" * 100)
    return path


def _other_database(tmp_path: Path) -> Path:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE things (name TEXT)")
    return path


REFUSALS = {
    "newer schema": (_newer_schema, "schema version 2 is newer"),
    "corrupt pages": (_garbled_pages, "corrupt"),
    "corrupt snapshot": (_garbled_snapshot, "is corrupt"),
    "snapshot of no state": (_wrong_snapshot, "is corrupt"),
    "text file": (_text_file, "is not a SQLite database"),
    "another application's database": (_other_database, "another application"),
    "directory": (lambda tmp_path: tmp_path, "is a directory"),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_an_unusable_state_file_is_refused_with_one_line_and_exit_2(case: str, tmp_path: Path) -> None:
    make, reason = REFUSALS[case]
    path = make(tmp_path)
    before = path.read_bytes() if path.is_file() else None
    env = {**os.environ, "PYTHONPATH": SANDBOX_SRC}
    finished = subprocess.run(
        [sys.executable, "-m", "binance_pay_sandbox", "--port", "0", "--state", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert finished.returncode == 2, finished.stderr
    assert finished.stdout == ""
    lines = finished.stderr.splitlines()
    assert len(lines) == 1, finished.stderr
    assert lines[0].startswith(f"binance-pay sandbox: error: state file {path}: ")
    assert reason in lines[0]
    if before is not None:
        assert path.read_bytes() == before  # a refused file is left as it was


@pytest.mark.parametrize("case", ["newer schema", "corrupt snapshot", "directory"])
def test_run_sandbox_refuses_an_unusable_state_file_with_a_value_error(case: str, tmp_path: Path) -> None:
    make, reason = REFUSALS[case]
    with pytest.raises(ValueError, match=reason), run_sandbox(SandboxConfig(state_path=make(tmp_path))):
        pass


def test_a_missing_state_file_is_made_and_holds_the_configured_balances(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    with sdk_sandbox(state_path=path):
        pass
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
        (snapshot,) = connection.execute("SELECT snapshot FROM sandbox_state").fetchone()
    assert '["decimal","1250.50000000"]' in snapshot
