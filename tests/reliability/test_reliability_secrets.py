"""A canary secret through every path: it must never appear in logs, output, reprs or tracebacks."""

from __future__ import annotations

import io
import logging
import pickle
import traceback
from collections.abc import Iterator
from typing import Any

import binance_pay
import pytest
from _servers import Reply, fail_reply, refused_port, scripted, serve
from binance_pay import errors
from binance_pay_sandbox import SandboxConfig, run_sandbox
from reliability_helpers import (
    CANARY_API_KEY,
    CANARY_SECRET,
    WIRE_PATHS,
    Recorder,
    Session,
    WirePath,
    all_wire_paths,
    make_client,
    run_calls,
)
from test_reliability_faults import FAULTS, Fault, run_fault

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
        self.keyed_texts: list[str] = []  # must not hold the API key either
        self.recorder = Recorder()

    def add_exception(self, exc: BaseException) -> None:
        self.texts += [repr(exc), str(exc), "".join(traceback.format_exception(exc))]
        self.texts += [repr(getattr(exc, "request", None)), repr(vars(exc))]
        self.texts.append(str(getattr(exc, "__cause__", None)))
        pickled = pickle.dumps(exc)  # errors cross process boundaries (multiprocessing, task queues)
        self.texts.append(pickled.decode("latin-1"))
        self.keyed_texts.append(pickled.decode("latin-1"))
        clone = pickle.loads(pickled)
        assert type(clone) is type(exc) and str(clone) == str(exc)

    def add_session(self, session: Session) -> None:
        for outcome in session.outcomes:
            if outcome.error is not None:
                self.add_exception(outcome.error)
                print(outcome.error, repr(outcome.error))  # what a careless caller would print
                logging.getLogger("app").error("call failed: %s", outcome.error, exc_info=outcome.error)
            else:
                self.add(outcome.result)
        self.add(session.client)
        self.add(session.client._options.auth)
        self.add(session.client._transport)
        assert CANARY_API_KEY not in repr(session.client)
        assert CANARY_API_KEY not in repr(session.client._options.auth)
        with pytest.raises(TypeError):
            pickle.dumps(session.client)
        with pytest.raises(TypeError):
            pickle.dumps(session.client._options.auth)

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
        for text in [*logs, *self.keyed_texts]:
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


KEYS: dict[str, Any] = {"api_key": CANARY_API_KEY, "secret_key": CANARY_SECRET}


def _run(wire: WirePath, url: str, leaks: Leaks, calls: list[dict[str, Any]] | None = None, **kwargs: Any) -> Session:
    session = run_calls(wire, url, calls, recorder=leaks.recorder, **KEYS, **kwargs)
    leaks.add_session(session)
    return session


def test_secret_redaction() -> None:
    secret = binance_pay.Secret(CANARY_SECRET)
    assert CANARY_SECRET not in repr(secret)
    assert CANARY_SECRET not in str(secret)
    assert CANARY_SECRET not in f"{secret} {secret!r} {[secret]} { ({'k': secret}) }"
    assert secret.reveal() == CANARY_SECRET
    with pytest.raises(TypeError):
        pickle.dumps(secret)


@all_wire_paths
def test_success_path(leaks: Leaks, wire: WirePath) -> None:
    config = SandboxConfig(api_key=CANARY_API_KEY, secret_key=CANARY_SECRET)
    with run_sandbox(config) as sb:
        session = _run(wire, sb.url, leaks, max_retries=1)
    assert session.last.error is None, session.last.error
    print(session.client, repr(session.client), session.last.result)
    assert leaks.recorder.count == 1


@all_wire_paths
@pytest.mark.parametrize("code", RESULT_CODES)
def test_every_fail_code(leaks: Leaks, wire: WirePath, code: str) -> None:
    with serve(scripted(fail_reply(code, "server said no"))) as server:
        session = _run(wire, server.url, leaks)
    assert session.last.error is not None
    assert session.last.error.code == code


@all_wire_paths
def test_sandbox_errors_and_validation(leaks: Leaks, wire: WirePath) -> None:
    config = SandboxConfig(api_key=CANARY_API_KEY, secret_key="another-secret", inject_unknown_error=0.0)
    with run_sandbox(config) as sb:
        session = _run(wire, sb.url, leaks, [{}, {"currency": "usdt"}], max_retries=2)
    assert isinstance(session.outcomes[0].error, errors.InvalidSignatureError)
    assert isinstance(session.outcomes[1].error, errors.RequestValidationError)
    config = SandboxConfig(api_key=CANARY_API_KEY, secret_key=CANARY_SECRET, inject_unknown_error=1.0)
    with run_sandbox(config) as sb:
        session = _run(wire, sb.url, leaks, max_retries=2)
    assert isinstance(session.last.error, errors.UnknownError)
    with pytest.raises(errors.MissingCredentialsError) as info:
        make_client(wire, "http://127.0.0.1:1", api_key=CANARY_API_KEY, secret_key=None)
    leaks.add_exception(info.value)


@pytest.mark.parametrize(
    ("fault", "wire"),
    [pytest.param(fault, wire, id=f"{fault.id}-{wire}") for fault in FAULTS for wire in WIRE_PATHS],
)
def test_every_fault(leaks: Leaks, fault: Fault, wire: WirePath) -> None:
    """Every row of the fault matrix, on every wire path (whatever it raises: see the matrix for what)."""
    session, _ = run_fault(fault, wire, recorder=leaks.recorder, **KEYS)
    leaks.add_session(session)


@all_wire_paths
def test_retries_and_refused(leaks: Leaks, wire: WirePath) -> None:
    replies = [Reply(503, b"busy", "text/plain"), fail_reply("400002"), Reply()]
    with serve(scripted(*replies)) as server:
        _run(wire, server.url, leaks, [{}, {}], max_retries=1)
    _run(wire, f"http://127.0.0.1:{refused_port()}", leaks, [{}, {}], max_retries=1)
    assert leaks.recorder.count >= 3
