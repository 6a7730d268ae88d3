# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookRefundInfo")


@_attrs_define
class WebhookRefundInfo:
    """The refund in a PAY_REFUND notification's `refundInfo` (same fields as `RefundResult`, without `refundId`).

    Example:
        {'orderAmount': '0.01000000', 'duplicateRequest': 'N', 'payerOpenId': '9aa0a8bb21cf5fbf049aad7db35dc3d3',
            'prepayId': '123289163323899904', 'refundRequestId': '68711039982968853', 'refundedAmount': '0.01000000',
            'remainingAttempts': 9, 'refundAmount': '0.01000000'}

    Attributes:
        refund_request_id (str | Unset): The merchant's id for the refund (at most 64 characters when sent).
        prepay_id (str | Unset):
        order_amount (Decimal | Unset):
        refunded_amount (Decimal | Unset):
        refund_amount (Decimal | Unset):
        remaining_attempts (int | Unset):
        payer_open_id (str | Unset):
        duplicate_request (str | Unset):
    """

    refund_request_id: str | Unset = UNSET
    prepay_id: str | Unset = UNSET
    order_amount: Decimal | Unset = UNSET
    refunded_amount: Decimal | Unset = UNSET
    refund_amount: Decimal | Unset = UNSET
    remaining_attempts: int | Unset = UNSET
    payer_open_id: str | Unset = UNSET
    duplicate_request: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refund_request_id = self.refund_request_id

        prepay_id = self.prepay_id

        order_amount = self.order_amount

        refunded_amount = self.refunded_amount

        refund_amount = self.refund_amount

        remaining_attempts = self.remaining_attempts

        payer_open_id = self.payer_open_id

        duplicate_request = self.duplicate_request

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refund_request_id is not UNSET:
            field_dict["refundRequestId"] = refund_request_id
        if prepay_id is not UNSET:
            field_dict["prepayId"] = prepay_id
        if order_amount is not UNSET:
            field_dict["orderAmount"] = order_amount
        if refunded_amount is not UNSET:
            field_dict["refundedAmount"] = refunded_amount
        if refund_amount is not UNSET:
            field_dict["refundAmount"] = refund_amount
        if remaining_attempts is not UNSET:
            field_dict["remainingAttempts"] = remaining_attempts
        if payer_open_id is not UNSET:
            field_dict["payerOpenId"] = payer_open_id
        if duplicate_request is not UNSET:
            field_dict["duplicateRequest"] = duplicate_request

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        refund_request_id = d.pop("refundRequestId", UNSET)

        prepay_id = d.pop("prepayId", UNSET)

        order_amount = d.pop("orderAmount", UNSET)
        if type(order_amount) is int:
            order_amount = Decimal(order_amount)

        refunded_amount = d.pop("refundedAmount", UNSET)
        if type(refunded_amount) is int:
            refunded_amount = Decimal(refunded_amount)

        refund_amount = d.pop("refundAmount", UNSET)
        if type(refund_amount) is int:
            refund_amount = Decimal(refund_amount)

        remaining_attempts = d.pop("remainingAttempts", UNSET)

        payer_open_id = d.pop("payerOpenId", UNSET)

        duplicate_request = d.pop("duplicateRequest", UNSET)

        webhook_refund_info = cls(
            refund_request_id=refund_request_id,
            prepay_id=prepay_id,
            order_amount=order_amount,
            refunded_amount=refunded_amount,
            refund_amount=refund_amount,
            remaining_attempts=remaining_attempts,
            payer_open_id=payer_open_id,
            duplicate_request=duplicate_request,
        )

        webhook_refund_info.additional_properties = d
        return webhook_refund_info

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
