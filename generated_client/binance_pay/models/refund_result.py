# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefundResult")


@_attrs_define
class RefundResult:
    """A refund, as Refund Order returns it.

    Attributes:
        refund_request_id (str): The merchant's id for the refund.
        prepay_id (str): Binance's id for the refunded order.
        refund_id (int | Unset): Binance's id for the refund (newer revisions of the page only).
        order_amount (Decimal | Unset): Total amount of the original order.
        refunded_amount (Decimal | Unset): Total refunded so far, including this refund.
        refund_amount (Decimal | Unset): Amount of this refund.
        remaining_attempts (int | Unset): Refund attempts left for the order. When it reaches 1, the next refund ignores
            the requested amount and refunds the whole remainder.
        payer_open_id (str | Unset): "Payer open id of this refund, which is the merchant open id".
        duplicate_request (str | Unset): "Y" when this `refundRequestId` was already seen, else "N".
    """

    refund_request_id: str
    prepay_id: str
    refund_id: int | Unset = UNSET
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

        refund_id = self.refund_id

        order_amount = self.order_amount

        refunded_amount = self.refunded_amount

        refund_amount = self.refund_amount

        remaining_attempts = self.remaining_attempts

        payer_open_id = self.payer_open_id

        duplicate_request = self.duplicate_request

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refundRequestId": refund_request_id,
                "prepayId": prepay_id,
            }
        )
        if refund_id is not UNSET:
            field_dict["refundId"] = refund_id
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
        refund_request_id = d.pop("refundRequestId")

        prepay_id = d.pop("prepayId")

        refund_id = d.pop("refundId", UNSET)

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

        refund_result = cls(
            refund_request_id=refund_request_id,
            prepay_id=prepay_id,
            refund_id=refund_id,
            order_amount=order_amount,
            refunded_amount=refunded_amount,
            refund_amount=refund_amount,
            remaining_attempts=remaining_attempts,
            payer_open_id=payer_open_id,
            duplicate_request=duplicate_request,
        )

        refund_result.additional_properties = d
        return refund_result

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
