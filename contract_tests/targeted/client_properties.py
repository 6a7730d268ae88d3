"""Client-side Hypothesis properties against the generated client, as plain functions (tests and meta-tests)."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import jsonschema
from hypothesis import given
from hypothesis import strategies as st

from contract_tests.oracle.counting import CLIENT, count
from contract_tests.oracle.settings import hsettings
from contract_tests.oracle.signing import verify
from contract_tests.oracle.spec import (
    AMOUNT_FIELDS,
    AMOUNT_MAX,
    BALANCE_OPERATION,
    ERROR_MESSAGE_MAX,
    KEY_HEADER,
    NONCE_ALPHABET,
    NONCE_HEADER,
    NONCE_LENGTH,
    OPERATION_PATH,
    SECURITY_HEADERS,
    SIG_HEADER,
    TS_HEADER,
    operation,
    result_codes,
    spec,
    subschema,
)
from contract_tests.oracle.strategies import amounts, currencies, fixed, success_body, success_responses, wallets

API_KEY = "contractTestApiKey0123456789"
SECRET = "contract-test-secret"
FIELD_NAMES = {"balance": "balance", "availableFiatValuation": "available_fiat_valuation"}
FIELD_NAMES["availableBtcValuation"] = "available_btc_valuation"


def client_for(handler: Callable[[httpx.Request], httpx.Response]) -> Any:
    from binance_pay import BinancePayClient

    return BinancePayClient(
        API_KEY, SECRET, base_url="http://127.0.0.1:9", transport=httpx.MockTransport(handler), max_retries=0
    )


def respond(body: bytes, status: int = 200) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"content-type": "application/json"})

    return handler


def query(body: bytes, status: int = 200) -> Any:
    count(BALANCE_OPERATION, CLIENT)
    with client_for(respond(body, status)) as client:
        return client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")


# ---- exact decimals -------------------------------------------------------------------------------------------------


def prop_exact_decimals(max_examples: int = 100, shrink: bool = True) -> None:
    """Amounts spliced into the JSON text (fixed, scientific, unscaled notation) parse to exactly those Decimals."""

    @given(response=success_responses())
    @hsettings(max_examples, shrink=shrink)
    def run(response: tuple[dict[str, Decimal], dict[str, str], bytes]) -> None:
        values, texts, body = response
        result = query(body)
        for name, value in values.items():
            got = getattr(result, FIELD_NAMES[name])
            assert type(got) is Decimal, f"{name}: {type(got).__name__}"
            assert got == value, f"{name}: {got} != {value} (sent {texts[name]})"
            if "E" not in texts[name]:
                assert format(got, "f") == texts[name], f"{name}: {got} is not digit-exact {texts[name]}"
                assert got.as_tuple() == Decimal(texts[name]).as_tuple(), f"{name}: exponent changed"

    run()


# ---- invalid values name the field ------------------------------------------------------------------------------------

NINE_PLACES = st.decimals(min_value=0, max_value=AMOUNT_MAX, places=9, allow_nan=False).filter(
    lambda d: d % Decimal("1E-8") != 0
)
INVALID_AMOUNT_TEXTS = st.one_of(
    NINE_PLACES.map(fixed),
    st.decimals(min_value=AMOUNT_MAX + Decimal("1E-8"), max_value=Decimal("1E30"), places=8).map(fixed),
    st.decimals(max_value=Decimal("-1E-8"), min_value=Decimal("-1E15"), places=8).map(fixed),
    # (a decimal written as a JSON string is read, not refused: `format: decimal` reads both forms as Decimal)
    st.sampled_from(["true", "false", "null", "[]", "{}"]),  # (NaN, Infinity: not JSON, refused before the schema)
    st.just("1000000000000000.00000000"),
    st.just("0.000000001"),
)


def prop_invalid_amounts_rejected(max_examples: int = 100, shrink: bool = True) -> None:
    """A 9th place, above the maximum, negative, a boolean, null: ResponseValidationError naming the field."""
    from binance_pay import ResponseValidationError

    @given(field=st.sampled_from(AMOUNT_FIELDS), bad=INVALID_AMOUNT_TEXTS, good=amounts)
    @hsettings(max_examples, shrink=shrink)
    def run(field: str, bad: str, good: Decimal) -> None:
        texts = {name: fixed(good) for name in AMOUNT_FIELDS}
        texts[field] = bad
        try:
            query(success_body(texts))
        except ResponseValidationError as error:
            assert error.field == f"data.{field}", f"error names {error.field!r}, not data.{field}"
        else:
            raise AssertionError(f"{field}={bad} was accepted")

    run()


def prop_error_message_length(max_examples: int = 30, shrink: bool = True) -> None:
    """errorMessage of any length (Binance documents at most 256 characters) is carried, never refused."""
    from binance_pay import BinancePayError, ResponseValidationError

    @given(length=st.integers(0, ERROR_MESSAGE_MAX + 400), char=st.sampled_from("aZ9 é€"))
    @hsettings(max_examples, shrink=shrink)
    def run(length: int, char: str) -> None:
        message = char * length
        body = json.dumps({"status": "FAIL", "code": "400003", "errorMessage": message}).encode()
        try:
            query(body, 401)
        except BinancePayError as error:
            assert error.error_message == message
            assert not isinstance(error, ResponseValidationError)
        else:
            raise AssertionError("a FAIL did not raise")

    run()


# ---- result codes -----------------------------------------------------------------------------------------------------


def prop_result_codes(max_examples: int = 25, shrink: bool = True) -> None:
    """Every documented code maps to its class with code, name and message intact; others to BinancePayError."""
    from binance_pay import errors

    classes = result_classes()
    documented = operation(BALANCE_OPERATION).result_names  # the codes the queried operation may answer
    codes = {code: rc for code, rc in result_codes().items() if rc.name in documented}
    undocumented = st.from_regex(r"[0-9]{6}", fullmatch=True).filter(
        lambda c: c not in result_codes() and c != "000000"
    )

    @given(other=undocumented, message=st.text(max_size=40))
    @hsettings(max_examples, shrink=shrink)
    def run(other: str, message: str) -> None:
        for code in [*sorted(codes), other]:
            body = json.dumps({"status": "FAIL", "code": code, "errorMessage": message}).encode()
            status = codes[code].http_status if code in codes else 400
            try:
                query(body, status)
            except errors.BinancePayError as error:
                if code in codes:
                    rc = codes[code]
                    expected = classes[code]
                    assert type(error) is expected, f"{code}: {type(error).__name__}, not {expected.__name__}"
                    assert (error.code, error.name, error.error_message) == (code, rc.name, message)
                    assert (error.reason, error.solution, error.status_code) == (rc.reason, rc.solution, status)
                else:
                    assert type(error) is errors.BinancePayError, f"{code}: {type(error).__name__}"
                    assert (error.code, error.error_message) == (code, message)
            else:
                raise AssertionError(f"FAIL {code} did not raise")

    run()


def result_classes() -> dict[str, type]:
    """code -> the exception class declaring that `result_code` (found by scanning, not via RESULT_CODE_ERRORS)."""
    from binance_pay import errors

    return {
        cls.result_code: cls
        for cls in vars(errors).values()
        if isinstance(cls, type) and issubclass(cls, errors.BinancePayError) and "result_code" in vars(cls)
    }


# ---- requests ---------------------------------------------------------------------------------------------------------


def prop_requests_conform(max_examples: int = 60, shrink: bool = True) -> None:
    """Each request for valid inputs fits AssetQueryReq, carries the security headers, and is signed correctly."""
    validator = jsonschema.Draft202012Validator(subschema("AssetQueryReq"))
    operation = spec()["paths"][OPERATION_PATH]["post"]

    @given(wallet=wallets, currency=currencies)
    @hsettings(max_examples, shrink=shrink)
    def run(wallet: str, currency: str) -> None:
        import time

        seen: list[httpx.Request] = []

        def handler(request: httpx.Request) -> httpx.Response:
            seen.append(request)
            canned = success_body({name: "1.00000000" for name in AMOUNT_FIELDS}, asset=currency)  # x-echo
            return respond(canned)(request)

        count(BALANCE_OPERATION, CLIENT)
        before = time.time_ns() // 1_000_000
        with client_for(handler) as client:
            client.wallet.balance(wallet=wallet, currency=currency)
        after = time.time_ns() // 1_000_000
        (request,) = seen
        assert request.method == "POST" and request.url.path == OPERATION_PATH
        media = request.headers["content-type"].split(";")[0].strip()
        assert media in operation["requestBody"]["content"]
        body = request.content
        payload = json.loads(body, parse_float=Decimal)
        validator.validate(payload)
        assert payload == {"wallet": wallet, "currency": currency}
        for name in SECURITY_HEADERS:
            assert name in request.headers, f"missing {name}"
        assert request.headers[KEY_HEADER] == API_KEY
        ts, nonce = request.headers[TS_HEADER], request.headers[NONCE_HEADER]
        assert ts.isdigit() and before <= int(ts) <= after
        assert len(nonce) == NONCE_LENGTH and all(ch in NONCE_ALPHABET for ch in nonce)
        assert verify(SECRET, ts, nonce, body, request.headers[SIG_HEADER]), "signature does not verify"

    run()
