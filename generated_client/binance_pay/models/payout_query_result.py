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
    from ..models.payout_transfer_detail import PayoutTransferDetail


T = TypeVar("T", bound="PayoutQueryResult")


@_attrs_define
class PayoutQueryResult:
    """A batch payout and its transfers. The reference marks none of its fields required; only `requestId` (echoed) and
    `batchStatus` are required here.

        Attributes:
            request_id (str): The request's `requestId`.
            batch_status (str): Batch status: ACCEPTED (will be processed soon), PROCESSING, SUCCESS (every payee received
                the money), PART_SUCCESS (some transfers succeeded: insufficient funds, a payee still to register, or a refund
                after 72 hours), FAILED (every transfer failed), CANCELED (given up by Binance after retries). Open: a value not
                listed here is kept as text.
            merchant_id (int | Unset): The merchant's account id.
            currency (str | Unset): Currency of the batch.
            total_amount (Decimal | Unset): An exact decimal amount, at most 8 decimal places. Zero is valid; negative is
                not.
            total_paid_amount (Decimal | Unset): An exact decimal amount, at most 8 decimal places. Zero is valid; negative
                is not.
            total_payout_fee (Decimal | Unset): An exact decimal amount, at most 8 decimal places. Zero is valid; negative
                is not.
            total_number (int | Unset): Number of transfers in the batch.
            transfer_detail_list (list[PayoutTransferDetail] | Unset): The transfers selected by detailStatus.
    """

    request_id: str
    batch_status: str
    merchant_id: int | Unset = UNSET
    currency: str | Unset = UNSET
    total_amount: Decimal | Unset = UNSET
    total_paid_amount: Decimal | Unset = UNSET
    total_payout_fee: Decimal | Unset = UNSET
    total_number: int | Unset = UNSET
    transfer_detail_list: list[PayoutTransferDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        batch_status = self.batch_status

        merchant_id = self.merchant_id

        currency = self.currency

        total_amount = self.total_amount

        total_paid_amount = self.total_paid_amount

        total_payout_fee = self.total_payout_fee

        total_number = self.total_number

        transfer_detail_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transfer_detail_list, Unset):
            transfer_detail_list = []
            for transfer_detail_list_item_data in self.transfer_detail_list:
                transfer_detail_list_item = transfer_detail_list_item_data.to_dict()
                transfer_detail_list.append(transfer_detail_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "batchStatus": batch_status,
            }
        )
        if merchant_id is not UNSET:
            field_dict["merchantId"] = merchant_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if total_paid_amount is not UNSET:
            field_dict["totalPaidAmount"] = total_paid_amount
        if total_payout_fee is not UNSET:
            field_dict["totalPayoutFee"] = total_payout_fee
        if total_number is not UNSET:
            field_dict["totalNumber"] = total_number
        if transfer_detail_list is not UNSET:
            field_dict["transferDetailList"] = transfer_detail_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payout_transfer_detail import PayoutTransferDetail  # noqa: PLC0415

        d = dict(src_dict)
        request_id = d.pop("requestId")

        batch_status = d.pop("batchStatus")

        merchant_id = d.pop("merchantId", UNSET)

        currency = d.pop("currency", UNSET)

        total_amount = d.pop("totalAmount", UNSET)
        if type(total_amount) is int:
            total_amount = Decimal(total_amount)

        total_paid_amount = d.pop("totalPaidAmount", UNSET)
        if type(total_paid_amount) is int:
            total_paid_amount = Decimal(total_paid_amount)

        total_payout_fee = d.pop("totalPayoutFee", UNSET)
        if type(total_payout_fee) is int:
            total_payout_fee = Decimal(total_payout_fee)

        total_number = d.pop("totalNumber", UNSET)

        _transfer_detail_list = d.pop("transferDetailList", UNSET)
        transfer_detail_list: list[PayoutTransferDetail] | Unset = UNSET
        if _transfer_detail_list is not UNSET:
            transfer_detail_list = []
            for transfer_detail_list_item_data in _transfer_detail_list:
                transfer_detail_list_item = PayoutTransferDetail.from_dict(transfer_detail_list_item_data)

                transfer_detail_list.append(transfer_detail_list_item)

        payout_query_result = cls(
            request_id=request_id,
            batch_status=batch_status,
            merchant_id=merchant_id,
            currency=currency,
            total_amount=total_amount,
            total_paid_amount=total_paid_amount,
            total_payout_fee=total_payout_fee,
            total_number=total_number,
            transfer_detail_list=transfer_detail_list,
        )

        payout_query_result.additional_properties = d
        return payout_query_result

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
