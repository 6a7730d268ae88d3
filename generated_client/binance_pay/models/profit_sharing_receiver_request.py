# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define

T = TypeVar("T", bound="ProfitSharingReceiverRequest")


@_attrs_define
class ProfitSharingReceiverRequest:
    """A receiver to add or delete.

    Attributes:
        account (str): The receiver's Binance ID.
    """

    account: str

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "account": account,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account = d.pop("account")

        profit_sharing_receiver_request = cls(
            account=account,
        )

        return profit_sharing_receiver_request
