# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_payment_instruction import OrderPaymentInstruction


T = TypeVar("T", bound="WebhookPaymentInfo")


@_attrs_define
class WebhookPaymentInfo:
    """How the order was paid, as the PAY notification carries it.

    Attributes:
        payer_id (int | Unset): The payer's Pay id (a number here; Query Order returns it as a string).
        pay_method (str | Unset): Unconfirmed: the values.
        payment_instructions (list[OrderPaymentInstruction] | Unset): Unconfirmed: the JSON types of the items' fields
            in the notification.
        channel (str | Unset):
        sub_channel (str | Unset):
        payer_detail (str | Unset): The payer's identity, encrypted (see `OrderPaymentInfo.payerDetail`).
    """

    payer_id: int | Unset = UNSET
    pay_method: str | Unset = UNSET
    payment_instructions: list[OrderPaymentInstruction] | Unset = UNSET
    channel: str | Unset = UNSET
    sub_channel: str | Unset = UNSET
    payer_detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payer_id = self.payer_id

        pay_method = self.pay_method

        payment_instructions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_instructions, Unset):
            payment_instructions = []
            for payment_instructions_item_data in self.payment_instructions:
                payment_instructions_item = payment_instructions_item_data.to_dict()
                payment_instructions.append(payment_instructions_item)

        channel = self.channel

        sub_channel = self.sub_channel

        payer_detail = self.payer_detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payer_id is not UNSET:
            field_dict["payerId"] = payer_id
        if pay_method is not UNSET:
            field_dict["payMethod"] = pay_method
        if payment_instructions is not UNSET:
            field_dict["paymentInstructions"] = payment_instructions
        if channel is not UNSET:
            field_dict["channel"] = channel
        if sub_channel is not UNSET:
            field_dict["subChannel"] = sub_channel
        if payer_detail is not UNSET:
            field_dict["payerDetail"] = payer_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_payment_instruction import OrderPaymentInstruction  # noqa: PLC0415

        d = dict(src_dict)
        payer_id = d.pop("payerId", UNSET)

        pay_method = d.pop("payMethod", UNSET)

        _payment_instructions = d.pop("paymentInstructions", UNSET)
        payment_instructions: list[OrderPaymentInstruction] | Unset = UNSET
        if _payment_instructions is not UNSET:
            payment_instructions = []
            for payment_instructions_item_data in _payment_instructions:
                payment_instructions_item = OrderPaymentInstruction.from_dict(payment_instructions_item_data)

                payment_instructions.append(payment_instructions_item)

        channel = d.pop("channel", UNSET)

        sub_channel = d.pop("subChannel", UNSET)

        payer_detail = d.pop("payerDetail", UNSET)

        webhook_payment_info = cls(
            payer_id=payer_id,
            pay_method=pay_method,
            payment_instructions=payment_instructions,
            channel=channel,
            sub_channel=sub_channel,
            payer_detail=payer_detail,
        )

        webhook_payment_info.additional_properties = d
        return webhook_payment_info

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
