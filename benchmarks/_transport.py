"""Load ``AiohttpTransport`` from the generated package."""

from __future__ import annotations

import importlib
from types import ModuleType


def load_transport_module() -> ModuleType:
    """The generated ``binance_pay._aiohttp_transport`` (identical to its template: `--check`)."""
    return importlib.import_module("binance_pay._aiohttp_transport")
