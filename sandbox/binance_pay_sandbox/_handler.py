"""What an operation handler is: it turns a valid request into a SUCCESS body or a FAIL."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from ._catalog import Catalog, Operation
from ._config import SandboxConfig
from ._schema import decode_exact, encode_exact
from ._spec import SUCCESS_CODE
from ._state import MerchantState


@dataclass(frozen=True, slots=True)
class Fail:
    """A FAIL answer: a result code the operation may return (common, or in its own x-result-codes)."""

    name: str
    message: str


Answer = bytes | Fail  # bytes: the complete SUCCESS envelope, compact JSON


class Handler(Protocol):
    def answer(self, request: Mapping[str, Any]) -> Answer:
        """The answer to a request that passed every check; numbers in `request` are Decimals."""
        ...

    def known_bodies(self) -> Iterable[bytes]:
        """SUCCESS bodies known when the app is built, checked against the spec then (and fast later)."""
        ...


@dataclass(frozen=True, slots=True)
class HandlerContext:
    operation: Operation
    catalog: Catalog
    config: SandboxConfig
    state: MerchantState  # shared by every handler of one app


HandlerFactory = Callable[[HandlerContext], Handler]


def success_body(data_json: str) -> bytes:
    """The SUCCESS envelope around `data` (already JSON text)."""
    return f'{{"status":"SUCCESS","code":"{SUCCESS_CODE}","data":{data_json}}}'.encode()


class ExampleHandler:
    """The default: SUCCESS with the operation's 200 example from the spec, digit for digit.

    Where the spec says a `data` field echoes a request field (`x-echo`), the answer carries the
    request's value there, as Binance's would: a client checking for crossed responses must not
    be told off by the sandbox.
    """

    __slots__ = ("_body", "_echo")

    def __init__(self, body: bytes, echo: Mapping[str, str] | None = None) -> None:
        self._body = body
        self._echo = dict(echo or {})

    def answer(self, request: Mapping[str, Any]) -> Answer:
        echoed = {field: request[source] for field, source in self._echo.items() if source in request}
        if not echoed:
            return self._body
        envelope = decode_exact(self._body.decode())
        if isinstance(envelope.get("data"), dict):
            envelope["data"].update(echoed)
        return encode_exact(envelope).encode()

    def known_bodies(self) -> Iterable[bytes]:
        return (self._body,)
