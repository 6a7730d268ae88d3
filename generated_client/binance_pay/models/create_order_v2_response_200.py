# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..models.status import Status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_result import OrderResult


T = TypeVar("T", bound="CreateOrderV2Response200")


@_attrs_define
class CreateOrderV2Response200:
    """
    Attributes:
        status (Status): Whether the request succeeded. `REPEAT_REQ_SUCCESS` (code "000001") answers an idempotent
            repeat of a request that already succeeded (Binance documents it for Transfer Fund); it
            carries `data` like SUCCESS.
        code (str): Request result code; "000000" on success, otherwise see `x-result-codes`.
        error_message (None | str | Unset): Human-readable reason for a FAIL; Binance sends null or "" on success.
            Documented as at most 256 characters; not enforced on what Binance sends (a longer message is kept).
        data (OrderResult | Unset): The created order. From third-party SDKs (which cite the v3 page's OrderResult
            table): every field but `tradeType` (from the v1 sample). The v1 sample printed `expireTime` as a string, those
            SDKs as a number: it is read in either form.
    """

    status: Status
    code: str
    error_message: None | str | Unset = UNSET
    data: OrderResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        code = self.code

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "code": code,
            }
        )
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_result import OrderResult  # noqa: PLC0415

        d = dict(src_dict)
        status = Status(d.pop("status"))

        code = d.pop("code")

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("errorMessage", UNSET))

        _data = d.pop("data", UNSET)
        data: OrderResult | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = OrderResult.from_dict(_data)

        create_order_v2_response_200 = cls(
            status=status,
            code=code,
            error_message=error_message,
            data=data,
        )

        create_order_v2_response_200.additional_properties = d
        return create_order_v2_response_200

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
