# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class ReportFile(Model):
    """One report file.

    Attributes:
        report_type (str | None): Transaction or Settlement.
        transaction_type (str | None): Payment or Payout for transaction reports; Payment or Refund for settlement
            reports.
        transaction_date (str | None): Day the file covers.
        file_name (str | None): File name, e.g. T_Payment_yyyyMMdd.xls.
        download_url (str | None): Where to download the file.
    """

    report_type: str | None = None
    transaction_type: str | None = None
    transaction_date: str | None = None
    file_name: str | None = None
    download_url: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "reportType": "report_type",
        "transactionType": "transaction_type",
        "transactionDate": "transaction_date",
        "fileName": "file_name",
        "downloadUrl": "download_url",
    }
