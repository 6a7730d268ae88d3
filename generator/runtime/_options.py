"""What a client is configured with: the keys, the base URL, timeouts and the retry policy, checked once."""

from __future__ import annotations

import os
import urllib.parse
import warnings
from typing import Any, TypedDict

from ._constants import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_INITIAL_RETRY_DELAY,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_AFTER,
    DEFAULT_MAX_RETRY_DELAY,
    DEFAULT_TIMEOUT,
    DEFAULT_TOTAL_TIMEOUT,
    SECRET_KEY_ENV,
    Seconds,
    Timeout,
)
from ._exceptions import BinancePayError, MissingCredentialsError
from ._operation import SpecInfo
from ._schema import Node
from ._secret import Secret, redact_api_key
from ._signing import BinancePayAuth
from ._version import __version__

TimeoutArg = Seconds | Timeout | Any | None
"""Seconds, a `Timeout`, an `httpx.Timeout` or None (no per-operation limit; `total_timeout` still applies)."""

_LOOPBACK = ("localhost", "127.0.0.1", "::1")


class ClientOptions(TypedDict, total=False):
    """The options both clients take, by keyword; each defaults to `binance_pay._constants`.

    `base_url`: the API's root (default `$BINANCE_PAY_BASE_URL`, else production). `timeout`: each
    attempt's timeout (seconds, a `Timeout` or an `httpx.Timeout`). `total_timeout`: the deadline of
    one attempt, from connecting to the last byte. `max_retries`: retries after the first attempt.
    `retry_on`: the errors retried (default: connection errors, timeouts, retryable result codes).
    `initial_retry_delay` / `max_retry_delay`: the backoff. `max_retry_after`: the longest
    `Retry-After` waited for. `max_response_bytes`: the largest body read.
    """

    base_url: str | None
    timeout: TimeoutArg
    total_timeout: Seconds
    max_retries: int
    retry_on: tuple[type[BinancePayError], ...] | None
    initial_retry_delay: Seconds
    max_retry_delay: Seconds
    max_retry_after: Seconds
    max_response_bytes: int


def checked_base_url(base_url: str) -> str:
    if not isinstance(base_url, str):
        raise TypeError(f"base_url must be a str, not {type(base_url).__name__}")
    try:
        url = urllib.parse.urlsplit(base_url)
        has_userinfo = "@" in url.netloc
        hostname = url.hostname
    except ValueError:
        raise ValueError("base_url is not a valid URL") from None
    # Checked first, and the URL is never echoed: it may hold a password.
    if has_userinfo:
        raise ValueError("base_url must not carry credentials (user:password@); Binance Pay authenticates by signature")
    if url.scheme not in ("http", "https") or not hostname:
        raise ValueError(f"base_url must be an http(s) URL with a host, got {base_url!r}")
    if url.query or url.fragment:
        raise ValueError("base_url must not have a query or a fragment")
    if url.scheme == "http" and url.hostname not in _LOOPBACK:
        warnings.warn(f"base_url {base_url!r} is plain http to a non-loopback host", stacklevel=5)
    return base_url.rstrip("/")


def positive_seconds(name: str, value: Seconds | None) -> None:
    if value is not None and not (isinstance(value, (int, float)) and 0 < value < float("inf")):
        raise ValueError(f"{name} must be a positive, finite number of seconds, got {value!r}")


def checked_timeout(value: TimeoutArg) -> Timeout:
    timeout = Timeout.of(value)
    for name in ("connect", "read", "write", "pool", "total"):
        positive_seconds(f"timeout.{name}", getattr(timeout, name))
    return timeout


def checked_retries(max_retries: Any) -> int:
    if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
        raise ValueError(f"max_retries must be an integer >= 0, got {max_retries!r}")
    return max_retries


