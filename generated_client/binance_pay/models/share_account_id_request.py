# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShareAccountIdRequest")


@_attrs_define
class ShareAccountIdRequest:
    """Share Account Id request.

    Attributes:
        request_id (str): The merchant's unique id for this request, letters and digits only.
        sub_merchant_id (str | Unset): The sub-merchant asking.
        webhook_url (str | Unset): URL for this request's SHARE_ACCOUNT_ID webhook, instead of the one configured in the
            merchant portal.
    """

    request_id: str
    sub_merchant_id: str | Unset = UNSET
    webhook_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        sub_merchant_id = self.sub_merchant_id

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "requestId": request_id,
            }
        )
        if sub_merchant_id is not UNSET:
            field_dict["subMerchantId"] = sub_merchant_id
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("requestId")

        sub_merchant_id = d.pop("subMerchantId", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        share_account_id_request = cls(
            request_id=request_id,
            sub_merchant_id=sub_merchant_id,
            webhook_url=webhook_url,
        )

        return share_account_id_request
