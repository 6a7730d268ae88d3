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


T = TypeVar("T", bound="OrderPaymentInfo")


@_attrs_define
class OrderPaymentInfo:
    """How the order was paid.

    Attributes:
        payer_id (str): The payer's Pay id (a string here; the webhook carries it as a number).
        pay_method (str): Unconfirmed: the values.
        payment_instructions (list[OrderPaymentInstruction]):
        channel (str | Unset): Unconfirmed: the values.
        sub_channel (str | Unset): Unconfirmed: the values.
        payer_detail (str | Unset): The payer's identity, encrypted (AES-GCM, key = SHA-256 of the API secret, first 12
            bytes of the base64-decoded value are the IV).
    """

    payer_id: str
    pay_method: str
    payment_instructions: list[OrderPaymentInstruction]
    channel: str | Unset = UNSET
    sub_channel: str | Unset = UNSET
    payer_detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payer_id = self.payer_id

        pay_method = self.pay_method

        payment_instructions = []
        for payment_instructions_item_data in self.payment_instructions:
            payment_instructions_item = payment_instructions_item_data.to_dict()
            payment_instructions.append(payment_instructions_item)

        channel = self.channel

        sub_channel = self.sub_channel

        payer_detail = self.payer_detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payerId": payer_id,
                "payMethod": pay_method,
                "paymentInstructions": payment_instructions,
            }
        )
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
        payer_id = d.pop("payerId")

        pay_method = d.pop("payMethod")

        payment_instructions = []
        _payment_instructions = d.pop("paymentInstructions")
        for payment_instructions_item_data in _payment_instructions:
            payment_instructions_item = OrderPaymentInstruction.from_dict(payment_instructions_item_data)

            payment_instructions.append(payment_instructions_item)

        channel = d.pop("channel", UNSET)

        sub_channel = d.pop("subChannel", UNSET)

        payer_detail = d.pop("payerDetail", UNSET)

        order_payment_info = cls(
            payer_id=payer_id,
            pay_method=pay_method,
            payment_instructions=payment_instructions,
            channel=channel,
            sub_channel=sub_channel,
            payer_detail=payer_detail,
        )

        order_payment_info.additional_properties = d
        return order_payment_info

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
