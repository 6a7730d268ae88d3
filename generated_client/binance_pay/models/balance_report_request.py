# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..models.balance_report_request_report_type import BalanceReportRequestReportType
from ..models.wallet import Wallet
from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceReportRequest")


@_attrs_define
class BalanceReportRequest:
    """Download Balance Report request.

    Attributes:
        report_type (BalanceReportRequestReportType): Always "Balance".
        start_date (str): First day, YYYY-MM-DD (an older revision of the page says YYYY/MM/DD; unconfirmed). At most 3
            months before endDate.
        end_date (str): Last day, YYYY-MM-DD, after startDate and before today.
        wallet_type (Wallet | Unset): Binance wallet to query.
    """

    report_type: BalanceReportRequestReportType
    start_date: str
    end_date: str
    wallet_type: Wallet | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        report_type = self.report_type.value

        start_date = self.start_date

        end_date = self.end_date

        wallet_type: str | Unset = UNSET
        if not isinstance(self.wallet_type, Unset):
            wallet_type = self.wallet_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reportType": report_type,
                "startDate": start_date,
                "endDate": end_date,
            }
        )
        if wallet_type is not UNSET:
            field_dict["walletType"] = wallet_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        report_type = BalanceReportRequestReportType(d.pop("reportType"))

        start_date = d.pop("startDate")

        end_date = d.pop("endDate")

        _wallet_type = d.pop("walletType", UNSET)
        wallet_type: Wallet | Unset
        if isinstance(_wallet_type, Unset):
            wallet_type = UNSET
        else:
            wallet_type = Wallet(_wallet_type)

        balance_report_request = cls(
            report_type=report_type,
            start_date=start_date,
            end_date=end_date,
            wallet_type=wallet_type,
        )

        return balance_report_request
