# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""`client.profit_sharing`: Profit sharing: the receivers of a merchant and the splits of an order's payment between them (orders created with orderTags.ifProfitSharing = true)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from functools import cached_property
from typing import Any, ClassVar, Literal

from .._base_client import TimeoutArg, async_to_raw_response_wrapper, to_raw_response_wrapper
from .._operation import Idempotency, Operation
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.profit_sharing_receiver import ProfitSharingReceiver
from ..models.profit_sharing_receiver_page import ProfitSharingReceiverPage
from ..models.profit_sharing_return import ProfitSharingReturn
from ..models.profit_sharing_split import ProfitSharingSplit
from ..models.profit_sharing_split_receiver import ProfitSharingSplitReceiver

_ADD_RECEIVER: Operation = Operation(
    operation_id="addProfitSharingReceiver",
    method="POST",
    path="/binancepay/openapi/profitsharing/v1/add-receiver",
    request_schema="ProfitSharingReceiverRequest",
    response_schemas={200: "addProfitSharingReceiver:200"},
    fail_schema="addProfitSharingReceiver:fail",
    parse_data=ProfitSharingReceiver.from_dict,
    echo={"account": "account"},
)

_QUERY_RECEIVERS: Operation = Operation(
    operation_id="queryProfitSharingReceivers",
    method="POST",
    path="/binancepay/openapi/profitsharing/v1/query-receiver",
    request_schema="ProfitSharingReceiverQueryRequest",
    response_schemas={200: "queryProfitSharingReceivers:200"},
    fail_schema="queryProfitSharingReceivers:fail",
    parse_data=ProfitSharingReceiverPage.from_dict,
    retry_safe=True,
)

_DELETE_RECEIVER: Operation = Operation(
    operation_id="deleteProfitSharingReceiver",
    method="POST",
    path="/binancepay/openapi/profitsharing/v1/del-receiver",
    request_schema="ProfitSharingReceiverRequest",
    response_schemas={200: "deleteProfitSharingReceiver:200"},
    fail_schema="deleteProfitSharingReceiver:fail",
    parse_data=ProfitSharingReceiver.from_dict,
)

_SUBMIT_SPLIT: Operation = Operation(
    operation_id="submitProfitSharingSplit",
    method="POST",
    path="/binancepay/openapi/profitsharing/v1/submit-split",
    request_schema="ProfitSharingSplitRequest",
    response_schemas={200: "submitProfitSharingSplit:200"},
    fail_schema="submitProfitSharingSplit:fail",
    parse_data=ProfitSharingSplit.from_dict,
    retry_safe=True,
    echo={"merchantRequestId": "merchantRequestId", "prepayOrderId": "prepayOrderId"},
    idempotency=Idempotency(
        id_field="merchantRequestId",
        query=lambda: _QUERY_SPLIT,
        query_fields={"merchantRequestId": "merchantRequestId", "prepayOrderId": "prepayOrderId"},
    ),
)

_QUERY_SPLIT: Operation = Operation(
    operation_id="queryProfitSharingSplit",
    method="POST",
    path="/binancepay/openapi/profitsharing/v1/query-split",
    request_schema="ProfitSharingSplitQueryRequest",
    response_schemas={200: "queryProfitSharingSplit:200"},
    fail_schema="queryProfitSharingSplit:fail",
    parse_data=ProfitSharingSplit.from_dict,
    retry_safe=True,
    echo={"merchantRequestId": "merchantRequestId", "prepayOrderId": "prepayOrderId"},
)

_RETURN_SPLIT: Operation = Operation(
    operation_id="returnProfitSharingSplit",
    method="POST",
    path="/binancepay/openapi/profitsharing/v1/return",
    request_schema="ProfitSharingReturnRequest",
    response_schemas={200: "returnProfitSharingSplit:200"},
    fail_schema="returnProfitSharingSplit:fail",
    parse_data=ProfitSharingReturn.from_dict,
    retry_safe=True,
    echo={"merchantReturnNo": "merchantReturnNo"},
    idempotency=Idempotency(
        id_field="merchantReturnNo",
    ),
)


