"""The generated client against the sandbox, both real, over uvicorn on 127.0.0.1.

Success comes back digit-exact, and every failure row of the sandbox's table reaches the client
as the exception class the spec generates for that result code. Where the client's own request
validation stops a bad request before it leaves (a lowercase currency, an unknown wallet), the bad
request is signed by the client's own signer, sent with httpx, and its response is read by the
client's own response handling (`_envelope.result_of`: the same decoding, schema checks and error classes).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import binance_pay
import httpx
import pytest
from binance_pay import errors
from binance_pay._envelope import result_of
from binance_pay._exceptions import RequestInfo
from binance_pay._transport import WireResponse
from binance_pay.resources.wallet import _BALANCE
from binance_pay_sandbox import SandboxConfig, run_sandbox

BALANCE_PATH = "/binancepay/openapi/balance"
HUGE = "999999999999999.99999999"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Any]:
    balances_config = SandboxConfig()
    with run_sandbox(balances_config) as running:
        yield running


def make_client(sandbox: Any, **kwargs: Any) -> binance_pay.BinancePayClient:
    options: dict[str, Any] = {"base_url": sandbox.url, "max_retries": 0, **kwargs}
    api_key = options.pop("api_key", sandbox.config.api_key)
    secret_key = options.pop("secret_key", sandbox.config.secret_key)
    return binance_pay.BinancePayClient(api_key, secret_key, **options)


def send_signed(
    client: binance_pay.BinancePayClient, method: str = "POST", replace: dict[str, str] | None = None, **request: Any
) -> None:
    """Sign `request` as the client would (then `replace` headers), send it with httpx, and handle the
    answer as the client does."""
    built = httpx.Request(method, client.base_url + BALANCE_PATH, **request)
    built.headers.update(client._options.auth.signed_headers(built.read()))
    built.headers.update(replace or {})
    with httpx.Client() as http:
        response = http.send(built)
    wire = WireResponse(response.status_code, response.headers, response.content)
    result_of(client._options, _BALANCE, {}, wire, RequestInfo(method, str(built.url)))


def test_success_is_digit_exact(sandbox: Any) -> None:
    with make_client(sandbox) as client:
        result = client.wallet.balance(wallet=binance_pay.Wallet.SPOT_WALLET, currency="USDT")
    assert str(result.balance) == "990000.00000000"
    assert str(result.available_fiat_valuation) == "989991.90516600"
    assert str(result.available_btc_valuation) == "22.98780000"
    assert (result.asset, result.fiat) == ("USDT", "USD")


def test_async_success_is_digit_exact(sandbox: Any) -> None:
    async def query() -> binance_pay.AssetQueryResp:
        async with binance_pay.AsyncBinancePayClient(
            sandbox.config.api_key, sandbox.config.secret_key, base_url=sandbox.url, max_retries=0
        ) as client:
            return await client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")

    assert str(asyncio.run(query()).balance) == "990000.00000000"


def test_largest_amount_round_trips_exactly(tmp_path: Any) -> None:
    balances = tmp_path / "balances.json"
    amounts = {"balance": HUGE, "fiat": "USD", "availableFiatValuation": "0.00000001", "availableBtcValuation": "0E-8"}
    balances.write_text(json.dumps({"SPOT_WALLET": {"BTC": amounts}}))
    from binance_pay_sandbox import load_balances

    with run_sandbox(SandboxConfig(balances=load_balances(balances))) as running, make_client(running) as client:
        result = client.wallet.balance(wallet="SPOT_WALLET", currency="BTC")
    assert result.balance == Decimal(HUGE) and str(result.balance) == HUGE
    assert result.available_fiat_valuation == Decimal("0.00000001")
    assert result.available_btc_valuation == 0


def test_currency_with_no_holdings_is_zero_not_an_error(sandbox: Any) -> None:
    with make_client(sandbox) as client:
        result = client.wallet.balance(wallet="SPOT_WALLET", currency="1INCH")
    assert result.balance == 0 and result.asset == "1INCH"


# (row of the sandbox table, how to provoke it with the client, expected class, HTTP status)
Provoke = Callable[[Any], None]


def _via_client(**kwargs: Any) -> Provoke:
    def provoke(sandbox: Any) -> None:
        with make_client(sandbox, **kwargs) as client:
            client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")

    return provoke


def _via_low_level(**request: Any) -> Provoke:
    def provoke(sandbox: Any) -> None:
        with make_client(sandbox) as client:
            send_signed(client, **request)

    return provoke


def _outside_window(sandbox: Any) -> None:
    with make_client(sandbox) as client:
        client.clock_offset_ms = -5_000  # this path does not correct the clock
        send_signed(client, json={"wallet": "SPOT_WALLET", "currency": "X"})


ROWS: list[tuple[str, Provoke, type[errors.BinancePayError], int]] = [
    ("wrong signature", _via_client(secret_key="not-the-sandbox-secret"), errors.InvalidSignatureError, 401),
    ("timestamp outside the window", _outside_window, errors.InvalidTimestampError, 401),
    ("unknown API key", _via_client(api_key="someoneElsesApiKey0123456789abcd"), errors.InvalidApiKeyOrIpError, 401),
    (
        # the client refuses such a key at construction, so it is put on the wire by hand
        "malformed API key",
        _via_low_level(
            json={"wallet": "SPOT_WALLET", "currency": "USDT"}, replace={"BinancePay-Certificate-SN": "bad key!"}
        ),
        errors.BadApiKeyFmtError,
        401,
    ),
    ("wrong HTTP method", _via_low_level(method="PUT", json={}), errors.BadHttpMethodError, 405),
    (
        "wrong media type",
        _via_low_level(content=b"wallet=SPOT_WALLET", headers={"Content-Type": "text/plain"}),
        errors.MediaTypeNotSupportedError,
        415,
    ),
    ("body not a JSON object", _via_low_level(json=["SPOT_WALLET", "USDT"]), errors.InvalidRequestBodyError, 400),
    (
        "missing parameter",
        _via_low_level(json={"wallet": "SPOT_WALLET"}),
        errors.MandatoryParamEmptyOrMalformedError,
        400,
    ),
    (
        "wrong length",
        _via_low_level(json={"wallet": "SPOT_WALLET", "currency": "A" * 21}),
        errors.InvalidParamWrongLengthError,
        400,
    ),
    (
        "unknown wallet",
        _via_low_level(json={"wallet": "MARGIN_WALLET", "currency": "USDT"}),
        errors.InvalidParamWrongValueError,
        400,
    ),
    (
        "lowercase currency",
        _via_low_level(json={"wallet": "SPOT_WALLET", "currency": "usdt"}),
        errors.InvalidParamIllegalCharError,
        400,
    ),
    (
        "body over the size limit",
        _via_low_level(json={"wallet": "SPOT_WALLET", "currency": "USDT", "pad": "x" * 5000}),
        errors.InvalidRequestTooLargeError,
        413,
    ),
    (
        "anything else invalid (an unknown field)",
        _via_low_level(json={"wallet": "SPOT_WALLET", "currency": "USDT", "extra": 1}),
        errors.InvalidRequestError,
        400,
    ),
]


@pytest.mark.parametrize(("row", "provoke", "expected", "status"), ROWS, ids=[row[0] for row in ROWS])
def test_every_failure_row_reaches_the_client_as_its_class(
    sandbox: Any, row: str, provoke: Provoke, expected: type[errors.BinancePayError], status: int
) -> None:
    with pytest.raises(expected) as info:
        provoke(sandbox)
    assert type(info.value) is expected, row
    assert info.value.status_code == status
    assert info.value.code == expected.result_code  # type: ignore[attr-defined]
    assert info.value.error_message


def test_unknown_error_from_fault_injection() -> None:
    with (
        run_sandbox(SandboxConfig(inject_unknown_error=1.0)) as running,
        make_client(running) as client,
        pytest.raises(errors.UnknownError) as info,
    ):
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert info.value.status_code == 500 and info.value.code == "400000"


def test_client_corrects_a_skewed_clock_against_the_sandbox() -> None:
    with run_sandbox(SandboxConfig(clock_offset_ms=4_000)) as running, make_client(running) as client:
        result = client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
        assert str(result.balance) == "990000.00000000"
        assert 2_500 <= client.clock_offset_ms <= 5_500
