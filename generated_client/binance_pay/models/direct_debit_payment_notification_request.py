# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..models.direct_debit_trade_mode import DirectDebitTradeMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectDebitPaymentNotificationRequest")


@_attrs_define
class DirectDebitPaymentNotificationRequest:
    """Direct Debit Payment Notification request.

    Attributes:
        merchant_request_id (str): The merchant's unique id for this request; letters and digits only. Repeating it
            returns the same result.
        trade_mode (DirectDebitTradeMode): The trade mode of a direct debit payment.
        biz_id (int): The contract id.
        estimated_amount (Decimal): An amount we send: 0.00000001 to 999999999999999.99999999, at most 8 decimal places
            (the documented range of a Binance Pay amount; zero is refused).
        currency (str): Currency, crypto only (the docs say "USDT").
        sub_merchant_id (str | Unset): The sub-merchant; required when the merchant is configured to show sub-merchant
            info.
    """

    merchant_request_id: str
    trade_mode: DirectDebitTradeMode
    biz_id: int
    estimated_amount: Decimal
    currency: str
    sub_merchant_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        merchant_request_id = self.merchant_request_id

        trade_mode = self.trade_mode.value

        biz_id = self.biz_id

        estimated_amount = self.estimated_amount

        currency = self.currency

        sub_merchant_id = self.sub_merchant_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "merchantRequestId": merchant_request_id,
                "tradeMode": trade_mode,
                "bizId": biz_id,
                "estimatedAmount": estimated_amount,
                "currency": currency,
            }
        )
        if sub_merchant_id is not UNSET:
            field_dict["subMerchantId"] = sub_merchant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merchant_request_id = d.pop("merchantRequestId")

        trade_mode = DirectDebitTradeMode(d.pop("tradeMode"))

        biz_id = d.pop("bizId")

        estimated_amount = d.pop("estimatedAmount")
        if type(estimated_amount) is int:
            estimated_amount = Decimal(estimated_amount)

        currency = d.pop("currency")

        sub_merchant_id = d.pop("subMerchantId", UNSET)

        direct_debit_payment_notification_request = cls(
            merchant_request_id=merchant_request_id,
            trade_mode=trade_mode,
            biz_id=biz_id,
            estimated_amount=estimated_amount,
            currency=currency,
            sub_merchant_id=sub_merchant_id,
        )

        return direct_debit_payment_notification_request
