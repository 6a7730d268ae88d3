# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..models.direct_debit_trade_mode import DirectDebitTradeMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.direct_debit_order_tags import DirectDebitOrderTags


T = TypeVar("T", bound="DirectDebitPaymentRequest")


@_attrs_define
class DirectDebitPaymentRequest:
    """Direct Debit/Pre Authorization Payment request.

    Attributes:
        merchant_request_id (str): The merchant's unique id for this debit; letters and digits only. Unconfirmed:
            whether repeating it returns the first debit (documented for Payment Notification only). Letters-and-digits only
            is unsourced.
        trade_mode (DirectDebitTradeMode): The trade mode of a direct debit payment.
        biz_id (int): The contract id.
        amount (Decimal): An amount we send: 0.00000001 to 999999999999999.99999999, at most 8 decimal places (the
            documented range of a Binance Pay amount; zero is refused).
        currency (str): Currency, crypto only (the docs say "USDT").
        product_name (str): Product name.
        sub_merchant_id (str | Unset): The sub-merchant; required when the merchant is configured to show sub-merchant
            info.
        pre_biz_id (str | Unset): For a periodic debit, the `orderId` its Payment Notification returned (a JSON string
            there, at most 19 digits); pass it unchanged.
        product_type (str | Unset): Product type.
        product_detail (str | Unset): Product detail.
        webhook_url (str | Unset): The URL for this order's notifications, instead of the one configured on the merchant
            platform.
        order_tags (DirectDebitOrderTags | Unset): Tags of a direct debit order.
    """

    merchant_request_id: str
    trade_mode: DirectDebitTradeMode
    biz_id: int
    amount: Decimal
    currency: str
    product_name: str
    sub_merchant_id: str | Unset = UNSET
    pre_biz_id: str | Unset = UNSET
    product_type: str | Unset = UNSET
    product_detail: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    order_tags: DirectDebitOrderTags | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        merchant_request_id = self.merchant_request_id

        trade_mode = self.trade_mode.value

        biz_id = self.biz_id

        amount = self.amount

        currency = self.currency

        product_name = self.product_name

        sub_merchant_id = self.sub_merchant_id

        pre_biz_id = self.pre_biz_id

        product_type = self.product_type

        product_detail = self.product_detail

        webhook_url = self.webhook_url

        order_tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_tags, Unset):
            order_tags = self.order_tags.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "merchantRequestId": merchant_request_id,
                "tradeMode": trade_mode,
                "bizId": biz_id,
                "amount": amount,
                "currency": currency,
                "productName": product_name,
            }
        )
        if sub_merchant_id is not UNSET:
            field_dict["subMerchantId"] = sub_merchant_id
        if pre_biz_id is not UNSET:
            field_dict["preBizId"] = pre_biz_id
        if product_type is not UNSET:
            field_dict["productType"] = product_type
        if product_detail is not UNSET:
            field_dict["productDetail"] = product_detail
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if order_tags is not UNSET:
            field_dict["orderTags"] = order_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.direct_debit_order_tags import DirectDebitOrderTags  # noqa: PLC0415

        d = dict(src_dict)
        merchant_request_id = d.pop("merchantRequestId")

        trade_mode = DirectDebitTradeMode(d.pop("tradeMode"))

        biz_id = d.pop("bizId")

        amount = d.pop("amount")
        if type(amount) is int:
            amount = Decimal(amount)

        currency = d.pop("currency")

        product_name = d.pop("productName")

        sub_merchant_id = d.pop("subMerchantId", UNSET)

        pre_biz_id = d.pop("preBizId", UNSET)

        product_type = d.pop("productType", UNSET)

        product_detail = d.pop("productDetail", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        _order_tags = d.pop("orderTags", UNSET)
        order_tags: DirectDebitOrderTags | Unset
        if isinstance(_order_tags, Unset):
            order_tags = UNSET
        else:
            order_tags = DirectDebitOrderTags.from_dict(_order_tags)

        direct_debit_payment_request = cls(
            merchant_request_id=merchant_request_id,
            trade_mode=trade_mode,
            biz_id=biz_id,
            amount=amount,
            currency=currency,
            product_name=product_name,
            sub_merchant_id=sub_merchant_id,
            pre_biz_id=pre_biz_id,
            product_type=product_type,
            product_detail=product_detail,
            webhook_url=webhook_url,
            order_tags=order_tags,
        )

        return direct_debit_payment_request
