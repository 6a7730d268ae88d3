# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from .._dataclasses import define
from .._model import Model

if TYPE_CHECKING:
    from .service_provider_record import ServiceProviderRecord


@define
class ServiceProviderRecordPage(Model):
    """One page of authorization records.

    Attributes:
        total (int): Number of records.
        rows (list[ServiceProviderRecord]): This page's records.
    """

    total: int
    rows: list[ServiceProviderRecord]

    _fields: ClassVar[dict[str, str]] = {
        "total": "total",
        "rows": "rows",
    }
    _nested: ClassVar[dict[str, str | list[str]]] = {
        "rows": ["ServiceProviderRecord"],
    }
