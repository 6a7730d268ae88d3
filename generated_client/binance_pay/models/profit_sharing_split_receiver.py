# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfitSharingSplitReceiver")


@_attrs_define
class ProfitSharingSplitReceiver:
    """One receiver's part of a split.

    Attributes:
        account (str): The receiver's Binance ID; it must have been added with Add Receiver.
        amount (Decimal): An amount we send: 0.00000001 to 999999999999999.99999999, at most 8 decimal places (the
            documented range of a Binance Pay amount; zero is refused).
        description (str): Description; no special characters except "," "/" ".".
        webhook_url (str | Unset): The URL for this receiver's split notification; http or https only.
    """

    account: str
    amount: Decimal
    description: str
    webhook_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        amount = self.amount

        description = self.description

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "account": account,
                "amount": amount,
                "description": description,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account = d.pop("account")

        amount = d.pop("amount")
        if type(amount) is int:
            amount = Decimal(amount)

        description = d.pop("description")

        webhook_url = d.pop("webhookUrl", UNSET)

        profit_sharing_split_receiver = cls(
            account=account,
            amount=amount,
            description=description,
            webhook_url=webhook_url,
        )

        return profit_sharing_split_receiver
