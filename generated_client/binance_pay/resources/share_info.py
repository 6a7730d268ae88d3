# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""`client.share_info`: Requests asking a Binance user to share their Binance ID with the merchant."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, Literal

from .._base_client import TimeoutArg, async_to_raw_response_wrapper, to_raw_response_wrapper
from .._operation import Operation
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.share_account_id_result import ShareAccountIdResult

_ACCOUNT_ID: Operation = Operation(
    operation_id="shareAccountId",
    method="POST",
    path="/binancepay/openapi/shareinfo/accountId",
    request_schema="ShareAccountIdRequest",
    response_schemas={200: "shareAccountId:200"},
    fail_schema="shareAccountId:fail",
    parse_data=ShareAccountIdResult.from_dict,
)


class ShareInfoResource(SyncAPIResource):
    """Requests asking a Binance user to share their Binance ID with the merchant."""

    __slots__ = ("__dict__",)

    @cached_property
    def with_raw_response(self) -> ShareInfoResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return ShareInfoResourceWithRawResponse(self)

    def account_id(
        self,
        *,
        request_id: str,
        sub_merchant_id: str | None = None,
        webhook_url: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShareAccountIdResult:
        """Share Account Id: Ask a Binance user to share their Binance ID: `data` carries a QR code for the user to scan (valid
        for 1 hour by default). If the user agrees, the ID arrives by the SHARE_ACCOUNT_ID webhook.

        `POST /binancepay/openapi/shareinfo/accountId`.

        Args:
            sub_merchant_id: The sub-merchant asking. Optional.
            request_id: The merchant's unique id for this request, letters and digits only.
            webhook_url: URL for this request's SHARE_ACCOUNT_ID webhook, instead of the one configured in the merchant portal. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            SubMerchantInvalidError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_ACCOUNT_ID, locals())  # type: ignore[no-any-return]


class ShareInfoResourceWithRawResponse:
    """`client.share_info.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: ShareInfoResource) -> None:
        self.account_id = to_raw_response_wrapper(resource.account_id)


class AsyncShareInfoResource(AsyncAPIResource):
    """Requests asking a Binance user to share their Binance ID with the merchant."""

    __slots__ = ("__dict__",)

    @cached_property
    def with_raw_response(self) -> AsyncShareInfoResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return AsyncShareInfoResourceWithRawResponse(self)

    async def account_id(
        self,
        *,
        request_id: str,
        sub_merchant_id: str | None = None,
        webhook_url: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShareAccountIdResult:
        """Share Account Id: Ask a Binance user to share their Binance ID: `data` carries a QR code for the user to scan (valid
        for 1 hour by default). If the user agrees, the ID arrives by the SHARE_ACCOUNT_ID webhook.

        `POST /binancepay/openapi/shareinfo/accountId`.

        Args:
            sub_merchant_id: The sub-merchant asking. Optional.
            request_id: The merchant's unique id for this request, letters and digits only.
            webhook_url: URL for this request's SHARE_ACCOUNT_ID webhook, instead of the one configured in the merchant portal. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            SubMerchantInvalidError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_ACCOUNT_ID, locals())  # type: ignore[no-any-return]


class AsyncShareInfoResourceWithRawResponse:
    """`client.share_info.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: AsyncShareInfoResource) -> None:
        self.account_id = async_to_raw_response_wrapper(resource.account_id)


__all__ = [
    "AsyncShareInfoResource",
    "AsyncShareInfoResourceWithRawResponse",
    "ShareInfoResource",
    "ShareInfoResourceWithRawResponse",
]
