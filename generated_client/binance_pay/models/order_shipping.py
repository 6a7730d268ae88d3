# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_person_name import OrderPersonName
    from ..models.order_shipping_address import OrderShippingAddress


T = TypeVar("T", bound="OrderShipping")


@_attrs_define
class OrderShipping:
    """Shipping details (from third-party SDKs and the official v2 connector's docstring).

    Attributes:
        shipping_name (OrderPersonName): A person's name (from third-party SDKs and the official v2 connector's
            docstring).
        shipping_address (OrderShippingAddress): Shipping address (from third-party SDKs and the official v2 connector's
            docstring).
        shipping_phone_no (str | Unset): Unconfirmed position: a third-party v3 SDK and the official Python connector's
            first version put the phone number here; the connector's current docstring puts it inside `shippingAddress`.
            Send it in one place only.
    """

    shipping_name: OrderPersonName
    shipping_address: OrderShippingAddress
    shipping_phone_no: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        shipping_name = self.shipping_name.to_dict()

        shipping_address = self.shipping_address.to_dict()

        shipping_phone_no = self.shipping_phone_no

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "shippingName": shipping_name,
                "shippingAddress": shipping_address,
            }
        )
        if shipping_phone_no is not UNSET:
            field_dict["shippingPhoneNo"] = shipping_phone_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_person_name import OrderPersonName  # noqa: PLC0415
        from ..models.order_shipping_address import OrderShippingAddress  # noqa: PLC0415

        d = dict(src_dict)
        shipping_name = OrderPersonName.from_dict(d.pop("shippingName"))

        shipping_address = OrderShippingAddress.from_dict(d.pop("shippingAddress"))

        shipping_phone_no = d.pop("shippingPhoneNo", UNSET)

        order_shipping = cls(
            shipping_name=shipping_name,
            shipping_address=shipping_address,
            shipping_phone_no=shipping_phone_no,
        )

        return order_shipping
