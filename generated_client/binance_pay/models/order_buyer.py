# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from .._dataclasses import define
from .._model import Model

if TYPE_CHECKING:
    from .order_person_name import OrderPersonName


@define
class OrderBuyer(Model):
    """Buyer details.

    Attributes:
        buyer_name (OrderPersonName): A person's name.
        reference_buyer_id (str | None): Restricts payment to this Binance ID (whitelisted merchants only).
        buyer_phone_country_code (str | None)
        buyer_phone_no (str | None)
        buyer_email (str | None)
        buyer_registration_time (int | None): When the buyer registered with the merchant, milliseconds since the
            epoch.
        buyer_browser_language (str | None)
    """

    buyer_name: OrderPersonName
    reference_buyer_id: str | None = None
    buyer_phone_country_code: str | None = None
    buyer_phone_no: str | None = None
    buyer_email: str | None = None
    buyer_registration_time: int | None = None
    buyer_browser_language: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "buyerName": "buyer_name",
        "referenceBuyerId": "reference_buyer_id",
        "buyerPhoneCountryCode": "buyer_phone_country_code",
        "buyerPhoneNo": "buyer_phone_no",
        "buyerEmail": "buyer_email",
        "buyerRegistrationTime": "buyer_registration_time",
        "buyerBrowserLanguage": "buyer_browser_language",
    }
    _nested: ClassVar[dict[str, str | list[str]]] = {
        "buyerName": "OrderPersonName",
    }
