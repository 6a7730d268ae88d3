# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

from .._dataclasses import define
from .._model import Model


@define
class WebhookRefundData(Model):
    """`data` of a PAY_REFUND notification (`bizStatus` REFUND_SUCCESS or REFUND_REJECTED), once parsed. Sent only for
    refunds made through the refund API, with a final status only.

    Attributes:
        merchant_trade_no (str): The merchant's id for the order.
        product_type (str): Documented as at most 16 characters; not enforced on what Binance sends.
        product_name (str): Documented as at most 256 characters; not enforced on what Binance sends.
        trade_type (str): Where the order was placed ("operate entrance").
        total_fee (Decimal): Order amount (a JSON number).
        currency (str): Order currency.
        open_user_id (str | None): The payer's unique id for this merchant.
        refund_info (Any | None): The refund (`WebhookRefundInfo`); only for merchants approved by Binance
            Operations.
        transact_time (int | None)
        commission (Decimal | None)
    """

    merchant_trade_no: str
    product_type: str
    product_name: str
    trade_type: str
    total_fee: Decimal
    currency: str
    open_user_id: str | None = None
    refund_info: Any | None = None
    transact_time: int | None = None
    commission: Decimal | None = None

    _fields: ClassVar[dict[str, str]] = {
        "merchantTradeNo": "merchant_trade_no",
        "productType": "product_type",
        "productName": "product_name",
        "tradeType": "trade_type",
        "totalFee": "total_fee",
        "currency": "currency",
        "openUserId": "open_user_id",
        "refundInfo": "refund_info",
        "transactTime": "transact_time",
        "commission": "commission",
    }
