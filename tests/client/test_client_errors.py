"""`status: FAIL` raises the result code's class; non-envelope responses raise APIStatusError."""

from __future__ import annotations

import pytest
from binance_pay import APIStatusError, BinancePayError, ResponseValidationError, errors
from binance_pay.errors import RequestInfo
from client_helpers import BALANCE_PATH, HTML, Scripted, class_name_for, fail_bytes, result_codes

BALANCE_REQUEST = RequestInfo("POST", "https://bpay.test" + BALANCE_PATH)

RESULT_CODES = result_codes()


def test_spec_has_result_codes() -> None:
    assert len(RESULT_CODES) >= 14
    assert len({entry["code"] for entry in RESULT_CODES}) == len(RESULT_CODES)


@pytest.mark.parametrize("entry", RESULT_CODES, ids=lambda e: f"{e['code']}-{e['name']}")
def test_class_per_result_code(entry) -> None:
    name = class_name_for(entry["name"])
    cls = getattr(errors, name)
    assert issubclass(cls, BinancePayError)
    assert cls is not BinancePayError
    assert errors.RESULT_CODE_ERRORS[entry["code"]] is cls
    assert name in errors.__all__


def test_class_name_rule_examples() -> None:
    assert class_name_for("UNKNOWN_ERROR") == "UnknownError"
    assert class_name_for("INVALID_API_KEY_OR_IP") == "InvalidApiKeyOrIpError"
    assert class_name_for("BAD_API_KEY_FMT") == "BadApiKeyFmtError"
    assert errors.UnknownError.result_code == "400000"
    assert errors.InvalidSignatureError.result_code == "400002"


def test_no_undocumented_result_classes() -> None:
    assert set(errors.RESULT_CODE_ERRORS) == {entry["code"] for entry in RESULT_CODES}


@pytest.mark.parametrize("entry", RESULT_CODES, ids=lambda e: f"{e['code']}-{e['name']}")
def test_fail_raises_result_code_class(make_client, entry) -> None:
    status = int(entry["httpStatus"])
    message = f"server says {entry['name'].lower()}"
    client, recorder = make_client(Scripted(status=status, body=fail_bytes(entry["code"], message)))
    with pytest.raises(BinancePayError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    error = info.value
    assert type(error).__name__ == class_name_for(entry["name"])
    assert type(error) is getattr(errors, class_name_for(entry["name"]))
    assert error.code == entry["code"]
    assert error.name == entry["name"]
    assert error.error_message == message
    assert error.reason == entry["reason"]
    assert error.solution == entry["solution"]
    assert error.status_code == status
    assert error.request == BALANCE_REQUEST
    assert repr(error.request) == "<Request('POST', 'https://bpay.test/binancepay/openapi/balance')>"
    assert entry["code"] in str(error)
    assert message in str(error)
    assert recorder.calls == 1


@pytest.mark.parametrize("status", [200, 400, 418, 503])
def test_fail_with_any_http_status(make_client, status) -> None:
    client, _ = make_client(Scripted(status=status, body=fail_bytes("400002", "bad sig")))
    with pytest.raises(errors.InvalidSignatureError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert info.value.status_code == status
    assert info.value.code == "400002"


def test_unknown_error_400000(make_client) -> None:
    client, _ = make_client(Scripted(status=500, body=fail_bytes("400000", None)))
    with pytest.raises(errors.UnknownError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert info.value.code == "400000"
    assert info.value.error_message is None
    assert info.value.reason == "An unknown error occurred while processing the request."


@pytest.mark.parametrize("code", ["499999", "000000", "400009", "999999"])
def test_undocumented_code_is_plain_binance_pay_error(make_client, code) -> None:
    client, _ = make_client(Scripted(status=400, body=fail_bytes(code, "mystery")))
    with pytest.raises(BinancePayError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    error = info.value
    assert type(error) is BinancePayError
    assert error.code == code
    assert error.error_message == "mystery"
    assert error.status_code == 400
    assert error.reason is None
    assert error.solution is None
    assert error.name is None
    assert error.request == BALANCE_REQUEST
    assert code in str(error)


HTML_502 = b"<html><head><title>502 Bad Gateway</title></head><body>" + b"<p>nginx</p>" * 200 + b"</body></html>"


def test_html_502_is_api_status_error(make_client) -> None:
    client, recorder = make_client(Scripted(status=502, body=HTML_502, headers=HTML))
    with pytest.raises(APIStatusError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    error = info.value
    assert type(error) is APIStatusError
    assert error.status_code == 502
    assert HTML_502.startswith(error.body)
    assert 0 < len(error.body) <= 1024 < len(HTML_502)
    assert len(str(error)) < 1024
    assert "502" in str(error)
    assert error.request == BALANCE_REQUEST
    assert recorder.calls == 1  # max_retries=0


def test_json_502_without_envelope_is_api_status_error(make_client) -> None:
    client, _ = make_client(Scripted(status=502, body=b"not json"))
    with pytest.raises(APIStatusError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert info.value.status_code == 502


def test_non_json_200_is_api_status_error(make_client) -> None:
    client, _ = make_client(Scripted(status=200, body=b"OK"))
    with pytest.raises(APIStatusError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert info.value.status_code == 200
    assert not isinstance(info.value, ResponseValidationError)


def test_error_hierarchy() -> None:
    assert issubclass(errors.RequestValidationError, ValueError)
    assert issubclass(errors.RequestValidationError, BinancePayError)
    assert issubclass(errors.ResponseValidationError, BinancePayError)
    assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
    assert issubclass(errors.ResponseTooLargeError, APIStatusError)
    assert issubclass(errors.MissingCredentialsError, BinancePayError)


def test_result_code_classes_built_directly() -> None:
    for entry in RESULT_CODES:
        cls = errors.RESULT_CODE_ERRORS[entry["code"]]
        error = cls("m", status_code=400, request=BALANCE_REQUEST)
        assert type(error).__name__ == class_name_for(entry["name"])
        assert isinstance(error, errors.ResultCodeError)
        assert (error.code, error.name, error.error_message) == (entry["code"], entry["name"], "m")
        assert (error.reason, error.solution) == (entry["reason"], entry["solution"])
        assert error.retryable is (entry["code"] == "400000")


def test_request_info_carries_no_headers() -> None:
    assert RequestInfo.__slots__ == ("method", "url")
    assert not hasattr(BALANCE_REQUEST, "__dict__")
    assert not hasattr(BALANCE_REQUEST, "headers")
