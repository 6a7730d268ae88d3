# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""`client.refunds`: Refunds of paid orders."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from functools import cached_property
from typing import Any, ClassVar, Literal

from .._base_client import TimeoutArg, async_to_raw_response_wrapper, to_raw_response_wrapper
from .._operation import Idempotency, Operation
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.refund_query_result import RefundQueryResult
from ..models.refund_result import RefundResult

_CREATE: Operation = Operation(
    operation_id="refundOrder",
    method="POST",
    path="/binancepay/openapi/order/refund",
    request_schema="RefundRequest",
    response_schemas={200: "refundOrder:200"},
    fail_schema="refundOrder:fail",
    parse_data=RefundResult.from_dict,
    retry_safe=True,
    echo={"refundRequestId": "refundRequestId", "prepayId": "prepayId"},
    idempotency=Idempotency(
        id_field="refundRequestId",
        query=lambda: _QUERY,
        query_fields={"refundRequestId": "refundRequestId"},
        match={"prepayId": "prepayId"},
        repeat_answer={"data.duplicateRequest": "Y"},
    ),
)

_QUERY: Operation = Operation(
    operation_id="queryRefund",
    method="POST",
    path="/binancepay/openapi/order/refund/query",
    request_schema="RefundQueryRequest",
    response_schemas={200: "queryRefund:200"},
    fail_schema="queryRefund:fail",
    parse_data=RefundQueryResult.from_dict,
    retry_safe=True,
    echo={"refundRequestId": "refundRequestId"},
)


class RefundsResource(SyncAPIResource):
    """Refunds of paid orders."""

    __slots__ = ("__dict__",)

    _OPERATIONS: ClassVar[dict[str, Operation]] = {
        "create": _CREATE,
    }
    """The operations `client.reconcile` can look up by the merchant's id, by method name."""

    @cached_property
    def with_raw_response(self) -> RefundsResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return RefundsResourceWithRawResponse(self)

    def create(
        self,
        *,
        refund_request_id: str,
        prepay_id: str,
        refund_amount: Decimal,
        refund_reason: str | None = None,
        webhook_url: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RefundResult:
        """Refund Order: Refunds a paid order, fully or in parts; the sum of the refunds must not exceed the order amount.
        Refunds are processed immediately and credited in the settlement currency of the original order; the
        final status also arrives as a refund webhook (`bizType` PAY_REFUND) with `bizStatus` REFUND_SUCCESS
        or REFUND_REJECTED. `refundRequestId` is the merchant's id for the refund and must stay the same
        when a request is retried: a repeat returns the same refund with `duplicateRequest` "Y", so the
        request may be resent after an unknown outcome (or the refund looked up with `queryRefund`). When
        `remainingAttempts` reaches 1, the next refund ignores the requested amount and refunds the whole
        remainder. So a repeat's `refundAmount` may differ from the request's without another request having
        used the id: the client returns the repeat (its `duplicateRequest` is "Y", its amounts are what was
        refunded) and does not compare amounts; it compares the order (`x-idempotency-match: prepayId`), so
        an id reused for another order's refund is a conflict. The refund codes 400301-400304.

        `POST /binancepay/openapi/order/refund`; safe to retry.

        Args:
            refund_request_id: The merchant's id for the refund; keep it the same when retrying a request (idempotency key).
            prepay_id: Binance's id for the order to refund. The docs say "maximum length 19", but their own samples use 20 digits (29383937493038367292, the id Create Order returns), so no length is enforced.
            refund_amount: Amount of this refund, at most 8 decimal places. Partial refunds are allowed; their sum must not exceed the order amount.
            refund_reason: No description in the spec (sent as `refundReason`). Optional.
            webhook_url: Webhook URL for this refund's notification, overriding the one configured in the merchant portal; must start with http or https. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            InvalidPrepayIdError, TooManyRefundAttemptsError, InvalidRefundAmountError, AccountRemainingAmountNotEnoughError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_CREATE, locals())  # type: ignore[no-any-return]

    def query(
        self,
        *,
        refund_request_id: str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RefundQueryResult:
        """Query Refund: Returns a refund by the merchant's `refundRequestId`. `refundStatus` is an open list: the page gives
        REFUND_SUCCESS, REFUND_FAIL, REFUND_PENDING as examples, and the refund webhook uses REFUND_REJECTED
        instead of REFUND_FAIL.

        `POST /binancepay/openapi/order/refund/query`; safe to retry.

        Args:
            refund_request_id: The merchant's id for the refund.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Returns:
            RefundQueryResult. Check `refund_status`: it did not complete if it is REFUND_FAIL, though Binance answered SUCCESS (no exception is raised).

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_QUERY, locals())  # type: ignore[no-any-return]


