# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvertQuote")


@_attrs_define
class ConvertQuote:
    """A convert quote. No `quoteId` means the balance is not enough to convert.

    Attributes:
        ratio (Decimal): From:To quote price.
        inverse_ratio (Decimal): To:From quote price.
        valid_timestamp (Decimal): When the quote expires, in milliseconds since the epoch. Binance's table types it as
            decimal; unconfirmed: no sample value was readable, so it is read as an exact `Decimal` from a number or a
            string.
        expire_time (Decimal): How long the quote is valid, in seconds. Binance's table types it as decimal;
            unconfirmed: no sample value was readable, so it is read as an exact `Decimal` from a number or a string.
        to_amount (Decimal): The amount credited after the conversion.
        to_coin (str): The currency converted into.
        from_amount (Decimal): The amount debited by the conversion.
        from_coin (str): The currency converted from.
        quote_id (str | Unset): The quote to execute; missing when the balance is not enough to convert.
    """

    ratio: Decimal
    inverse_ratio: Decimal
    valid_timestamp: Decimal
    expire_time: Decimal
    to_amount: Decimal
    to_coin: str
    from_amount: Decimal
    from_coin: str
    quote_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ratio = self.ratio

        inverse_ratio = self.inverse_ratio

        valid_timestamp = self.valid_timestamp

        expire_time = self.expire_time

        to_amount = self.to_amount

        to_coin = self.to_coin

        from_amount = self.from_amount

        from_coin = self.from_coin

        quote_id = self.quote_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ratio": ratio,
                "inverseRatio": inverse_ratio,
                "validTimestamp": valid_timestamp,
                "expireTime": expire_time,
                "toAmount": to_amount,
                "toCoin": to_coin,
                "fromAmount": from_amount,
                "fromCoin": from_coin,
            }
        )
        if quote_id is not UNSET:
            field_dict["quoteId"] = quote_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ratio = d.pop("ratio")
        if type(ratio) is int:
            ratio = Decimal(ratio)

        inverse_ratio = d.pop("inverseRatio")
        if type(inverse_ratio) is int:
            inverse_ratio = Decimal(inverse_ratio)

        valid_timestamp = d.pop("validTimestamp")
        if type(valid_timestamp) is int:
            valid_timestamp = Decimal(valid_timestamp)

        expire_time = d.pop("expireTime")
        if type(expire_time) is int:
            expire_time = Decimal(expire_time)

        to_amount = d.pop("toAmount")
        if type(to_amount) is int:
            to_amount = Decimal(to_amount)

        to_coin = d.pop("toCoin")

        from_amount = d.pop("fromAmount")
        if type(from_amount) is int:
            from_amount = Decimal(from_amount)

        from_coin = d.pop("fromCoin")

        quote_id = d.pop("quoteId", UNSET)

        convert_quote = cls(
            ratio=ratio,
            inverse_ratio=inverse_ratio,
            valid_timestamp=valid_timestamp,
            expire_time=expire_time,
            to_amount=to_amount,
            to_coin=to_coin,
            from_amount=from_amount,
            from_coin=from_coin,
            quote_id=quote_id,
        )

        convert_quote.additional_properties = d
        return convert_quote

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
