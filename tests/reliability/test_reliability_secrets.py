"""A canary secret through every path: it must never appear in logs, output, reprs or tracebacks."""

from __future__ import annotations

import asyncio
import io
import logging
import pickle
import traceback
from collections.abc import Callable, Iterator

import binance_pay
import pytest
from _servers import Reply, fail_reply, refused_port, scripted, serve
from binance_pay import errors
from binance_pay_sandbox import SandboxConfig, run_sandbox
from reliability_helpers import CANARY_API_KEY, CANARY_SECRET, Recorder, async_client, sync_client
from test_reliability_faults import FAULTS, Fault

RESULT_CODES = [*sorted(errors.RESULT_CODE_ERRORS), "499999"]


class Leaks:
    """Collects every text the SDK produced and asserts none contains a secret."""

    def __init__(self, caplog: pytest.LogCaptureFixture) -> None:
        self.caplog = caplog
        self.stream = io.StringIO()
        self.handler = logging.StreamHandler(self.stream)
        self.handler.setLevel(logging.DEBUG)
        self.handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.texts: list[str] = []
        self.recorder = Recorder()

    def add_exception(self, exc: BaseException) -> None:
        self.texts += [repr(exc), str(exc), "".join(traceback.format_exception(exc))]
        self.texts += [repr(getattr(exc, "request", None)), repr(vars(exc))]
        self.texts.append(str(getattr(exc, "__cause__", None)))

    def add(self, obj: object) -> None:
        self.texts += [repr(obj), str(obj)]

    def check(self, capsys: pytest.CaptureFixture[str]) -> None:
        captured = capsys.readouterr()
        records = self.caplog.get_records("call")
        logs = [self.stream.getvalue()]
        logs += [record.getMessage() for record in records]
        logs += [logging.Formatter().format(record) for record in records]  # with exc_info tracebacks
        everything = [*self.texts, *logs, captured.out, captured.err]
        for text in everything:
            assert CANARY_SECRET not in text, text[:500]
        for text in logs:
            assert CANARY_API_KEY not in text, text[:500]
            for signature in self.recorder.signatures:
                assert signature not in text
        assert any(r.name == "binance_pay" and r.levelno == logging.DEBUG for r in records), "no DEBUG captured"


@pytest.fixture
def leaks(caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]) -> Iterator[Leaks]:
    caplog.set_level(logging.DEBUG)  # root and every library logger (httpx, httpcore, aiohttp, ...)
    collector = Leaks(caplog)
    root = logging.getLogger()
    root.addHandler(collector.handler)
    try:
        yield collector
        collector.check(capsys)
    finally:
        root.removeHandler(collector.handler)


def _client(url: str, leaks: Leaks, **kwargs: object) -> binance_pay.BinancePayClient:
    return sync_client(url, leaks.recorder, api_key=CANARY_API_KEY, secret_key=CANARY_SECRET, **kwargs)


def _call_expecting_error(client: binance_pay.BinancePayClient, leaks: Leaks, **kwargs: str) -> BaseException:
    args = {"wallet": "SPOT_WALLET", "currency": "USDT", **kwargs}
    with pytest.raises(errors.BinancePayError) as info:
        client.query_wallet_balance(**args)  # type: ignore[arg-type]
    leaks.add_exception(info.value)
    print(info.value, repr(info.value))  # what a careless caller would print
    logging.getLogger("app").exception("call failed: %s", info.value)
    return info.value


def test_secret_redaction() -> None:
    secret = binance_pay.Secret(CANARY_SECRET)
    assert CANARY_SECRET not in repr(secret)
    assert CANARY_SECRET not in str(secret)
    assert CANARY_SECRET not in f"{secret} {secret!r} {[secret]} { ({'k': secret}) }"
    assert secret.reveal() == CANARY_SECRET
    with pytest.raises(TypeError):
        pickle.dumps(secret)


def test_success_path(leaks: Leaks) -> None:
    config = SandboxConfig(api_key=CANARY_API_KEY, secret_key=CANARY_SECRET)
    with run_sandbox(config) as sb, _client(sb.url, leaks, max_retries=1) as client:
        result = client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
        print(client, repr(client), result)
        leaks.add(client)
        leaks.add(client._options.auth)
        leaks.add(client.openapi_client)
        leaks.add(result)
        assert CANARY_API_KEY not in repr(client)
        assert CANARY_API_KEY not in repr(client._options.auth)
    assert leaks.recorder.count == 1


@pytest.mark.parametrize("code", RESULT_CODES)
def test_every_fail_code(leaks: Leaks, code: str) -> None:
    with serve(scripted(fail_reply(code, "server said no"))) as server, _client(server.url, leaks) as client:
        exc = _call_expecting_error(client, leaks)
    assert exc.code == code


def test_sandbox_errors_and_validation(leaks: Leaks) -> None:
    config = SandboxConfig(api_key=CANARY_API_KEY, secret_key="another-secret", inject_unknown_error=0.0)
    with run_sandbox(config) as sb, _client(sb.url, leaks, max_retries=2) as client:
        assert isinstance(_call_expecting_error(client, leaks), errors.InvalidSignatureError)
        assert isinstance(_call_expecting_error(client, leaks, currency="usdt"), errors.RequestValidationError)
    config = SandboxConfig(api_key=CANARY_API_KEY, secret_key=CANARY_SECRET, inject_unknown_error=1.0)
    with run_sandbox(config) as sb, _client(sb.url, leaks, max_retries=2) as client:
        assert isinstance(_call_expecting_error(client, leaks), errors.UnknownError)
    with pytest.raises(errors.MissingCredentialsError) as info:
        binance_pay.BinancePayClient(CANARY_API_KEY, None)
    leaks.add_exception(info.value)


@pytest.mark.parametrize("fault", FAULTS, ids=[f.name for f in FAULTS])
def test_every_fault(leaks: Leaks, fault: Fault) -> None:
    if fault.handler is None:
        with _client(f"http://127.0.0.1:{refused_port()}", leaks, max_retries=1) as client:
            _call_expecting_error(client, leaks)
        return
    with serve(fault.handler) as server, _client(server.url, leaks, max_retries=0, **fault.client) as client:
        exc = _call_expecting_error(client, leaks)
    assert type(exc) is fault.expected


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_async_paths(leaks: Leaks, backend: str) -> None:
    replies = [Reply(503, b"busy", "text/plain"), fail_reply("400002"), Reply()]

    async def run(url: str, make: Callable[..., binance_pay.AsyncBinancePayClient]) -> None:
        async with make(url) as client:
            leaks.add(client)
            for _ in range(2):
                try:
                    await client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
                except errors.BinancePayError as exc:
                    leaks.add_exception(exc)
                    logging.getLogger("app").exception("async call failed")

    def make(url: str) -> binance_pay.AsyncBinancePayClient:
        return async_client(
            url, backend, leaks.recorder, api_key=CANARY_API_KEY, secret_key=CANARY_SECRET, max_retries=1
        )

    with serve(scripted(*replies)) as server:
        asyncio.run(run(server.url, make))
    asyncio.run(run(f"http://127.0.0.1:{refused_port()}", make))
    assert leaks.recorder.count >= 3
