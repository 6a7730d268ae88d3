# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

from .._dataclasses import define
from .._model import Model


@define
class ProfitSharingSplitDetail(Model):
    """One receiver's part of a split, and its outcome. `detailId` and `finishTime` are not required: a part still
    PROCESSING has not finished.

    Attributes:
        account (str): The receiver's Binance ID.
        amount (Decimal): The amount for this receiver.
        status (int): 1 PROCESSING, 2 SUCCESS, 3 FAIL. Other values are kept as they are.
        fail_reason (str | None): Why it failed, if it did (at most 128 characters).
        detail_id (Any | None): Binance's id for this part.
        finish_time (int | None): When this part was processed, in SECONDS since the epoch (not milliseconds).
    """

    account: str
    amount: Decimal
    status: int
    fail_reason: str | None = None
    detail_id: Any | None = None
    finish_time: int | None = None

    _fields: ClassVar[dict[str, str]] = {
        "account": "account",
        "amount": "amount",
        "status": "status",
        "failReason": "fail_reason",
        "detailId": "detail_id",
        "finishTime": "finish_time",
    }
