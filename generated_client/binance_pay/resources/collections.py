# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""`client.collections`: C2C collection orders (query only; creation is an OAuth API outside this spec)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, Literal

from .._base_client import TimeoutArg, async_to_raw_response_wrapper, to_raw_response_wrapper
from .._operation import Operation
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.collection_query_result import CollectionQueryResult

_QUERY: Operation = Operation(
    operation_id="queryCollection",
    method="POST",
    path="/binancepay/openapi/collection/query",
    request_schema="CollectionQueryRequest",
    response_schemas={200: "queryCollection:200"},
    fail_schema="queryCollection:fail",
    parse_data=CollectionQueryResult.from_dict,
    retry_safe=True,
    echo={"orderId": "orderId"},
)


class CollectionsResource(SyncAPIResource):
    """C2C collection orders (query only; creation is an OAuth API outside this spec)."""

    __slots__ = ("__dict__",)

    @cached_property
    def with_raw_response(self) -> CollectionsResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return CollectionsResourceWithRawResponse(self)

    def query(
        self,
        *,
        order_id: str | None = None,
        client_trade_no: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CollectionQueryResult:
        """Query Collection Result: The status of a C2C collection order, by `orderId` (Binance's id) or `clientTradeNo` (the merchant's
        id); give at least one (the schema's `anyOf`). An unknown order is 400207. The collection itself is
        created through an OAuth API on another host, outside this spec.

        `POST /binancepay/openapi/collection/query`; safe to retry.

        Args:
            order_id: Binance's id for the collection order. Optional.
            client_trade_no: The merchant's id for the collection order. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            PaymentC2cCollectionOrderNotFoundError: this operation's own result codes.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_QUERY, locals())  # type: ignore[no-any-return]


class CollectionsResourceWithRawResponse:
    """`client.collections.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: CollectionsResource) -> None:
        self.query = to_raw_response_wrapper(resource.query)


class AsyncCollectionsResource(AsyncAPIResource):
    """C2C collection orders (query only; creation is an OAuth API outside this spec)."""

    __slots__ = ("__dict__",)

    @cached_property
    def with_raw_response(self) -> AsyncCollectionsResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return AsyncCollectionsResourceWithRawResponse(self)

    async def query(
        self,
        *,
        order_id: str | None = None,
        client_trade_no: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CollectionQueryResult:
        """Query Collection Result: The status of a C2C collection order, by `orderId` (Binance's id) or `clientTradeNo` (the merchant's
        id); give at least one (the schema's `anyOf`). An unknown order is 400207. The collection itself is
        created through an OAuth API on another host, outside this spec.

        `POST /binancepay/openapi/collection/query`; safe to retry.

        Args:
            order_id: Binance's id for the collection order. Optional.
            client_trade_no: The merchant's id for the collection order. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            PaymentC2cCollectionOrderNotFoundError: this operation's own result codes.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_QUERY, locals())  # type: ignore[no-any-return]


class AsyncCollectionsResourceWithRawResponse:
    """`client.collections.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: AsyncCollectionsResource) -> None:
        self.query = async_to_raw_response_wrapper(resource.query)


__all__ = [
    "AsyncCollectionsResource",
    "AsyncCollectionsResourceWithRawResponse",
    "CollectionsResource",
    "CollectionsResourceWithRawResponse",
]
