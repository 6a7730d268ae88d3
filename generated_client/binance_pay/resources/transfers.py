# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""`client.transfers`: Transfers of funds between the merchant's own wallets (funding and spot)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from functools import cached_property
from typing import Any, ClassVar, Literal

from .._base_client import TimeoutArg, async_to_raw_response_wrapper, to_raw_response_wrapper
from .._operation import Idempotency, Operation
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.transfer_query_result import TransferQueryResult
from ..models.transfer_result import TransferResult
from ..models.transfer_type import TransferType

_CREATE: Operation = Operation(
    operation_id="createTransfer",
    method="POST",
    path="/binancepay/openapi/wallet/transfer",
    request_schema="TransferRequest",
    response_schemas={200: "createTransfer:200"},
    fail_schema="createTransfer:fail",
    parse_data=TransferResult.from_dict,
    retry_safe=True,
    echo={"tranId": "requestId"},
    idempotency=Idempotency(
        id_field="requestId",
        query=lambda: _QUERY,
        query_fields={"tranId": "requestId"},
        match={"currency": "currency", "amount": "amount", "transferType": "transferType"},
        repeat_answer={"status": "REPEAT_REQ_SUCCESS"},
    ),
)

_QUERY: Operation = Operation(
    operation_id="queryTransfer",
    method="POST",
    path="/binancepay/openapi/wallet/transfer/query",
    request_schema="TransferQueryRequest",
    response_schemas={200: "queryTransfer:200"},
    fail_schema="queryTransfer:fail",
    parse_data=TransferQueryResult.from_dict,
    retry_safe=True,
    echo={"tranId": "tranId"},
)


class TransfersResource(SyncAPIResource):
    """Transfers of funds between the merchant's own wallets (funding and spot)."""

    __slots__ = ("__dict__",)

    _OPERATIONS: ClassVar[dict[str, Operation]] = {
        "create": _CREATE,
    }
    """The operations `client.reconcile` can look up by the merchant's id, by method name."""

    @cached_property
    def with_raw_response(self) -> TransfersResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return TransfersResourceWithRawResponse(self)

    def create(
        self,
        *,
        request_id: str,
        currency: str,
        amount: Decimal,
        transfer_type: TransferType | str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransferResult:
        """Transfer Fund: Move funds between the merchant's own wallets: `TO_MAIN` to the spot wallet, `TO_PAY` to the funding
        wallet. `requestId` is the merchant's id for the transfer and makes it idempotent: Binance answers a
        repeated `requestId` with `status` `REPEAT_REQ_SUCCESS` and `code` `000001` instead of transferring
        again. `amount` is a JSON string in this API. `data.tranId` is the request's `requestId`.

        `POST /binancepay/openapi/wallet/transfer`; safe to retry.

        Args:
            request_id: The merchant's unique id for this transfer; resend the same id to retry safely.
            currency: Currency to transfer, uppercase, for example "USDT" or "BNB".
            amount: The amount, a JSON string: 0.00000001 to 999999999999999.99999999, at most 8 decimal places (each currency may have a lower precision).
            transfer_type: Transfer direction: TO_MAIN to the spot wallet, TO_PAY to the funding wallet. One of TO_MAIN, TO_PAY.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Returns:
            TransferResult. Check `status`: it did not complete if it is FAILURE, though Binance answered SUCCESS (no exception is raised).

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_CREATE, locals())  # type: ignore[no-any-return]

    def query(
        self,
        *,
        tran_id: str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransferQueryResult:
        """Query Transfer Result: The result of a Transfer Fund request, looked up by `tranId` (the transfer's `requestId`).

        `POST /binancepay/openapi/wallet/transfer/query`; safe to retry.

        Args:
            tran_id: The `requestId` of the Transfer Fund request.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Returns:
            TransferQueryResult. Check `status`: it did not complete if it is FAILURE, though Binance answered SUCCESS (no exception is raised).

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_QUERY, locals())  # type: ignore[no-any-return]


class TransfersResourceWithRawResponse:
    """`client.transfers.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: TransfersResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.query = to_raw_response_wrapper(resource.query)


class AsyncTransfersResource(AsyncAPIResource):
    """Transfers of funds between the merchant's own wallets (funding and spot)."""

    __slots__ = ("__dict__",)

    _OPERATIONS: ClassVar[dict[str, Operation]] = {
        "create": _CREATE,
    }
    """The operations `client.reconcile` can look up by the merchant's id, by method name."""

    @cached_property
    def with_raw_response(self) -> AsyncTransfersResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return AsyncTransfersResourceWithRawResponse(self)

    async def create(
        self,
        *,
        request_id: str,
        currency: str,
        amount: Decimal,
        transfer_type: TransferType | str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransferResult:
        """Transfer Fund: Move funds between the merchant's own wallets: `TO_MAIN` to the spot wallet, `TO_PAY` to the funding
        wallet. `requestId` is the merchant's id for the transfer and makes it idempotent: Binance answers a
        repeated `requestId` with `status` `REPEAT_REQ_SUCCESS` and `code` `000001` instead of transferring
        again. `amount` is a JSON string in this API. `data.tranId` is the request's `requestId`.

        `POST /binancepay/openapi/wallet/transfer`; safe to retry.

        Args:
            request_id: The merchant's unique id for this transfer; resend the same id to retry safely.
            currency: Currency to transfer, uppercase, for example "USDT" or "BNB".
            amount: The amount, a JSON string: 0.00000001 to 999999999999999.99999999, at most 8 decimal places (each currency may have a lower precision).
            transfer_type: Transfer direction: TO_MAIN to the spot wallet, TO_PAY to the funding wallet. One of TO_MAIN, TO_PAY.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Returns:
            TransferResult. Check `status`: it did not complete if it is FAILURE, though Binance answered SUCCESS (no exception is raised).

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_CREATE, locals())  # type: ignore[no-any-return]

    async def query(
        self,
        *,
        tran_id: str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransferQueryResult:
        """Query Transfer Result: The result of a Transfer Fund request, looked up by `tranId` (the transfer's `requestId`).

        `POST /binancepay/openapi/wallet/transfer/query`; safe to retry.

        Args:
            tran_id: The `requestId` of the Transfer Fund request.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Returns:
            TransferQueryResult. Check `status`: it did not complete if it is FAILURE, though Binance answered SUCCESS (no exception is raised).

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_QUERY, locals())  # type: ignore[no-any-return]


class AsyncTransfersResourceWithRawResponse:
    """`client.transfers.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: AsyncTransfersResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.query = async_to_raw_response_wrapper(resource.query)


__all__ = [
    "AsyncTransfersResource",
    "AsyncTransfersResourceWithRawResponse",
    "TransfersResource",
    "TransfersResourceWithRawResponse",
]
