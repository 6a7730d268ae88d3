"""Load ``AiohttpTransport``: from the generated package when it ships it, else the template.

The template ``generator/templates/runtime/_aiohttp_transport.py.jinja`` is plain Python (a
Jinja template in name only), so it can be imported directly with importlib.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

TEMPLATE = (
    Path(__file__).resolve().parent.parent
    / "generator"
    / "templates"
    / "runtime"
    / "_aiohttp_transport.py.jinja"
)
_MODULE_NAME = "_bench_aiohttp_transport"


def load_transport_module(prefer_package: bool = False) -> ModuleType:
    """Return the module defining ``AiohttpTransport``.

    With ``prefer_package`` the generated ``binance_pay._aiohttp_transport`` is used when it is
    importable; otherwise (and by default, so tests exercise this repo's template) the template.
    """
    if prefer_package:
        try:
            return importlib.import_module("binance_pay._aiohttp_transport")
        except ImportError:
            pass
    if _MODULE_NAME in sys.modules:
        return sys.modules[_MODULE_NAME]
    loader = importlib.machinery.SourceFileLoader(_MODULE_NAME, str(TEMPLATE))
    spec = importlib.util.spec_from_loader(_MODULE_NAME, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[_MODULE_NAME] = module
    loader.exec_module(module)
    return module
