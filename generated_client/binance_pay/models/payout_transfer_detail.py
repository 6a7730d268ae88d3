# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutTransferDetail")


@_attrs_define
class PayoutTransferDetail:
    """One transfer of a batch. From third-party SDKs: these fields and their types.

    Attributes:
        merchant_send_id (str): The merchant's id for this transfer.
        status (str): Status of one transfer. From third-party SDKs: SUCCESS, FAIL, AWAITING_RECEIPT (the e-mail payee
            has not registered yet), REFUNDED (not claimed within 72 hours); PROCESSING is only in one SDK
            (akarsh1995/binance-pay-rs) and in the detailStatus filter. Open: a value not listed here is kept as text.
        order_id (Any | Unset): Binance's id for this transfer. JSON type unconfirmed (third-party SDKs show a number;
            other Binance ids travel as strings): read either form, kept exactly as sent (a `str`, or an `int` with every
            digit).
        payer_id (Any | Unset): The payer's payment account id. JSON type unconfirmed (a number in third-party SDKs):
            read either form, kept exactly as sent.
        amount (Decimal | Unset): Amount transferred (a JSON string in third-party SDKs' samples).
        receive_type (str | Unset): BINANCE_ID, EMAIL or PAY_ID.
        receiver (str | Unset): The receiver from the request.
        payee_id (Any | Unset): The payee's payment account id. JSON type unconfirmed (a number in third-party SDKs):
            read either form, kept exactly as sent.
        transfer_method (str | Unset): FUNDING_WALLET or SPOT_WALLET.
        remark (str | Unset): The remark from the request.
    """

    merchant_send_id: str
    status: str
    order_id: Any | Unset = UNSET
    payer_id: Any | Unset = UNSET
    amount: Decimal | Unset = UNSET
    receive_type: str | Unset = UNSET
    receiver: str | Unset = UNSET
    payee_id: Any | Unset = UNSET
    transfer_method: str | Unset = UNSET
    remark: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_send_id = self.merchant_send_id

        status = self.status

        order_id = self.order_id

        payer_id = self.payer_id

        amount = self.amount

        receive_type = self.receive_type

        receiver = self.receiver

        payee_id = self.payee_id

        transfer_method = self.transfer_method

        remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "merchantSendId": merchant_send_id,
                "status": status,
            }
        )
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if payer_id is not UNSET:
            field_dict["payerId"] = payer_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if receive_type is not UNSET:
            field_dict["receiveType"] = receive_type
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if payee_id is not UNSET:
            field_dict["payeeId"] = payee_id
        if transfer_method is not UNSET:
            field_dict["transferMethod"] = transfer_method
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merchant_send_id = d.pop("merchantSendId")

        status = d.pop("status")

        order_id = d.pop("orderId", UNSET)

        payer_id = d.pop("payerId", UNSET)

        amount = d.pop("amount", UNSET)
        if type(amount) is int:
            amount = Decimal(amount)

        receive_type = d.pop("receiveType", UNSET)

        receiver = d.pop("receiver", UNSET)

        payee_id = d.pop("payeeId", UNSET)

        transfer_method = d.pop("transferMethod", UNSET)

        remark = d.pop("remark", UNSET)

        payout_transfer_detail = cls(
            merchant_send_id=merchant_send_id,
            status=status,
            order_id=order_id,
            payer_id=payer_id,
            amount=amount,
            receive_type=receive_type,
            receiver=receiver,
            payee_id=payee_id,
            transfer_method=transfer_method,
            remark=remark,
        )

        payout_transfer_detail.additional_properties = d
        return payout_transfer_detail

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
