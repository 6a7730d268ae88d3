# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookPayoutData")


@_attrs_define
class WebhookPayoutData:
    """`data` of a PAYOUT notification (`bizStatus` = the batch status), once parsed.

    Example:
        {'batchStatus': 'SUCCESS', 'currency': 'USDT', 'merchantId': 100100006288, 'requestId': 'gg8127129',
            'totalAmount': Decimal('2.00000000'), 'totalNumber': 2}

    Attributes:
        request_id (str | Unset): The merchant's id for the payout batch.
        batch_status (str | Unset):
        merchant_id (int | Unset):
        currency (str | Unset):
        total_amount (Decimal | Unset):
        total_number (int | Unset):
    """

    request_id: str | Unset = UNSET
    batch_status: str | Unset = UNSET
    merchant_id: int | Unset = UNSET
    currency: str | Unset = UNSET
    total_amount: Decimal | Unset = UNSET
    total_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        batch_status = self.batch_status

        merchant_id = self.merchant_id

        currency = self.currency

        total_amount = self.total_amount

        total_number = self.total_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if batch_status is not UNSET:
            field_dict["batchStatus"] = batch_status
        if merchant_id is not UNSET:
            field_dict["merchantId"] = merchant_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if total_number is not UNSET:
            field_dict["totalNumber"] = total_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("requestId", UNSET)

        batch_status = d.pop("batchStatus", UNSET)

        merchant_id = d.pop("merchantId", UNSET)

        currency = d.pop("currency", UNSET)

        total_amount = d.pop("totalAmount", UNSET)
        if type(total_amount) is int:
            total_amount = Decimal(total_amount)

        total_number = d.pop("totalNumber", UNSET)

        webhook_payout_data = cls(
            request_id=request_id,
            batch_status=batch_status,
            merchant_id=merchant_id,
            currency=currency,
            total_amount=total_amount,
            total_number=total_number,
        )

        webhook_payout_data.additional_properties = d
        return webhook_payout_data

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
