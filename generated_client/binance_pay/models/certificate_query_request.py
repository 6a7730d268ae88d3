# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define

T = TypeVar("T", bound="CertificateQueryRequest")


@_attrs_define
class CertificateQueryRequest:
    """Query Certificate request; no parameters (Binance's example code sends `{}`)."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        certificate_query_request = cls()

        return certificate_query_request
