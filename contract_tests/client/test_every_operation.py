"""The generated client held to the spec from its side, for every operation of the spec under test, sync and async,
plain and `with_raw_response` (see `properties.py` for what each property asserts)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from contract_tests.client import properties as props
from contract_tests.client.target import generated_operations, target, targets
from contract_tests.oracle.spec import operations

OPERATION_IDS = [op.operation_id for op in operations()]
# Examples per operation: (valid round trips, invalid-request bodies, invalid-response bodies, result-code runs).
# Each invalid body is broken once per rule and field it holds, and each result-code run raises every documented
# code, so few examples cover every rule; the other modes share the code paths and run fewer.
EXAMPLES = {"sync": (12, 3, 3, 2), "raw": (3, 1, 1, 1), "async": (3, 1, 1, 1), "async_raw": (3, 1, 1, 1)}


@pytest.mark.parametrize("mode", props.MODES)
@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_client_contract(operation_id: str, mode: str) -> None:
    valid, invalid_requests, invalid_responses, codes = EXAMPLES[mode]
    props.prop_valid_round_trip(operation_id, mode, valid)
    kinds = props.prop_invalid_requests(operation_id, mode, invalid_requests)
    used = props.rule_kinds(target(operation_id).request_schema)
    assert used <= kinds, f"{operation_id}: no breakage of {sorted(used - kinds)} was tried"
    props.prop_invalid_responses(operation_id, mode, invalid_responses)
    props.prop_result_codes(operation_id, mode, codes)


def test_every_operation_has_its_method() -> None:
    """The generated package has exactly the spec's operations (none missing, none the spec no longer has), and
    `targets()` finds each one's method and keyword arguments (it asserts as it goes)."""
    assert sorted(generated_operations()) == sorted(OPERATION_IDS)
    assert len(targets()) == len(OPERATION_IDS)


def test_statefulness_is_read_from_the_spec_not_the_sandbox() -> None:
    """`x-stateful` is a fact of the spec: no contract test imports the sandbox's registry or handlers to learn it."""
    root = Path(__file__).resolve().parents[1]
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("binance_pay_sandbox."):
                module = node.module or ""
                assert not module.endswith(("_registry", "_stateful")), f"{path.name} imports {module}"
            if isinstance(node, ast.Name | ast.Attribute):
                name = node.id if isinstance(node, ast.Name) else node.attr
                assert name not in {"is_stateful", "STATEFUL"}, f"{path.name} uses the sandbox's {name}"
