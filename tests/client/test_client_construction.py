"""What the constructors refuse: malformed keys, wrong secret types, unusable timeouts and retry
budgets, base URLs with credentials, a query or a fragment. The secret never shows in the error."""

from __future__ import annotations

import asyncio
import math
import warnings

import httpx
import pytest
from binance_pay import (
    DEFAULT_TIMEOUT,
    AsyncBinancePayClient,
    BinancePayClient,
    MissingCredentialsError,
    Secret,
    Timeout,
)
from client_helpers import API_KEY, SECRET_KEY, Scripted, assert_signed, success_bytes

CLIENTS = [BinancePayClient, AsyncBinancePayClient]


def four(timeout: Timeout) -> tuple[float | None, ...]:
    """The per-phase limits of a `Timeout` (connect, read, write, pool)."""
    return (timeout.connect, timeout.read, timeout.write, timeout.pool)


def _close(client) -> None:
    if isinstance(client, AsyncBinancePayClient):
        asyncio.run(client.aclose())
    else:
        client.close()


def _build(cls, api_key=API_KEY, secret_key=SECRET_KEY, **kwargs):
    kwargs.setdefault("base_url", "https://bpay.test")
    return cls(api_key, secret_key, **kwargs)


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize(
    "api_key",
    ["test-api-key", "key with space", "key\n", "ключ123", "abc_def", "abc.def", "key=1", "abc\x00", 12345, b"abc"],
    ids=repr,
)
def test_api_key_must_be_ascii_letters_and_digits(cls, api_key) -> None:
    with pytest.raises(ValueError, match="api_key") as info:
        _build(cls, api_key=api_key)
    assert not isinstance(info.value, MissingCredentialsError)
    assert SECRET_KEY not in str(info.value)
    if isinstance(api_key, str):
        assert api_key not in str(info.value)


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize("api_key", ["a", "ABCdef123", "0" * 64])
def test_valid_api_keys(cls, api_key) -> None:
    _close(_build(cls, api_key=api_key))


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize("secret_key", [b"secret-bytes", 12345, ["s"], bytearray(b"x")], ids=repr)
def test_secret_key_must_be_str_or_secret(cls, secret_key) -> None:
    with pytest.raises(TypeError, match="secret_key"):
        _build(cls, secret_key=secret_key)


def test_secret_object_is_accepted_and_used(make_client) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, headers={"Content-Type": "application/json"}, content=success_bytes())

    with BinancePayClient(API_KEY, Secret(SECRET_KEY), transport=httpx.MockTransport(handler)) as client:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
        assert SECRET_KEY not in repr(client)
    assert_signed(seen[0].headers, seen[0].read())


BAD_TIMEOUTS = [
    -1,
    0,
    -0.5,
    math.inf,
    math.nan,
    Timeout(connect=-1, read=1, write=1, pool=1),
    Timeout(connect=1, read=math.inf, write=1, pool=1),
    Timeout(connect=1, read=1, write=0, pool=1),
    httpx.Timeout(-1.0),
    httpx.Timeout(5.0, read=math.inf),
]


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize("timeout", BAD_TIMEOUTS, ids=repr)
def test_timeouts_must_be_positive_and_finite(cls, timeout) -> None:
    with pytest.raises(ValueError, match="timeout"):
        _build(cls, timeout=timeout)


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize("total_timeout", [-1, 0, math.inf, math.nan], ids=repr)
def test_total_timeout_must_be_positive_and_finite(cls, total_timeout) -> None:
    with pytest.raises(ValueError, match="total_timeout"):
        _build(cls, total_timeout=total_timeout)


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize("timeout", ["10", [1, 2], True], ids=repr)
def test_timeout_of_the_wrong_type(cls, timeout) -> None:
    with pytest.raises(TypeError, match="timeout"):
        _build(cls, timeout=timeout)


