# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..models.payout_receive_type import PayoutReceiveType
from ..models.wallet import Wallet
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutTransferDetailRequest")


@_attrs_define
class PayoutTransferDetailRequest:
    """One transfer of a batch. Unconfirmed: whether receiveType, transferMethod and remark are required (the readable docs
    do not say).

        Attributes:
            merchant_send_id (str): The merchant's unique id for this transfer.
            receiver (str): The payee's Binance ID or e-mail address, per receiveType.
            transfer_amount (Decimal): A payout amount, a JSON number from 0.00000001 to 999999999999999.99999999, at most 8
                decimal places.
            receive_type (PayoutReceiveType | Unset): How `receiver` identifies the payee: BINANCE_ID or EMAIL (a non-
                Binance e-mail must register and pass KYC within 72 hours). PAY_ID is listed on older official pages only
                (unconfirmed whether it is still accepted).
            transfer_method (Wallet | Unset): Binance wallet to query.
            remark (str | Unset): Remark. From third-party SDKs: at most 128 characters.
    """

    merchant_send_id: str
    receiver: str
    transfer_amount: Decimal
    receive_type: PayoutReceiveType | Unset = UNSET
    transfer_method: Wallet | Unset = UNSET
    remark: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        merchant_send_id = self.merchant_send_id

        receiver = self.receiver

        transfer_amount = self.transfer_amount

        receive_type: str | Unset = UNSET
        if not isinstance(self.receive_type, Unset):
            receive_type = self.receive_type.value

        transfer_method: str | Unset = UNSET
        if not isinstance(self.transfer_method, Unset):
            transfer_method = self.transfer_method.value

        remark = self.remark

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "merchantSendId": merchant_send_id,
                "receiver": receiver,
                "transferAmount": transfer_amount,
            }
        )
        if receive_type is not UNSET:
            field_dict["receiveType"] = receive_type
        if transfer_method is not UNSET:
            field_dict["transferMethod"] = transfer_method
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merchant_send_id = d.pop("merchantSendId")

        receiver = d.pop("receiver")

        transfer_amount = d.pop("transferAmount")
        if type(transfer_amount) is int:
            transfer_amount = Decimal(transfer_amount)

        _receive_type = d.pop("receiveType", UNSET)
        receive_type: PayoutReceiveType | Unset
        if isinstance(_receive_type, Unset):
            receive_type = UNSET
        else:
            receive_type = PayoutReceiveType(_receive_type)

        _transfer_method = d.pop("transferMethod", UNSET)
        transfer_method: Wallet | Unset
        if isinstance(_transfer_method, Unset):
            transfer_method = UNSET
        else:
            transfer_method = Wallet(_transfer_method)

        remark = d.pop("remark", UNSET)

        payout_transfer_detail_request = cls(
            merchant_send_id=merchant_send_id,
            receiver=receiver,
            transfer_amount=transfer_amount,
            receive_type=receive_type,
            transfer_method=transfer_method,
            remark=remark,
        )

        return payout_transfer_detail_request
