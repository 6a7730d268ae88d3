# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectDebitPayment")


@_attrs_define
class DirectDebitPayment:
    """A direct debit payment, accepted for asynchronous processing. From third-party SDKs
    (ShepelevAndrew/BinancePayConnector): every field of this object.

        Attributes:
            order_id (str | Unset): Binance's id for the debit.
            prepay_id (str | Unset): The prepay id, as Create Order returns it.
            merchant_request_id (str | Unset): The request's merchantRequestId.
            applied_time (int | Unset): When the debit was applied, in milliseconds since the epoch.
            status (str | Unset): Status of a direct debit payment. From third-party SDKs: INIT, PROCESSING, SUCCESS,
                FAILED. Open: a value not listed here is kept as text.
    """

    order_id: str | Unset = UNSET
    prepay_id: str | Unset = UNSET
    merchant_request_id: str | Unset = UNSET
    applied_time: int | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        prepay_id = self.prepay_id

        merchant_request_id = self.merchant_request_id

        applied_time = self.applied_time

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if prepay_id is not UNSET:
            field_dict["prepayId"] = prepay_id
        if merchant_request_id is not UNSET:
            field_dict["merchantRequestId"] = merchant_request_id
        if applied_time is not UNSET:
            field_dict["appliedTime"] = applied_time
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId", UNSET)

        prepay_id = d.pop("prepayId", UNSET)

        merchant_request_id = d.pop("merchantRequestId", UNSET)

        applied_time = d.pop("appliedTime", UNSET)

        status = d.pop("status", UNSET)

        direct_debit_payment = cls(
            order_id=order_id,
            prepay_id=prepay_id,
            merchant_request_id=merchant_request_id,
            applied_time=applied_time,
            status=status,
        )

        direct_debit_payment.additional_properties = d
        return direct_debit_payment

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
