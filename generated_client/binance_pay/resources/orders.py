# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""`client.orders`: Acquiring orders (prepay orders) created, queried and closed by the merchant."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from functools import cached_property
from typing import Any, ClassVar, Literal

from .._base_client import TimeoutArg, async_to_raw_response_wrapper, to_raw_response_wrapper
from .._operation import Idempotency, Operation, _itself
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.order_buyer import OrderBuyer
from ..models.order_direct_debit_contract import OrderDirectDebitContract
from ..models.order_env import OrderEnv
from ..models.order_goods import OrderGoods
from ..models.order_merchant import OrderMerchant
from ..models.order_payer_information import OrderPayerInformation
from ..models.order_query_result import OrderQueryResult
from ..models.order_result import OrderResult
from ..models.order_shipping import OrderShipping
from ..models.order_tags import OrderTags

_CREATE: Operation = Operation(
    operation_id="createOrderV3",
    method="POST",
    path="/binancepay/openapi/v3/order",
    request_schema="OrderV3Request",
    response_schemas={200: "createOrderV3:200"},
    fail_schema="createOrderV3:fail",
    parse_data=OrderResult.from_dict,
    retry_safe=True,
    idempotency=Idempotency(
        id_field="merchantTradeNo",
        query=lambda: _QUERY,
        query_fields={"merchantTradeNo": "merchantTradeNo"},
        not_found_code="400202",
        duplicate_code="400201",
        match={"orderAmount": "orderAmount", "currency": "currency"},
    ),
)

_CREATE_V2: Operation = Operation(
    operation_id="createOrderV2",
    method="POST",
    path="/binancepay/openapi/v2/order",
    request_schema="OrderV2Request",
    response_schemas={200: "createOrderV2:200"},
    fail_schema="createOrderV2:fail",
    parse_data=OrderResult.from_dict,
    retry_safe=True,
    idempotency=Idempotency(
        id_field="merchantTradeNo",
        query=lambda: _QUERY,
        query_fields={"merchantTradeNo": "merchantTradeNo"},
        not_found_code="400202",
        duplicate_code="400201",
        match={"orderAmount": "orderAmount", "currency": "currency"},
    ),
)

_QUERY: Operation = Operation(
    operation_id="queryOrderV2",
    method="POST",
    path="/binancepay/openapi/v2/order/query",
    request_schema="OrderQueryRequest",
    response_schemas={200: "queryOrderV2:200"},
    fail_schema="queryOrderV2:fail",
    parse_data=OrderQueryResult.from_dict,
    retry_safe=True,
    echo={"prepayId": "prepayId", "merchantTradeNo": "merchantTradeNo"},
    wait_while={"status": ["INITIAL", "PENDING"]},
)

_CLOSE: Operation = Operation(
    operation_id="closeOrder",
    method="POST",
    path="/binancepay/openapi/order/close",
    request_schema="OrderCloseRequest",
    response_schemas={200: "closeOrder:200"},
    fail_schema="closeOrder:fail",
    parse_data=_itself,
)

_VERIFY_PAYER: Operation = Operation(
    operation_id="verifyPaymentPayer",
    method="POST",
    path="/binancepay/openapi/order/payer/verification",
    request_schema="OrderPayerVerificationRequest",
    response_schemas={200: "verifyPaymentPayer:200"},
    fail_schema="verifyPaymentPayer:fail",
    parse_data=_itself,
)


