# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar

from .._dataclasses import define
from .._model import Model

if TYPE_CHECKING:
    from .payout_transfer_detail import PayoutTransferDetail


@define
class PayoutQueryResult(Model):
    """A batch payout and its transfers.

    Attributes:
        request_id (str): The request's `requestId`.
        batch_status (str): Batch status: ACCEPTED (will be processed soon), PROCESSING, SUCCESS (every payee
            received the money), PART_SUCCESS (some transfers succeeded: insufficient funds, a payee still to register,
            or a refund after 72 hours), FAILED (every transfer failed), CANCELED (given up by Binance after retries).
            Open: a value not listed here is kept as text.
        merchant_id (int | None): The merchant's account id.
        currency (str | None): Currency of the batch.
        total_amount (Decimal | None): An exact decimal amount, at most 8 decimal places. Zero is valid; negative is
            not.
        total_paid_amount (Decimal | None): An exact decimal amount, at most 8 decimal places. Zero is valid;
            negative is not.
        total_payout_fee (Decimal | None): An exact decimal amount, at most 8 decimal places. Zero is valid;
            negative is not.
        total_number (int | None): Number of transfers in the batch.
        transfer_detail_list (list[PayoutTransferDetail] | None): The transfers selected by detailStatus.
    """

    request_id: str
    batch_status: str
    merchant_id: int | None = None
    currency: str | None = None
    total_amount: Decimal | None = None
    total_paid_amount: Decimal | None = None
    total_payout_fee: Decimal | None = None
    total_number: int | None = None
    transfer_detail_list: list[PayoutTransferDetail] | None = None

    _fields: ClassVar[dict[str, str]] = {
        "requestId": "request_id",
        "batchStatus": "batch_status",
        "merchantId": "merchant_id",
        "currency": "currency",
        "totalAmount": "total_amount",
        "totalPaidAmount": "total_paid_amount",
        "totalPayoutFee": "total_payout_fee",
        "totalNumber": "total_number",
        "transferDetailList": "transfer_detail_list",
    }
    _nested: ClassVar[dict[str, str | list[str]]] = {
        "transferDetailList": ["PayoutTransferDetail"],
    }
