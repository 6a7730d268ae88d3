# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..models.order_os_type import OrderOsType
from ..models.order_terminal_type import OrderTerminalType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderEnv")


@_attrs_define
class OrderEnv:
    """
    Attributes:
        terminal_type (OrderTerminalType): Where the order is placed.
        os_type (OrderOsType | Unset): Operating system of the buyer's device.
        order_client_ip (str | Unset): IP address of the buyer's device.
        cookie_id (str | Unset): The buyer's cookie id.
    """

    terminal_type: OrderTerminalType
    os_type: OrderOsType | Unset = UNSET
    order_client_ip: str | Unset = UNSET
    cookie_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        terminal_type = self.terminal_type.value

        os_type: str | Unset = UNSET
        if not isinstance(self.os_type, Unset):
            os_type = self.os_type.value

        order_client_ip = self.order_client_ip

        cookie_id = self.cookie_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "terminalType": terminal_type,
            }
        )
        if os_type is not UNSET:
            field_dict["osType"] = os_type
        if order_client_ip is not UNSET:
            field_dict["orderClientIp"] = order_client_ip
        if cookie_id is not UNSET:
            field_dict["cookieId"] = cookie_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        terminal_type = OrderTerminalType(d.pop("terminalType"))

        _os_type = d.pop("osType", UNSET)
        os_type: OrderOsType | Unset
        if isinstance(_os_type, Unset):
            os_type = UNSET
        else:
            os_type = OrderOsType(_os_type)

        order_client_ip = d.pop("orderClientIp", UNSET)

        cookie_id = d.pop("cookieId", UNSET)

        order_env = cls(
            terminal_type=terminal_type,
            os_type=os_type,
            order_client_ip=order_client_ip,
            cookie_id=cookie_id,
        )

        return order_env