class OrdersResource(SyncAPIResource):
    """Acquiring orders (prepay orders) created, queried and closed by the merchant."""

    __slots__ = ("__dict__",)

    _OPERATIONS: ClassVar[dict[str, Operation]] = {
        "create": _CREATE,
        "create_v2": _CREATE_V2,
    }
    """The operations `client.reconcile` can look up by the merchant's id, by method name."""

    @cached_property
    def with_raw_response(self) -> OrdersResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return OrdersResourceWithRawResponse(self)

    def create(
        self,
        *,
        env: OrderEnv | Mapping[str, Any],
        merchant_trade_no: str,
        description: str,
        goods_details: Sequence[OrderGoods | Mapping[str, Any]],
        merchant: OrderMerchant | Mapping[str, Any] | None = None,
        order_amount: Decimal | None = None,
        currency: str | None = None,
        fiat_amount: Decimal | None = None,
        fiat_currency: str | None = None,
        shipping: OrderShipping | Mapping[str, Any] | None = None,
        buyer: OrderBuyer | Mapping[str, Any] | None = None,
        return_url: str | None = None,
        cancel_url: str | None = None,
        order_expire_time: int | None = None,
        support_pay_currency: str | None = None,
        app_id: str | None = None,
        universal_url_attach: str | None = None,
        pass_through_info: str | None = None,
        webhook_url: str | None = None,
        direct_debit_contract: OrderDirectDebitContract | Mapping[str, Any] | None = None,
        order_tags: OrderTags | Mapping[str, Any] | None = None,
        voucher_code: str | None = None,
        qr_code_refer_id: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OrderResult:
        """Create Order (v3): Creates an acquiring order ("prepay order") and returns the payment links and QR content. Set
        `currency` with `orderAmount`, or `fiatCurrency` with `fiatAmount`. Since 2024-08
        `merchant.subMerchantId` is mandatory for Channel Partners. `merchantTradeNo` is the merchant's id
        for the order: a repeat is refused with INVALID_MERCHANT_TRADE_NO, and an unknown outcome is settled
        by looking it up.

        `POST /binancepay/openapi/v3/order`; safe to retry.

        Args:
            merchant: An `OrderMerchant` object with subMerchantId. Optional.
            env: An `OrderEnv` object with terminalType (required), osType, orderClientIp, cookieId.
            merchant_trade_no: The merchant's unique id for the order, letters and digits only.
            order_amount: Order amount, at most 8 decimal places, at least 0.00000001. Required when `currency` is set. Optional.
            currency: Order currency, an uppercase crypto code (for example USDT, BNB, BTC); fiat is not allowed. `currency` and `fiatCurrency` cannot both be absent. The currencies available are listed under "My Profile" in the merchant portal. Optional.
            fiat_amount: Order amount in `fiatCurrency`, at most 8 decimal places, at least 0.00000001; converted to an order amount at the market rate. Optional.
            fiat_currency: An uppercase fiat code (for example HKD); if set, the order currency becomes USDT. Optional.
            description: Description shown on the checkout page (mandatory since v3).
            goods_details: The goods of the order, at least one.
            shipping: Shipping details. Optional.
            buyer: Buyer details. Optional.
            return_url: Redirect after a successful payment. Optional.
            cancel_url: Redirect after a failed payment. Optional.
            order_expire_time: Expiry time, milliseconds since the epoch. Optional.
            support_pay_currency: Comma-separated currencies the payer may use, for example "USDT,BNB". Optional.
            app_id: Required when `env.terminalType` is MINI_PROGRAM. Optional.
            universal_url_attach: Extra query parameters appended to the response's `universalUrl`. Optional.
            pass_through_info: Returned unchanged by Query Order and the payment webhook. Optional.
            webhook_url: Webhook URL for this order, overriding the one configured in the merchant portal; must start with http or https. Optional.
            direct_debit_contract: A direct-debit contract created together with the order (whitelisted merchants). The fields are those of the Direct Debit create-contract request. Optional.
            order_tags: Tags of the order. Optional.
            voucher_code: No description in the spec (sent as `voucherCode`). Optional.
            qr_code_refer_id: The `referId` of a Merchant QR Code webhook (partners only), which links the scan event to this order. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            InvalidMerchantTradeNoError, InvalidAccountStatusError, SubMerchantInvalidError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_CREATE, locals())  # type: ignore[no-any-return]

    def create_v2(
        self,
        *,
        env: OrderEnv | Mapping[str, Any],
        merchant_trade_no: str,
        goods: OrderGoods | Mapping[str, Any],
        merchant: OrderMerchant | Mapping[str, Any] | None = None,
        order_amount: Decimal | None = None,
        currency: str | None = None,
        fiat_amount: Decimal | None = None,
        fiat_currency: str | None = None,
        shipping: OrderShipping | Mapping[str, Any] | None = None,
        buyer: OrderBuyer | Mapping[str, Any] | None = None,
        return_url: str | None = None,
        cancel_url: str | None = None,
        order_expire_time: int | None = None,
        support_pay_currency: str | None = None,
        app_id: str | None = None,
        universal_url_attach: str | None = None,
        pass_through_info: str | None = None,
        webhook_url: str | None = None,
        order_tags: OrderTags | Mapping[str, Any] | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OrderResult:
        """Create Order (v2): Version 2 of Create Order: "still available but will be deprecated" (v3 page). Differences from v3:
        a single required `goods` object instead of the `goodsDetails` array, and no `description`. Either
        `currency` with `orderAmount`, or `fiatCurrency` with `fiatAmount`, must be set. `merchantTradeNo`
        is the merchant's own id for the order: a repeated one is refused with INVALID_MERCHANT_TRADE_NO;
        look the order up with `queryOrderV2` after an unknown outcome. The response is "unchanged" from v1
        per the v2 migration table. The link fields (`checkoutUrl`, `deeplink`, `universalUrl`) and the rest
        of `OrderResult`.

        `POST /binancepay/openapi/v2/order`; safe to retry.

        Args:
            merchant: An `OrderMerchant` object with subMerchantId. Optional.
            env: An `OrderEnv` object with terminalType (required), osType, orderClientIp, cookieId.
            merchant_trade_no: The merchant's unique id for the order, letters and digits only.
            order_amount: Order amount, a JSON number with at most 8 decimal places, at least 0.00000001. Required when `currency` is set. Optional.
            currency: Order currency, an uppercase crypto code. The v2 page text lists "BUSD", "USDT", "MBOX" (an old text). `currency` and `fiatCurrency` cannot both be absent. Optional.
            fiat_amount: Order amount in `fiatCurrency`, at most 8 decimal places, at least 0.00000001. Optional.
            fiat_currency: An uppercase fiat code; if set, the order currency becomes USDT. Optional.
            goods: No description in the spec (sent as `goods`).
            shipping: Shipping details. Optional.
            buyer: Buyer details. Optional.
            return_url: Redirect after a successful payment. Optional.
            cancel_url: Redirect after a failed payment. Optional.
            order_expire_time: Expiry time, milliseconds since the epoch. Optional.
            support_pay_currency: Comma-separated currencies the payer may use, for example "USDT,BNB". Optional.
            app_id: Required when `env.terminalType` is MINI_PROGRAM. Optional.
            universal_url_attach: Extra query parameters appended to the response's `universalUrl`. Optional.
            pass_through_info: Returned unchanged by Query Order and the payment webhook. Optional.
            webhook_url: Webhook URL for this order, overriding the one configured in the merchant portal; must start with http or https. Optional.
            order_tags: Tags of the order. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            InvalidMerchantTradeNoError, InvalidAccountStatusError, SubMerchantInvalidError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_CREATE_V2, locals())  # type: ignore[no-any-return]

    def query(
        self,
        *,
        prepay_id: str | None = None,
        merchant_trade_no: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OrderQueryResult:
        """Query Order (v2): Returns an order's current status. Send exactly one of `prepayId` (Binance's order id) or
        `merchantTradeNo` (the merchant's): one of them is required (the schema's `anyOf`), and
        `merchantTradeNo` is ignored by Binance when `prepayId` is given. The client checks that the order
        returned carries the id(s) sent, so if both are sent they must name the same order. `orderAmount` is
        a JSON string here (not a number as in Create Order). Requests follow the table.

        `POST /binancepay/openapi/v2/order/query`; safe to retry.

        Args:
            prepay_id: Binance's id for the order, letters and digits; required if `merchantTradeNo` is absent. Optional.
            merchant_trade_no: The merchant's id for the order, letters and digits; required if `prepayId` is absent, and ignored when `prepayId` is given. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Returns:
            OrderQueryResult. Check `status`: it did not complete if it is CANCELED or ERROR or EXPIRED, though Binance answered SUCCESS (no exception is raised).

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            OrderNotFoundError: this operation's own result codes.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_QUERY, locals())  # type: ignore[no-any-return]

    def wait(
        self,
        *,
        prepay_id: str | None = None,
        merchant_trade_no: str | None = None,
        timeout: float = 900.0,
        interval: float = 5.0,
    ) -> OrderQueryResult:
        """Poll Query Order (v2) until `status` is no longer INITIAL or PENDING, or `timeout` seconds pass.

        Returns the last result: check it, since it is still not final when time ran out. A lost
        webhook never strands a payment: Binance only pushes final states.
        """
        fields = self._client._fields(_QUERY, locals())  # first: locals() is the arguments only
        return self._client._wait(_QUERY, fields, timeout=timeout, interval=interval)  # type: ignore[no-any-return]

    def close(
        self,
        *,
        merchant_trade_no: str | None = None,
        prepay_id: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Close Order: Closes an order that has no payment activity. Send one of `merchantTradeNo` or `prepayId` (one is
        required: the schema's `anyOf`). `data` is `true` when the close request is accepted; the final
        result arrives asynchronously as an order webhook (`bizType` PAY) with `bizStatus` PAY_CLOSED.

        `POST /binancepay/openapi/order/close`.

        Args:
            merchant_trade_no: The merchant's id for the order, letters and digits; required if `prepayId` is absent. Optional.
            prepay_id: Binance's id for the order, letters and digits; required if `merchantTradeNo` is absent. The docs say "maximum length 19", but their own samples use 20 digits (29383937493038367292, the id Create Order returns and the PAY webhook's `bizId`), so no length is enforced. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            OrderNotFoundError, InvalidOrderStatusError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_CLOSE, locals())  # type: ignore[no-any-return]

    def verify_payer(
        self,
        *,
        binance_id: str,
        payer_type: str,
        information: Sequence[OrderPayerInformation | Mapping[str, Any]] | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Payment Payer Verification: Checks a payer's KYC data against the merchant's records before an order is created (whitelisted
        merchants only). `data` is `true` when the data match. The examples are illustrative.

        `POST /binancepay/openapi/order/payer/verification`.

        Args:
            binance_id: The payer's Binance ID.
            payer_type: One of INDIVIDUAL, CORPORATE.
            information: The payer's data to check. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            AccountNotFoundError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_VERIFY_PAYER, locals())  # type: ignore[no-any-return]


class OrdersResourceWithRawResponse:
    """`client.orders.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: OrdersResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.create_v2 = to_raw_response_wrapper(resource.create_v2)
        self.query = to_raw_response_wrapper(resource.query)
        self.close = to_raw_response_wrapper(resource.close)
        self.verify_payer = to_raw_response_wrapper(resource.verify_payer)


class AsyncOrdersResource(AsyncAPIResource):
    """Acquiring orders (prepay orders) created, queried and closed by the merchant."""

    __slots__ = ("__dict__",)

    _OPERATIONS: ClassVar[dict[str, Operation]] = {
        "create": _CREATE,
        "create_v2": _CREATE_V2,
    }
    """The operations `client.reconcile` can look up by the merchant's id, by method name."""

    @cached_property
    def with_raw_response(self) -> AsyncOrdersResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return AsyncOrdersResourceWithRawResponse(self)

    async def create(
        self,
        *,
        env: OrderEnv | Mapping[str, Any],
        merchant_trade_no: str,
        description: str,
        goods_details: Sequence[OrderGoods | Mapping[str, Any]],
        merchant: OrderMerchant | Mapping[str, Any] | None = None,
        order_amount: Decimal | None = None,
        currency: str | None = None,
        fiat_amount: Decimal | None = None,
        fiat_currency: str | None = None,
        shipping: OrderShipping | Mapping[str, Any] | None = None,
        buyer: OrderBuyer | Mapping[str, Any] | None = None,
        return_url: str | None = None,
        cancel_url: str | None = None,
        order_expire_time: int | None = None,
        support_pay_currency: str | None = None,
        app_id: str | None = None,
        universal_url_attach: str | None = None,
        pass_through_info: str | None = None,
        webhook_url: str | None = None,
        direct_debit_contract: OrderDirectDebitContract | Mapping[str, Any] | None = None,
        order_tags: OrderTags | Mapping[str, Any] | None = None,
        voucher_code: str | None = None,
        qr_code_refer_id: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OrderResult:
        """Create Order (v3): Creates an acquiring order ("prepay order") and returns the payment links and QR content. Set
        `currency` with `orderAmount`, or `fiatCurrency` with `fiatAmount`. Since 2024-08
        `merchant.subMerchantId` is mandatory for Channel Partners. `merchantTradeNo` is the merchant's id
        for the order: a repeat is refused with INVALID_MERCHANT_TRADE_NO, and an unknown outcome is settled
        by looking it up.

        `POST /binancepay/openapi/v3/order`; safe to retry.

        Args:
            merchant: An `OrderMerchant` object with subMerchantId. Optional.
            env: An `OrderEnv` object with terminalType (required), osType, orderClientIp, cookieId.
            merchant_trade_no: The merchant's unique id for the order, letters and digits only.
            order_amount: Order amount, at most 8 decimal places, at least 0.00000001. Required when `currency` is set. Optional.
            currency: Order currency, an uppercase crypto code (for example USDT, BNB, BTC); fiat is not allowed. `currency` and `fiatCurrency` cannot both be absent. The currencies available are listed under "My Profile" in the merchant portal. Optional.
            fiat_amount: Order amount in `fiatCurrency`, at most 8 decimal places, at least 0.00000001; converted to an order amount at the market rate. Optional.
            fiat_currency: An uppercase fiat code (for example HKD); if set, the order currency becomes USDT. Optional.
            description: Description shown on the checkout page (mandatory since v3).
            goods_details: The goods of the order, at least one.
            shipping: Shipping details. Optional.
            buyer: Buyer details. Optional.
            return_url: Redirect after a successful payment. Optional.
            cancel_url: Redirect after a failed payment. Optional.
            order_expire_time: Expiry time, milliseconds since the epoch. Optional.
            support_pay_currency: Comma-separated currencies the payer may use, for example "USDT,BNB". Optional.
            app_id: Required when `env.terminalType` is MINI_PROGRAM. Optional.
            universal_url_attach: Extra query parameters appended to the response's `universalUrl`. Optional.
            pass_through_info: Returned unchanged by Query Order and the payment webhook. Optional.
            webhook_url: Webhook URL for this order, overriding the one configured in the merchant portal; must start with http or https. Optional.
            direct_debit_contract: A direct-debit contract created together with the order (whitelisted merchants). The fields are those of the Direct Debit create-contract request. Optional.
            order_tags: Tags of the order. Optional.
            voucher_code: No description in the spec (sent as `voucherCode`). Optional.
            qr_code_refer_id: The `referId` of a Merchant QR Code webhook (partners only), which links the scan event to this order. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            InvalidMerchantTradeNoError, InvalidAccountStatusError, SubMerchantInvalidError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_CREATE, locals())  # type: ignore[no-any-return]

    async def create_v2(
        self,
        *,
        env: OrderEnv | Mapping[str, Any],
        merchant_trade_no: str,
        goods: OrderGoods | Mapping[str, Any],
        merchant: OrderMerchant | Mapping[str, Any] | None = None,
        order_amount: Decimal | None = None,
        currency: str | None = None,
        fiat_amount: Decimal | None = None,
        fiat_currency: str | None = None,
        shipping: OrderShipping | Mapping[str, Any] | None = None,
        buyer: OrderBuyer | Mapping[str, Any] | None = None,
        return_url: str | None = None,
        cancel_url: str | None = None,
        order_expire_time: int | None = None,
        support_pay_currency: str | None = None,
        app_id: str | None = None,
        universal_url_attach: str | None = None,
        pass_through_info: str | None = None,
        webhook_url: str | None = None,
        order_tags: OrderTags | Mapping[str, Any] | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OrderResult:
        """Create Order (v2): Version 2 of Create Order: "still available but will be deprecated" (v3 page). Differences from v3:
        a single required `goods` object instead of the `goodsDetails` array, and no `description`. Either
        `currency` with `orderAmount`, or `fiatCurrency` with `fiatAmount`, must be set. `merchantTradeNo`
        is the merchant's own id for the order: a repeated one is refused with INVALID_MERCHANT_TRADE_NO;
        look the order up with `queryOrderV2` after an unknown outcome. The response is "unchanged" from v1
        per the v2 migration table. The link fields (`checkoutUrl`, `deeplink`, `universalUrl`) and the rest
        of `OrderResult`.

        `POST /binancepay/openapi/v2/order`; safe to retry.

        Args:
            merchant: An `OrderMerchant` object with subMerchantId. Optional.
            env: An `OrderEnv` object with terminalType (required), osType, orderClientIp, cookieId.
            merchant_trade_no: The merchant's unique id for the order, letters and digits only.
            order_amount: Order amount, a JSON number with at most 8 decimal places, at least 0.00000001. Required when `currency` is set. Optional.
            currency: Order currency, an uppercase crypto code. The v2 page text lists "BUSD", "USDT", "MBOX" (an old text). `currency` and `fiatCurrency` cannot both be absent. Optional.
            fiat_amount: Order amount in `fiatCurrency`, at most 8 decimal places, at least 0.00000001. Optional.
            fiat_currency: An uppercase fiat code; if set, the order currency becomes USDT. Optional.
            goods: No description in the spec (sent as `goods`).
            shipping: Shipping details. Optional.
            buyer: Buyer details. Optional.
            return_url: Redirect after a successful payment. Optional.
            cancel_url: Redirect after a failed payment. Optional.
            order_expire_time: Expiry time, milliseconds since the epoch. Optional.
            support_pay_currency: Comma-separated currencies the payer may use, for example "USDT,BNB". Optional.
            app_id: Required when `env.terminalType` is MINI_PROGRAM. Optional.
            universal_url_attach: Extra query parameters appended to the response's `universalUrl`. Optional.
            pass_through_info: Returned unchanged by Query Order and the payment webhook. Optional.
            webhook_url: Webhook URL for this order, overriding the one configured in the merchant portal; must start with http or https. Optional.
            order_tags: Tags of the order. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            InvalidMerchantTradeNoError, InvalidAccountStatusError, SubMerchantInvalidError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_CREATE_V2, locals())  # type: ignore[no-any-return]

    async def query(
        self,
        *,
        prepay_id: str | None = None,
        merchant_trade_no: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OrderQueryResult:
        """Query Order (v2): Returns an order's current status. Send exactly one of `prepayId` (Binance's order id) or
        `merchantTradeNo` (the merchant's): one of them is required (the schema's `anyOf`), and
        `merchantTradeNo` is ignored by Binance when `prepayId` is given. The client checks that the order
        returned carries the id(s) sent, so if both are sent they must name the same order. `orderAmount` is
        a JSON string here (not a number as in Create Order). Requests follow the table.

        `POST /binancepay/openapi/v2/order/query`; safe to retry.

        Args:
            prepay_id: Binance's id for the order, letters and digits; required if `merchantTradeNo` is absent. Optional.
            merchant_trade_no: The merchant's id for the order, letters and digits; required if `prepayId` is absent, and ignored when `prepayId` is given. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Returns:
            OrderQueryResult. Check `status`: it did not complete if it is CANCELED or ERROR or EXPIRED, though Binance answered SUCCESS (no exception is raised).

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            OrderNotFoundError: this operation's own result codes.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_QUERY, locals())  # type: ignore[no-any-return]

    async def wait(
        self,
        *,
        prepay_id: str | None = None,
        merchant_trade_no: str | None = None,
        timeout: float = 900.0,
        interval: float = 5.0,
    ) -> OrderQueryResult:
        """Poll Query Order (v2) until `status` is no longer INITIAL or PENDING, or `timeout` seconds pass.

        Returns the last result: check it, since it is still not final when time ran out. A lost
        webhook never strands a payment: Binance only pushes final states.
        """
        fields = self._client._fields(_QUERY, locals())  # first: locals() is the arguments only
        return await self._client._wait(_QUERY, fields, timeout=timeout, interval=interval)  # type: ignore[no-any-return]

    async def close(
        self,
        *,
        merchant_trade_no: str | None = None,
        prepay_id: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Close Order: Closes an order that has no payment activity. Send one of `merchantTradeNo` or `prepayId` (one is
        required: the schema's `anyOf`). `data` is `true` when the close request is accepted; the final
        result arrives asynchronously as an order webhook (`bizType` PAY) with `bizStatus` PAY_CLOSED.

        `POST /binancepay/openapi/order/close`.

        Args:
            merchant_trade_no: The merchant's id for the order, letters and digits; required if `prepayId` is absent. Optional.
            prepay_id: Binance's id for the order, letters and digits; required if `merchantTradeNo` is absent. The docs say "maximum length 19", but their own samples use 20 digits (29383937493038367292, the id Create Order returns and the PAY webhook's `bizId`), so no length is enforced. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            OrderNotFoundError, InvalidOrderStatusError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_CLOSE, locals())  # type: ignore[no-any-return]

    async def verify_payer(
        self,
        *,
        binance_id: str,
        payer_type: str,
        information: Sequence[OrderPayerInformation | Mapping[str, Any]] | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Payment Payer Verification: Checks a payer's KYC data against the merchant's records before an order is created (whitelisted
        merchants only). `data` is `true` when the data match. The examples are illustrative.

        `POST /binancepay/openapi/order/payer/verification`.

        Args:
            binance_id: The payer's Binance ID.
            payer_type: One of INDIVIDUAL, CORPORATE.
            information: The payer's data to check. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            AccountNotFoundError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_VERIFY_PAYER, locals())  # type: ignore[no-any-return]


class AsyncOrdersResourceWithRawResponse:
    """`client.orders.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: AsyncOrdersResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.create_v2 = async_to_raw_response_wrapper(resource.create_v2)
        self.query = async_to_raw_response_wrapper(resource.query)
        self.close = async_to_raw_response_wrapper(resource.close)
        self.verify_payer = async_to_raw_response_wrapper(resource.verify_payer)


__all__ = [
    "AsyncOrdersResource",
    "AsyncOrdersResourceWithRawResponse",
    "OrdersResource",
    "OrdersResourceWithRawResponse",
]
