# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""`client.reports`: Transaction, settlement and balance reports."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, Literal

from .._base_client import TimeoutArg, async_to_raw_response_wrapper, to_raw_response_wrapper
from .._operation import Operation, _itself, _list_of
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.balance_report_query_result import BalanceReportQueryResult
from ..models.report_file import ReportFile
from ..models.report_transaction_type import ReportTransactionType
from ..models.report_type import ReportType
from ..models.wallet import Wallet

_GET_FILE: Operation = Operation(
    operation_id="getReportFile",
    method="POST",
    path="/binancepay/openapi/report/get-file",
    request_schema="ReportFileRequest",
    response_schemas={200: "getReportFile:200"},
    fail_schema="getReportFile:fail",
    parse_data=_list_of(ReportFile.from_dict),
    retry_safe=True,
)

_BALANCE_REPORT: Operation = Operation(
    operation_id="downloadBalanceReport",
    method="POST",
    path="/binancepay/openapi/balance-report",
    request_schema="BalanceReportRequest",
    response_schemas={200: "downloadBalanceReport:200"},
    fail_schema="downloadBalanceReport:fail",
    parse_data=_itself,
)

_QUERY_BALANCE_REPORT: Operation = Operation(
    operation_id="queryBalanceReport",
    method="POST",
    path="/binancepay/openapi/balance-report/query",
    request_schema="BalanceReportQueryRequest",
    response_schemas={200: "queryBalanceReport:200"},
    fail_schema="queryBalanceReport:fail",
    parse_data=BalanceReportQueryResult.from_dict,
    retry_safe=True,
)


