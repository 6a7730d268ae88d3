# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectDebitPreContract")


@_attrs_define
class DirectDebitPreContract:
    """A contract waiting for the user's signature. From third-party SDKs (ShepelevAndrew/ BinancePayConnector): every
    field of this object; Binance's table could not be read.

        Attributes:
            merchant_id (int | Unset): The merchant's id at Binance.
            pre_contract_id (str | Unset): The id Binance gave this contract request.
            contract_end_time (int | Unset): When the contract ends, in milliseconds since the epoch.
            request_expire_time (int | Unset): When the user can no longer sign, in milliseconds since the epoch.
            qr_content (str | Unset): The QR code's content.
            qrcode_link (str | Unset): The QR code image's URL.
            deeplink (str | Unset): Opens the Binance app to sign the contract.
    """

    merchant_id: int | Unset = UNSET
    pre_contract_id: str | Unset = UNSET
    contract_end_time: int | Unset = UNSET
    request_expire_time: int | Unset = UNSET
    qr_content: str | Unset = UNSET
    qrcode_link: str | Unset = UNSET
    deeplink: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_id = self.merchant_id

        pre_contract_id = self.pre_contract_id

        contract_end_time = self.contract_end_time

        request_expire_time = self.request_expire_time

        qr_content = self.qr_content

        qrcode_link = self.qrcode_link

        deeplink = self.deeplink

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if merchant_id is not UNSET:
            field_dict["merchantId"] = merchant_id
        if pre_contract_id is not UNSET:
            field_dict["preContractId"] = pre_contract_id
        if contract_end_time is not UNSET:
            field_dict["contractEndTime"] = contract_end_time
        if request_expire_time is not UNSET:
            field_dict["requestExpireTime"] = request_expire_time
        if qr_content is not UNSET:
            field_dict["qrContent"] = qr_content
        if qrcode_link is not UNSET:
            field_dict["qrcodeLink"] = qrcode_link
        if deeplink is not UNSET:
            field_dict["deeplink"] = deeplink

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merchant_id = d.pop("merchantId", UNSET)

        pre_contract_id = d.pop("preContractId", UNSET)

        contract_end_time = d.pop("contractEndTime", UNSET)

        request_expire_time = d.pop("requestExpireTime", UNSET)

        qr_content = d.pop("qrContent", UNSET)

        qrcode_link = d.pop("qrcodeLink", UNSET)

        deeplink = d.pop("deeplink", UNSET)

        direct_debit_pre_contract = cls(
            merchant_id=merchant_id,
            pre_contract_id=pre_contract_id,
            contract_end_time=contract_end_time,
            request_expire_time=request_expire_time,
            qr_content=qr_content,
            qrcode_link=qrcode_link,
            deeplink=deeplink,
        )

        direct_debit_pre_contract.additional_properties = d
        return direct_debit_pre_contract

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
