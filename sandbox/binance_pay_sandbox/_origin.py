"""The sandbox's own origin: the links it hands out point at it, and its unsigned surfaces accept only it.

The address is the one the request's socket was accepted on (not the client-chosen `Host` header), so a link the
sandbox gives a client is one that client can reach, and a page served from it posts with an accepted `Origin`.
"""

from __future__ import annotations

import contextvars
import ipaddress

from starlette.types import ASGIApp, Receive, Scope, Send

_SAME_ORIGIN_FETCHES = frozenset({"same-origin", "none"})
MAX_SHOWN = 100

_base_url: contextvars.ContextVar[str] = contextvars.ContextVar("binance_pay_sandbox_base_url", default="")


def header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return str(value.decode("latin-1"))
    return None


def _hosts(scope: Scope) -> tuple[str, int, list[str]]:
    """(scheme, port, host names) of the socket that accepted the request; the first name is canonical."""
    scheme = str(scope.get("scheme") or "http")
    server = scope.get("server")
    if not server:
        return scheme, 0, []
    host, port = str(server[0]), int(server[1])
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return scheme, port, [host]
    hosts = [f"[{host}]" if address.version == 6 else host]
    if address.is_loopback:
        hosts.append("localhost")
    return scheme, port, hosts


def own_origins(scope: Scope) -> frozenset[str]:
    """The origins a page served by this sandbox would have: its address as the socket has it, and `localhost`
    when that address is loopback."""
    scheme, port, hosts = _hosts(scope)
    return frozenset(f"{scheme}://{name}:{port}" for name in hosts)


def cross_site_refusal(scope: Scope) -> str | None:
    """Why a request a browser sent on behalf of another site is refused (403); None when it is not one."""
    origin = header(scope, b"origin")
    if origin is not None and origin.lower().rstrip("/") not in own_origins(scope):
        return f"cross-origin request refused (Origin {origin[:MAX_SHOWN]})"
    fetch_site = header(scope, b"sec-fetch-site")
    if fetch_site is not None and fetch_site.strip().lower() not in _SAME_ORIGIN_FETCHES:
        return f"cross-origin request refused (Sec-Fetch-Site {fetch_site[:MAX_SHOWN]})"
    return None


def checkout_url(prepay_id: str) -> str:
    """The sandbox's checkout page of an order, on the address the current request reached."""
    return f"{_base_url.get()}/checkout/{prepay_id}"


class BaseUrlMiddleware:
    """Makes the accepting socket's URL known to the handlers answering the request (for `checkout_url`)."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        scheme, port, hosts = _hosts(scope)
        token = _base_url.set(f"{scheme}://{hosts[0]}:{port}" if hosts else "http://127.0.0.1")
        try:
            await self._app(scope, receive, send)
        finally:
            _base_url.reset(token)
