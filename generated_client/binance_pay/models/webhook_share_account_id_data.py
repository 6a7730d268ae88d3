# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookShareAccountIdData")


@_attrs_define
class WebhookShareAccountIdData:
    """`data` of a SHARE_ACCOUNT_ID notification (`bizStatus` SUCCESS), once parsed.

    Attributes:
        request_id (str | Unset): The merchant's id for the share request.
        user_binance_id (str | Unset):
        user_name (None | str | Unset): The user's nickname; may be null.
    """

    request_id: str | Unset = UNSET
    user_binance_id: str | Unset = UNSET
    user_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        user_binance_id = self.user_binance_id

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if user_binance_id is not UNSET:
            field_dict["userBinanceId"] = user_binance_id
        if user_name is not UNSET:
            field_dict["userName"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("requestId", UNSET)

        user_binance_id = d.pop("userBinanceId", UNSET)

        def _parse_user_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_name = _parse_user_name(d.pop("userName", UNSET))

        webhook_share_account_id_data = cls(
            request_id=request_id,
            user_binance_id=user_binance_id,
            user_name=user_name,
        )

        webhook_share_account_id_data.additional_properties = d
        return webhook_share_account_id_data

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
