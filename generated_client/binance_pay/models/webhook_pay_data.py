# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_payment_info import WebhookPaymentInfo


T = TypeVar("T", bound="WebhookPayData")


@_attrs_define
class WebhookPayData:
    """`data` of a PAY notification (`bizStatus` PAY_SUCCESS or PAY_CLOSED), once parsed. The page marks `commission`
    required, but Binance's (older) sample lacks it, so it is optional here.

        Example:
            {'merchantTradeNo': '9825382937292', 'totalFee': Decimal('0.88000000'), 'transactTime': 1619508939664,
                'currency': 'BUSD', 'openUserId': '1211HS10K81f4273ac031', 'productType': 'Food', 'productName': 'Ice Cream',
                'tradeType': 'WEB', 'transactionId': 'M_R_282737362839373'}

        Attributes:
            merchant_trade_no (str): The merchant's id for the order.
            product_type (str): Documented as at most 16 characters; not enforced on what Binance sends.
            product_name (str): Documented as at most 256 characters; not enforced on what Binance sends.
            transact_time (int): Transaction time, milliseconds since the epoch.
            trade_type (str): Where the order was placed ("operate entrance").
            total_fee (Decimal): Order amount (a JSON number).
            currency (str): Order currency.
            transaction_id (str | Unset): Debit transaction id.
            open_user_id (str | Unset): The payer's unique id for this merchant.
            pass_through_info (str | Unset): Echo of the `passThroughInfo` given at creation.
            commission (Decimal | Unset): Fee charged.
            payment_info (WebhookPaymentInfo | Unset): How the order was paid, as the PAY notification carries it.
    """

    merchant_trade_no: str
    product_type: str
    product_name: str
    transact_time: int
    trade_type: str
    total_fee: Decimal
    currency: str
    transaction_id: str | Unset = UNSET
    open_user_id: str | Unset = UNSET
    pass_through_info: str | Unset = UNSET
    commission: Decimal | Unset = UNSET
    payment_info: WebhookPaymentInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_trade_no = self.merchant_trade_no

        product_type = self.product_type

        product_name = self.product_name

        transact_time = self.transact_time

        trade_type = self.trade_type

        total_fee = self.total_fee

        currency = self.currency

        transaction_id = self.transaction_id

        open_user_id = self.open_user_id

        pass_through_info = self.pass_through_info

        commission = self.commission

        payment_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_info, Unset):
            payment_info = self.payment_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "merchantTradeNo": merchant_trade_no,
                "productType": product_type,
                "productName": product_name,
                "transactTime": transact_time,
                "tradeType": trade_type,
                "totalFee": total_fee,
                "currency": currency,
            }
        )
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if open_user_id is not UNSET:
            field_dict["openUserId"] = open_user_id
        if pass_through_info is not UNSET:
            field_dict["passThroughInfo"] = pass_through_info
        if commission is not UNSET:
            field_dict["commission"] = commission
        if payment_info is not UNSET:
            field_dict["paymentInfo"] = payment_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_payment_info import WebhookPaymentInfo  # noqa: PLC0415

        d = dict(src_dict)
        merchant_trade_no = d.pop("merchantTradeNo")

        product_type = d.pop("productType")

        product_name = d.pop("productName")

        transact_time = d.pop("transactTime")

        trade_type = d.pop("tradeType")

        total_fee = d.pop("totalFee")
        if type(total_fee) is int:
            total_fee = Decimal(total_fee)

        currency = d.pop("currency")

        transaction_id = d.pop("transactionId", UNSET)

        open_user_id = d.pop("openUserId", UNSET)

        pass_through_info = d.pop("passThroughInfo", UNSET)

        commission = d.pop("commission", UNSET)
        if type(commission) is int:
            commission = Decimal(commission)

        _payment_info = d.pop("paymentInfo", UNSET)
        payment_info: WebhookPaymentInfo | Unset
        if isinstance(_payment_info, Unset):
            payment_info = UNSET
        else:
            payment_info = WebhookPaymentInfo.from_dict(_payment_info)

        webhook_pay_data = cls(
            merchant_trade_no=merchant_trade_no,
            product_type=product_type,
            product_name=product_name,
            transact_time=transact_time,
            trade_type=trade_type,
            total_fee=total_fee,
            currency=currency,
            transaction_id=transaction_id,
            open_user_id=open_user_id,
            pass_through_info=pass_through_info,
            commission=commission,
            payment_info=payment_info,
        )

        webhook_pay_data.additional_properties = d
        return webhook_pay_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
