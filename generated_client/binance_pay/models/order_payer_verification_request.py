# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..models.order_payer_verification_request_payer_type import OrderPayerVerificationRequestPayerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_payer_information import OrderPayerInformation


T = TypeVar("T", bound="OrderPayerVerificationRequest")


@_attrs_define
class OrderPayerVerificationRequest:
    """Payment Payer Verification request.

    Attributes:
        binance_id (str): The payer's Binance ID (an older revision named it `accountId`).
        payer_type (OrderPayerVerificationRequestPayerType):
        information (list[OrderPayerInformation] | Unset): The payer's data to check.
    """

    binance_id: str
    payer_type: OrderPayerVerificationRequestPayerType
    information: list[OrderPayerInformation] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        binance_id = self.binance_id

        payer_type = self.payer_type.value

        information: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.information, Unset):
            information = []
            for information_item_data in self.information:
                information_item = information_item_data.to_dict()
                information.append(information_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "binanceId": binance_id,
                "payerType": payer_type,
            }
        )
        if information is not UNSET:
            field_dict["information"] = information

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_payer_information import OrderPayerInformation  # noqa: PLC0415

        d = dict(src_dict)
        binance_id = d.pop("binanceId")

        payer_type = OrderPayerVerificationRequestPayerType(d.pop("payerType"))

        _information = d.pop("information", UNSET)
        information: list[OrderPayerInformation] | Unset = UNSET
        if _information is not UNSET:
            information = []
            for information_item_data in _information:
                information_item = OrderPayerInformation.from_dict(information_item_data)

                information.append(information_item)

        order_payer_verification_request = cls(
            binance_id=binance_id,
            payer_type=payer_type,
            information=information,
        )

        return order_payer_verification_request
