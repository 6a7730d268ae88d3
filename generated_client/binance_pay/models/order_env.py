# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from .._dataclasses import define
from .._model import Model

if TYPE_CHECKING:
    from .order_os_type import OrderOsType
    from .order_terminal_type import OrderTerminalType


@define
class OrderEnv(Model):
    """OrderEnv

    Attributes:
        terminal_type (OrderTerminalType): Where the order is placed.
        os_type (OrderOsType | None): Operating system of the buyer's device.
        order_client_ip (str | None): IP address of the buyer's device.
        cookie_id (str | None): The buyer's cookie id.
    """

    terminal_type: OrderTerminalType
    os_type: OrderOsType | None = None
    order_client_ip: str | None = None
    cookie_id: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "terminalType": "terminal_type",
        "osType": "os_type",
        "orderClientIp": "order_client_ip",
        "cookieId": "cookie_id",
    }
    _nested: ClassVar[dict[str, str | list[str]]] = {
        "terminalType": "OrderTerminalType",
        "osType": "OrderOsType",
    }
