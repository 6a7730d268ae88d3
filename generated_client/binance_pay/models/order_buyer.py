# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_person_name import OrderPersonName


T = TypeVar("T", bound="OrderBuyer")


@_attrs_define
class OrderBuyer:
    """Buyer details (from third-party SDKs and the official v2 connector's docstring).

    Attributes:
        buyer_name (OrderPersonName): A person's name (from third-party SDKs and the official v2 connector's docstring).
        reference_buyer_id (str | Unset): Restricts payment to this Binance ID (whitelisted merchants only).
        buyer_phone_country_code (str | Unset):
        buyer_phone_no (str | Unset):
        buyer_email (str | Unset):
        buyer_registration_time (int | Unset): When the buyer registered with the merchant, milliseconds since the epoch
            (third-party SDKs). Unconfirmed: the official Python connector's docstring types it as a string.
        buyer_browser_language (str | Unset):
    """

    buyer_name: OrderPersonName
    reference_buyer_id: str | Unset = UNSET
    buyer_phone_country_code: str | Unset = UNSET
    buyer_phone_no: str | Unset = UNSET
    buyer_email: str | Unset = UNSET
    buyer_registration_time: int | Unset = UNSET
    buyer_browser_language: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        buyer_name = self.buyer_name.to_dict()

        reference_buyer_id = self.reference_buyer_id

        buyer_phone_country_code = self.buyer_phone_country_code

        buyer_phone_no = self.buyer_phone_no

        buyer_email = self.buyer_email

        buyer_registration_time = self.buyer_registration_time

        buyer_browser_language = self.buyer_browser_language

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "buyerName": buyer_name,
            }
        )
        if reference_buyer_id is not UNSET:
            field_dict["referenceBuyerId"] = reference_buyer_id
        if buyer_phone_country_code is not UNSET:
            field_dict["buyerPhoneCountryCode"] = buyer_phone_country_code
        if buyer_phone_no is not UNSET:
            field_dict["buyerPhoneNo"] = buyer_phone_no
        if buyer_email is not UNSET:
            field_dict["buyerEmail"] = buyer_email
        if buyer_registration_time is not UNSET:
            field_dict["buyerRegistrationTime"] = buyer_registration_time
        if buyer_browser_language is not UNSET:
            field_dict["buyerBrowserLanguage"] = buyer_browser_language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_person_name import OrderPersonName  # noqa: PLC0415

        d = dict(src_dict)
        buyer_name = OrderPersonName.from_dict(d.pop("buyerName"))

        reference_buyer_id = d.pop("referenceBuyerId", UNSET)

        buyer_phone_country_code = d.pop("buyerPhoneCountryCode", UNSET)

        buyer_phone_no = d.pop("buyerPhoneNo", UNSET)

        buyer_email = d.pop("buyerEmail", UNSET)

        buyer_registration_time = d.pop("buyerRegistrationTime", UNSET)

        buyer_browser_language = d.pop("buyerBrowserLanguage", UNSET)

        order_buyer = cls(
            buyer_name=buyer_name,
            reference_buyer_id=reference_buyer_id,
            buyer_phone_country_code=buyer_phone_country_code,
            buyer_phone_no=buyer_phone_no,
            buyer_email=buyer_email,
            buyer_registration_time=buyer_registration_time,
            buyer_browser_language=buyer_browser_language,
        )

        return order_buyer