class RefundsResourceWithRawResponse:
    """`client.refunds.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: RefundsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.query = to_raw_response_wrapper(resource.query)


class AsyncRefundsResource(AsyncAPIResource):
    """Refunds of paid orders."""

    __slots__ = ("__dict__",)

    _OPERATIONS: ClassVar[dict[str, Operation]] = {
        "create": _CREATE,
    }
    """The operations `client.reconcile` can look up by the merchant's id, by method name."""

    @cached_property
    def with_raw_response(self) -> AsyncRefundsResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return AsyncRefundsResourceWithRawResponse(self)

    async def create(
        self,
        *,
        refund_request_id: str,
        prepay_id: str,
        refund_amount: Decimal,
        refund_reason: str | None = None,
        webhook_url: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RefundResult:
        """Refund Order: Refunds a paid order, fully or in parts; the sum of the refunds must not exceed the order amount.
        Refunds are processed immediately and credited in the settlement currency of the original order; the
        final status also arrives as a refund webhook (`bizType` PAY_REFUND) with `bizStatus` REFUND_SUCCESS
        or REFUND_REJECTED. `refundRequestId` is the merchant's id for the refund and must stay the same
        when a request is retried: a repeat returns the same refund with `duplicateRequest` "Y", so the
        request may be resent after an unknown outcome (or the refund looked up with `queryRefund`). When
        `remainingAttempts` reaches 1, the next refund ignores the requested amount and refunds the whole
        remainder. So a repeat's `refundAmount` may differ from the request's without another request having
        used the id: the client returns the repeat (its `duplicateRequest` is "Y", its amounts are what was
        refunded) and does not compare amounts; it compares the order (`x-idempotency-match: prepayId`), so
        an id reused for another order's refund is a conflict. The refund codes 400301-400304.

        `POST /binancepay/openapi/order/refund`; safe to retry.

        Args:
            refund_request_id: The merchant's id for the refund; keep it the same when retrying a request (idempotency key).
            prepay_id: Binance's id for the order to refund. The docs say "maximum length 19", but their own samples use 20 digits (29383937493038367292, the id Create Order returns), so no length is enforced.
            refund_amount: Amount of this refund, at most 8 decimal places. Partial refunds are allowed; their sum must not exceed the order amount.
            refund_reason: No description in the spec (sent as `refundReason`). Optional.
            webhook_url: Webhook URL for this refund's notification, overriding the one configured in the merchant portal; must start with http or https. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            InvalidPrepayIdError, TooManyRefundAttemptsError, InvalidRefundAmountError, AccountRemainingAmountNotEnoughError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_CREATE, locals())  # type: ignore[no-any-return]

    async def query(
        self,
        *,
        refund_request_id: str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RefundQueryResult:
        """Query Refund: Returns a refund by the merchant's `refundRequestId`. `refundStatus` is an open list: the page gives
        REFUND_SUCCESS, REFUND_FAIL, REFUND_PENDING as examples, and the refund webhook uses REFUND_REJECTED
        instead of REFUND_FAIL.

        `POST /binancepay/openapi/order/refund/query`; safe to retry.

        Args:
            refund_request_id: The merchant's id for the refund.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Returns:
            RefundQueryResult. Check `refund_status`: it did not complete if it is REFUND_FAIL, though Binance answered SUCCESS (no exception is raised).

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_QUERY, locals())  # type: ignore[no-any-return]


class AsyncRefundsResourceWithRawResponse:
    """`client.refunds.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: AsyncRefundsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.query = async_to_raw_response_wrapper(resource.query)


__all__ = [
    "AsyncRefundsResource",
    "AsyncRefundsResourceWithRawResponse",
    "RefundsResource",
    "RefundsResourceWithRawResponse",
]
