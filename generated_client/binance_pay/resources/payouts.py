# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""`client.payouts`: Batch payouts to Binance users (Binance ID) and to e-mail addresses."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from functools import cached_property
from typing import Any, ClassVar, Literal

from .._base_client import TimeoutArg, async_to_raw_response_wrapper, to_raw_response_wrapper
from .._operation import Idempotency, Operation, _itself
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.payout_biz_scene import PayoutBizScene
from ..models.payout_detail_status_filter import PayoutDetailStatusFilter
from ..models.payout_query_result import PayoutQueryResult
from ..models.payout_result import PayoutResult
from ..models.payout_transfer_detail_request import PayoutTransferDetailRequest

_CREATE: Operation = Operation(
    operation_id="createPayout",
    method="POST",
    path="/binancepay/openapi/payout/transfer",
    request_schema="PayoutRequest",
    response_schemas={200: "createPayout:200"},
    fail_schema="createPayout:fail",
    parse_data=PayoutResult.from_dict,
    retry_safe=True,
    idempotency=Idempotency(
        id_field="requestId",
        query=lambda: _QUERY,
        query_fields={"requestId": "requestId"},
        match={
            "currency": "currency",
            "totalAmount": "totalAmount",
            "transferDetailList": {
                "field": "transferDetailList",
                "items": {"merchantSendId": "merchantSendId", "receiver": "receiver", "transferAmount": "amount"},
            },
        },
    ),
)

_QUERY: Operation = Operation(
    operation_id="queryPayout",
    method="POST",
    path="/binancepay/openapi/payout/query",
    request_schema="PayoutQueryRequest",
    response_schemas={200: "queryPayout:200"},
    fail_schema="queryPayout:fail",
    parse_data=PayoutQueryResult.from_dict,
    retry_safe=True,
    echo={"requestId": "requestId"},
)

_CHECK_RECEIVER: Operation = Operation(
    operation_id="checkPayoutReceiver",
    method="POST",
    path="/binancepay/openapi/payout/receiver/check",
    request_schema="PayoutReceiverCheckRequest",
    response_schemas={200: "checkPayoutReceiver:200"},
    fail_schema="checkPayoutReceiver:fail",
    parse_data=_itself,
    retry_safe=True,
)


