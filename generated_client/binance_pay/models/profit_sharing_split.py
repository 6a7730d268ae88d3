# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from .._dataclasses import define
from .._model import Model

if TYPE_CHECKING:
    from .profit_sharing_split_detail import ProfitSharingSplitDetail


@define
class ProfitSharingSplit(Model):
    """A split of an order.

    Attributes:
        split_order_no (str): Binance's split order id.
        merchant_request_id (str): The merchant's id for the split.
        prepay_order_id (str): The order's prepayId.
        status (int): Split status: 0 WAITING, 1 PROCESSING, 2 FINISHED. Other values are kept as they are (an
            integer status cannot be an open enum here).
        receiver_order_details (list[ProfitSharingSplitDetail]): One entry per receiver.
    """

    split_order_no: str
    merchant_request_id: str
    prepay_order_id: str
    status: int
    receiver_order_details: list[ProfitSharingSplitDetail]

    _fields: ClassVar[dict[str, str]] = {
        "splitOrderNo": "split_order_no",
        "merchantRequestId": "merchant_request_id",
        "prepayOrderId": "prepay_order_id",
        "status": "status",
        "receiverOrderDetails": "receiver_order_details",
    }
    _nested: ClassVar[dict[str, str | list[str]]] = {
        "receiverOrderDetails": ["ProfitSharingSplitDetail"],
    }
