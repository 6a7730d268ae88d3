# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from .._dataclasses import define
from .._model import Model

if TYPE_CHECKING:
    from .order_payer_information_category import OrderPayerInformationCategory


@define
class OrderPayerInformation(Model):
    """One item of the payer's data.

    Attributes:
        category (OrderPayerInformationCategory): For INDIVIDUAL payers: FIRST_NAME, LAST_NAME, DATE_OF_BIRTH (YYYY-
            MM-DD), NATIONALITY, DOCUMENT_TYPE, DOCUMENT_NUMBER. For CORPORATE payers: COMPANY_NAME,
            REGISTRATION_NUMBER, REGISTRATION_COUNTRY. DOCUMENT_TYPE values: ID_CARD, PASSPORT, DRIVING_LICENSE, VISA,
            CPF, OTHER, BVN_NUMBER, NIN_NUMBER, PAN, BVN_NIN_NUMBER, SMILEID_NATIONAL_ID, ABN, ACN, UA_DIA.
        value (str)
    """

    category: OrderPayerInformationCategory
    value: str

    _fields: ClassVar[dict[str, str]] = {
        "category": "category",
        "value": "value",
    }
    _nested: ClassVar[dict[str, str | list[str]]] = {
        "category": "OrderPayerInformationCategory",
    }