class PayoutsResource(SyncAPIResource):
    """Batch payouts to Binance users (Binance ID) and to e-mail addresses."""

    __slots__ = ("__dict__",)

    _OPERATIONS: ClassVar[dict[str, Operation]] = {
        "create": _CREATE,
    }
    """The operations `client.reconcile` can look up by the merchant's id, by method name."""

    @cached_property
    def with_raw_response(self) -> PayoutsResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return PayoutsResourceWithRawResponse(self)

    def create(
        self,
        *,
        request_id: str,
        batch_name: str,
        currency: str,
        total_amount: Decimal,
        total_number: int,
        transfer_detail_list: Sequence[PayoutTransferDetailRequest | Mapping[str, Any]],
        biz_scene: PayoutBizScene | str | None = None,
        webhook_url: str | None = None,
        sub_merchant_id: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PayoutResult:
        """Batch Payout: Pay up to 500 receivers in one batch, all in one crypto currency. `totalAmount` must equal the sum
        of the details' `transferAmount` and `totalNumber` their count (Binance checks this; the schema
        cannot). `requestId` is the merchant's id for the batch. A receiver given by e-mail who is not a
        Binance user must register and pass KYC within 72 hours, otherwise the money comes back. The result
        arrives by the PAYOUT webhook or Payout Query. The shape of `data` (`requestId`, `status`
        `ACCEPTED`).

        `POST /binancepay/openapi/payout/transfer`; safe to retry.

        Args:
            request_id: The merchant's unique id for this batch. Resend the same id when retrying.
            biz_scene: Business scene of the payout: DIRECT_TRANSFER (the default), CRYPTO_REWARDS (gifts or rewards), SETTLEMENT (settlement or commission fee), REIMBURSEMENT (reimbursing employees), MERCHANT_PAYMENT (payment to partners/users), OTHERS. One of DIRECT_TRANSFER, CRYPTO_REWARDS, SETTLEMENT, REIMBURSEMENT, MERCHANT_PAYMENT, OTHERS. Optional.
            batch_name: Name of the batch.
            currency: Crypto currency of every transfer of the batch, uppercase (fiat is not supported).
            total_amount: Total of the batch; must equal the sum of the details' transferAmount.
            total_number: Number of transfers; must equal the length of transferDetailList.
            transfer_detail_list: The transfers, at most 500.
            webhook_url: URL for this batch's PAYOUT webhook, instead of the one configured in the merchant portal. Optional.
            sub_merchant_id: Sub-merchant paying out (Channel Partners; added 2025-02). Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Returns:
            PayoutResult. Check `status`: it did not complete if it is PART_SUCCESS or FAILED or CANCELED, though Binance answered SUCCESS (no exception is raised).

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            SubMerchantInvalidError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_CREATE, locals())  # type: ignore[no-any-return]

    def query(
        self,
        *,
        request_id: str,
        detail_status: Sequence[PayoutDetailStatusFilter | str] | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PayoutQueryResult:
        """Payout Query: The status of a batch payout and of its transfers, by the batch's `requestId`. `detailStatus`
        filters the transfers listed (default `ALL`).

        `POST /binancepay/openapi/payout/query`; safe to retry.

        Args:
            request_id: The batch's `requestId`.
            detail_status: Filter on the transfers listed. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Returns:
            PayoutQueryResult. Check `batch_status`: it did not complete if it is PART_SUCCESS or FAILED or CANCELED, though Binance answered SUCCESS (no exception is raised).

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_QUERY, locals())  # type: ignore[no-any-return]

    def check_receiver(
        self,
        *,
        receive_type: str,
        receiver_id: str,
        registration_email: str | None = None,
        registration_mobile_number: str | None = None,
        registration_mobile_code: str | None = None,
        open_user_id: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Payout Validate Receiver: Check a payout receiver's Binance ID against the registration details the merchant holds (e-mail,
        mobile number, openUserId). `data` is true when they match. Not available to individual merchants.
        Too many failed checks return 406108 ("Fail rate is high").

        `POST /binancepay/openapi/payout/receiver/check`; safe to retry.

        Args:
            receive_type: Type of receiverId; only BINANCE_ID. One of BINANCE_ID.
            receiver_id: The receiver's Binance ID.
            registration_email: The receiver's registration e-mail address. Optional.
            registration_mobile_number: The receiver's mobile number. Optional.
            registration_mobile_code: The receiver's mobile country code, e.g. "971" for the UAE. Optional.
            open_user_id: The receiver's openUserId, from a webhook notification. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            PayoutReceiverCheckFailRateHighError: this operation's own result codes.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_CHECK_RECEIVER, locals())  # type: ignore[no-any-return]


