# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""`client.direct_debit`: Direct debit / pre-authorization: contracts a user signs, and the debits the merchant runs under them (whitelisted merchants only)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from functools import cached_property
from typing import Any, ClassVar, Literal

from .._base_client import TimeoutArg, async_to_raw_response_wrapper, to_raw_response_wrapper
from .._operation import Idempotency, Operation, _itself
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.direct_debit_contract import DirectDebitContract
from ..models.direct_debit_cycle_type import DirectDebitCycleType
from ..models.direct_debit_order_tags import DirectDebitOrderTags
from ..models.direct_debit_payment import DirectDebitPayment
from ..models.direct_debit_payment_notification import DirectDebitPaymentNotification
from ..models.direct_debit_pre_contract import DirectDebitPreContract
from ..models.direct_debit_trade_mode import DirectDebitTradeMode

_CREATE_CONTRACT: Operation = Operation(
    operation_id="createDirectDebitContract",
    method="POST",
    path="/binancepay/openapi/direct-debit/contract",
    request_schema="DirectDebitContractRequest",
    response_schemas={200: "createDirectDebitContract:200"},
    fail_schema="createDirectDebitContract:fail",
    parse_data=DirectDebitPreContract.from_dict,
    retry_safe=True,
    idempotency=Idempotency(
        id_field="merchantContractCode",
        query=lambda: _QUERY_CONTRACT,
        query_fields={"merchantContractCode": "merchantContractCode"},
        not_found_code="406207",
        match={"currency": "currency", "singleUpperLimit": "singleUpperLimit"},
    ),
)

_QUERY_CONTRACT: Operation = Operation(
    operation_id="queryDirectDebitContract",
    method="POST",
    path="/binancepay/openapi/direct-debit/contract/query",
    request_schema="DirectDebitContractQueryRequest",
    response_schemas={200: "queryDirectDebitContract:200"},
    fail_schema="queryDirectDebitContract:fail",
    parse_data=DirectDebitContract.from_dict,
    retry_safe=True,
)

_TERMINATE_CONTRACT: Operation = Operation(
    operation_id="terminateDirectDebitContract",
    method="POST",
    path="/binancepay/openapi/direct-debit/contract/termination",
    request_schema="DirectDebitContractTerminationRequest",
    response_schemas={200: "terminateDirectDebitContract:200"},
    fail_schema="terminateDirectDebitContract:fail",
    parse_data=_itself,
)

_NOTIFY_PAYMENT: Operation = Operation(
    operation_id="notifyDirectDebitPayment",
    method="POST",
    path="/binancepay/openapi/pay/notify",
    request_schema="DirectDebitPaymentNotificationRequest",
    response_schemas={200: "notifyDirectDebitPayment:200"},
    fail_schema="notifyDirectDebitPayment:fail",
    parse_data=DirectDebitPaymentNotification.from_dict,
    retry_safe=True,
    echo={"merchantRequestId": "merchantRequestId"},
    idempotency=Idempotency(
        id_field="merchantRequestId",
    ),
)

_PAY: Operation = Operation(
    operation_id="applyDirectDebitPayment",
    method="POST",
    path="/binancepay/openapi/pay/apply",
    request_schema="DirectDebitPaymentRequest",
    response_schemas={200: "applyDirectDebitPayment:200"},
    fail_schema="applyDirectDebitPayment:fail",
    parse_data=DirectDebitPayment.from_dict,
    idempotency=Idempotency(
        id_field="merchantRequestId",
    ),
)


