# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define

T = TypeVar("T", bound="OrderGoodsUnitAmount")


@_attrs_define
class OrderGoodsUnitAmount:
    """Unit price of the goods. From third-party SDKs (and the official v2 connector's docstring, which types `amount` as a
    float): the fields; unconfirmed: that both are required.

        Attributes:
            currency (str): Currency of the unit price, uppercase.
            amount (Decimal): Unit price, at most 8 decimal places.
    """

    currency: str
    amount: Decimal

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "currency": currency,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        amount = d.pop("amount")
        if type(amount) is int:
            amount = Decimal(amount)

        order_goods_unit_amount = cls(
            currency=currency,
            amount=amount,
        )

        return order_goods_unit_amount
