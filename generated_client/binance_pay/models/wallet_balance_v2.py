# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wallet_balance_v2_asset import WalletBalanceV2Asset


T = TypeVar("T", bound="WalletBalanceV2")


@_attrs_define
class WalletBalanceV2:
    """The balances of one wallet.

    Attributes:
        wallet (str): The wallet that holds the assets (FUNDING_WALLET or SPOT_WALLET).
        update_time (int): Update time of the data, milliseconds since the epoch. Unconfirmed: the official field table
            types it as a string, but its sample carries a JSON number; this spec follows the sample.
        fiat (str): Fiat currency of the valuations, for example "USD".
        balance (list[WalletBalanceV2Asset] | Unset): One entry per asset (optional in the official field table).
    """

    wallet: str
    update_time: int
    fiat: str
    balance: list[WalletBalanceV2Asset] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet = self.wallet

        update_time = self.update_time

        fiat = self.fiat

        balance: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = []
            for balance_item_data in self.balance:
                balance_item = balance_item_data.to_dict()
                balance.append(balance_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wallet": wallet,
                "updateTime": update_time,
                "fiat": fiat,
            }
        )
        if balance is not UNSET:
            field_dict["balance"] = balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.wallet_balance_v2_asset import WalletBalanceV2Asset  # noqa: PLC0415

        d = dict(src_dict)
        wallet = d.pop("wallet")

        update_time = d.pop("updateTime")

        fiat = d.pop("fiat")

        _balance = d.pop("balance", UNSET)
        balance: list[WalletBalanceV2Asset] | Unset = UNSET
        if _balance is not UNSET:
            balance = []
            for balance_item_data in _balance:
                balance_item = WalletBalanceV2Asset.from_dict(balance_item_data)

                balance.append(balance_item)

        wallet_balance_v2 = cls(
            wallet=wallet,
            update_time=update_time,
            fiat=fiat,
            balance=balance,
        )

        wallet_balance_v2.additional_properties = d
        return wallet_balance_v2

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
