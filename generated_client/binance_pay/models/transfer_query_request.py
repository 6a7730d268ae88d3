# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define

T = TypeVar("T", bound="TransferQueryRequest")


@_attrs_define
class TransferQueryRequest:
    """Query Transfer Result request: `tranId` only, as Binance's Python connector ([O-ex]) sends it. Unconfirmed: an older
    official page also listed requestId, merchantId, currency, amount and transferType as required.

        Attributes:
            tran_id (str): The `requestId` of the Transfer Fund request.
    """

    tran_id: str

    def to_dict(self) -> dict[str, Any]:
        tran_id = self.tran_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tranId": tran_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tran_id = d.pop("tranId")

        transfer_query_request = cls(
            tran_id=tran_id,
        )

        return transfer_query_request
