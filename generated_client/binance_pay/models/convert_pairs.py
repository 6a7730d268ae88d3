# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field

if TYPE_CHECKING:
    from ..models.convert_pair import ConvertPair


T = TypeVar("T", bound="ConvertPairs")


@_attrs_define
class ConvertPairs:
    """The currencies `coin` converts into.

    Attributes:
        coin (str): The currency of the request (`fromAsset`).
        to_list (list[ConvertPair]): One entry per currency `coin` converts into.
    """

    coin: str
    to_list: list[ConvertPair]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        to_list = []
        for to_list_item_data in self.to_list:
            to_list_item = to_list_item_data.to_dict()
            to_list.append(to_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coin": coin,
                "toList": to_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.convert_pair import ConvertPair  # noqa: PLC0415

        d = dict(src_dict)
        coin = d.pop("coin")

        to_list = []
        _to_list = d.pop("toList")
        for to_list_item_data in _to_list:
            to_list_item = ConvertPair.from_dict(to_list_item_data)

            to_list.append(to_list_item)

        convert_pairs = cls(
            coin=coin,
            to_list=to_list,
        )

        convert_pairs.additional_properties = d
        return convert_pairs

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
