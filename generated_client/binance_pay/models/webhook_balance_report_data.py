# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import Any, ClassVar

from .._dataclasses import define
from .._model import Model


@define
class WebhookBalanceReportData(Model):
    """`data` of a BALANCE notification (`bizStatus` BALANCE_SUCCESS), once parsed.

    Attributes:
        download_type (str | None): merchant_balance_download_task.
        download_id (Any | None): The report's task id.
        user_id (Any | None): The merchant's user id.
        status (int | None): 2 = success.
        download_link (str | None)
        expiration_timestamp (int | None)
        create_time (str | None): "yyyy-MM-dd HH:mm:ss" (a string).
        callback_url (str | None)
    """

    download_type: str | None = None
    download_id: Any | None = None
    user_id: Any | None = None
    status: int | None = None
    download_link: str | None = None
    expiration_timestamp: int | None = None
    create_time: str | None = None
    callback_url: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "downloadType": "download_type",
        "downloadId": "download_id",
        "userId": "user_id",
        "status": "status",
        "downloadLink": "download_link",
        "expirationTimestamp": "expiration_timestamp",
        "createTime": "create_time",
        "callbackUrl": "callback_url",
    }
