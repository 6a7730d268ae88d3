"""Schemathesis against the sandbox: positive and negative cases, every built-in check plus the custom checks."""

from __future__ import annotations

from typing import Any

import pytest
from binance_pay_sandbox import RunningSandbox
from schemathesis import GenerationMode

from contract_tests._checks import ServerRules
from contract_tests._runner import load_schema, run_operation

POSITIVE_EXAMPLES = 60
NEGATIVE_EXAMPLES = 100
LIVE_EXAMPLES = 30


@pytest.mark.parametrize(
    ("mode", "max_examples"),
    [(GenerationMode.POSITIVE, POSITIVE_EXAMPLES), (GenerationMode.NEGATIVE, NEGATIVE_EXAMPLES)],
    ids=["positive", "negative"],
)
def test_asgi(sandbox_app: Any, rules: ServerRules, mode: GenerationMode, max_examples: int) -> None:
    schema = load_schema(rules, app=sandbox_app)
    stats = run_operation(schema, mode, max_examples=max_examples)
    assert stats.cases >= max_examples // 2
    if mode is GenerationMode.POSITIVE:
        assert set(stats.statuses) == {200}, stats.statuses
    else:
        assert 200 not in stats.statuses, stats.statuses
        assert {400, 401} <= set(stats.statuses), stats.statuses


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["positive", "negative"])
def test_live_uvicorn(live_sandbox: RunningSandbox, rules: ServerRules, mode: GenerationMode) -> None:
    schema = load_schema(rules, url=live_sandbox.url)
    stats = run_operation(schema, mode, max_examples=LIVE_EXAMPLES, base_url=live_sandbox.url)
    assert stats.cases >= LIVE_EXAMPLES // 2


def test_auth_hook_is_scoped_to_its_schema(rules: ServerRules, sandbox_app: Any) -> None:
    import schemathesis
    from schemathesis.auths import GLOBAL_AUTH_STORAGE

    schema = load_schema(rules, app=sandbox_app)
    assert schema.auth.is_defined
    assert not GLOBAL_AUTH_STORAGE.is_defined
    assert not schemathesis.openapi.from_dict(schema.raw_schema).auth.is_defined
