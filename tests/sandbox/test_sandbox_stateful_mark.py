"""`x-stateful` in the spec: every marked operation is simulated (else the sandbox refuses to start), any other
answers its example; Wallet Balance V2 shows V1's wallets; the control surface signs contracts."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from binance_pay_sandbox import SandboxConfig, SpecError, create_app
from binance_pay_sandbox._registry import HANDLERS
from sandbox_helpers import SPEC_PATH, edited
from sdk_sandbox import sdk_sandbox

from tests.fixtures import fast_yaml


def _marked() -> set[str]:
    spec = fast_yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    operations = [op for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)]
    return {op["operationId"] for op in operations if op.get("x-stateful") is True}


def test_every_operation_marked_stateful_has_a_handler() -> None:
    marked = _marked()
    assert {
        "executeConvertQuote",
        "applyDirectDebitPayment",
        "submitProfitSharingSplit",
        "queryWalletBalanceV2",
    } <= marked
    assert marked <= set(HANDLERS)


def _app_error(tmp_path: Path, text: str) -> str:
    path = tmp_path / "spec.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as info:
        create_app(SandboxConfig(spec_path=path))
    return str(info.value)


def test_a_stateful_operation_without_a_handler_stops_the_sandbox(tmp_path: Path) -> None:
    text = edited(
        SPEC_PATH.read_text(encoding="utf-8"),
        "      x-sdk-method: verify_payer\n",
        "      x-sdk-method: verify_payer\n      x-stateful: true\n",
    )
    assert "operation verifyPaymentPayer: marked x-stateful, but the sandbox has no handler" in _app_error(
        tmp_path, text
    )


def test_the_mark_must_be_a_boolean(tmp_path: Path) -> None:
    text = edited(
        SPEC_PATH.read_text(encoding="utf-8"),
        "      x-sdk-method: verify_payer\n",
        "      x-sdk-method: verify_payer\n      x-stateful: yes please\n",
    )
    assert "operation verifyPaymentPayer: x-stateful must be true or false" in _app_error(tmp_path, text)


def test_an_operation_without_the_mark_answers_its_example() -> None:
    with sdk_sandbox() as box:
        assert box.client.orders.verify_payer(binance_id="1", payer_type="INDIVIDUAL") is True


def test_balance_v2_lists_the_wallets_v1_shows() -> None:
    with sdk_sandbox() as box:
        box.client.transfers.create(request_id="t1", currency="USDT", amount=Decimal("0.5"), transfer_type="TO_PAY")
        for wallet in ("FUNDING_WALLET", "SPOT_WALLET"):
            listed = box.client.wallet.balance_v2(wallet=wallet)
            assert listed.wallet == wallet and listed.fiat == "USD"
            for asset in listed.balance:
                v1 = box.client.wallet.balance(wallet=wallet, currency=asset.asset)
                assert (asset.available, asset.freeze) == (v1.balance, Decimal(0))
                assert asset.available_fiat_valuation == v1.available_fiat_valuation
        assert box.balance_v2("FUNDING_WALLET", "USDT") == Decimal("1251.00000000")
        assert box.balance_v2("SPOT_WALLET", "BTC") == 0


def test_signing_an_unknown_or_signed_contract_is_refused() -> None:
    with sdk_sandbox() as box:
        assert box.control("/sandbox/contracts/1/sign")["code"] == "406207"
        pre = box.client.direct_debit.create_contract(
            merchant_contract_code="c1",
            service_name="s",
            scenario_code="Membership",
            single_upper_limit=Decimal(1),
            currency="USDT",
            periodic=False,
        )
        assert box.control(f"/sandbox/contracts/{pre.pre_contract_id}/sign")["status"] == "SUCCESS"
        assert box.control(f"/sandbox/contracts/{pre.pre_contract_id}/sign")["code"] == "400102"
