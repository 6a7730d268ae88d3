"""Running the app under uvicorn: in a background thread (tests) or in the foreground (CLI)."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import uvicorn

from ._app import create_app
from ._config import SandboxConfig
from ._http import LoopErrorLog, timed_protocol

_START_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class RunningSandbox:
    """A sandbox server that is accepting connections at `url`."""

    url: str
    host: str
    port: int
    config: SandboxConfig


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket; port 0 picks a free port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto must be IPPROTO_TCP: asyncio only sets TCP_NODELAY on accepted sockets that say so,
    # and without it every response waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except BaseException:
        sock.close()
        raise
    return sock


def url_for(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


class SandboxServer(uvicorn.Server):
    """uvicorn's server, whose event loop logs a bounded amount (`LoopErrorLog`): at the file limit, one line per
    10 s instead of a traceback per failed accept."""

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        asyncio.get_running_loop().set_exception_handler(LoopErrorLog())
        await super().startup(sockets=sockets)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        await super().shutdown(sockets=sockets)
        state_file = getattr(getattr(self.config.app, "state", None), "state_file", None)
        if state_file is not None:
            state_file.close()


def make_server(config: SandboxConfig) -> uvicorn.Server:
    uv_config = uvicorn.Config(
        create_app(config),
        loop="asyncio",
        # Always h11 (a dependency of uvicorn, so present wherever uvicorn is), never httptools when it happens to
        # be installed: the read deadlines are written for, and tested on, this one parser, and the sandbox
        # answers malformed requests the same way on every machine.
        http=timed_protocol(config.header_timeout_s, config.body_timeout_s),
        # No WebSocket routes: an upgrade request is answered as plain HTTP, so the connection never leaves the
        # protocol that enforces the deadlines.
        ws="none",
        # uvicorn types it int, but only hands it to loop.call_later, which takes float seconds.
        timeout_keep_alive=config.idle_timeout_s,  # type: ignore[arg-type]
        lifespan="off",
        log_level="warning",
        access_log=False,
        server_header=False,
        date_header=False,  # the app writes Date itself, from the (possibly shifted) sandbox clock
    )
    return SandboxServer(uv_config)


@contextlib.contextmanager
def run_sandbox(
    config: SandboxConfig | None = None, *, host: str = "127.0.0.1", port: int = 0
) -> Iterator[RunningSandbox]:
    """Serve the sandbox on a background thread until the block exits."""
    config = config if config is not None else SandboxConfig()
    server = make_server(config)
    sock = bind_socket(host, port)
    bound_port = int(sock.getsockname()[1])
    thread = threading.Thread(
        target=server.run,
        kwargs={"sockets": [sock]},
        name=f"binance-pay-sandbox:{bound_port}",
        daemon=True,
    )
    thread.start()
    try:
        deadline = time.monotonic() + _START_TIMEOUT_S
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError("the sandbox server stopped before it started")
            if time.monotonic() > deadline:
                raise RuntimeError("the sandbox server did not start in time")
            time.sleep(0.005)
        yield RunningSandbox(url_for(host, bound_port), host, bound_port, config)
    finally:
        server.should_exit = True
        thread.join(timeout=_START_TIMEOUT_S)
        sock.close()
