# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderPaymentInstruction")


@_attrs_define
class OrderPaymentInstruction:
    """What the payer actually paid, in one currency. From third-party SDKs (a Dart SDK): the JSON types (strings).

    Attributes:
        currency (str | Unset):
        amount (Decimal | Unset):
        price (Decimal | Unset): Price of `currency` in the order currency.
    """

    currency: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    price: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        amount = self.amount

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if amount is not UNSET:
            field_dict["amount"] = amount
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency", UNSET)

        amount = d.pop("amount", UNSET)
        if type(amount) is int:
            amount = Decimal(amount)

        price = d.pop("price", UNSET)
        if type(price) is int:
            price = Decimal(price)

        order_payment_instruction = cls(
            currency=currency,
            amount=amount,
            price=price,
        )

        order_payment_instruction.additional_properties = d
        return order_payment_instruction

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
