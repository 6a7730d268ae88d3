# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectDebitOrderTags")


@_attrs_define
class DirectDebitOrderTags:
    """Tags of a direct debit order.

    Attributes:
        if_profit_sharing (bool | Unset): True tags the order for profit sharing.
    """

    if_profit_sharing: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if_profit_sharing = self.if_profit_sharing

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if if_profit_sharing is not UNSET:
            field_dict["ifProfitSharing"] = if_profit_sharing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if_profit_sharing = d.pop("ifProfitSharing", UNSET)

        direct_debit_order_tags = cls(
            if_profit_sharing=if_profit_sharing,
        )

        return direct_debit_order_tags
