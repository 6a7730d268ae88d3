"""Raw access to one call, in openai-python's `with_raw_response` style."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Generic, TypeVar

from ._exceptions import BinancePayError

T = TypeVar("T")


class RawResponse(Generic[T]):
    """The last attempt's HTTP status, headers and exact body bytes; `parse()` gives the typed result.

    `parse()` returns what the plain method would have returned, or raises what it would have
    raised (a result code's exception on `status: FAIL`, `ResponseValidationError`, ...).
    """

    __slots__ = ("_error", "_result", "content", "headers", "status_code")

    def __init__(
        self,
        status_code: int,
        headers: Mapping[str, str],
        content: bytes,
        result: T | None,
        error: BinancePayError | None,
    ) -> None:
        self.status_code = status_code
        self.headers = headers
        self.content = content
        self._result = result
        self._error = error

    def parse(self) -> T:
        if self._error is not None:
            raise self._error
        return self._result  # type: ignore[return-value]

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {len(self.content)} bytes>"
