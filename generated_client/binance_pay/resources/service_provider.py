# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""`client.service_provider`: Technical service providers (TSP only): authorization requests to merchants, their records and the scopes enabled for the provider."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal

from .._base_client import TimeoutArg, async_to_raw_response_wrapper, to_raw_response_wrapper
from .._operation import Operation
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.service_provider_authorization import ServiceProviderAuthorization
from ..models.service_provider_record_detail import ServiceProviderRecordDetail
from ..models.service_provider_record_page import ServiceProviderRecordPage
from ..models.service_provider_scope import ServiceProviderScope
from ..models.service_provider_scopes import ServiceProviderScopes

_CREATE_AUTHORIZATION: Operation = Operation(
    operation_id="createServiceProviderAuthorization",
    method="POST",
    path="/binancepay/openapi/service/provider/create",
    request_schema="ServiceProviderAuthorizationRequest",
    response_schemas={200: "createServiceProviderAuthorization:200"},
    fail_schema="createServiceProviderAuthorization:fail",
    parse_data=ServiceProviderAuthorization.from_dict,
    echo={"merchantId": "merchantId"},
)

_QUERY_RECORDS: Operation = Operation(
    operation_id="queryServiceProviderRecords",
    method="POST",
    path="/binancepay/openapi/service/provider/record",
    request_schema="ServiceProviderRecordQueryRequest",
    response_schemas={200: "queryServiceProviderRecords:200"},
    fail_schema="queryServiceProviderRecords:fail",
    parse_data=ServiceProviderRecordPage.from_dict,
    retry_safe=True,
)

_QUERY_SCOPES: Operation = Operation(
    operation_id="queryServiceProviderScopes",
    method="POST",
    path="/binancepay/openapi/service/provider/config/query",
    request_schema="ServiceProviderScopesQueryRequest",
    response_schemas={200: "queryServiceProviderScopes:200"},
    fail_schema="queryServiceProviderScopes:fail",
    parse_data=ServiceProviderScopes.from_dict,
    retry_safe=True,
)

_GET_RECORD: Operation = Operation(
    operation_id="getServiceProviderRecord",
    method="POST",
    path="/binancepay/openapi/service/provider/record/get",
    request_schema="ServiceProviderRecordGetRequest",
    response_schemas={200: "getServiceProviderRecord:200"},
    fail_schema="getServiceProviderRecord:fail",
    parse_data=ServiceProviderRecordDetail.from_dict,
    retry_safe=True,
)


