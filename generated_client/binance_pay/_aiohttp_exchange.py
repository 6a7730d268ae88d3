# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""The async client's default wire path: requests straight on one aiohttp session.

`httpx.AsyncClient` costs about 340 µs of CPU per call before any I/O, and its connection pool
slows down sharply at high concurrency; aiohttp does the same exchange for far less. This path
keeps the client's contract: the exact signed bytes, a bounded body read, and every failure
mapped to the httpx exception the rest of the client turns into `APIConnectionError` or
`APITimeoutError` (see `_aiohttp_transport._map_error`).

A semaphore sized like the connection pool is taken before signing, so a request never waits
for a connection with an already-ageing timestamp (Binance allows about 1 s).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import TYPE_CHECKING

import httpx

from ._aiohttp_transport import _import_aiohttp, _map_error, client_timeout, new_session
from ._signing import BinancePayAuth
from .errors import ResponseTooLargeError

if TYPE_CHECKING:
    import aiohttp
    import yarl


class AiohttpExchange:
    """Signs and sends requests on one lazily created `aiohttp.ClientSession` (bound to its loop)."""

    def __init__(self, base_url: str, auth: BinancePayAuth, *, limit: int, headers: Mapping[str, str]) -> None:
        _import_aiohttp()
        self._base_url = base_url.rstrip("/")
        self._auth = auth
        self._limit = limit
        self._headers = dict(headers)
        self._session: aiohttp.ClientSession | None = None
        self._slots: asyncio.Semaphore | None = None
        self._urls: dict[str, yarl.URL] = {}

    def _get_session(self) -> tuple[aiohttp.ClientSession, asyncio.Semaphore]:
        if self._session is None or self._slots is None:
            self._session = new_session(limit=self._limit, auto_decompress=True)
            self._slots = asyncio.Semaphore(self._limit)
        return self._session, self._slots

    def _url(self, path: str) -> yarl.URL:
        url = self._urls.get(path)
        if url is None:
            import yarl  # noqa: PLC0415 - an aiohttp dependency

            url = self._urls[path] = yarl.URL(self._base_url + path)
        return url

    async def send(
        self, method: str, path: str, body: bytes, headers: Mapping[str, str], timeout: httpx.Timeout, max_bytes: int
    ) -> tuple[int, Mapping[str, str], bytes]:
        """(status, headers, body) of one signed exchange; transport failures raise httpx exceptions."""
        session, slots = self._get_session()
        async with slots:
            all_headers = {**self._headers, **headers, **self._auth.signed_headers(body)}
            try:
                async with session.request(
                    method,
                    self._url(path),
                    data=body,
                    headers=all_headers,
                    timeout=client_timeout(timeout.connect, timeout.read, timeout.pool),
                    allow_redirects=False,
                ) as response:
                    status = response.status
                    declared = response.content_length
                    if declared is not None:
                        if declared > max_bytes:
                            raise _too_large(status, max_bytes, b"")
                        # aiohttp stops at the declared length, and raises if the body ends short
                        return status, response.headers, await response.read()
                    chunks: list[bytes] = []
                    size = 0
                    async for chunk in response.content.iter_any():
                        size += len(chunk)
                        chunks.append(chunk)
                        if size > max_bytes:
                            raise _too_large(status, max_bytes, b"".join(chunks))
                    return status, response.headers, b"".join(chunks)
            except (ResponseTooLargeError, asyncio.CancelledError):
                raise
            except Exception as exc:
                mapped = _map_error(exc, reading_body=False)
                if mapped is None:
                    raise
                raise mapped from exc

    async def aclose(self) -> None:
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()


def _too_large(status: int, limit: int, head: bytes) -> ResponseTooLargeError:
    return ResponseTooLargeError(f"Response body exceeds max_response_bytes={limit}", status_code=status, body=head)
