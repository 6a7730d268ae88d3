# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field

T = TypeVar("T", bound="ConvertExecution")


@_attrs_define
class ConvertExecution:
    """The convert order an executed quote created.

    Attributes:
        order_id (str): The convert order's id (for Query Order).
        create_time (int): When the order was created, in milliseconds since the epoch (Binance's table says decimal;
            its sample is an integer).
        order_status (str): Convert order status: SUCCESS, FAIL or PROCESS (still running; query it again). Open: a
            value not listed here is kept as text.
        quote_price (Decimal): From:To quote price.
        inverse_price (Decimal): To:From quote price.
        from_coin (str): The currency converted from.
        from_coin_amount (Decimal): Amount debited.
        to_coin (str): The currency converted into.
        to_coin_amount (Decimal): Amount credited.
    """

    order_id: str
    create_time: int
    order_status: str
    quote_price: Decimal
    inverse_price: Decimal
    from_coin: str
    from_coin_amount: Decimal
    to_coin: str
    to_coin_amount: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        create_time = self.create_time

        order_status = self.order_status

        quote_price = self.quote_price

        inverse_price = self.inverse_price

        from_coin = self.from_coin

        from_coin_amount = self.from_coin_amount

        to_coin = self.to_coin

        to_coin_amount = self.to_coin_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "createTime": create_time,
                "orderStatus": order_status,
                "quotePrice": quote_price,
                "inversePrice": inverse_price,
                "fromCoin": from_coin,
                "fromCoinAmount": from_coin_amount,
                "toCoin": to_coin,
                "toCoinAmount": to_coin_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId")

        create_time = d.pop("createTime")

        order_status = d.pop("orderStatus")

        quote_price = d.pop("quotePrice")
        if type(quote_price) is int:
            quote_price = Decimal(quote_price)

        inverse_price = d.pop("inversePrice")
        if type(inverse_price) is int:
            inverse_price = Decimal(inverse_price)

        from_coin = d.pop("fromCoin")

        from_coin_amount = d.pop("fromCoinAmount")
        if type(from_coin_amount) is int:
            from_coin_amount = Decimal(from_coin_amount)

        to_coin = d.pop("toCoin")

        to_coin_amount = d.pop("toCoinAmount")
        if type(to_coin_amount) is int:
            to_coin_amount = Decimal(to_coin_amount)

        convert_execution = cls(
            order_id=order_id,
            create_time=create_time,
            order_status=order_status,
            quote_price=quote_price,
            inverse_price=inverse_price,
            from_coin=from_coin,
            from_coin_amount=from_coin_amount,
            to_coin=to_coin,
            to_coin_amount=to_coin_amount,
        )

        convert_execution.additional_properties = d
        return convert_execution

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
