# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from .._dataclasses import define
from .._model import Model

if TYPE_CHECKING:
    from .order_person_name import OrderPersonName
    from .order_shipping_address import OrderShippingAddress


@define
class OrderShipping(Model):
    """Shipping details.

    Attributes:
        shipping_name (OrderPersonName): A person's name.
        shipping_address (OrderShippingAddress): Shipping address.
        shipping_phone_no (str | None): Send it in one place only.
    """

    shipping_name: OrderPersonName
    shipping_address: OrderShippingAddress
    shipping_phone_no: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "shippingName": "shipping_name",
        "shippingAddress": "shipping_address",
        "shippingPhoneNo": "shipping_phone_no",
    }
    _nested: ClassVar[dict[str, str | list[str]]] = {
        "shippingName": "OrderPersonName",
        "shippingAddress": "OrderShippingAddress",
    }