def _checked_keys(api_key: str | None, secret_key: str | Secret | None) -> tuple[str, Secret]:
    api_key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    secret = secret_key if secret_key is not None else os.environ.get(SECRET_KEY_ENV)
    if not api_key:
        raise MissingCredentialsError(f"No API key: pass api_key= or set {API_KEY_ENV}")
    if not isinstance(api_key, str) or not api_key.isascii() or not api_key.isalnum():
        raise ValueError("api_key must be a non-empty string of ASCII letters and digits")
    if not secret:
        raise MissingCredentialsError(f"No secret key: pass secret_key= or set {SECRET_KEY_ENV}")
    if not isinstance(secret, (str, Secret)):
        raise TypeError(f"secret_key must be a str or a Secret, not {type(secret).__name__}")
    if isinstance(secret, Secret) and not secret.reveal():
        raise MissingCredentialsError("The secret key is empty")
    return api_key, secret if isinstance(secret, Secret) else Secret(secret)


def _checked_delays(given: ClientOptions) -> tuple[Seconds, Seconds, Seconds]:
    delays = (
        given.get("initial_retry_delay", DEFAULT_INITIAL_RETRY_DELAY),
        given.get("max_retry_delay", DEFAULT_MAX_RETRY_DELAY),
        given.get("max_retry_after", DEFAULT_MAX_RETRY_AFTER),
    )
    for name, delay in zip(("initial_retry_delay", "max_retry_delay", "max_retry_after"), delays, strict=True):
        if not isinstance(delay, (int, float)) or isinstance(delay, bool) or not 0 <= delay < float("inf"):
            raise ValueError(f"{name} must be a finite number of seconds >= 0, got {delay!r}")
    return delays


class Options:
    """Everything a client is configured with; shared by clients made with `with_options`."""

    def __init__(
        self,
        spec: SpecInfo,
        api_key: str | None,
        secret_key: str | Secret | None,
        given: ClientOptions,
        default_retry_on: tuple[type[BinancePayError], ...],
    ) -> None:
        unknown = sorted(set(given) - set(ClientOptions.__annotations__))
        if unknown:
            raise TypeError(f"unexpected keyword arguments: {', '.join(unknown)}")
        api_key, secret = _checked_keys(api_key, secret_key)
        max_response_bytes = given.get("max_response_bytes", DEFAULT_MAX_RESPONSE_BYTES)
        if not isinstance(max_response_bytes, int) or max_response_bytes < 1:
            raise ValueError(f"max_response_bytes must be a positive integer, got {max_response_bytes!r}")
        self.total_timeout = given.get("total_timeout", DEFAULT_TOTAL_TIMEOUT)
        positive_seconds("total_timeout", self.total_timeout)
        self.initial_retry_delay, self.max_retry_delay, self.max_retry_after = _checked_delays(given)
        self.max_retries = checked_retries(given.get("max_retries", DEFAULT_MAX_RETRIES))
        self.spec = spec
        self.api_key = api_key
        base_url = given.get("base_url") or os.environ.get(BASE_URL_ENV) or spec.default_base_url
        self.base_url = checked_base_url(base_url)
        self.path_prefix = urllib.parse.urlsplit(self.base_url).path
        self.timeout = checked_timeout(given.get("timeout", DEFAULT_TIMEOUT))
        retry_on = given.get("retry_on")
        self.retry_on = retry_on if retry_on is not None else default_retry_on
        self.max_response_bytes = max_response_bytes
        self.auth = BinancePayAuth(api_key, secret, spec.signing)
        self.headers = {
            "Content-Type": "application/json",
            "Accept-Encoding": "identity",
            "User-Agent": f"binance-pay-sdk/{__version__} (API {spec.api_version})",
        }
        self.extra_body: dict[str, Any] = {}
        """Added to every call's body (`with_options(extra_body=...)`), checked per operation by `_extras`;
        `with_options(extra_headers=...)` adds to `headers` itself."""
        self._schemas: dict[str, Node] | None = None

    def schema(self, name: str) -> Node:
        if self._schemas is None:
            self._schemas = self.spec.load_schemas()
        return self._schemas[name]

    def describe(self, class_name: str) -> str:
        return (
            f"{class_name}(api_key={redact_api_key(self.api_key)!r}, secret_key=Secret('**********'), "
            f"base_url={self.base_url!r})"
        )
