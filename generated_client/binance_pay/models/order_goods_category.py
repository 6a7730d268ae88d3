# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from enum import StrEnum


class OrderGoodsCategory(StrEnum):
    A000 = "A000"
    B000 = "B000"
    C000 = "C000"
    D000 = "D000"
    E000 = "E000"
    F000 = "F000"
    VALUE_0 = "0000"
    VALUE_1 = "1000"
    VALUE_2 = "2000"
    VALUE_3 = "3000"
    VALUE_4 = "4000"
    VALUE_5 = "5000"
    VALUE_6 = "6000"
    VALUE_7 = "7000"
    VALUE_8 = "8000"
    VALUE_9 = "9000"
    Z000 = "Z000"

    def __str__(self) -> str:
        return str(self.value)
