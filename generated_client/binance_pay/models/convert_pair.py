# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field

T = TypeVar("T", bound="ConvertPair")


@_attrs_define
class ConvertPair:
    """One convert pair and its limits. Binance writes these decimals in exponent notation at times (its sample: `2E+1`,
    `7E+5`); the number of decimal places is not documented.

        Attributes:
            coin (str): The currency converted into.
            from_min (Decimal): Minimum amount of the from-currency.
            from_max (Decimal): Maximum amount of the from-currency.
            to_min (Decimal): Minimum amount of the to-currency.
            to_max (Decimal): Maximum amount of the to-currency.
            reverse (bool): Whether the reverse conversion is available.
            base (bool): Whether `coin` is the base currency of the pair ("Is base").
    """

    coin: str
    from_min: Decimal
    from_max: Decimal
    to_min: Decimal
    to_max: Decimal
    reverse: bool
    base: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        from_min = self.from_min

        from_max = self.from_max

        to_min = self.to_min

        to_max = self.to_max

        reverse = self.reverse

        base = self.base

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coin": coin,
                "fromMin": from_min,
                "fromMax": from_max,
                "toMin": to_min,
                "toMax": to_max,
                "reverse": reverse,
                "base": base,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coin = d.pop("coin")

        from_min = d.pop("fromMin")
        if type(from_min) is int:
            from_min = Decimal(from_min)

        from_max = d.pop("fromMax")
        if type(from_max) is int:
            from_max = Decimal(from_max)

        to_min = d.pop("toMin")
        if type(to_min) is int:
            to_min = Decimal(to_min)

        to_max = d.pop("toMax")
        if type(to_max) is int:
            to_max = Decimal(to_max)

        reverse = d.pop("reverse")

        base = d.pop("base")

        convert_pair = cls(
            coin=coin,
            from_min=from_min,
            from_max=from_max,
            to_min=to_min,
            to_max=to_max,
            reverse=reverse,
            base=base,
        )

        convert_pair.additional_properties = d
        return convert_pair

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
