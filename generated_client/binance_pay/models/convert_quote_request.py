# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..models.wallet import Wallet
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvertQuoteRequest")


@_attrs_define
class ConvertQuoteRequest:
    """Send Quote request. Give exactly one of `fromAmount` and `toAmount` (the schema's `oneOf`; the page: "send only one
    of the amounts").

        Attributes:
            wallet (Wallet): Binance wallet to query.
            from_asset (str): Currency to convert from, uppercase, for example "USDT".
            to_asset (str): Currency to convert into, uppercase, for example "BNB".
            from_amount (Decimal | Unset): Amount to debit, 0.00000001 to 999999999999999.99999999, at most 8 decimal
                places. Leave it out when `toAmount` is given (Binance's sample sends null instead).
            to_amount (Decimal | Unset): Amount to credit, 0.00000001 to 999999999999999.99999999, at most 8 decimal places.
                Leave it out when `fromAmount` is given (Binance's sample sends null instead).
    """

    wallet: Wallet
    from_asset: str
    to_asset: str
    from_amount: Decimal | Unset = UNSET
    to_amount: Decimal | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        wallet = self.wallet.value

        from_asset = self.from_asset

        to_asset = self.to_asset

        from_amount = self.from_amount

        to_amount = self.to_amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "wallet": wallet,
                "fromAsset": from_asset,
                "toAsset": to_asset,
            }
        )
        if from_amount is not UNSET:
            field_dict["fromAmount"] = from_amount
        if to_amount is not UNSET:
            field_dict["toAmount"] = to_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wallet = Wallet(d.pop("wallet"))

        from_asset = d.pop("fromAsset")

        to_asset = d.pop("toAsset")

        from_amount = d.pop("fromAmount", UNSET)
        if type(from_amount) is int:
            from_amount = Decimal(from_amount)

        to_amount = d.pop("toAmount", UNSET)
        if type(to_amount) is int:
            to_amount = Decimal(to_amount)

        convert_quote_request = cls(
            wallet=wallet,
            from_asset=from_asset,
            to_asset=to_asset,
            from_amount=from_amount,
            to_amount=to_amount,
        )

        return convert_quote_request
