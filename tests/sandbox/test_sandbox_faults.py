"""Each planted fault (for contract tests) changes behaviour as documented; none is on by default."""

from __future__ import annotations

from decimal import Decimal

import pytest
from binance_pay_sandbox import FAULTS, SandboxConfig, parse_balances
from sandbox_helpers import MakeClient, SignedClient, decimal_json

MAX = "999999999999999.99999999"


def config(*faults: str, balances: dict[str, object] | None = None) -> SandboxConfig:
    if balances is None:
        return SandboxConfig(faults=frozenset(faults))
    return SandboxConfig(faults=frozenset(faults), balances=parse_balances(balances))


def test_fault_names() -> None:
    assert (
        frozenset(
            {
                "decimal_places",
                "out_of_range",
                "undocumented_code",
                "accept_lowercase_currency",
                "accept_bad_signature",
                "float_rounding",
                "fail_without_code",
            }
        )
        == FAULTS
    )
    with pytest.raises(ValueError, match="unknown fault"):
        SandboxConfig(faults=frozenset({"no_such_fault"}))


def test_no_faults_by_default(client: SignedClient) -> None:
    assert client.sandbox.config.faults == frozenset()
    assert '"balance":990000.00000000,' in client.balance().text


def test_decimal_places(make_client: MakeClient) -> None:
    with make_client(config("decimal_places")) as client:
        response = client.balance()
        assert '"balance":990000.000000001,' in response.text
        balance = decimal_json(response)["data"]["balance"]
        assert balance.as_tuple().exponent == -9
        assert balance % Decimal("0.00000001") != 0
        # other amounts are untouched
        assert "989991.90516600" in response.text


def test_out_of_range(make_client: MakeClient) -> None:
    with make_client(config("out_of_range")) as client:
        response = client.balance()
        assert '"balance":1000000000000000.00000000,' in response.text
        assert decimal_json(response)["data"]["balance"] > Decimal(MAX)


def test_undocumented_code(make_client: MakeClient) -> None:
    with make_client(config("undocumented_code")) as client:
        response = client.post(secret="wrong")
        assert response.status_code == 401
        assert response.json()["code"] == "499999"
        assert client.balance().json()["code"] == "000000"


def test_accept_lowercase_currency(make_client: MakeClient, client: SignedClient) -> None:
    assert client.balance(currency="usdt").json()["code"] == "400103"
    with make_client(config("accept_lowercase_currency")) as faulty:
        response = faulty.balance(currency="usdt")
        assert response.status_code == 200
        assert response.json()["status"] == "SUCCESS"
        assert response.json()["data"]["asset"] == "usdt"


def test_accept_bad_signature(make_client: MakeClient) -> None:
    with make_client(config("accept_bad_signature")) as client:
        assert client.post(secret="wrong").status_code == 200
        assert client.post(drop=("BinancePay-Signature",)).status_code == 200
        # the other checks still apply
        assert client.post(api_key="UnknownMerchant0123456789").json()["code"] == "400004"


def test_float_rounding(make_client: MakeClient) -> None:
    holding = {"balance": MAX, "fiat": "USD", "availableFiatValuation": "0.1", "availableBtcValuation": "1"}
    with make_client(config("float_rounding", balances={"SPOT_WALLET": {"BTC": holding}})) as client:
        response = client.balance(currency="BTC")
        assert MAX not in response.text
        data = decimal_json(response)["data"]
        assert data["balance"] == Decimal("1E+15")
        assert data["balance"] != Decimal(MAX)


def test_fail_without_code(make_client: MakeClient) -> None:
    with make_client(config("fail_without_code")) as client:
        response = client.post(secret="wrong")
        assert response.status_code == 401
        body = response.json()
        assert body["status"] == "FAIL"
        assert "code" not in body
        assert body["errorMessage"]
