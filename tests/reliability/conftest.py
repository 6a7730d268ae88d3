"""Fixtures for the reliability and security tests (real sockets on 127.0.0.1, real uvicorn sandboxes)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_env_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests pass keys explicitly; the machine's environment must not leak in."""
    for name in ("BINANCE_PAY_API_KEY", "BINANCE_PAY_SECRET_KEY", "BINANCE_PAY_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
