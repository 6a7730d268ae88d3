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
    from ..models.order_payment_info import OrderPaymentInfo


T = TypeVar("T", bound="OrderQueryResult")


@_attrs_define
class OrderQueryResult:
    """An order, as Query Order v2 returns it.

    Attributes:
        merchant_id (int): The merchant's account id.
        prepay_id (str): Binance's id for the order.
        merchant_trade_no (str): The merchant's id for the order.
        status (str): Order status. Open: Binance documents no meaning or transitions for the values, and FULL_REFUNDED
            appears only in the newest revision of the Query Order v2 page.
        currency (str): Order currency.
        order_amount (Decimal): Order amount, a JSON string here.
        create_time (int): Creation time, milliseconds since the epoch.
        transaction_id (str | Unset): Issued once the payment succeeds.
        open_user_id (str | Unset): The payer's unique id for this merchant.
        pass_through_info (str | Unset): Echo of the `passThroughInfo` given at creation.
        commission (Decimal | Unset): Fee charged (newer revision of the page only).
        transact_time (int | Unset): Payment time, milliseconds since the epoch.
        payment_info (OrderPaymentInfo | Unset): How the order was paid.
    """

    merchant_id: int
    prepay_id: str
    merchant_trade_no: str
    status: str
    currency: str
    order_amount: Decimal
    create_time: int
    transaction_id: str | Unset = UNSET
    open_user_id: str | Unset = UNSET
    pass_through_info: str | Unset = UNSET
    commission: Decimal | Unset = UNSET
    transact_time: int | Unset = UNSET
    payment_info: OrderPaymentInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_id = self.merchant_id

        prepay_id = self.prepay_id

        merchant_trade_no = self.merchant_trade_no

        status = self.status

        currency = self.currency

        order_amount = self.order_amount

        create_time = self.create_time

        transaction_id = self.transaction_id

        open_user_id = self.open_user_id

        pass_through_info = self.pass_through_info

        commission = self.commission

        transact_time = self.transact_time

        payment_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_info, Unset):
            payment_info = self.payment_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "merchantId": merchant_id,
                "prepayId": prepay_id,
                "merchantTradeNo": merchant_trade_no,
                "status": status,
                "currency": currency,
                "orderAmount": order_amount,
                "createTime": create_time,
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
        if transact_time is not UNSET:
            field_dict["transactTime"] = transact_time
        if payment_info is not UNSET:
            field_dict["paymentInfo"] = payment_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_payment_info import OrderPaymentInfo  # noqa: PLC0415

        d = dict(src_dict)
        merchant_id = d.pop("merchantId")

        prepay_id = d.pop("prepayId")

        merchant_trade_no = d.pop("merchantTradeNo")

        status = d.pop("status")

        currency = d.pop("currency")

        order_amount = d.pop("orderAmount")
        if type(order_amount) is int:
            order_amount = Decimal(order_amount)

        create_time = d.pop("createTime")

        transaction_id = d.pop("transactionId", UNSET)

        open_user_id = d.pop("openUserId", UNSET)

        pass_through_info = d.pop("passThroughInfo", UNSET)

        commission = d.pop("commission", UNSET)
        if type(commission) is int:
            commission = Decimal(commission)

        transact_time = d.pop("transactTime", UNSET)

        _payment_info = d.pop("paymentInfo", UNSET)
        payment_info: OrderPaymentInfo | Unset
        if isinstance(_payment_info, Unset):
            payment_info = UNSET
        else:
            payment_info = OrderPaymentInfo.from_dict(_payment_info)

        order_query_result = cls(
            merchant_id=merchant_id,
            prepay_id=prepay_id,
            merchant_trade_no=merchant_trade_no,
            status=status,
            currency=currency,
            order_amount=order_amount,
            create_time=create_time,
            transaction_id=transaction_id,
            open_user_id=open_user_id,
            pass_through_info=pass_through_info,
            commission=commission,
            transact_time=transact_time,
            payment_info=payment_info,
        )

        order_query_result.additional_properties = d
        return order_query_result

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
