# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""`client.convert`: Convert one currency into another in the merchant's wallet (whitelisted merchants only)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from functools import cached_property
from typing import Any, Literal

from .._base_client import TimeoutArg, async_to_raw_response_wrapper, to_raw_response_wrapper
from .._operation import Operation
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.convert_execution import ConvertExecution
from ..models.convert_order import ConvertOrder
from ..models.convert_pairs import ConvertPairs
from ..models.convert_quote import ConvertQuote
from ..models.wallet import Wallet

_LIST_PAIRS: Operation = Operation(
    operation_id="listConvertPairs",
    method="POST",
    path="/binancepay/openapi/otc-portal/get-to-selector",
    request_schema="ConvertPairsRequest",
    response_schemas={200: "listConvertPairs:200"},
    fail_schema="listConvertPairs:fail",
    parse_data=ConvertPairs.from_dict,
    retry_safe=True,
)

_QUOTE: Operation = Operation(
    operation_id="getConvertQuote",
    method="POST",
    path="/binancepay/openapi/otc-portal/get-quote",
    request_schema="ConvertQuoteRequest",
    response_schemas={200: "getConvertQuote:200"},
    fail_schema="getConvertQuote:fail",
    parse_data=ConvertQuote.from_dict,
    retry_safe=True,
)

_EXECUTE: Operation = Operation(
    operation_id="executeConvertQuote",
    method="POST",
    path="/binancepay/openapi/otc-portal/execute-quote",
    request_schema="ConvertExecuteRequest",
    response_schemas={200: "executeConvertQuote:200"},
    fail_schema="executeConvertQuote:fail",
    parse_data=ConvertExecution.from_dict,
)

_QUERY: Operation = Operation(
    operation_id="queryConvertOrder",
    method="POST",
    path="/binancepay/openapi/otc-portal/query-trade-order",
    request_schema="ConvertOrderQueryRequest",
    response_schemas={200: "queryConvertOrder:200"},
    fail_schema="queryConvertOrder:fail",
    parse_data=ConvertOrder.from_dict,
    retry_safe=True,
    echo={"orderId": "orderId"},
)


class ConvertResource(SyncAPIResource):
    """Convert one currency into another in the merchant's wallet (whitelisted merchants only)."""

    __slots__ = ("__dict__",)

    @cached_property
    def with_raw_response(self) -> ConvertResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return ConvertResourceWithRawResponse(self)

    def list_pairs(
        self,
        *,
        from_asset: str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ConvertPairs:
        """List All Convert Pairs: List the currencies `fromAsset` can be converted into, with the amount limits of each pair.

        `POST /binancepay/openapi/otc-portal/get-to-selector`; safe to retry.

        Args:
            from_asset: Currency to convert from, uppercase, for example "USDT".
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_LIST_PAIRS, locals())  # type: ignore[no-any-return]

    def quote(
        self,
        *,
        wallet: Wallet | str,
        from_asset: str,
        to_asset: str,
        from_amount: Decimal | None = None,
        to_amount: Decimal | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ConvertQuote:
        """Send Quote: Ask for a quote to convert `fromAsset` into `toAsset` from one of the merchant's wallets. Give
        exactly one of `fromAmount` and `toAmount`. `data.quoteId` is missing when the balance is not enough
        to convert. Whitelisted merchants only.

        `POST /binancepay/openapi/otc-portal/get-quote`; safe to retry.

        Args:
            wallet: The wallet the conversion debits and credits.
            from_asset: Currency to convert from, uppercase, for example "USDT".
            to_asset: Currency to convert into, uppercase, for example "BNB".
            from_amount: Amount to debit, 0.00000001 to 999999999999999.99999999, at most 8 decimal places. Leave it out when `toAmount` is given. Optional.
            to_amount: Amount to credit, 0.00000001 to 999999999999999.99999999, at most 8 decimal places. Leave it out when `fromAmount` is given. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_QUOTE, locals())  # type: ignore[no-any-return]

    def execute(
        self,
        *,
        quote_id: str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ConvertExecution:
        """Execute Quote: Execute a quote from Send Quote. An expired quote fails with TIME_OUT (345231): ask for a new quote.
        Once `data.orderId` is known, Query Order (queryConvertOrder) follows a PROCESS order to its end.
        Whitelisted merchants only.

        `POST /binancepay/openapi/otc-portal/execute-quote`.

        Args:
            quote_id: The `quoteId` from Send Quote.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Returns:
            ConvertExecution. Check `order_status`: it did not complete if it is FAIL, though Binance answered SUCCESS (no exception is raised).

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            TimeOutError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_EXECUTE, locals())  # type: ignore[no-any-return]

    def query(
        self,
        *,
        order_id: str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ConvertOrder:
        """Query Quote (convert order): Query a convert order by the `orderId` Execute Quote returned.

        `POST /binancepay/openapi/otc-portal/query-trade-order`; safe to retry.

        Args:
            order_id: The `orderId` from Execute Quote.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Returns:
            ConvertOrder. Check `order_status`: it did not complete if it is FAIL, though Binance answered SUCCESS (no exception is raised).

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_QUERY, locals())  # type: ignore[no-any-return]


