"""Sandbox configuration."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._balances import Balances, default_balances

DEFAULT_API_KEY = "sandboxDemoApiKey0123456789abcdef"
DEFAULT_SECRET_KEY = "sandbox-demo-secret-key"  # a documented demo value, not a real secret

API_KEY_ENV = "BINANCE_PAY_API_KEY"
SECRET_KEY_ENV = "BINANCE_PAY_SECRET_KEY"

API_KEY_PATTERN = re.compile(r"[A-Za-z0-9]{16,128}\Z", re.ASCII)

FAULTS: frozenset[str] = frozenset(
    {
        "decimal_places",  # balance written with a 9th decimal place
        "out_of_range",  # balance 1000000000000000.00000000
        "undocumented_code",  # FAILs use code 499999
        "accept_lowercase_currency",  # skip the currency pattern rule
        "accept_bad_signature",  # skip the signature check
        "float_rounding",  # amounts go through float()
        "fail_without_code",  # FAIL bodies omit `code`
    }
)


@dataclass(frozen=True)
class SandboxConfig:
    """Everything the sandbox app needs; `faults` plants known bugs for contract tests only.

    `spec_path` is the OpenAPI file the app is built from (None: the spec shipped with the package).
    `balances` are checked against the shipped spec's rules; load them with the rules of another
    spec (`load_balances(path, balance_rules(load_catalog(spec_path)))`) when serving one.
    """

    api_key: str = DEFAULT_API_KEY
    secret_key: str = field(default=DEFAULT_SECRET_KEY, repr=False)
    balances: Balances = field(default_factory=default_balances, repr=False)
    recv_window_ms: int = 1000
    clock_offset_ms: int = 0
    max_body_bytes: int = 4096
    inject_unknown_error: float = 0.0
    faults: frozenset[str] = frozenset()
    spec_path: Path | None = None

    def __post_init__(self) -> None:
        if not API_KEY_PATTERN.match(self.api_key):
            raise ValueError("api_key must match ^[A-Za-z0-9]{16,128}$")
        if not self.secret_key:
            raise ValueError("secret_key must not be empty")
        if self.recv_window_ms < 0:
            raise ValueError("recv_window_ms must be >= 0")
        if self.max_body_bytes < 1:
            raise ValueError("max_body_bytes must be >= 1")
        if not 0.0 <= self.inject_unknown_error <= 1.0:
            raise ValueError("inject_unknown_error must be between 0 and 1")
        object.__setattr__(self, "faults", frozenset(self.faults))
        if self.spec_path is not None:
            object.__setattr__(self, "spec_path", Path(self.spec_path))
        unknown = sorted(self.faults - FAULTS)
        if unknown:
            raise ValueError(f"unknown fault(s) {', '.join(unknown)}; known: {', '.join(sorted(FAULTS))}")

    @classmethod
    def from_env(cls, **overrides: Any) -> SandboxConfig:
        """Credentials from BINANCE_PAY_API_KEY / BINANCE_PAY_SECRET_KEY, else the demo defaults."""
        values: dict[str, Any] = {
            "api_key": os.environ.get(API_KEY_ENV) or DEFAULT_API_KEY,
            "secret_key": os.environ.get(SECRET_KEY_ENV) or DEFAULT_SECRET_KEY,
        }
        values.update(overrides)
        return cls(**values)
