# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field

T = TypeVar("T", bound="DirectDebitPaymentNotification")


@_attrs_define
class DirectDebitPaymentNotification:
    """An announced debit.

    Attributes:
        order_id (str): Binance's id for the announcement (at most 19 characters); pass it as preBizId to Payment.
        merchant_request_id (str): The request's merchantRequestId.
        transaction_time (int): Transaction time, in milliseconds since the epoch.
    """

    order_id: str
    merchant_request_id: str
    transaction_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        merchant_request_id = self.merchant_request_id

        transaction_time = self.transaction_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "merchantRequestId": merchant_request_id,
                "transactionTime": transaction_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId")

        merchant_request_id = d.pop("merchantRequestId")

        transaction_time = d.pop("transactionTime")

        direct_debit_payment_notification = cls(
            order_id=order_id,
            merchant_request_id=merchant_request_id,
            transaction_time=transaction_time,
        )

        direct_debit_payment_notification.additional_properties = d
        return direct_debit_payment_notification

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
