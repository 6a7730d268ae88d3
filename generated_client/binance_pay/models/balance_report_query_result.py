# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class BalanceReportQueryResult(Model):
    """The state of a balance report.

    Attributes:
        exist (bool): Whether the report exists.
        status (str): PROCESSING, FAILED, EXPIRED or SUCCESS. Open; a value not listed here is kept as text.
        download_url (str | None): Where to download the report, once it is ready.
    """

    exist: bool
    status: str
    download_url: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "exist": "exist",
        "status": "status",
        "downloadUrl": "download_url",
    }