@pytest.mark.parametrize("cls", CLIENTS)
def test_timeout_forms(cls) -> None:
    for given, expected in [
        (2.5, Timeout(2.5, 2.5, 2.5, 2.5)),
        (3, Timeout(3.0, 3.0, 3.0, 3.0)),
        (Timeout(1.0, 2.0, 3.0, 4.0), Timeout(1.0, 2.0, 3.0, 4.0)),
        (httpx.Timeout(5.0, read=6.0), Timeout(5.0, 6.0, 5.0, 5.0)),
        (None, Timeout(None, None, None, None)),
    ]:
        client = _build(cls, timeout=given)
        assert four(client._options.timeout) == four(expected)
        _close(client)
    client = _build(cls)
    assert four(client._options.timeout) == four(DEFAULT_TIMEOUT)
    _close(client)


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize("max_retries", [-1, 1.5, True, "2", None], ids=repr)
def test_max_retries_must_be_a_non_negative_int(cls, max_retries) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        _build(cls, max_retries=max_retries)


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize("max_response_bytes", [0, -1, 1.5], ids=repr)
def test_max_response_bytes_must_be_positive(cls, max_response_bytes) -> None:
    with pytest.raises(ValueError, match="max_response_bytes"):
        _build(cls, max_response_bytes=max_response_bytes)


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize(
    ("base_url", "match"),
    [
        ("https://user:hunter2@bpay.test", "credentials"),
        ("https://user@bpay.test", "credentials"),
        ("https://:hunter2@bpay.test", "credentials"),
        ("https://bpay.test?token=hunter2", "query"),
        ("https://bpay.test/#hunter2", "fragment"),
        ("ftp://bpay.test", "http"),
        ("bpay.test", "http"),
        ("https://", "host"),
    ],
)
def test_base_url_is_checked(cls, base_url, match) -> None:
    with pytest.raises(ValueError, match=match) as info:
        _build(cls, base_url=base_url)
    assert "hunter2" not in str(info.value)


@pytest.mark.parametrize("cls", CLIENTS)
def test_base_url_from_environment_is_checked(cls, monkeypatch) -> None:
    monkeypatch.setenv("BINANCE_PAY_BASE_URL", "https://user:hunter2@bpay.test")
    with pytest.raises(ValueError, match="credentials"):
        cls(API_KEY, SECRET_KEY)


@pytest.mark.parametrize("cls", CLIENTS)
def test_base_url_forms(cls) -> None:
    client = _build(cls, base_url="https://bpay.test/prefix/")
    assert client.base_url == "https://bpay.test/prefix"
    _close(client)


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize(
    "base_url", ["http://127.0.0.1:8080", "http://localhost", "http://[::1]:9000", "https://bpay.test"]
)
def test_no_warning_for_loopback_or_https(cls, base_url) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        _close(_build(cls, base_url=base_url))


@pytest.mark.parametrize("cls", CLIENTS)
def test_plain_http_to_a_remote_host_warns(cls) -> None:
    with pytest.warns(UserWarning, match="plain http"):
        client = _build(cls, base_url="http://bpay.example.com")
    _close(client)


@pytest.mark.parametrize("cls", CLIENTS)
def test_unpicklable_clients(cls) -> None:
    import pickle

    client = _build(cls)
    for obj in (client, client._options, client._options.auth):
        with pytest.raises(TypeError):
            pickle.dumps(obj)
    _close(client)


@pytest.mark.parametrize("cls", CLIENTS)
def test_empty_secret_object_is_missing_credentials(cls) -> None:
    with pytest.raises(MissingCredentialsError):
        _build(cls, secret_key=Secret(""))


@pytest.mark.parametrize("base_url", ["ftp://user:hunter2@bpay.test", "https://user:hunter2@"])
def test_credentials_in_a_bad_base_url_are_not_echoed(base_url) -> None:
    with pytest.raises(ValueError) as info:
        _build(BinancePayClient, base_url=base_url)
    assert "hunter2" not in str(info.value)


@pytest.mark.parametrize(
    "kwargs",
    [{"initial_retry_delay": -1}, {"max_retry_delay": -1}, {"initial_retry_delay": math.nan}, {"max_retry_after": -1}],
    ids=repr,
)
def test_retry_delays_are_checked(kwargs) -> None:
    with pytest.raises(ValueError):
        _build(BinancePayClient, **kwargs)


def test_negative_retry_delay_is_refused_before_any_call(make_client) -> None:
    with pytest.raises(ValueError, match="initial_retry_delay"):
        make_client(
            Scripted(status=503, body=b"down", headers={"Content-Type": "text/html"}),
            max_retries=1,
            initial_retry_delay=-1,
        )