class DirectDebitResource(SyncAPIResource):
    """Direct debit / pre-authorization: contracts a user signs, and the debits the merchant runs under them (whitelisted merchants only)."""

    __slots__ = ("__dict__",)

    _OPERATIONS: ClassVar[dict[str, Operation]] = {
        "create_contract": _CREATE_CONTRACT,
    }
    """The operations `client.reconcile` can look up by the merchant's id, by method name."""

    @cached_property
    def with_raw_response(self) -> DirectDebitResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return DirectDebitResourceWithRawResponse(self)

    def create_contract(
        self,
        *,
        merchant_contract_code: str,
        service_name: str,
        scenario_code: str,
        single_upper_limit: Decimal,
        currency: str,
        periodic: bool,
        sub_merchant_id: str | None = None,
        cycle_debit_fixed: bool | None = None,
        cycle_type: DirectDebitCycleType | str | None = None,
        cycle_value: int | None = None,
        first_deduct_time: int | None = None,
        merchant_account_no: str | None = None,
        request_expire_time: int | None = None,
        contract_end_time: int | None = None,
        return_url: str | None = None,
        cancel_url: str | None = None,
        webhook_url: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DirectDebitPreContract:
        """Direct Debit/Pre Authorization Create Contract: Create a direct debit / pre-authorization contract for the user to sign (QR code or deeplink). The
        signing result arrives by the DIRECT_DEBIT_CT webhook, which carries the contract id. Whitelisted
        merchants only (released 2023-01). The example response is realistic, not Binance's.

        `POST /binancepay/openapi/direct-debit/contract`; safe to retry.

        Args:
            sub_merchant_id: The sub-merchant the contract is for (issued when the sub-merchant was created). Optional.
            merchant_contract_code: The merchant's unique id for this contract request; letters and digits only.
            service_name: Service name shown to the user.
            scenario_code: The scenario of the contract, for example "General_Travel"; it sets the limits allowed. The list: General_Ecommerce_Platform, General_Travel, Car_Rental, Car_Parking, Lease, Catering, Digital_Media, Membership, Utility, Repayment, Investment, Ticket, Mobile_Communication, Virtual_Goods, Others (not enforced here).
            single_upper_limit: The most a single debit may take, at most 8 decimal places (its ceiling depends on scenarioCode).
            currency: Contract currency, crypto only: "USDT" (from 2024-05 "EUR" for MiCA users, replaced by "USDC" in 2025-02).
            periodic: Whether the contract allows periodic debits.
            cycle_debit_fixed: For a periodic contract (said to be mandatory then; not enforced). True for a fixed amount, false for a variable amount. Optional.
            cycle_type: For a periodic contract (said to be mandatory then; not enforced). MONTH or DAY. Optional.
            cycle_value: For a periodic contract (said to be mandatory then; not enforced). The period in cycleType units: 1 to 24 months, or more than 7 days (e.g. DAY and 30: every 30 days; MONTH and 3: every 3 calendar months). Optional.
            first_deduct_time: For a periodic contract (said to be mandatory then; not enforced). The first debit, a future time in milliseconds since the epoch; for MONTH not after the 28th of the month (UTC). Optional.
            merchant_account_no: The user's id or account on the merchant's side, e.g. an email. Optional.
            request_expire_time: When the user can no longer sign, in milliseconds since the epoch. Optional.
            contract_end_time: When the contract ends, in milliseconds since the epoch. The default and the maximum are 1095 days from now. Optional.
            return_url: Where to send the user after signing. Optional.
            cancel_url: Where to send the user after cancelling. Optional.
            webhook_url: The URL for this contract's notifications. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            SubMerchantInvalidError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_CREATE_CONTRACT, locals())  # type: ignore[no-any-return]

    def query_contract(
        self,
        *,
        merchant_contract_code: str | None = None,
        contract_id: int | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DirectDebitContract:
        """Direct Debit/Pre Authorization Query Contract: Query a contract by `contractId` or by `merchantContractCode` (give at least one; when both are
        given the id wins and the code is ignored). Whitelisted merchants only.
        PAYMENT_DIRECT_DEBIT_CONTRACT_NOT_FOUND.

        `POST /binancepay/openapi/direct-debit/contract/query`; safe to retry.

        Args:
            merchant_contract_code: The merchant's contract code; ignored when contractId is given. Optional.
            contract_id: The contract id (from the DIRECT_DEBIT_CT webhook once the user signs). Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            PaymentDirectDebitContractNotFoundError: this operation's own result codes.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_QUERY_CONTRACT, locals())  # type: ignore[no-any-return]

    def terminate_contract(
        self,
        *,
        merchant_contract_code: str | None = None,
        contract_id: int | None = None,
        termination_notes: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Direct Debit/Pre Authorization Terminate Contract: Terminate a contract, named by `contractId` or `merchantContractCode` (give at least one; the id
        wins). `data` is true when the contract was terminated. No webhook is sent for a termination the
        merchant makes. Whitelisted merchants only. PAYMENT_DIRECT_DEBIT_CONTRACT_NOT_FOUND.

        `POST /binancepay/openapi/direct-debit/contract/termination`.

        Args:
            merchant_contract_code: The merchant's contract code; ignored when contractId is given. Optional.
            contract_id: The contract id. Optional.
            termination_notes: Why the contract is terminated. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            PaymentDirectDebitContractNotFoundError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_TERMINATE_CONTRACT, locals())  # type: ignore[no-any-return]

    def notify_payment(
        self,
        *,
        merchant_request_id: str,
        trade_mode: DirectDebitTradeMode | str,
        biz_id: int,
        estimated_amount: Decimal,
        currency: str,
        sub_merchant_id: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DirectDebitPaymentNotification:
        """Direct Debit Payment Notification: Announce an upcoming periodic debit to the user, 2 to 5 days before it; a 24-hour frozen period
        applies before the payment can be applied. Not needed for non-periodic debits. The same
        `merchantRequestId` returns the same result (Binance: "idempotent result will be returned for same
        requestId"). `data.orderId` is the `preBizId` of the later Payment call. Whitelisted merchants only.
        The contract codes PAYMENT_DIRECT_DEBIT_CONTRACT_NOT_FOUND / _NOT_SIGNED and SUB_MERCHANT_INVALID.

        `POST /binancepay/openapi/pay/notify`; safe to retry.

        Args:
            sub_merchant_id: The sub-merchant; required when the merchant is configured to show sub-merchant info. Optional.
            merchant_request_id: The merchant's unique id for this request; letters and digits only. Repeating it returns the same result.
            trade_mode: The trade mode of a direct debit payment. One of DIRECT_DEBIT.
            biz_id: The contract id.
            estimated_amount: The amount to be debited, at most 8 decimal places; not above the contract's singleUpperLimit.
            currency: Currency, crypto only.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            SubMerchantInvalidError, PaymentDirectDebitContractNotFoundError, PaymentDirectDebitContractNotSignedError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_NOTIFY_PAYMENT, locals())  # type: ignore[no-any-return]

    def pay(
        self,
        *,
        merchant_request_id: str,
        trade_mode: DirectDebitTradeMode | str,
        biz_id: int,
        amount: Decimal,
        currency: str,
        product_name: str,
        sub_merchant_id: str | None = None,
        pre_biz_id: int | None = None,
        product_type: str | None = None,
        product_detail: str | None = None,
        webhook_url: str | None = None,
        order_tags: DirectDebitOrderTags | Mapping[str, Any] | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DirectDebitPayment:
        """Direct Debit/Pre Authorization Payment: Debit the user under a signed contract (periodic or not). Binance processes it asynchronously and
        notifies the result by webhook. `amount` must not exceed the contract's `singleUpperLimit`.
        Whitelisted merchants only.

        `POST /binancepay/openapi/pay/apply`.

        Args:
            sub_merchant_id: The sub-merchant; required when the merchant is configured to show sub-merchant info. Optional.
            merchant_request_id: The merchant's unique id for this debit; letters and digits only.
            trade_mode: The trade mode of a direct debit payment. One of DIRECT_DEBIT.
            biz_id: The contract id.
            pre_biz_id: For a periodic debit, the `orderId` its Payment Notification returned. Optional.
            amount: The amount to debit, at most 8 decimal places; not above the contract's singleUpperLimit.
            currency: Currency, crypto only.
            product_type: Product type. Optional.
            product_name: Product name.
            product_detail: Product detail. Optional.
            webhook_url: The URL for this order's notifications, instead of the one configured on the merchant platform. Optional.
            order_tags: Tags of a direct debit order. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Returns:
            DirectDebitPayment. Check `status`: it did not complete if it is FAILED, though Binance answered SUCCESS (no exception is raised).

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            SubMerchantInvalidError, PaymentDirectDebitContractNotFoundError, PaymentDirectDebitContractNotSignedError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_PAY, locals())  # type: ignore[no-any-return]


class DirectDebitResourceWithRawResponse:
    """`client.direct_debit.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: DirectDebitResource) -> None:
        self.create_contract = to_raw_response_wrapper(resource.create_contract)
        self.query_contract = to_raw_response_wrapper(resource.query_contract)
        self.terminate_contract = to_raw_response_wrapper(resource.terminate_contract)
        self.notify_payment = to_raw_response_wrapper(resource.notify_payment)
        self.pay = to_raw_response_wrapper(resource.pay)


class AsyncDirectDebitResource(AsyncAPIResource):
    """Direct debit / pre-authorization: contracts a user signs, and the debits the merchant runs under them (whitelisted merchants only)."""

    __slots__ = ("__dict__",)

    _OPERATIONS: ClassVar[dict[str, Operation]] = {
        "create_contract": _CREATE_CONTRACT,
    }
    """The operations `client.reconcile` can look up by the merchant's id, by method name."""

    @cached_property
    def with_raw_response(self) -> AsyncDirectDebitResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return AsyncDirectDebitResourceWithRawResponse(self)

    async def create_contract(
        self,
        *,
        merchant_contract_code: str,
        service_name: str,
        scenario_code: str,
        single_upper_limit: Decimal,
        currency: str,
        periodic: bool,
        sub_merchant_id: str | None = None,
        cycle_debit_fixed: bool | None = None,
        cycle_type: DirectDebitCycleType | str | None = None,
        cycle_value: int | None = None,
        first_deduct_time: int | None = None,
        merchant_account_no: str | None = None,
        request_expire_time: int | None = None,
        contract_end_time: int | None = None,
        return_url: str | None = None,
        cancel_url: str | None = None,
        webhook_url: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DirectDebitPreContract:
        """Direct Debit/Pre Authorization Create Contract: Create a direct debit / pre-authorization contract for the user to sign (QR code or deeplink). The
        signing result arrives by the DIRECT_DEBIT_CT webhook, which carries the contract id. Whitelisted
        merchants only (released 2023-01). The example response is realistic, not Binance's.

        `POST /binancepay/openapi/direct-debit/contract`; safe to retry.

        Args:
            sub_merchant_id: The sub-merchant the contract is for (issued when the sub-merchant was created). Optional.
            merchant_contract_code: The merchant's unique id for this contract request; letters and digits only.
            service_name: Service name shown to the user.
            scenario_code: The scenario of the contract, for example "General_Travel"; it sets the limits allowed. The list: General_Ecommerce_Platform, General_Travel, Car_Rental, Car_Parking, Lease, Catering, Digital_Media, Membership, Utility, Repayment, Investment, Ticket, Mobile_Communication, Virtual_Goods, Others (not enforced here).
            single_upper_limit: The most a single debit may take, at most 8 decimal places (its ceiling depends on scenarioCode).
            currency: Contract currency, crypto only: "USDT" (from 2024-05 "EUR" for MiCA users, replaced by "USDC" in 2025-02).
            periodic: Whether the contract allows periodic debits.
            cycle_debit_fixed: For a periodic contract (said to be mandatory then; not enforced). True for a fixed amount, false for a variable amount. Optional.
            cycle_type: For a periodic contract (said to be mandatory then; not enforced). MONTH or DAY. Optional.
            cycle_value: For a periodic contract (said to be mandatory then; not enforced). The period in cycleType units: 1 to 24 months, or more than 7 days (e.g. DAY and 30: every 30 days; MONTH and 3: every 3 calendar months). Optional.
            first_deduct_time: For a periodic contract (said to be mandatory then; not enforced). The first debit, a future time in milliseconds since the epoch; for MONTH not after the 28th of the month (UTC). Optional.
            merchant_account_no: The user's id or account on the merchant's side, e.g. an email. Optional.
            request_expire_time: When the user can no longer sign, in milliseconds since the epoch. Optional.
            contract_end_time: When the contract ends, in milliseconds since the epoch. The default and the maximum are 1095 days from now. Optional.
            return_url: Where to send the user after signing. Optional.
            cancel_url: Where to send the user after cancelling. Optional.
            webhook_url: The URL for this contract's notifications. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            SubMerchantInvalidError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_CREATE_CONTRACT, locals())  # type: ignore[no-any-return]

    async def query_contract(
        self,
        *,
        merchant_contract_code: str | None = None,
        contract_id: int | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DirectDebitContract:
        """Direct Debit/Pre Authorization Query Contract: Query a contract by `contractId` or by `merchantContractCode` (give at least one; when both are
        given the id wins and the code is ignored). Whitelisted merchants only.
        PAYMENT_DIRECT_DEBIT_CONTRACT_NOT_FOUND.

        `POST /binancepay/openapi/direct-debit/contract/query`; safe to retry.

        Args:
            merchant_contract_code: The merchant's contract code; ignored when contractId is given. Optional.
            contract_id: The contract id (from the DIRECT_DEBIT_CT webhook once the user signs). Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            PaymentDirectDebitContractNotFoundError: this operation's own result codes.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_QUERY_CONTRACT, locals())  # type: ignore[no-any-return]

    async def terminate_contract(
        self,
        *,
        merchant_contract_code: str | None = None,
        contract_id: int | None = None,
        termination_notes: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Direct Debit/Pre Authorization Terminate Contract: Terminate a contract, named by `contractId` or `merchantContractCode` (give at least one; the id
        wins). `data` is true when the contract was terminated. No webhook is sent for a termination the
        merchant makes. Whitelisted merchants only. PAYMENT_DIRECT_DEBIT_CONTRACT_NOT_FOUND.

        `POST /binancepay/openapi/direct-debit/contract/termination`.

        Args:
            merchant_contract_code: The merchant's contract code; ignored when contractId is given. Optional.
            contract_id: The contract id. Optional.
            termination_notes: Why the contract is terminated. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            PaymentDirectDebitContractNotFoundError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_TERMINATE_CONTRACT, locals())  # type: ignore[no-any-return]

    async def notify_payment(
        self,
        *,
        merchant_request_id: str,
        trade_mode: DirectDebitTradeMode | str,
        biz_id: int,
        estimated_amount: Decimal,
        currency: str,
        sub_merchant_id: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DirectDebitPaymentNotification:
        """Direct Debit Payment Notification: Announce an upcoming periodic debit to the user, 2 to 5 days before it; a 24-hour frozen period
        applies before the payment can be applied. Not needed for non-periodic debits. The same
        `merchantRequestId` returns the same result (Binance: "idempotent result will be returned for same
        requestId"). `data.orderId` is the `preBizId` of the later Payment call. Whitelisted merchants only.
        The contract codes PAYMENT_DIRECT_DEBIT_CONTRACT_NOT_FOUND / _NOT_SIGNED and SUB_MERCHANT_INVALID.

        `POST /binancepay/openapi/pay/notify`; safe to retry.

        Args:
            sub_merchant_id: The sub-merchant; required when the merchant is configured to show sub-merchant info. Optional.
            merchant_request_id: The merchant's unique id for this request; letters and digits only. Repeating it returns the same result.
            trade_mode: The trade mode of a direct debit payment. One of DIRECT_DEBIT.
            biz_id: The contract id.
            estimated_amount: The amount to be debited, at most 8 decimal places; not above the contract's singleUpperLimit.
            currency: Currency, crypto only.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            SubMerchantInvalidError, PaymentDirectDebitContractNotFoundError, PaymentDirectDebitContractNotSignedError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_NOTIFY_PAYMENT, locals())  # type: ignore[no-any-return]

    async def pay(
        self,
        *,
        merchant_request_id: str,
        trade_mode: DirectDebitTradeMode | str,
        biz_id: int,
        amount: Decimal,
        currency: str,
        product_name: str,
        sub_merchant_id: str | None = None,
        pre_biz_id: int | None = None,
        product_type: str | None = None,
        product_detail: str | None = None,
        webhook_url: str | None = None,
        order_tags: DirectDebitOrderTags | Mapping[str, Any] | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DirectDebitPayment:
        """Direct Debit/Pre Authorization Payment: Debit the user under a signed contract (periodic or not). Binance processes it asynchronously and
        notifies the result by webhook. `amount` must not exceed the contract's `singleUpperLimit`.
        Whitelisted merchants only.

        `POST /binancepay/openapi/pay/apply`.

        Args:
            sub_merchant_id: The sub-merchant; required when the merchant is configured to show sub-merchant info. Optional.
            merchant_request_id: The merchant's unique id for this debit; letters and digits only.
            trade_mode: The trade mode of a direct debit payment. One of DIRECT_DEBIT.
            biz_id: The contract id.
            pre_biz_id: For a periodic debit, the `orderId` its Payment Notification returned. Optional.
            amount: The amount to debit, at most 8 decimal places; not above the contract's singleUpperLimit.
            currency: Currency, crypto only.
            product_type: Product type. Optional.
            product_name: Product name.
            product_detail: Product detail. Optional.
            webhook_url: The URL for this order's notifications, instead of the one configured on the merchant platform. Optional.
            order_tags: Tags of a direct debit order. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Returns:
            DirectDebitPayment. Check `status`: it did not complete if it is FAILED, though Binance answered SUCCESS (no exception is raised).

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            SubMerchantInvalidError, PaymentDirectDebitContractNotFoundError, PaymentDirectDebitContractNotSignedError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_PAY, locals())  # type: ignore[no-any-return]


class AsyncDirectDebitResourceWithRawResponse:
    """`client.direct_debit.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: AsyncDirectDebitResource) -> None:
        self.create_contract = async_to_raw_response_wrapper(resource.create_contract)
        self.query_contract = async_to_raw_response_wrapper(resource.query_contract)
        self.terminate_contract = async_to_raw_response_wrapper(resource.terminate_contract)
        self.notify_payment = async_to_raw_response_wrapper(resource.notify_payment)
        self.pay = async_to_raw_response_wrapper(resource.pay)


__all__ = [
    "AsyncDirectDebitResource",
    "AsyncDirectDebitResourceWithRawResponse",
    "DirectDebitResource",
    "DirectDebitResourceWithRawResponse",
]
