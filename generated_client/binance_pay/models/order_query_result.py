# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar

from .._dataclasses import define
from .._model import Model

if TYPE_CHECKING:
    from .order_payment_info import OrderPaymentInfo


@define
class OrderQueryResult(Model):
    """An order, as Query Order v2 returns it.

    Attributes:
        merchant_id (int): The merchant's account id.
        prepay_id (str): Binance's id for the order.
        merchant_trade_no (str): The merchant's id for the order.
        status (str): Order status.
        currency (str): Order currency.
        create_time (int): Creation time, milliseconds since the epoch.
        transaction_id (str | None): Issued once the payment succeeds.
        order_amount (Decimal | None): Order amount, a JSON string here.
        open_user_id (str | None): The payer's unique id for this merchant.
        pass_through_info (str | None): Echo of the `passThroughInfo` given at creation.
        commission (Decimal | None): Fee charged.
        transact_time (int | None): Payment time, milliseconds since the epoch.
        payment_info (OrderPaymentInfo | None): How the order was paid.
        total_fee (Decimal | None): Order amount in the older shape of the order, which carries it as a JSON number
            instead of `orderAmount`.
    """

    merchant_id: int
    prepay_id: str
    merchant_trade_no: str
    status: str
    currency: str
    create_time: int
    transaction_id: str | None = None
    order_amount: Decimal | None = None
    open_user_id: str | None = None
    pass_through_info: str | None = None
    commission: Decimal | None = None
    transact_time: int | None = None
    payment_info: OrderPaymentInfo | None = None
    total_fee: Decimal | None = None

    _fields: ClassVar[dict[str, str]] = {
        "merchantId": "merchant_id",
        "prepayId": "prepay_id",
        "merchantTradeNo": "merchant_trade_no",
        "status": "status",
        "currency": "currency",
        "createTime": "create_time",
        "transactionId": "transaction_id",
        "orderAmount": "order_amount",
        "openUserId": "open_user_id",
        "passThroughInfo": "pass_through_info",
        "commission": "commission",
        "transactTime": "transact_time",
        "paymentInfo": "payment_info",
        "totalFee": "total_fee",
    }
    _nested: ClassVar[dict[str, str | list[str]]] = {
        "paymentInfo": "OrderPaymentInfo",
    }