class ConvertResourceWithRawResponse:
    """`client.convert.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: ConvertResource) -> None:
        self.list_pairs = to_raw_response_wrapper(resource.list_pairs)
        self.quote = to_raw_response_wrapper(resource.quote)
        self.execute = to_raw_response_wrapper(resource.execute)
        self.query = to_raw_response_wrapper(resource.query)


class AsyncConvertResource(AsyncAPIResource):
    """Convert one currency into another in the merchant's wallet (whitelisted merchants only)."""

    __slots__ = ("__dict__",)

    @cached_property
    def with_raw_response(self) -> AsyncConvertResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return AsyncConvertResourceWithRawResponse(self)

    async def list_pairs(
        self,
        *,
        from_asset: str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ConvertPairs:
        """List All Convert Pairs: List the currencies `fromAsset` can be converted into, with the amount limits of each pair.

        `POST /binancepay/openapi/otc-portal/get-to-selector`; safe to retry.

        Args:
            from_asset: Currency to convert from, uppercase, for example "USDT".
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_LIST_PAIRS, locals())  # type: ignore[no-any-return]

    async def quote(
        self,
        *,
        wallet: Wallet | str,
        from_asset: str,
        to_asset: str,
        from_amount: Decimal | None = None,
        to_amount: Decimal | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ConvertQuote:
        """Send Quote: Ask for a quote to convert `fromAsset` into `toAsset` from one of the merchant's wallets. Give
        exactly one of `fromAmount` and `toAmount`. `data.quoteId` is missing when the balance is not enough
        to convert. Whitelisted merchants only.

        `POST /binancepay/openapi/otc-portal/get-quote`; safe to retry.

        Args:
            wallet: The wallet the conversion debits and credits.
            from_asset: Currency to convert from, uppercase, for example "USDT".
            to_asset: Currency to convert into, uppercase, for example "BNB".
            from_amount: Amount to debit, 0.00000001 to 999999999999999.99999999, at most 8 decimal places. Leave it out when `toAmount` is given. Optional.
            to_amount: Amount to credit, 0.00000001 to 999999999999999.99999999, at most 8 decimal places. Leave it out when `fromAmount` is given. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_QUOTE, locals())  # type: ignore[no-any-return]

    async def execute(
        self,
        *,
        quote_id: str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ConvertExecution:
        """Execute Quote: Execute a quote from Send Quote. An expired quote fails with TIME_OUT (345231): ask for a new quote.
        Once `data.orderId` is known, Query Order (queryConvertOrder) follows a PROCESS order to its end.
        Whitelisted merchants only.

        `POST /binancepay/openapi/otc-portal/execute-quote`.

        Args:
            quote_id: The `quoteId` from Send Quote.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Returns:
            ConvertExecution. Check `order_status`: it did not complete if it is FAIL, though Binance answered SUCCESS (no exception is raised).

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            TimeOutError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_EXECUTE, locals())  # type: ignore[no-any-return]

    async def query(
        self,
        *,
        order_id: str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ConvertOrder:
        """Query Quote (convert order): Query a convert order by the `orderId` Execute Quote returned.

        `POST /binancepay/openapi/otc-portal/query-trade-order`; safe to retry.

        Args:
            order_id: The `orderId` from Execute Quote.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Returns:
            ConvertOrder. Check `order_status`: it did not complete if it is FAIL, though Binance answered SUCCESS (no exception is raised).

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_QUERY, locals())  # type: ignore[no-any-return]


class AsyncConvertResourceWithRawResponse:
    """`client.convert.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: AsyncConvertResource) -> None:
        self.list_pairs = async_to_raw_response_wrapper(resource.list_pairs)
        self.quote = async_to_raw_response_wrapper(resource.quote)
        self.execute = async_to_raw_response_wrapper(resource.execute)
        self.query = async_to_raw_response_wrapper(resource.query)


__all__ = [
    "AsyncConvertResource",
    "AsyncConvertResourceWithRawResponse",
    "ConvertResource",
    "ConvertResourceWithRawResponse",
]
