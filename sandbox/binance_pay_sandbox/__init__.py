"""A local Binance Pay sandbox (Wallet Balance Query), derived from the project's OpenAPI spec."""

from ._app import create_app
from ._balances import (
    Balances,
    BalancesFileError,
    DecimalAmount,
    Holding,
    default_balances,
    load_balances,
    parse_balances,
)
from ._config import DEFAULT_API_KEY, DEFAULT_SECRET_KEY, FAULTS, SandboxConfig
from ._server import RunningSandbox, run_sandbox

__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_SECRET_KEY",
    "FAULTS",
    "Balances",
    "BalancesFileError",
    "DecimalAmount",
    "Holding",
    "RunningSandbox",
    "SandboxConfig",
    "create_app",
    "default_balances",
    "load_balances",
    "parse_balances",
    "run_sandbox",
]
