# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class ProfitSharingReceiverPage(Model):
    """One page of receivers.

    Attributes:
        account_list (list[str]): The Binance IDs registered as receivers.
        total_page_num (int): Number of pages.
        total_record_num (int): Number of receivers.
        current_page_num (int): This page's number.
        current_page_size (int): This page's size.
    """

    account_list: list[str]
    total_page_num: int
    total_record_num: int
    current_page_num: int
    current_page_size: int

    _fields: ClassVar[dict[str, str]] = {
        "accountList": "account_list",
        "totalPageNum": "total_page_num",
        "totalRecordNum": "total_record_num",
        "currentPageNum": "current_page_num",
        "currentPageSize": "current_page_size",
    }
