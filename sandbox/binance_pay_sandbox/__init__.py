"""A local Binance Pay sandbox, built from a catalog of every operation in an OpenAPI spec."""

# The modules the `sandbox` extra installs (the server, its request validator, the checkout page's QR code).
_EXTRA_MODULES = frozenset({"starlette", "uvicorn", "yaml", "jsonschema", "segno"})

try:
    from ._app import create_app
    from ._balances import (
        BalanceRules,
        Balances,
        BalancesFileError,
        DecimalAmount,
        Holding,
        balance_rules,
        default_balances,
        load_balances,
        parse_balances,
    )
    from ._catalog import Catalog, Operation, load_catalog
    from ._config import (
        ALL_FAULTS,
        DEFAULT_API_KEY,
        DEFAULT_SECRET_KEY,
        DEFAULT_WEBHOOK_RETRY_DELAYS,
        FAULTS,
        STATE_FAULTS,
        SandboxConfig,
    )
    from ._server import RunningSandbox, run_sandbox
    from ._spec import SpecError
except ImportError as exc:
    if (exc.name or "").split(".")[0] not in _EXTRA_MODULES:
        raise
    from binance_pay._constants import extra_hint  # the client is in the same distribution

    missing = ImportError(
        f"binance_pay_sandbox needs the project's sandbox extra ({exc.name} is missing): {extra_hint('sandbox')}",
        name=exc.name,
    )
    missing.sandbox_extra_missing = True  # type: ignore[attr-defined]  # read by the pytest entry point
    raise missing from exc

__all__ = [
    "ALL_FAULTS",
    "DEFAULT_API_KEY",
    "DEFAULT_SECRET_KEY",
    "DEFAULT_WEBHOOK_RETRY_DELAYS",
    "FAULTS",
    "STATE_FAULTS",
    "BalanceRules",
    "Balances",
    "BalancesFileError",
    "Catalog",
    "DecimalAmount",
    "Holding",
    "Operation",
    "RunningSandbox",
    "SandboxConfig",
    "SpecError",
    "balance_rules",
    "create_app",
    "default_balances",
    "load_balances",
    "load_catalog",
    "parse_balances",
    "run_sandbox",
]
