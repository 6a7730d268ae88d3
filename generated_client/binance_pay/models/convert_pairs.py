# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from .._dataclasses import define
from .._model import Model

if TYPE_CHECKING:
    from .convert_pair import ConvertPair


@define
class ConvertPairs(Model):
    """The currencies `coin` converts into.

    Attributes:
        coin (str): The currency of the request (`fromAsset`).
        to_list (list[ConvertPair]): One entry per currency `coin` converts into.
    """

    coin: str
    to_list: list[ConvertPair]

    _fields: ClassVar[dict[str, str]] = {
        "coin": "coin",
        "toList": "to_list",
    }
    _nested: ClassVar[dict[str, str | list[str]]] = {
        "toList": ["ConvertPair"],
    }
