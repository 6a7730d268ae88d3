# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class ServiceProviderScopes(Model):
    """The scopes enabled for this provider.

    Attributes:
        allow_scopes (list[str]): The scopes the provider may ask merchants for.
        allow_fee_share (bool | None): Whether this provider may share the transaction fee.
    """

    allow_scopes: list[str]
    allow_fee_share: bool | None = None

    _fields: ClassVar[dict[str, str]] = {
        "allowScopes": "allow_scopes",
        "allowFeeShare": "allow_fee_share",
    }
