# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderResult")


@_attrs_define
class OrderResult:
    """The created order. From third-party SDKs (which cite the v3 page's OrderResult table): every field but `tradeType`
    (from the v1 sample). The v1 sample printed `expireTime` as a string, those SDKs as a number: it is read in either
    form.

        Attributes:
            prepay_id (str): Binance's id for the order (a JSON string).
            terminal_type (str | Unset): Echo of `env.terminalType`.
            expire_time (Decimal | Unset): Expiry time, milliseconds since the epoch. The v1 sample (whose shape v2 keeps)
                prints it as a string ("121123232223"), third-party SDKs as a number: read either form, as a whole `Decimal`.
            trade_type (str | Unset): Where the order was placed ("operate entrance").
            qrcode_link (str | Unset): URL of the QR code image.
            qr_content (str | Unset): Content of the QR code.
            checkout_url (str | Unset): Binance-hosted checkout page.
            deeplink (str | Unset): Link that opens the Binance app.
            universal_url (str | Unset): Universal link (with `universalUrlAttach` appended).
            currency (str | Unset): Order currency.
            total_fee (Decimal | Unset): Order amount. Unconfirmed JSON form: a third-party Go SDK types it as a string (the
                client reads either form).
            fiat_currency (str | Unset): Present when the order was made in fiat.
            fiat_amount (Decimal | Unset): Present when the order was made in fiat.
    """

    prepay_id: str
    terminal_type: str | Unset = UNSET
    expire_time: Decimal | Unset = UNSET
    trade_type: str | Unset = UNSET
    qrcode_link: str | Unset = UNSET
    qr_content: str | Unset = UNSET
    checkout_url: str | Unset = UNSET
    deeplink: str | Unset = UNSET
    universal_url: str | Unset = UNSET
    currency: str | Unset = UNSET
    total_fee: Decimal | Unset = UNSET
    fiat_currency: str | Unset = UNSET
    fiat_amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prepay_id = self.prepay_id

        terminal_type = self.terminal_type

        expire_time = self.expire_time

        trade_type = self.trade_type

        qrcode_link = self.qrcode_link

        qr_content = self.qr_content

        checkout_url = self.checkout_url

        deeplink = self.deeplink

        universal_url = self.universal_url

        currency = self.currency

        total_fee = self.total_fee

        fiat_currency = self.fiat_currency

        fiat_amount = self.fiat_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prepayId": prepay_id,
            }
        )
        if terminal_type is not UNSET:
            field_dict["terminalType"] = terminal_type
        if expire_time is not UNSET:
            field_dict["expireTime"] = expire_time
        if trade_type is not UNSET:
            field_dict["tradeType"] = trade_type
        if qrcode_link is not UNSET:
            field_dict["qrcodeLink"] = qrcode_link
        if qr_content is not UNSET:
            field_dict["qrContent"] = qr_content
        if checkout_url is not UNSET:
            field_dict["checkoutUrl"] = checkout_url
        if deeplink is not UNSET:
            field_dict["deeplink"] = deeplink
        if universal_url is not UNSET:
            field_dict["universalUrl"] = universal_url
        if currency is not UNSET:
            field_dict["currency"] = currency
        if total_fee is not UNSET:
            field_dict["totalFee"] = total_fee
        if fiat_currency is not UNSET:
            field_dict["fiatCurrency"] = fiat_currency
        if fiat_amount is not UNSET:
            field_dict["fiatAmount"] = fiat_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prepay_id = d.pop("prepayId")

        terminal_type = d.pop("terminalType", UNSET)

        expire_time = d.pop("expireTime", UNSET)
        if type(expire_time) is int:
            expire_time = Decimal(expire_time)

        trade_type = d.pop("tradeType", UNSET)

        qrcode_link = d.pop("qrcodeLink", UNSET)

        qr_content = d.pop("qrContent", UNSET)

        checkout_url = d.pop("checkoutUrl", UNSET)

        deeplink = d.pop("deeplink", UNSET)

        universal_url = d.pop("universalUrl", UNSET)

        currency = d.pop("currency", UNSET)

        total_fee = d.pop("totalFee", UNSET)
        if type(total_fee) is int:
            total_fee = Decimal(total_fee)

        fiat_currency = d.pop("fiatCurrency", UNSET)

        fiat_amount = d.pop("fiatAmount", UNSET)
        if type(fiat_amount) is int:
            fiat_amount = Decimal(fiat_amount)

        order_result = cls(
            prepay_id=prepay_id,
            terminal_type=terminal_type,
            expire_time=expire_time,
            trade_type=trade_type,
            qrcode_link=qrcode_link,
            qr_content=qr_content,
            checkout_url=checkout_url,
            deeplink=deeplink,
            universal_url=universal_url,
            currency=currency,
            total_fee=total_fee,
            fiat_currency=fiat_currency,
            fiat_amount=fiat_amount,
        )

        order_result.additional_properties = d
        return order_result

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
