"""pytest's entry point for the sandbox's fixtures (`binance_pay_sandbox.pytest_plugin`).

pytest imports every installed plugin when it starts, and the entry point is installed with the
client whether or not the `sandbox` extra is. Without the extra this module loads nothing, so a
merchant's test run is never broken by a missing Starlette; the fixtures are simply absent.
"""

from __future__ import annotations

try:
    import binance_pay_sandbox  # noqa: F401
except ImportError as missing:
    if not getattr(missing, "sandbox_extra_missing", False):
        raise
    pytest_plugins: list[str] = []
else:
    pytest_plugins = ["binance_pay_sandbox.pytest_plugin"]
