# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderPersonName")


@_attrs_define
class OrderPersonName:
    """A person's name (from third-party SDKs and the official v2 connector's docstring).

    Attributes:
        first_name (str):
        last_name (str):
        middle_name (str | Unset):
    """

    first_name: str
    last_name: str
    middle_name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        middle_name = self.middle_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "firstName": first_name,
                "lastName": last_name,
            }
        )
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        middle_name = d.pop("middleName", UNSET)

        order_person_name = cls(
            first_name=first_name,
            last_name=last_name,
            middle_name=middle_name,
        )

        return order_person_name
