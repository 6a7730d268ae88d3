# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..models.order_shipping_address_shipping_address_type import OrderShippingAddressShippingAddressType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderShippingAddress")


@_attrs_define
class OrderShippingAddress:
    """Shipping address (from third-party SDKs and the official v2 connector's docstring).

    Attributes:
        region (str): Country, ISO 3166 alpha-2 code.
        state (str | Unset):
        city (str | Unset):
        address (str | Unset):
        zip_code (str | Unset):
        shipping_address_type (OrderShippingAddressShippingAddressType | Unset): "01" office, "02" home, "03" public
            box, "04" others.
        shipping_phone_no (str | Unset): Unconfirmed position: the official Python connector's current docstring puts
            the phone number here, inside `shippingAddress`; its first version and a third-party v3 SDK put it directly
            under `shipping`. Send it in one place only.
    """

    region: str
    state: str | Unset = UNSET
    city: str | Unset = UNSET
    address: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    shipping_address_type: OrderShippingAddressShippingAddressType | Unset = UNSET
    shipping_phone_no: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        region = self.region

        state = self.state

        city = self.city

        address = self.address

        zip_code = self.zip_code

        shipping_address_type: str | Unset = UNSET
        if not isinstance(self.shipping_address_type, Unset):
            shipping_address_type = self.shipping_address_type.value

        shipping_phone_no = self.shipping_phone_no

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "region": region,
            }
        )
        if state is not UNSET:
            field_dict["state"] = state
        if city is not UNSET:
            field_dict["city"] = city
        if address is not UNSET:
            field_dict["address"] = address
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if shipping_address_type is not UNSET:
            field_dict["shippingAddressType"] = shipping_address_type
        if shipping_phone_no is not UNSET:
            field_dict["shippingPhoneNo"] = shipping_phone_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        region = d.pop("region")

        state = d.pop("state", UNSET)

        city = d.pop("city", UNSET)

        address = d.pop("address", UNSET)

        zip_code = d.pop("zipCode", UNSET)

        _shipping_address_type = d.pop("shippingAddressType", UNSET)
        shipping_address_type: OrderShippingAddressShippingAddressType | Unset
        if isinstance(_shipping_address_type, Unset):
            shipping_address_type = UNSET
        else:
            shipping_address_type = OrderShippingAddressShippingAddressType(_shipping_address_type)

        shipping_phone_no = d.pop("shippingPhoneNo", UNSET)

        order_shipping_address = cls(
            region=region,
            state=state,
            city=city,
            address=address,
            zip_code=zip_code,
            shipping_address_type=shipping_address_type,
            shipping_phone_no=shipping_phone_no,
        )

        return order_shipping_address
