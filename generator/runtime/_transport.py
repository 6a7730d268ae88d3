"""One transport interface for every wire path, and the checks every backend shares.

A backend sends one signed attempt and returns a `WireResponse`, or raises the SDK's own errors:
`APIConnectionError` / `APITimeoutError` (with `sent=False` when the request provably never left),
`APIStatusError` for a response that is not a readable HTTP body, `ResponseTooLargeError`.
The body limit and the per-attempt deadline are applied here, once, for all backends: each backend
hands its status, headers and body chunks to `check_head` and `read_body` / `aread_body`.
Responses must be identity-encoded: the client asks for `Accept-Encoding: identity`, so a
compressed body is a typed error rather than a decompression bomb.
"""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from typing import Any, Protocol

from ._constants import Seconds, Timeout
from ._exceptions import APIStatusError, APITimeoutError, RequestInfo, ResponseTooLargeError

Signer = Callable[[bytes], Mapping[str, str]]

_PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


_FORBIDDEN_IN_HEADERS = frozenset("\r\n\x00")


def header_block(headers: Mapping[str, str]) -> str:
    """Header lines for a request head written by hand (the http.client and asyncio paths); a value
    that could end the line or the head is refused."""
    for name, value in headers.items():
        if _FORBIDDEN_IN_HEADERS.intersection(name + value):
            raise ValueError(f"header {name!r} contains a line break or NUL")
    return "".join(f"{name}: {value}\r\n" for name, value in headers.items())


class RequestHead:
    """The request head written by hand on the http.client and asyncio paths: the request line, Host,
    the client's own headers (checked once per mapping), the signing headers and Content-Length."""

    __slots__ = ("_host_header", "_static")

    def __init__(self, netloc: str) -> None:
        self._host_header = header_block({"Host": netloc})
        self._static: tuple[Mapping[str, str], str] | None = None

    def _static_block(self, headers: Mapping[str, str]) -> str:
        cached = self._static
        if cached is None or cached[0] is not headers:
            cached = self._static = (headers, self._host_header + header_block(headers))
        return cached[1]

    def encode(self, request: WireRequest) -> bytes:
        """Head and body, signed now; a header value that would break the head raises `ValueError`."""
        body = request.body
        signed = header_block(request.sign(body))
        head = (
            f"{request.method} {request.path} HTTP/1.1\r\n{self._static_block(request.headers)}{signed}"
            f"Content-Length: {len(body)}\r\n\r\n"
        )
        return head.encode("latin-1") + body


async def wait_for_slot(slots: Any, pool: Seconds | None, deadline: Seconds, info: RequestInfo) -> None:
    """Take a slot of `slots` (an `asyncio.Semaphore` sized like the pool) when every connection is in
    use, waiting at most the pool timeout and until the deadline."""
    import asyncio  # noqa: PLC0415 - the sync client never imports asyncio (about 40 ms)

    left = deadline - time.monotonic()
    wait = left if pool is None else min(pool, left)
    try:
        async with asyncio.timeout(wait):
            await slots.acquire()
    except TimeoutError:
        raise APITimeoutError(
            f"No connection free within {max(wait, 0.0):.3f} s (pool timeout or total_timeout)",
            request=info,
            sent=False,
        ) from None


def proxy_configured() -> bool:
    """Whether the environment names a proxy. httpx and aiohttp honour these variables; the
    http.client path does not, so the sync client steps aside to httpx when one is set."""
    return any(os.environ.get(name) for name in _PROXY_VARIABLES)


class WireRequest:
    """One request: the exact body bytes, the headers to send, and the signer to call just before sending."""

    __slots__ = ("body", "headers", "info", "method", "path", "sign", "url")

    def __init__(self, method: str, url: str, path: str, body: bytes, headers: Mapping[str, str], sign: Signer) -> None:
        self.method = method
        self.url = url
        self.path = path
        self.body = body
        self.headers = headers
        self.sign = sign
        self.info = RequestInfo(method, url)


class WireResponse:
    """One response: status, headers (case-insensitive `.get` on every backend) and the exact body bytes."""

    __slots__ = ("content", "headers", "status")

    def __init__(self, status: int, headers: Mapping[str, str], content: bytes) -> None:
        self.status = status
        self.headers = headers
        self.content = content


