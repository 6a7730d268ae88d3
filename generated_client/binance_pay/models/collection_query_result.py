# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionQueryResult")


@_attrs_define
class CollectionQueryResult:
    """A collection order. `clientTradeNo` is not required: it is optional in the request, and unconfirmed to come back
    when the order was asked for by `orderId`.

        Attributes:
            order_id (Any): Binance's id for the collection order. JSON type unconfirmed (the reference gives none; other
                Binance ids travel as strings): read either form, kept exactly as sent (a `str`, or an `int` with every digit).
            status (str): INITIAL, PENDING or PAID. Open; a value not listed here is kept as text.
            client_trade_no (str | Unset): The merchant's id for the collection order.
    """

    order_id: Any
    status: str
    client_trade_no: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        status = self.status

        client_trade_no = self.client_trade_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "status": status,
            }
        )
        if client_trade_no is not UNSET:
            field_dict["clientTradeNo"] = client_trade_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId")

        status = d.pop("status")

        client_trade_no = d.pop("clientTradeNo", UNSET)

        collection_query_result = cls(
            order_id=order_id,
            status=status,
            client_trade_no=client_trade_no,
        )

        collection_query_result.additional_properties = d
        return collection_query_result

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