class ServiceProviderResource(SyncAPIResource):
    """Technical service providers (TSP only): authorization requests to merchants, their records and the scopes enabled for the provider."""

    __slots__ = ("__dict__",)

    @cached_property
    def with_raw_response(self) -> ServiceProviderResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return ServiceProviderResourceWithRawResponse(self)

    def create_authorization(
        self,
        *,
        merchant_id: str,
        scopes: Sequence[ServiceProviderScope | str],
        ip_whitelist: Sequence[str],
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ServiceProviderAuthorization:
        """Create Authorization Request: Ask a merchant to authorize this technical service provider for some scopes, from the given IP
        addresses. Send the merchant to `data.redirectUrl` to approve; the outcome arrives by the
        TECH_PROVIDER webhook. TSP only.

        `POST /binancepay/openapi/service/provider/create`.

        Args:
            merchant_id: The merchant to ask.
            scopes: The scopes asked for.
            ip_whitelist: The IP addresses the provider will call from.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_CREATE_AUTHORIZATION, locals())  # type: ignore[no-any-return]

    def query_records(
        self,
        *,
        page: int,
        rows: int,
        merchant_id: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ServiceProviderRecordPage:
        """Query Authentication Record: List the provider's authorization records, one page at a time (at most 10 rows a page), optionally
        for one merchant. Statuses seen: PENDING, AUTHORIZED. TSP only. Binance's table gives `page` the odd
        limitation "maximum length 32"; it is not enforced here.

        `POST /binancepay/openapi/service/provider/record`; safe to retry.

        Args:
            page: Page number, from 1.
            rows: Records per page, at most 10.
            merchant_id: Only this merchant's records. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_QUERY_RECORDS, locals())  # type: ignore[no-any-return]

    def query_scopes(
        self,
        *,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ServiceProviderScopes:
        """Query Scopes: The scopes enabled for this technical service provider, and whether it may share the transaction
        fee. No parameters: the body is `{}` (as Binance's example code sends for parameterless endpoints).
        TSP only.

        `POST /binancepay/openapi/service/provider/config/query`; safe to retry.

        Args:
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_QUERY_SCOPES, locals())  # type: ignore[no-any-return]

    def get_record(
        self,
        *,
        merchant_id: str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ServiceProviderRecordDetail:
        """Get Request Record: The provider's authorization record for one merchant. The examples are realistic. TSP only.

        `POST /binancepay/openapi/service/provider/record/get`; safe to retry.

        Args:
            merchant_id: The merchant whose record to get.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_GET_RECORD, locals())  # type: ignore[no-any-return]


class ServiceProviderResourceWithRawResponse:
    """`client.service_provider.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: ServiceProviderResource) -> None:
        self.create_authorization = to_raw_response_wrapper(resource.create_authorization)
        self.query_records = to_raw_response_wrapper(resource.query_records)
        self.query_scopes = to_raw_response_wrapper(resource.query_scopes)
        self.get_record = to_raw_response_wrapper(resource.get_record)


class AsyncServiceProviderResource(AsyncAPIResource):
    """Technical service providers (TSP only): authorization requests to merchants, their records and the scopes enabled for the provider."""

    __slots__ = ("__dict__",)

    @cached_property
    def with_raw_response(self) -> AsyncServiceProviderResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return AsyncServiceProviderResourceWithRawResponse(self)

    async def create_authorization(
        self,
        *,
        merchant_id: str,
        scopes: Sequence[ServiceProviderScope | str],
        ip_whitelist: Sequence[str],
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ServiceProviderAuthorization:
        """Create Authorization Request: Ask a merchant to authorize this technical service provider for some scopes, from the given IP
        addresses. Send the merchant to `data.redirectUrl` to approve; the outcome arrives by the
        TECH_PROVIDER webhook. TSP only.

        `POST /binancepay/openapi/service/provider/create`.

        Args:
            merchant_id: The merchant to ask.
            scopes: The scopes asked for.
            ip_whitelist: The IP addresses the provider will call from.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_CREATE_AUTHORIZATION, locals())  # type: ignore[no-any-return]

    async def query_records(
        self,
        *,
        page: int,
        rows: int,
        merchant_id: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ServiceProviderRecordPage:
        """Query Authentication Record: List the provider's authorization records, one page at a time (at most 10 rows a page), optionally
        for one merchant. Statuses seen: PENDING, AUTHORIZED. TSP only. Binance's table gives `page` the odd
        limitation "maximum length 32"; it is not enforced here.

        `POST /binancepay/openapi/service/provider/record`; safe to retry.

        Args:
            page: Page number, from 1.
            rows: Records per page, at most 10.
            merchant_id: Only this merchant's records. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_QUERY_RECORDS, locals())  # type: ignore[no-any-return]

    async def query_scopes(
        self,
        *,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ServiceProviderScopes:
        """Query Scopes: The scopes enabled for this technical service provider, and whether it may share the transaction
        fee. No parameters: the body is `{}` (as Binance's example code sends for parameterless endpoints).
        TSP only.

        `POST /binancepay/openapi/service/provider/config/query`; safe to retry.

        Args:
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_QUERY_SCOPES, locals())  # type: ignore[no-any-return]

    async def get_record(
        self,
        *,
        merchant_id: str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ServiceProviderRecordDetail:
        """Get Request Record: The provider's authorization record for one merchant. The examples are realistic. TSP only.

        `POST /binancepay/openapi/service/provider/record/get`; safe to retry.

        Args:
            merchant_id: The merchant whose record to get.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_GET_RECORD, locals())  # type: ignore[no-any-return]


class AsyncServiceProviderResourceWithRawResponse:
    """`client.service_provider.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: AsyncServiceProviderResource) -> None:
        self.create_authorization = async_to_raw_response_wrapper(resource.create_authorization)
        self.query_records = async_to_raw_response_wrapper(resource.query_records)
        self.query_scopes = async_to_raw_response_wrapper(resource.query_scopes)
        self.get_record = async_to_raw_response_wrapper(resource.get_record)


__all__ = [
    "AsyncServiceProviderResource",
    "AsyncServiceProviderResourceWithRawResponse",
    "ServiceProviderResource",
    "ServiceProviderResourceWithRawResponse",
]
