# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
import copy
import ssl
from typing import Any, Self

import httpx


class Client:
    """Holds the settings of the underlying httpx clients, which it builds on first use.

    Keyword arguments: ``base_url``; ``cookies`` and ``headers`` sent with every request;
    ``timeout``; ``verify_ssl``; ``follow_redirects`` (default False); ``httpx_args`` passed on to
    ``httpx.Client`` / ``httpx.AsyncClient``; ``raise_on_unexpected_status``: whether an
    undocumented status raises ``errors.UnexpectedStatus``.
    """

    def __init__(
        self,
        base_url: str,
        *,
        cookies: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: dict[str, Any] | None = None,
        raise_on_unexpected_status: bool = False,
    ) -> None:
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self._base_url = base_url
        self._cookies = dict(cookies or {})
        self._headers = dict(headers or {})
        self._timeout = timeout
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args = dict(httpx_args or {})
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r})"

    def _evolve(self, **changes: Any) -> Self:
        clone = copy.copy(self)
        for name, value in changes.items():
            setattr(clone, f"_{name}", value)
        return clone

    def with_headers(self, headers: dict[str, str]) -> Self:
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return self._evolve(headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return self._evolve(cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return self._evolve(timeout=timeout)

    def _prepare_headers(self) -> dict[str, str]:
        return self._headers

    def _client_args(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._prepare_headers(),
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client (overrides every other setting)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._client = httpx.Client(**self._client_args())
        return self._client

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient (overrides every other setting)."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._client_args())
        return self._async_client

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


class AuthenticatedClient(Client):
    """A Client that sends a token header (`auth_header_name: prefix token`) with every request."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
        **kwargs: Any,
    ) -> None:
        super().__init__(base_url, **kwargs)
        self.token = token
        self.prefix = prefix
        self.auth_header_name = auth_header_name

    def _prepare_headers(self) -> dict[str, str]:
        self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
        return self._headers
