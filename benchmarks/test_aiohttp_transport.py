"""``AiohttpTransport`` (the template in generator/templates/runtime) against real local servers.

Run: ``pytest benchmarks/test_aiohttp_transport.py`` from the repository root.
"""

from __future__ import annotations

import asyncio
import gzip
import socket
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest

from benchmarks._transport import load_transport_module
from benchmarks.clients import balance_body, parse_balance, signed_headers
from benchmarks.server import BALANCE_PATH, RESPONSE_BODY

AiohttpTransport: Any = load_transport_module().AiohttpTransport

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


class Recorder:
    """A tiny HTTP/1.1 server that records each raw request and replies with a canned response."""

    def __init__(self, response: bytes) -> None:
        self.response = response
        self.requests: list[tuple[bytes, bytes]] = []  # (head, body)

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                body = await reader.readexactly(length)
                self.requests.append((head, body))
                writer.write(self.response)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


def _http_response(body: bytes, extra_headers: bytes = b"") -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n"
        % (len(body), extra_headers)
    ) + body


@asynccontextmanager
async def serve(handler: Handler) -> AsyncIterator[str]:
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.close()
        await server.wait_closed()


def test_success_exact_body_and_headers() -> None:
    recorder = Recorder(_http_response(RESPONSE_BODY))

    async def main() -> None:
        async with (
            serve(recorder.handle) as base_url,
            httpx.AsyncClient(base_url=base_url, transport=AiohttpTransport()) as client,
        ):
            body = balance_body()
            headers = signed_headers(body)
            for _ in range(3):  # keep-alive: one connection, three requests
                response = await client.post(BALANCE_PATH, content=body, headers=headers)
                assert response.status_code == 200
                assert response.headers["content-type"] == "application/json"
                assert parse_balance(response.content) == parse_balance(RESPONSE_BODY)
            assert len(recorder.requests) == 3
            head, received = recorder.requests[0]
            assert received == body  # the exact signed bytes
            lines = [line.lower() for line in head.split(b"\r\n")]
            assert b"content-type: application/json" in lines
            assert sum(line.startswith(b"content-type:") for line in lines) == 1
            assert (
                f"binancepay-signature: {headers['BinancePay-Signature']}".lower().encode() in lines
            )
            assert any(line.startswith(b"user-agent: python-httpx/") for line in lines)

    asyncio.run(main())


def test_non_ascii_body_and_unusual_bytes_are_sent_verbatim() -> None:
    recorder = Recorder(_http_response(b"{}"))
    body = '{"note":"caf\u00e9 \\u00e9 %41 +","a":1}'.encode()

    async def main() -> None:
        async with (
            serve(recorder.handle) as base_url,
            httpx.AsyncClient(base_url=base_url, transport=AiohttpTransport()) as client,
        ):
            response = await client.post("/p%41th?q=a%20b", content=body)
            assert response.status_code == 200
        head, received = recorder.requests[0]
        assert received == body
        assert head.startswith(b"POST /p%41th?q=a%20b HTTP/1.1\r\n")  # not re-quoted

    asyncio.run(main())


def test_connection_refused_is_httpx_connect_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nothing listens there

    async def main() -> None:
        async with httpx.AsyncClient(transport=AiohttpTransport()) as client:
            with pytest.raises(httpx.ConnectError) as info:
                await client.post(f"http://127.0.0.1:{port}{BALANCE_PATH}", content=b"{}")
            assert info.value.request.url.port == port

    asyncio.run(main())


def test_read_timeout_is_httpx_timeout() -> None:
    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        await asyncio.sleep(5)  # never answers in time
        writer.close()

    async def main() -> None:
        async with serve(silent) as base_url:
            transport = AiohttpTransport()
            async with httpx.AsyncClient(transport=transport, timeout=0.3) as client:
                with pytest.raises(httpx.ReadTimeout):
                    await client.post(base_url + BALANCE_PATH, content=b"{}")

    asyncio.run(main())


def test_server_disconnect_is_httpx_remote_protocol_error() -> None:
    async def hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.close()

    async def main() -> None:
        async with (
            serve(hang_up) as base_url,
            httpx.AsyncClient(transport=AiohttpTransport()) as client,
        ):
            with pytest.raises(httpx.RemoteProtocolError):
                await client.post(base_url + BALANCE_PATH, content=b"{}")

    asyncio.run(main())


def test_truncated_body_is_httpx_error_while_streaming() -> None:
    async def short(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + b"x" * 10)
        await writer.drain()
        writer.close()

    async def main() -> None:
        async with (
            serve(short) as base_url,
            httpx.AsyncClient(transport=AiohttpTransport()) as client,
        ):
            with pytest.raises(httpx.RemoteProtocolError):
                await client.get(base_url)

    asyncio.run(main())


def test_gzip_is_decoded_by_httpx_and_raw_bytes_stream_for_size_limits() -> None:
    payload = RESPONSE_BODY * 50
    compressed = gzip.compress(payload)
    recorder = Recorder(_http_response(compressed, b"Content-Encoding: gzip\r\n"))

    async def main() -> None:
        async with (
            serve(recorder.handle) as base_url,
            httpx.AsyncClient(base_url=base_url, transport=AiohttpTransport()) as client,
        ):
            response = await client.get("/")
            assert response.content == payload
            assert response.headers["content-length"] == str(len(compressed))
            # A caller enforcing a size limit stops reading early; the stream is then released.
            async with client.stream("GET", "/") as streamed:
                raw = b""
                async for chunk in streamed.aiter_raw():
                    raw += chunk
                    if len(raw) >= 16:
                        break
            assert compressed.startswith(raw[:16])
            again = await client.get("/")  # the transport still works afterwards
            assert again.content == payload
        accept = [
            line
            for line in recorder.requests[0][0].split(b"\r\n")
            if line.lower().startswith(b"accept-encoding:")
        ]
        assert len(accept) == 1  # httpx's own, not an extra one from aiohttp

    asyncio.run(main())


def test_concurrent_requests_share_one_session() -> None:
    recorder = Recorder(_http_response(RESPONSE_BODY))

    async def main() -> None:
        transport = AiohttpTransport(limit=8)
        async with (
            serve(recorder.handle) as base_url,
            httpx.AsyncClient(base_url=base_url, transport=transport) as client,
        ):
            body = balance_body()
            responses = await asyncio.gather(
                *(
                    client.post(BALANCE_PATH, content=body, headers=signed_headers(body))
                    for _ in range(64)
                )
            )
            assert all(r.status_code == 200 for r in responses)
        assert len(recorder.requests) == 64

    asyncio.run(main())


def test_closed_transport_refuses_requests() -> None:
    async def main() -> None:
        transport = AiohttpTransport()
        await transport.aclose()
        with pytest.raises(RuntimeError):
            await transport.handle_async_request(httpx.Request("GET", "http://127.0.0.1:9/"))

    asyncio.run(main())


def test_module_import_does_not_import_aiohttp() -> None:
    code = (
        "import sys\n"
        "import binance_pay._aiohttp_transport as mod\n"
        "assert 'aiohttp' not in sys.modules, 'imported eagerly'\n"
        "mod.AiohttpTransport()\n"
        "assert 'aiohttp' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_missing_aiohttp_gives_install_hint() -> None:
    code = (
        "import sys\n"
        "sys.modules['aiohttp'] = None  # makes `import aiohttp` raise ImportError\n"
        "import binance_pay._aiohttp_transport as mod\n"
        "try:\n    mod.AiohttpTransport()\nexcept ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert "pip install aiohttp" in out.stdout
