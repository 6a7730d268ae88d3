# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefundRequest")


@_attrs_define
class RefundRequest:
    """Refund Order request.

    Attributes:
        refund_request_id (str): The merchant's id for the refund; keep it the same when retrying a request (idempotency
            key).
        prepay_id (str): Binance's id for the order to refund. The docs say "maximum length 19", but their own samples
            use 20 digits (29383937493038367292, the id Create Order returns), so no length is enforced.
        refund_amount (Decimal): Amount of this refund, at most 8 decimal places. Partial refunds are allowed; their sum
            must not exceed the order amount.
        refund_reason (str | Unset):
        webhook_url (str | Unset): Webhook URL for this refund's notification, overriding the one configured in the
            merchant portal; must start with http or https.
    """

    refund_request_id: str
    prepay_id: str
    refund_amount: Decimal
    refund_reason: str | Unset = UNSET
    webhook_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        refund_request_id = self.refund_request_id

        prepay_id = self.prepay_id

        refund_amount = self.refund_amount

        refund_reason = self.refund_reason

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "refundRequestId": refund_request_id,
                "prepayId": prepay_id,
                "refundAmount": refund_amount,
            }
        )
        if refund_reason is not UNSET:
            field_dict["refundReason"] = refund_reason
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        refund_request_id = d.pop("refundRequestId")

        prepay_id = d.pop("prepayId")

        refund_amount = d.pop("refundAmount")
        if type(refund_amount) is int:
            refund_amount = Decimal(refund_amount)

        refund_reason = d.pop("refundReason", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        refund_request = cls(
            refund_request_id=refund_request_id,
            prepay_id=prepay_id,
            refund_amount=refund_amount,
            refund_reason=refund_reason,
            webhook_url=webhook_url,
        )

        return refund_request
