# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookCollectionNotification")


@_attrs_define
class WebhookCollectionNotification:
    """The whole body (no envelope, no `data` string) of a C2C collection notification, sent to the `notificationUrl` given
    when the collection was created. Reply as to the other notifications.

        Attributes:
            order_id (Any | Unset): Binance's id for the collection order. JSON type unconfirmed (the reference gives none;
                Query Collection's example carries a string): read either form, kept exactly as sent.
            client_trade_no (str | Unset):
            status (str | Unset):
    """

    order_id: Any | Unset = UNSET
    client_trade_no: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        client_trade_no = self.client_trade_no

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if client_trade_no is not UNSET:
            field_dict["clientTradeNo"] = client_trade_no
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId", UNSET)

        client_trade_no = d.pop("clientTradeNo", UNSET)

        status = d.pop("status", UNSET)

        webhook_collection_notification = cls(
            order_id=order_id,
            client_trade_no=client_trade_no,
            status=status,
        )

        webhook_collection_notification.additional_properties = d
        return webhook_collection_notification

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