class Headers(dict[str, str]):
    """Response headers by lower-cased name, first value wins; lookups ignore case.

    Built in one pass over http.client's message, whose every `.get` scans all headers.
    `conflicting_length` notes two Content-Length headers that disagree.
    """

    conflicting_length = False

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        super().__init__()
        for name, value in pairs:
            key = name.lower()
            if key not in self:
                dict.__setitem__(self, key, value)
            elif key == "content-length" and dict.__getitem__(self, key).strip() != value.strip():
                self.conflicting_length = True

    def get(self, name: str, default: Any = None) -> Any:
        return dict.get(self, name.lower(), default)

    def __getitem__(self, name: str) -> str:
        return dict.__getitem__(self, name.lower())

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and dict.__contains__(self, name.lower())


class SyncTransport(Protocol):
    def send(self, request: WireRequest, timeout: Timeout, deadline: Seconds, limit: int) -> WireResponse: ...

    def close(self) -> None: ...


class AsyncTransport(Protocol):
    async def send(self, request: WireRequest, timeout: Timeout, deadline: Seconds, limit: int) -> WireResponse: ...

    async def aclose(self) -> None: ...


def declared_length(headers: Mapping[str, str], status: int, request: RequestInfo) -> int | None:
    """The `Content-Length`, if any; a malformed one is an error (the connection must not be reused)."""
    value = headers.get("content-length")
    if value is None:
        return None
    text = value.strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 18:
        raise APIStatusError(f"Malformed Content-Length {value[:40]!r}", status_code=status, body=b"", request=request)
    return int(text)


def check_head(status: int, headers: Mapping[str, str], limit: int, request: RequestInfo) -> int | None:
    """Refuse what must not be read (an encoded or transfer-coded body, a declared size past
    `limit`); the declared size."""
    encoding = headers.get("content-encoding")
    if encoding is not None and encoding.strip().lower() not in ("", "identity"):
        raise APIStatusError(
            f"Response is {encoding[:40]!r}-encoded; only identity was accepted",
            status_code=status,
            body=b"",
            request=request,
        )
    transfer = headers.get("transfer-encoding")
    if transfer is not None and transfer.strip().lower() != "chunked":
        # A transfer coding such as "gzip, chunked" is a compressed body by another name, and
        # http.client would frame it as read-until-close: refused, like a Content-Encoding.
        raise APIStatusError(
            f"Response has Transfer-Encoding {transfer[:40]!r}; only chunked is accepted",
            status_code=status,
            body=b"",
            request=request,
        )
    declared = declared_length(headers, status, request)
    if declared is not None and transfer is not None:
        # RFC 9112 6.3: a message with both is a smuggling attempt or a broken proxy; never trust it
        raise APIStatusError(
            "Response has both Content-Length and Transfer-Encoding", status_code=status, body=b"", request=request
        )
    if declared is not None and declared > limit:
        raise too_large(status, limit, b"", request)
    return declared


def too_large(status: int, limit: int, head: bytes, request: RequestInfo) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"Response body exceeds max_response_bytes={limit}", status_code=status, body=head, request=request
    )


def past_deadline(deadline: Seconds, request: RequestInfo) -> APITimeoutError:
    return APITimeoutError(f"Request exceeded its total_timeout (deadline {deadline:.3f})", request=request)


def read_body(
    chunks: Iterable[bytes], status: int, declared: int | None, limit: int, deadline: Seconds, request: RequestInfo
) -> bytes:
    """Join body chunks, stopping at `limit` bytes or at the deadline."""
    parts: list[bytes] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        parts.append(chunk)
        if size > limit:
            raise too_large(status, limit, b"".join(parts), request)
        if time.monotonic() > deadline:
            raise past_deadline(deadline, request)
    return _complete(parts, size, status, declared, request)


async def aread_body(
    chunks: AsyncIterator[bytes], status: int, declared: int | None, limit: int, request: RequestInfo
) -> bytes:
    """Join body chunks, stopping at `limit` bytes (the async clients bound the deadline with asyncio)."""
    parts: list[bytes] = []
    size = 0
    async for chunk in chunks:
        size += len(chunk)
        parts.append(chunk)
        if size > limit:
            raise too_large(status, limit, b"".join(parts), request)
    return _complete(parts, size, status, declared, request)


def _complete(parts: list[bytes], size: int, status: int, declared: int | None, request: RequestInfo) -> bytes:
    if declared is not None and size != declared:
        from ._exceptions import APIConnectionError  # noqa: PLC0415

        raise APIConnectionError(f"Incomplete body: {size} of {declared} bytes", request=request)
    return parts[0] if len(parts) == 1 else b"".join(parts)
