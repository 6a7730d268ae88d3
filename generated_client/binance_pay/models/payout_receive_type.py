# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from enum import StrEnum


class PayoutReceiveType(StrEnum):
    BINANCE_ID = "BINANCE_ID"
    EMAIL = "EMAIL"
    PAY_ID = "PAY_ID"

    def __str__(self) -> str:
        return str(self.value)
