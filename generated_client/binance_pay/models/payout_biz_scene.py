# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from enum import StrEnum


class PayoutBizScene(StrEnum):
    CRYPTO_REWARDS = "CRYPTO_REWARDS"
    DIRECT_TRANSFER = "DIRECT_TRANSFER"
    MERCHANT_PAYMENT = "MERCHANT_PAYMENT"
    OTHERS = "OTHERS"
    REIMBURSEMENT = "REIMBURSEMENT"
    SETTLEMENT = "SETTLEMENT"

    def __str__(self) -> str:
        return str(self.value)
