# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from enum import StrEnum


class ServiceProviderScope(StrEnum):
    BALANCE = "BALANCE"
    CHECKOUT = "CHECKOUT"
    CONVERT = "CONVERT"
    DIRECT_DEBIT = "DIRECT_DEBIT"
    INTERNAL_TRANSFER = "INTERNAL_TRANSFER"
    PAYOUT = "PAYOUT"
    PROFIT_SHARING = "PROFIT_SHARING"
    REFUND = "REFUND"
    REPORT = "REPORT"
    SUB_MERCHANT = "SUB_MERCHANT"

    def __str__(self) -> str:
        return str(self.value)
