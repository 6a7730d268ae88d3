# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..models.order_payer_information_category import OrderPayerInformationCategory

T = TypeVar("T", bound="OrderPayerInformation")


@_attrs_define
class OrderPayerInformation:
    """One item of the payer's data.

    Attributes:
        category (OrderPayerInformationCategory): For INDIVIDUAL payers: FIRST_NAME, LAST_NAME, DATE_OF_BIRTH (YYYY-MM-
            DD), NATIONALITY, DOCUMENT_TYPE, DOCUMENT_NUMBER. For CORPORATE payers: COMPANY_NAME, REGISTRATION_NUMBER,
            REGISTRATION_COUNTRY. DOCUMENT_TYPE values: ID_CARD, PASSPORT, DRIVING_LICENSE, VISA, CPF, OTHER, BVN_NUMBER,
            NIN_NUMBER, PAN, BVN_NIN_NUMBER, SMILEID_NATIONAL_ID, ABN, ACN, UA_DIA.
        value (str):
    """

    category: OrderPayerInformationCategory
    value: str

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = OrderPayerInformationCategory(d.pop("category"))

        value = d.pop("value")

        order_payer_information = cls(
            category=category,
            value=value,
        )

        return order_payer_information
