# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define

T = TypeVar("T", bound="ServiceProviderRecordGetRequest")


@_attrs_define
class ServiceProviderRecordGetRequest:
    """Get Request Record request. From third-party SDKs only (ShepelevAndrew/BinancePayConnector).

    Attributes:
        merchant_id (str): The merchant whose record to get.
    """

    merchant_id: str

    def to_dict(self) -> dict[str, Any]:
        merchant_id = self.merchant_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "merchantId": merchant_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merchant_id = d.pop("merchantId")

        service_provider_record_get_request = cls(
            merchant_id=merchant_id,
        )

        return service_provider_record_get_request
