# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..models.transfer_type import TransferType

T = TypeVar("T", bound="TransferRequest")


@_attrs_define
class TransferRequest:
    """Transfer Fund request.

    Attributes:
        request_id (str): The merchant's unique id for this transfer; resend the same id to retry safely.
        currency (str): Currency to transfer, uppercase, for example "USDT" or "BNB".
        amount (Decimal): The amount, a JSON string: 0.00000001 to 999999999999999.99999999, at most 8 decimal places
            (each currency may have a lower precision).
        transfer_type (TransferType): Transfer direction: TO_MAIN to the spot wallet, TO_PAY to the funding wallet.
    """

    request_id: str
    currency: str
    amount: Decimal
    transfer_type: TransferType

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        currency = self.currency

        amount = self.amount

        transfer_type = self.transfer_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "requestId": request_id,
                "currency": currency,
                "amount": amount,
                "transferType": transfer_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("requestId")

        currency = d.pop("currency")

        amount = d.pop("amount")
        if type(amount) is int:
            amount = Decimal(amount)

        transfer_type = TransferType(d.pop("transferType"))

        transfer_request = cls(
            request_id=request_id,
            currency=currency,
            amount=amount,
            transfer_type=transfer_type,
        )

        return transfer_request
