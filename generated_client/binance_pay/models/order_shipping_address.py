# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from .._dataclasses import define
from .._model import Model

if TYPE_CHECKING:
    from .order_shipping_address_shipping_address_type import OrderShippingAddressShippingAddressType


@define
class OrderShippingAddress(Model):
    """Shipping address.

    Attributes:
        region (str): Country, ISO 3166 alpha-2 code.
        state (str | None)
        city (str | None)
        address (str | None)
        zip_code (str | None)
        shipping_address_type (OrderShippingAddressShippingAddressType | None): "01" office, "02" home, "03" public
            box, "04" others.
        shipping_phone_no (str | None): Send it in one place only.
    """

    region: str
    state: str | None = None
    city: str | None = None
    address: str | None = None
    zip_code: str | None = None
    shipping_address_type: OrderShippingAddressShippingAddressType | None = None
    shipping_phone_no: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "region": "region",
        "state": "state",
        "city": "city",
        "address": "address",
        "zipCode": "zip_code",
        "shippingAddressType": "shipping_address_type",
        "shippingPhoneNo": "shipping_phone_no",
    }
    _nested: ClassVar[dict[str, str | list[str]]] = {
        "shippingAddressType": "OrderShippingAddressShippingAddressType",
    }
