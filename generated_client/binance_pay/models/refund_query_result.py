# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefundQueryResult")


@_attrs_define
class RefundQueryResult:
    """A refund, as Query Refund returns it.

    Attributes:
        refund_request_id (str): The merchant's id for the refund.
        prepay_id (str): Binance's id for the refunded order.
        order_amount (Decimal | Unset): Total amount of the original order.
        refunded_amount (Decimal | Unset): Total refunded so far.
        refund_amount (Decimal | Unset): Amount of this refund.
        refunded_commission (Decimal | Unset): Commission refunded so far (newer revision of the page only).
        refund_commission (Decimal | Unset): Commission refunded by this refund (newer revision of the page only).
        remaining_attempts (int | Unset): Refund attempts left for the order.
        payer_open_id (str | Unset): Payer open id (the merchant open id), at most 32 characters.
        refund_status (str | Unset): Refund status. Open: the page gives these as examples only, and the refund webhook
            uses REFUND_REJECTED where this list has REFUND_FAIL.
    """

    refund_request_id: str
    prepay_id: str
    order_amount: Decimal | Unset = UNSET
    refunded_amount: Decimal | Unset = UNSET
    refund_amount: Decimal | Unset = UNSET
    refunded_commission: Decimal | Unset = UNSET
    refund_commission: Decimal | Unset = UNSET
    remaining_attempts: int | Unset = UNSET
    payer_open_id: str | Unset = UNSET
    refund_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refund_request_id = self.refund_request_id

        prepay_id = self.prepay_id

        order_amount = self.order_amount

        refunded_amount = self.refunded_amount

        refund_amount = self.refund_amount

        refunded_commission = self.refunded_commission

        refund_commission = self.refund_commission

        remaining_attempts = self.remaining_attempts

        payer_open_id = self.payer_open_id

        refund_status = self.refund_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refundRequestId": refund_request_id,
                "prepayId": prepay_id,
            }
        )
        if order_amount is not UNSET:
            field_dict["orderAmount"] = order_amount
        if refunded_amount is not UNSET:
            field_dict["refundedAmount"] = refunded_amount
        if refund_amount is not UNSET:
            field_dict["refundAmount"] = refund_amount
        if refunded_commission is not UNSET:
            field_dict["refundedCommission"] = refunded_commission
        if refund_commission is not UNSET:
            field_dict["refundCommission"] = refund_commission
        if remaining_attempts is not UNSET:
            field_dict["remainingAttempts"] = remaining_attempts
        if payer_open_id is not UNSET:
            field_dict["payerOpenId"] = payer_open_id
        if refund_status is not UNSET:
            field_dict["refundStatus"] = refund_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        refund_request_id = d.pop("refundRequestId")

        prepay_id = d.pop("prepayId")

        order_amount = d.pop("orderAmount", UNSET)
        if type(order_amount) is int:
            order_amount = Decimal(order_amount)

        refunded_amount = d.pop("refundedAmount", UNSET)
        if type(refunded_amount) is int:
            refunded_amount = Decimal(refunded_amount)

        refund_amount = d.pop("refundAmount", UNSET)
        if type(refund_amount) is int:
            refund_amount = Decimal(refund_amount)

        refunded_commission = d.pop("refundedCommission", UNSET)
        if type(refunded_commission) is int:
            refunded_commission = Decimal(refunded_commission)

        refund_commission = d.pop("refundCommission", UNSET)
        if type(refund_commission) is int:
            refund_commission = Decimal(refund_commission)

        remaining_attempts = d.pop("remainingAttempts", UNSET)

        payer_open_id = d.pop("payerOpenId", UNSET)

        refund_status = d.pop("refundStatus", UNSET)

        refund_query_result = cls(
            refund_request_id=refund_request_id,
            prepay_id=prepay_id,
            order_amount=order_amount,
            refunded_amount=refunded_amount,
            refund_amount=refund_amount,
            refunded_commission=refunded_commission,
            refund_commission=refund_commission,
            remaining_attempts=remaining_attempts,
            payer_open_id=payer_open_id,
            refund_status=refund_status,
        )

        refund_query_result.additional_properties = d
        return refund_query_result

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