class ProfitSharingResource(SyncAPIResource):
    """Profit sharing: the receivers of a merchant and the splits of an order's payment between them (orders created with orderTags.ifProfitSharing = true)."""

    __slots__ = ("__dict__",)

    _OPERATIONS: ClassVar[dict[str, Operation]] = {
        "submit_split": _SUBMIT_SPLIT,
    }
    """The operations `client.reconcile` can look up by the merchant's id, by method name."""

    @cached_property
    def with_raw_response(self) -> ProfitSharingResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return ProfitSharingResourceWithRawResponse(self)

    def add_receiver(
        self,
        *,
        account: str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProfitSharingReceiver:
        """Add Receiver: Register a Binance ID as a receiver of profit-sharing splits. `data.account` echoes the request.

        `POST /binancepay/openapi/profitsharing/v1/add-receiver`.

        Args:
            account: The receiver's Binance ID.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_ADD_RECEIVER, locals())  # type: ignore[no-any-return]

    def query_receivers(
        self,
        *,
        page_num: int,
        page_size: int,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProfitSharingReceiverPage:
        """Query Receiver: List the registered receivers, one page at a time (pages start at 1).

        `POST /binancepay/openapi/profitsharing/v1/query-receiver`; safe to retry.

        Args:
            page_num: Page number, from 1.
            page_size: Receivers per page.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_QUERY_RECEIVERS, locals())  # type: ignore[no-any-return]

    def delete_receiver(
        self,
        *,
        account: str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProfitSharingReceiver:
        """Delete Receiver: Remove a receiver.

        `POST /binancepay/openapi/profitsharing/v1/del-receiver`.

        Args:
            account: The receiver's Binance ID.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_DELETE_RECEIVER, locals())  # type: ignore[no-any-return]

    def submit_split(
        self,
        *,
        merchant_request_id: str,
        prepay_order_id: str,
        receiver_list: Sequence[ProfitSharingSplitReceiver | Mapping[str, Any]],
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProfitSharingSplit:
        """Submit Split: Split a paid order's amount between registered receivers (at most 100). The order must have been
        created with `orderTags.ifProfitSharing = true`.

        `POST /binancepay/openapi/profitsharing/v1/submit-split`; safe to retry.

        Args:
            merchant_request_id: The merchant's unique id for this split (1 to 32 characters).
            prepay_order_id: The order's prepayId (from Create Order).
            receiver_list: The receivers and their amounts.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            OrderNotFoundOrNotSuccessError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_SUBMIT_SPLIT, locals())  # type: ignore[no-any-return]

    def query_split(
        self,
        *,
        merchant_request_id: str,
        prepay_order_id: str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProfitSharingSplit:
        """Query Split: Query a split by the merchant's `merchantRequestId` and the order's `prepayOrderId`. An unknown or
        unpaid order fails with 400209 ("order not found or order status is not success").

        `POST /binancepay/openapi/profitsharing/v1/query-split`; safe to retry.

        Args:
            merchant_request_id: The split's merchantRequestId (1 to 32 characters).
            prepay_order_id: The order's prepayId.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            OrderNotFoundOrNotSuccessError: this operation's own result codes.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_QUERY_SPLIT, locals())  # type: ignore[no-any-return]

    def return_split(
        self,
        *,
        prepay_order_id: str,
        merchant_return_no: str,
        transfer_out_account: str,
        return_amount: Decimal,
        split_order_no: str | None = None,
        origin_merchant_request_id: str | None = None,
        description: str | None = None,
        webhook_url: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProfitSharingReturn:
        """Split Return: Take split funds back from a receiver. Name the split by `splitOrderNo` or by
        `originMerchantRequestId` (at least one). No query operation for returns is documented.

        `POST /binancepay/openapi/profitsharing/v1/return`; safe to retry.

        Args:
            prepay_order_id: The order's prepayId.
            split_order_no: Binance's id of the split to take funds back from. Optional.
            origin_merchant_request_id: The merchant's id (merchantRequestId) of the split to take funds back from. Optional.
            merchant_return_no: The merchant's unique id for this return (1 to 32 characters).
            transfer_out_account: The Pay ID the funds are taken back from.
            return_amount: The amount to take back.
            description: Description. Optional.
            webhook_url: The URL for this return's notification; http or https only. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            OrderNotFoundOrNotSuccessError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_RETURN_SPLIT, locals())  # type: ignore[no-any-return]


class ProfitSharingResourceWithRawResponse:
    """`client.profit_sharing.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: ProfitSharingResource) -> None:
        self.add_receiver = to_raw_response_wrapper(resource.add_receiver)
        self.query_receivers = to_raw_response_wrapper(resource.query_receivers)
        self.delete_receiver = to_raw_response_wrapper(resource.delete_receiver)
        self.submit_split = to_raw_response_wrapper(resource.submit_split)
        self.query_split = to_raw_response_wrapper(resource.query_split)
        self.return_split = to_raw_response_wrapper(resource.return_split)


class AsyncProfitSharingResource(AsyncAPIResource):
    """Profit sharing: the receivers of a merchant and the splits of an order's payment between them (orders created with orderTags.ifProfitSharing = true)."""

    __slots__ = ("__dict__",)

    _OPERATIONS: ClassVar[dict[str, Operation]] = {
        "submit_split": _SUBMIT_SPLIT,
    }
    """The operations `client.reconcile` can look up by the merchant's id, by method name."""

    @cached_property
    def with_raw_response(self) -> AsyncProfitSharingResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return AsyncProfitSharingResourceWithRawResponse(self)

    async def add_receiver(
        self,
        *,
        account: str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProfitSharingReceiver:
        """Add Receiver: Register a Binance ID as a receiver of profit-sharing splits. `data.account` echoes the request.

        `POST /binancepay/openapi/profitsharing/v1/add-receiver`.

        Args:
            account: The receiver's Binance ID.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_ADD_RECEIVER, locals())  # type: ignore[no-any-return]

    async def query_receivers(
        self,
        *,
        page_num: int,
        page_size: int,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProfitSharingReceiverPage:
        """Query Receiver: List the registered receivers, one page at a time (pages start at 1).

        `POST /binancepay/openapi/profitsharing/v1/query-receiver`; safe to retry.

        Args:
            page_num: Page number, from 1.
            page_size: Receivers per page.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_QUERY_RECEIVERS, locals())  # type: ignore[no-any-return]

    async def delete_receiver(
        self,
        *,
        account: str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProfitSharingReceiver:
        """Delete Receiver: Remove a receiver.

        `POST /binancepay/openapi/profitsharing/v1/del-receiver`.

        Args:
            account: The receiver's Binance ID.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_DELETE_RECEIVER, locals())  # type: ignore[no-any-return]

    async def submit_split(
        self,
        *,
        merchant_request_id: str,
        prepay_order_id: str,
        receiver_list: Sequence[ProfitSharingSplitReceiver | Mapping[str, Any]],
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProfitSharingSplit:
        """Submit Split: Split a paid order's amount between registered receivers (at most 100). The order must have been
        created with `orderTags.ifProfitSharing = true`.

        `POST /binancepay/openapi/profitsharing/v1/submit-split`; safe to retry.

        Args:
            merchant_request_id: The merchant's unique id for this split (1 to 32 characters).
            prepay_order_id: The order's prepayId (from Create Order).
            receiver_list: The receivers and their amounts.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            OrderNotFoundOrNotSuccessError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_SUBMIT_SPLIT, locals())  # type: ignore[no-any-return]

    async def query_split(
        self,
        *,
        merchant_request_id: str,
        prepay_order_id: str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProfitSharingSplit:
        """Query Split: Query a split by the merchant's `merchantRequestId` and the order's `prepayOrderId`. An unknown or
        unpaid order fails with 400209 ("order not found or order status is not success").

        `POST /binancepay/openapi/profitsharing/v1/query-split`; safe to retry.

        Args:
            merchant_request_id: The split's merchantRequestId (1 to 32 characters).
            prepay_order_id: The order's prepayId.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            OrderNotFoundOrNotSuccessError: this operation's own result codes.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_QUERY_SPLIT, locals())  # type: ignore[no-any-return]

    async def return_split(
        self,
        *,
        prepay_order_id: str,
        merchant_return_no: str,
        transfer_out_account: str,
        return_amount: Decimal,
        split_order_no: str | None = None,
        origin_merchant_request_id: str | None = None,
        description: str | None = None,
        webhook_url: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProfitSharingReturn:
        """Split Return: Take split funds back from a receiver. Name the split by `splitOrderNo` or by
        `originMerchantRequestId` (at least one). No query operation for returns is documented.

        `POST /binancepay/openapi/profitsharing/v1/return`; safe to retry.

        Args:
            prepay_order_id: The order's prepayId.
            split_order_no: Binance's id of the split to take funds back from. Optional.
            origin_merchant_request_id: The merchant's id (merchantRequestId) of the split to take funds back from. Optional.
            merchant_return_no: The merchant's unique id for this return (1 to 32 characters).
            transfer_out_account: The Pay ID the funds are taken back from.
            return_amount: The amount to take back.
            description: Description. Optional.
            webhook_url: The URL for this return's notification; http or https only. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            OrderNotFoundOrNotSuccessError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_RETURN_SPLIT, locals())  # type: ignore[no-any-return]


class AsyncProfitSharingResourceWithRawResponse:
    """`client.profit_sharing.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: AsyncProfitSharingResource) -> None:
        self.add_receiver = async_to_raw_response_wrapper(resource.add_receiver)
        self.query_receivers = async_to_raw_response_wrapper(resource.query_receivers)
        self.delete_receiver = async_to_raw_response_wrapper(resource.delete_receiver)
        self.submit_split = async_to_raw_response_wrapper(resource.submit_split)
        self.query_split = async_to_raw_response_wrapper(resource.query_split)
        self.return_split = async_to_raw_response_wrapper(resource.return_split)


__all__ = [
    "AsyncProfitSharingResource",
    "AsyncProfitSharingResourceWithRawResponse",
    "ProfitSharingResource",
    "ProfitSharingResourceWithRawResponse",
]
