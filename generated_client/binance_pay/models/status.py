# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from enum import StrEnum


class Status(StrEnum):
    FAIL = "FAIL"
    REPEAT_REQ_SUCCESS = "REPEAT_REQ_SUCCESS"
    SUCCESS = "SUCCESS"

    def __str__(self) -> str:
        return str(self.value)