class PayoutsResourceWithRawResponse:
    """`client.payouts.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: PayoutsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.query = to_raw_response_wrapper(resource.query)
        self.check_receiver = to_raw_response_wrapper(resource.check_receiver)


class AsyncPayoutsResource(AsyncAPIResource):
    """Batch payouts to Binance users (Binance ID) and to e-mail addresses."""

    __slots__ = ("__dict__",)

    _OPERATIONS: ClassVar[dict[str, Operation]] = {
        "create": _CREATE,
    }
    """The operations `client.reconcile` can look up by the merchant's id, by method name."""

    @cached_property
    def with_raw_response(self) -> AsyncPayoutsResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return AsyncPayoutsResourceWithRawResponse(self)

    async def create(
        self,
        *,
        request_id: str,
        batch_name: str,
        currency: str,
        total_amount: Decimal,
        total_number: int,
        transfer_detail_list: Sequence[PayoutTransferDetailRequest | Mapping[str, Any]],
        biz_scene: PayoutBizScene | str | None = None,
        webhook_url: str | None = None,
        sub_merchant_id: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PayoutResult:
        """Batch Payout: Pay up to 500 receivers in one batch, all in one crypto currency. `totalAmount` must equal the sum
        of the details' `transferAmount` and `totalNumber` their count (Binance checks this; the schema
        cannot). `requestId` is the merchant's id for the batch. A receiver given by e-mail who is not a
        Binance user must register and pass KYC within 72 hours, otherwise the money comes back. The result
        arrives by the PAYOUT webhook or Payout Query. The shape of `data` (`requestId`, `status`
        `ACCEPTED`).

        `POST /binancepay/openapi/payout/transfer`; safe to retry.

        Args:
            request_id: The merchant's unique id for this batch. Resend the same id when retrying.
            biz_scene: Business scene of the payout: DIRECT_TRANSFER (the default), CRYPTO_REWARDS (gifts or rewards), SETTLEMENT (settlement or commission fee), REIMBURSEMENT (reimbursing employees), MERCHANT_PAYMENT (payment to partners/users), OTHERS. One of DIRECT_TRANSFER, CRYPTO_REWARDS, SETTLEMENT, REIMBURSEMENT, MERCHANT_PAYMENT, OTHERS. Optional.
            batch_name: Name of the batch.
            currency: Crypto currency of every transfer of the batch, uppercase (fiat is not supported).
            total_amount: Total of the batch; must equal the sum of the details' transferAmount.
            total_number: Number of transfers; must equal the length of transferDetailList.
            transfer_detail_list: The transfers, at most 500.
            webhook_url: URL for this batch's PAYOUT webhook, instead of the one configured in the merchant portal. Optional.
            sub_merchant_id: Sub-merchant paying out (Channel Partners; added 2025-02). Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Returns:
            PayoutResult. Check `status`: it did not complete if it is PART_SUCCESS or FAILED or CANCELED, though Binance answered SUCCESS (no exception is raised).

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            SubMerchantInvalidError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_CREATE, locals())  # type: ignore[no-any-return]

    async def query(
        self,
        *,
        request_id: str,
        detail_status: Sequence[PayoutDetailStatusFilter | str] | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PayoutQueryResult:
        """Payout Query: The status of a batch payout and of its transfers, by the batch's `requestId`. `detailStatus`
        filters the transfers listed (default `ALL`).

        `POST /binancepay/openapi/payout/query`; safe to retry.

        Args:
            request_id: The batch's `requestId`.
            detail_status: Filter on the transfers listed. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Returns:
            PayoutQueryResult. Check `batch_status`: it did not complete if it is PART_SUCCESS or FAILED or CANCELED, though Binance answered SUCCESS (no exception is raised).

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_QUERY, locals())  # type: ignore[no-any-return]

    async def check_receiver(
        self,
        *,
        receive_type: str,
        receiver_id: str,
        registration_email: str | None = None,
        registration_mobile_number: str | None = None,
        registration_mobile_code: str | None = None,
        open_user_id: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Payout Validate Receiver: Check a payout receiver's Binance ID against the registration details the merchant holds (e-mail,
        mobile number, openUserId). `data` is true when they match. Not available to individual merchants.
        Too many failed checks return 406108 ("Fail rate is high").

        `POST /binancepay/openapi/payout/receiver/check`; safe to retry.

        Args:
            receive_type: Type of receiverId; only BINANCE_ID. One of BINANCE_ID.
            receiver_id: The receiver's Binance ID.
            registration_email: The receiver's registration e-mail address. Optional.
            registration_mobile_number: The receiver's mobile number. Optional.
            registration_mobile_code: The receiver's mobile country code, e.g. "971" for the UAE. Optional.
            open_user_id: The receiver's openUserId, from a webhook notification. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            PayoutReceiverCheckFailRateHighError: this operation's own result codes.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_CHECK_RECEIVER, locals())  # type: ignore[no-any-return]


class AsyncPayoutsResourceWithRawResponse:
    """`client.payouts.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: AsyncPayoutsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.query = async_to_raw_response_wrapper(resource.query)
        self.check_receiver = async_to_raw_response_wrapper(resource.check_receiver)


__all__ = [
    "AsyncPayoutsResource",
    "AsyncPayoutsResourceWithRawResponse",
    "PayoutsResource",
    "PayoutsResourceWithRawResponse",
]
