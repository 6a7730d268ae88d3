# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutResult")


@_attrs_define
class PayoutResult:
    """The batch was accepted. From third-party SDKs: this shape.

    Attributes:
        request_id (str | Unset): The request's `requestId`.
        status (str | Unset): Batch status: ACCEPTED (will be processed soon), PROCESSING, SUCCESS (every payee received
            the money), PART_SUCCESS (some transfers succeeded: insufficient funds, a payee still to register, or a refund
            after 72 hours), FAILED (every transfer failed), CANCELED (given up by Binance after retries). Open: a value not
            listed here is kept as text.
    """

    request_id: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("requestId", UNSET)

        status = d.pop("status", UNSET)

        payout_result = cls(
            request_id=request_id,
            status=status,
        )

        payout_result.additional_properties = d
        return payout_result

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
