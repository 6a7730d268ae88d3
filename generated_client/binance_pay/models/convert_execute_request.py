# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define

T = TypeVar("T", bound="ConvertExecuteRequest")


@_attrs_define
class ConvertExecuteRequest:
    """Execute Quote request.

    Attributes:
        quote_id (str): The `quoteId` from Send Quote.
    """

    quote_id: str

    def to_dict(self) -> dict[str, Any]:
        quote_id = self.quote_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "quoteId": quote_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quote_id = d.pop("quoteId")

        convert_execute_request = cls(
            quote_id=quote_id,
        )

        return convert_execute_request
