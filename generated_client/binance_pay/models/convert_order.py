# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field

T = TypeVar("T", bound="ConvertOrder")


@_attrs_define
class ConvertOrder:
    """A convert order.

    Attributes:
        order_id (str): The convert order's id.
        order_status (str): Convert order status: SUCCESS, FAIL or PROCESS (still running; query it again). Open: a
            value not listed here is kept as text.
        from_asset (str): The currency converted from.
        from_amount (Decimal): Amount debited.
        to_asset (str): The currency converted into.
        to_amount (Decimal): Amount credited.
        ratio (Decimal): From:To quote price.
        inverse_ratio (Decimal): To:From quote price.
    """

    order_id: str
    order_status: str
    from_asset: str
    from_amount: Decimal
    to_asset: str
    to_amount: Decimal
    ratio: Decimal
    inverse_ratio: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        order_status = self.order_status

        from_asset = self.from_asset

        from_amount = self.from_amount

        to_asset = self.to_asset

        to_amount = self.to_amount

        ratio = self.ratio

        inverse_ratio = self.inverse_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "orderStatus": order_status,
                "fromAsset": from_asset,
                "fromAmount": from_amount,
                "toAsset": to_asset,
                "toAmount": to_amount,
                "ratio": ratio,
                "inverseRatio": inverse_ratio,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId")

        order_status = d.pop("orderStatus")

        from_asset = d.pop("fromAsset")

        from_amount = d.pop("fromAmount")
        if type(from_amount) is int:
            from_amount = Decimal(from_amount)

        to_asset = d.pop("toAsset")

        to_amount = d.pop("toAmount")
        if type(to_amount) is int:
            to_amount = Decimal(to_amount)

        ratio = d.pop("ratio")
        if type(ratio) is int:
            ratio = Decimal(ratio)

        inverse_ratio = d.pop("inverseRatio")
        if type(inverse_ratio) is int:
            inverse_ratio = Decimal(inverse_ratio)

        convert_order = cls(
            order_id=order_id,
            order_status=order_status,
            from_asset=from_asset,
            from_amount=from_amount,
            to_asset=to_asset,
            to_amount=to_amount,
            ratio=ratio,
            inverse_ratio=inverse_ratio,
        )

        convert_order.additional_properties = d
        return convert_order

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