class ReportsResource(SyncAPIResource):
    """Transaction, settlement and balance reports."""

    __slots__ = ("__dict__",)

    @cached_property
    def with_raw_response(self) -> ReportsResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return ReportsResourceWithRawResponse(self)

    def get_file(
        self,
        *,
        report_type: ReportType | str,
        start_date: str,
        end_date: str,
        transaction_type: ReportTransactionType | str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[ReportFile]:
        """Download Report: Download links of the daily transaction or settlement report files between two dates (at most 3
        months apart; whitelisted merchants only). `transactionType` is required when `reportType` is
        `Transaction` (Binance checks this). A `Transaction` request lists files of its one transaction
        type; that a `Settlement` request lists `Payment` and `Refund` files is illustrative.

        `POST /binancepay/openapi/report/get-file`; safe to retry.

        Args:
            report_type: Report type, case-sensitive. One of Transaction, Settlement.
            transaction_type: Transactions to report, case-sensitive; required when reportType is Transaction. One of Payment, Payout. Optional.
            start_date: First day, dd/MM/yyyy.
            end_date: Last day, dd/MM/yyyy; at most 3 months after startDate.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            InvalidAccountStatusError: this operation's own result codes.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_GET_FILE, locals())  # type: ignore[no-any-return]

    def balance_report(
        self,
        *,
        report_type: str,
        start_date: str,
        end_date: str,
        wallet_type: Wallet | str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Download Balance Report: Ask for a report of the balance activity between two dates (at most 3 months; the current day cannot
        be included). At most 50 reports a month. `data` is a message string that contains the task id; the
        report arrives by the BALANCE webhook, or use Query Balance Report with that id.

        `POST /binancepay/openapi/balance-report`.

        Args:
            report_type: Always "Balance". One of Balance.
            wallet_type: One wallet; omitted, both the spot and the funding wallet. Optional.
            start_date: First day, YYYY-MM-DD. At most 3 months before endDate.
            end_date: Last day, YYYY-MM-DD, after startDate and before today.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            InvalidAccountStatusError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_BALANCE_REPORT, locals())  # type: ignore[no-any-return]

    def query_balance_report(
        self,
        *,
        download_id: str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BalanceReportQueryResult:
        """Query Balance Report: The status of a balance report and, once it is ready, its download URL. Its page carries the only
        official table of 400201-400203 (listed here as its codes).

        `POST /binancepay/openapi/balance-report/query`; safe to retry.

        Args:
            download_id: The task id from Download Balance Report (or the BALANCE webhook's downloadId).
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Returns:
            BalanceReportQueryResult. Check `status`: it did not complete if it is FAILED or EXPIRED, though Binance answered SUCCESS (no exception is raised).

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            InvalidMerchantTradeNoError, OrderNotFoundError, InvalidAccountStatusError: this operation's own result codes.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_QUERY_BALANCE_REPORT, locals())  # type: ignore[no-any-return]


class ReportsResourceWithRawResponse:
    """`client.reports.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: ReportsResource) -> None:
        self.get_file = to_raw_response_wrapper(resource.get_file)
        self.balance_report = to_raw_response_wrapper(resource.balance_report)
        self.query_balance_report = to_raw_response_wrapper(resource.query_balance_report)


class AsyncReportsResource(AsyncAPIResource):
    """Transaction, settlement and balance reports."""

    __slots__ = ("__dict__",)

    @cached_property
    def with_raw_response(self) -> AsyncReportsResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return AsyncReportsResourceWithRawResponse(self)

    async def get_file(
        self,
        *,
        report_type: ReportType | str,
        start_date: str,
        end_date: str,
        transaction_type: ReportTransactionType | str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[ReportFile]:
        """Download Report: Download links of the daily transaction or settlement report files between two dates (at most 3
        months apart; whitelisted merchants only). `transactionType` is required when `reportType` is
        `Transaction` (Binance checks this). A `Transaction` request lists files of its one transaction
        type; that a `Settlement` request lists `Payment` and `Refund` files is illustrative.

        `POST /binancepay/openapi/report/get-file`; safe to retry.

        Args:
            report_type: Report type, case-sensitive. One of Transaction, Settlement.
            transaction_type: Transactions to report, case-sensitive; required when reportType is Transaction. One of Payment, Payout. Optional.
            start_date: First day, dd/MM/yyyy.
            end_date: Last day, dd/MM/yyyy; at most 3 months after startDate.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            InvalidAccountStatusError: this operation's own result codes.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_GET_FILE, locals())  # type: ignore[no-any-return]

    async def balance_report(
        self,
        *,
        report_type: str,
        start_date: str,
        end_date: str,
        wallet_type: Wallet | str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Download Balance Report: Ask for a report of the balance activity between two dates (at most 3 months; the current day cannot
        be included). At most 50 reports a month. `data` is a message string that contains the task id; the
        report arrives by the BALANCE webhook, or use Query Balance Report with that id.

        `POST /binancepay/openapi/balance-report`.

        Args:
            report_type: Always "Balance". One of Balance.
            wallet_type: One wallet; omitted, both the spot and the funding wallet. Optional.
            start_date: First day, YYYY-MM-DD. At most 3 months before endDate.
            end_date: Last day, YYYY-MM-DD, after startDate and before today.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            InvalidAccountStatusError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_BALANCE_REPORT, locals())  # type: ignore[no-any-return]

    async def query_balance_report(
        self,
        *,
        download_id: str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BalanceReportQueryResult:
        """Query Balance Report: The status of a balance report and, once it is ready, its download URL. Its page carries the only
        official table of 400201-400203 (listed here as its codes).

        `POST /binancepay/openapi/balance-report/query`; safe to retry.

        Args:
            download_id: The task id from Download Balance Report (or the BALANCE webhook's downloadId).
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Returns:
            BalanceReportQueryResult. Check `status`: it did not complete if it is FAILED or EXPIRED, though Binance answered SUCCESS (no exception is raised).

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            InvalidMerchantTradeNoError, OrderNotFoundError, InvalidAccountStatusError: this operation's own result codes.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_QUERY_BALANCE_REPORT, locals())  # type: ignore[no-any-return]


class AsyncReportsResourceWithRawResponse:
    """`client.reports.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: AsyncReportsResource) -> None:
        self.get_file = async_to_raw_response_wrapper(resource.get_file)
        self.balance_report = async_to_raw_response_wrapper(resource.balance_report)
        self.query_balance_report = async_to_raw_response_wrapper(resource.query_balance_report)


__all__ = [
    "AsyncReportsResource",
    "AsyncReportsResourceWithRawResponse",
    "ReportsResource",
    "ReportsResourceWithRawResponse",
]
