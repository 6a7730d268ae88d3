# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from typing import Any

import httpx

from ... import _validators
from ..._decode import decode_json_object, http_status, response_violation
from ..._validators import SchemaViolation
from ...client import AuthenticatedClient, Client
from ...models.asset_query_req import AssetQueryReq
from ...models.asset_query_result import AssetQueryResult
from ...types import Response

RETRY_SAFE = True
"""From the spec's `x-retry-safe`: whether a request that may have reached the server can be resent."""


def _get_kwargs(
    *,
    body: AssetQueryReq,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/binancepay/openapi/balance",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_VALIDATORS = {
    200: _validators.validate_asset_query_result,
    400: _validators.validate_asset_query_result,
    401: _validators.validate_asset_query_result,
    405: _validators.validate_asset_query_result,
    413: _validators.validate_asset_query_result,
    415: _validators.validate_asset_query_result,
    500: _validators.validate_asset_query_result,
}


def parse_body(status_code: int, content_type: str | None, content: bytes) -> AssetQueryResult:
    """Decode and check a response body of any status; every documented status carries the envelope."""
    payload = decode_json_object(status_code, content_type, content)
    try:
        _VALIDATORS.get(status_code, _validators.validate_asset_query_result)(payload)
    except SchemaViolation as violation:
        raise response_violation(violation, status_code, content) from None
    return AssetQueryResult.from_dict(payload)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AssetQueryResult:
    return parse_body(response.status_code, response.headers.get("content-type"), response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AssetQueryResult]:
    return Response(
        status_code=http_status(response.status_code, response.content),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AssetQueryReq,
) -> Response[AssetQueryResult]:
    """Wallet Balance Query

     Query the balance of one currency in one of the merchant's wallets.

    Args:
        body (AssetQueryReq): Wallet Balance Query request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetQueryResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AssetQueryReq,
) -> AssetQueryResult | None:
    """Wallet Balance Query

     Query the balance of one currency in one of the merchant's wallets.

    Args:
        body (AssetQueryReq): Wallet Balance Query request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetQueryResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AssetQueryReq,
) -> Response[AssetQueryResult]:
    """Wallet Balance Query

     Query the balance of one currency in one of the merchant's wallets.

    Args:
        body (AssetQueryReq): Wallet Balance Query request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetQueryResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AssetQueryReq,
) -> AssetQueryResult | None:
    """Wallet Balance Query

     Query the balance of one currency in one of the merchant's wallets.

    Args:
        body (AssetQueryReq): Wallet Balance Query request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetQueryResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
