# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class OrderPersonName(Model):
    """A person's name.

    Attributes:
        first_name (str)
        last_name (str)
        middle_name (str | None)
    """

    first_name: str
    last_name: str
    middle_name: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "firstName": "first_name",
        "lastName": "last_name",
        "middleName": "middle_name",
    }
