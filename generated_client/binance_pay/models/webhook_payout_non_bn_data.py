# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookPayoutNonBnData")


@_attrs_define
class WebhookPayoutNonBnData:
    """`data` of a PAYOUT_NON_BN notification, once parsed: the final outcome of a payout to an email that is not yet a
    Binance user (who must register and pass KYC within 72 hours, otherwise the funds are refunded). Unconfirmed: the
    JSON form of `amount` (a number is assumed).

        Attributes:
            merchant_send_id (str | Unset):
            order_id (str | Unset):
            batch_id (str | Unset):
            status (str | Unset): The payout detail status (open list).
            currency (str | Unset):
            amount (Decimal | Unset):
            receive_type (str | Unset): EMAIL.
            receiver (str | Unset):
    """

    merchant_send_id: str | Unset = UNSET
    order_id: str | Unset = UNSET
    batch_id: str | Unset = UNSET
    status: str | Unset = UNSET
    currency: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    receive_type: str | Unset = UNSET
    receiver: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_send_id = self.merchant_send_id

        order_id = self.order_id

        batch_id = self.batch_id

        status = self.status

        currency = self.currency

        amount = self.amount

        receive_type = self.receive_type

        receiver = self.receiver

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if merchant_send_id is not UNSET:
            field_dict["merchantSendId"] = merchant_send_id
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if status is not UNSET:
            field_dict["status"] = status
        if currency is not UNSET:
            field_dict["currency"] = currency
        if amount is not UNSET:
            field_dict["amount"] = amount
        if receive_type is not UNSET:
            field_dict["receiveType"] = receive_type
        if receiver is not UNSET:
            field_dict["receiver"] = receiver

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merchant_send_id = d.pop("merchantSendId", UNSET)

        order_id = d.pop("orderId", UNSET)

        batch_id = d.pop("batchId", UNSET)

        status = d.pop("status", UNSET)

        currency = d.pop("currency", UNSET)

        amount = d.pop("amount", UNSET)
        if type(amount) is int:
            amount = Decimal(amount)

        receive_type = d.pop("receiveType", UNSET)

        receiver = d.pop("receiver", UNSET)

        webhook_payout_non_bn_data = cls(
            merchant_send_id=merchant_send_id,
            order_id=order_id,
            batch_id=batch_id,
            status=status,
            currency=currency,
            amount=amount,
            receive_type=receive_type,
            receiver=receiver,
        )

        webhook_payout_non_bn_data.additional_properties = d
        return webhook_payout_non_bn_data

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
