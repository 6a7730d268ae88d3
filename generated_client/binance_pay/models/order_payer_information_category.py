# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from enum import StrEnum


class OrderPayerInformationCategory(StrEnum):
    COMPANY_NAME = "COMPANY_NAME"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    DOCUMENT_NUMBER = "DOCUMENT_NUMBER"
    DOCUMENT_TYPE = "DOCUMENT_TYPE"
    FIRST_NAME = "FIRST_NAME"
    LAST_NAME = "LAST_NAME"
    NATIONALITY = "NATIONALITY"
    REGISTRATION_COUNTRY = "REGISTRATION_COUNTRY"
    REGISTRATION_NUMBER = "REGISTRATION_NUMBER"

    def __str__(self) -> str:
        return str(self.value)
