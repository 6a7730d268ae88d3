# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar

from .._dataclasses import define
from .._model import Model

if TYPE_CHECKING:
    from .webhook_payment_info import WebhookPaymentInfo


@define
class WebhookPayData(Model):
    """`data` of a PAY notification (`bizStatus` PAY_SUCCESS or PAY_CLOSED), once parsed.

    Attributes:
        merchant_trade_no (str): The merchant's id for the order.
        product_type (str): Documented as at most 16 characters; not enforced on what Binance sends.
        product_name (str): Documented as at most 256 characters; not enforced on what Binance sends.
        transact_time (int): Transaction time, milliseconds since the epoch.
        trade_type (str): Where the order was placed ("operate entrance").
        total_fee (Decimal): Order amount (a JSON number).
        currency (str): Order currency.
        transaction_id (str | None): Debit transaction id.
        open_user_id (str | None): The payer's unique id for this merchant.
        pass_through_info (str | None): Echo of the `passThroughInfo` given at creation.
        commission (Decimal | None): Fee charged.
        payment_info (WebhookPaymentInfo | None): How the order was paid, as the PAY notification carries it.
    """

    merchant_trade_no: str
    product_type: str
    product_name: str
    transact_time: int
    trade_type: str
    total_fee: Decimal
    currency: str
    transaction_id: str | None = None
    open_user_id: str | None = None
    pass_through_info: str | None = None
    commission: Decimal | None = None
    payment_info: WebhookPaymentInfo | None = None

    _fields: ClassVar[dict[str, str]] = {
        "merchantTradeNo": "merchant_trade_no",
        "productType": "product_type",
        "productName": "product_name",
        "transactTime": "transact_time",
        "tradeType": "trade_type",
        "totalFee": "total_fee",
        "currency": "currency",
        "transactionId": "transaction_id",
        "openUserId": "open_user_id",
        "passThroughInfo": "pass_through_info",
        "commission": "commission",
        "paymentInfo": "payment_info",
    }
    _nested: ClassVar[dict[str, str | list[str]]] = {
        "paymentInfo": "WebhookPaymentInfo",
    }
