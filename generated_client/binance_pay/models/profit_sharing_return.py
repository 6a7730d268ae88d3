# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class ProfitSharingReturn(Model):
    """A split return.

    Attributes:
        merchant_return_no (str): The request's merchantReturnNo.
        prepay_order_id (str | None): The order's prepayId.
        split_order_no (str | None): The split's id. Binance marks it required; not required here because the
            request needs only one of splitOrderNo and originMerchantRequestId.
        origin_merchant_request_id (str | None): The split's merchantRequestId. Binance marks it required; not
            required here for the same reason as splitOrderNo.
        transfer_out_account (str | None): The Pay ID the funds are taken back from.
        return_amount (Decimal | None): The amount taken back.
        return_order_no (str | None): Binance's id for the return.
        status (int | None): 1 PROCESSING, 2 SUCCESS, 3 FAIL. Other values are kept as they are.
        fail_reason (str | None): Why it failed, if it did.
        finish_time (int | None): When the return was processed, in SECONDS since the epoch (not milliseconds).
    """

    merchant_return_no: str
    prepay_order_id: str | None = None
    split_order_no: str | None = None
    origin_merchant_request_id: str | None = None
    transfer_out_account: str | None = None
    return_amount: Decimal | None = None
    return_order_no: str | None = None
    status: int | None = None
    fail_reason: str | None = None
    finish_time: int | None = None

    _fields: ClassVar[dict[str, str]] = {
        "merchantReturnNo": "merchant_return_no",
        "prepayOrderId": "prepay_order_id",
        "splitOrderNo": "split_order_no",
        "originMerchantRequestId": "origin_merchant_request_id",
        "transferOutAccount": "transfer_out_account",
        "returnAmount": "return_amount",
        "returnOrderNo": "return_order_no",
        "status": "status",
        "failReason": "fail_reason",
        "finishTime": "finish_time",
    }
