"""Successful balance queries: exact decimals, zero holdings, isolation, the served spec, the clock."""

from __future__ import annotations

import time
from decimal import Decimal
from email.utils import parsedate_to_datetime

from binance_pay_sandbox import RunningSandbox, SandboxConfig, parse_balances
from sandbox_helpers import SPEC_PATH, MakeClient, SignedClient, decimal_json, now_ms, sign

MAX = "999999999999999.99999999"


def test_sample_balance_is_exact(client: SignedClient) -> None:
    response = client.balance()
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert "990000.00000000" in response.text
    assert "989991.90516600" in response.text
    assert "22.98780000" in response.text
    body = decimal_json(response)
    assert body["status"] == "SUCCESS"
    assert body["code"] == "000000"
    data = body["data"]
    assert data["balance"] == Decimal("990000.00000000")
    assert str(data["balance"]) == "990000.00000000"
    assert data == {
        "balance": Decimal("990000.00000000"),
        "asset": "USDT",
        "fiat": "USD",
        "availableFiatValuation": Decimal("989991.90516600"),
        "availableBtcValuation": Decimal("22.98780000"),
    }


def test_funding_wallet_has_data(client: SignedClient) -> None:
    response = client.balance("FUNDING_WALLET", "USDT")
    assert response.status_code == 200
    assert decimal_json(response)["data"]["asset"] == "USDT"


def test_maximum_amount_round_trips(make_client: MakeClient) -> None:
    balances = parse_balances(
        {
            "SPOT_WALLET": {
                "BTC": {
                    "balance": MAX,
                    "fiat": "EUR",
                    "availableFiatValuation": Decimal(MAX),
                    "availableBtcValuation": "0.00000001",
                }
            }
        }
    )
    with make_client(SandboxConfig(balances=balances)) as client:
        response = client.balance("SPOT_WALLET", "BTC")
        assert response.status_code == 200
        assert f'"balance":{MAX}' in response.text
        assert f'"availableFiatValuation":{MAX}' in response.text
        data = decimal_json(response)["data"]
        assert data["balance"] == Decimal(MAX)
        assert data["availableBtcValuation"] == Decimal("0.00000001")
        assert data["fiat"] == "EUR"
        # a currency with no holdings takes the wallet's first fiat
        zero = decimal_json(client.balance("SPOT_WALLET", "ETH"))["data"]
        assert zero["fiat"] == "EUR"
        # a wallet with no holdings at all falls back to USD
        assert decimal_json(client.balance("FUNDING_WALLET", "ETH"))["data"]["fiat"] == "USD"


def test_zero_holding_currency_is_success(client: SignedClient) -> None:
    response = client.balance("SPOT_WALLET", "BNB")
    assert response.status_code == 200
    body = decimal_json(response)
    assert body["status"] == "SUCCESS"
    assert body["code"] == "000000"
    assert body["data"] == {
        "balance": Decimal(0),
        "asset": "BNB",
        "fiat": "USD",
        "availableFiatValuation": Decimal(0),
        "availableBtcValuation": Decimal(0),
    }
    assert '"balance":0.00000000' in response.text


def test_another_key_cannot_see_data(client: SignedClient) -> None:
    other_key, other_secret = "anotherMerchantKey0123456789", "another-secret"
    response = client.post(api_key=other_key, secret=other_secret)
    assert response.status_code == 401
    body = response.json()
    assert body["code"] == "400004"
    assert "990000" not in response.text
    assert "data" not in body


def test_openapi_yaml_is_served_verbatim(sandbox: RunningSandbox, client: SignedClient) -> None:
    response = client.http.get("/openapi.yaml")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/yaml"
    assert response.content == SPEC_PATH.read_bytes()


def test_date_header_follows_the_shifted_clock(make_client: MakeClient) -> None:
    offset_ms = 3_600_000
    with make_client(SandboxConfig(clock_offset_ms=offset_ms)) as client:
        # a client on true time is an hour behind the server
        skewed = client.post()
        assert skewed.status_code == 401
        assert skewed.json()["code"] == "400003"
        # a client that syncs to the server's clock succeeds
        server_ms = str(int(time.time() * 1000) + offset_ms)
        assert client.post(timestamp=server_ms).status_code == 200
        served = parsedate_to_datetime(skewed.headers["date"]).timestamp()
        assert abs(served - (time.time() + offset_ms / 1000)) < 5


def test_date_header_without_offset(client: SignedClient) -> None:
    response = client.balance()
    assert abs(parsedate_to_datetime(response.headers["date"]).timestamp() - time.time()) < 5
    assert "server" not in response.headers


def test_recv_window_is_configurable(make_client: MakeClient) -> None:
    with make_client(SandboxConfig(recv_window_ms=60_000)) as client:
        old = str(int(now_ms()) - 30_000)
        assert client.post(timestamp=old).status_code == 200
        older = str(int(now_ms()) - 90_000)
        assert client.post(timestamp=older).json()["code"] == "400003"


def test_custom_credentials(make_client: MakeClient) -> None:
    config = SandboxConfig(api_key="customMerchantKey123", secret_key="custom-secret")
    assert "custom-secret" not in repr(config)
    with make_client(config) as client:
        assert client.post().status_code == 200
        demo = client.post(api_key="sandboxDemoApiKey0123456789abcdef", secret="sandbox-demo-secret-key")
        assert demo.json()["code"] == "400004"
        body = b'{"wallet":"SPOT_WALLET","currency":"USDT"}'
        ts, nonce = now_ms(), "n" * 32
        headers = {
            "Content-Type": "application/json",
            "BinancePay-Timestamp": ts,
            "BinancePay-Nonce": nonce,
            "BinancePay-Certificate-SN": "customMerchantKey123",
            "BinancePay-Signature": sign("custom-secret", ts, nonce, body),
        }
        assert client.http.post("/binancepay/openapi/balance", content=body, headers=headers).status_code == 200
