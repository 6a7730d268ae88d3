"""Adding an operation is a spec edit: a copy of the spec with two new operations (and nothing else
changed) regenerates into a client that calls them, and the sandbox serves them.

tests/fixtures/proof_operations.yaml holds the additions: a nested object, an array of objects, a
decimal request amount, a decimal response amount sent as a string, an int64 id and an
operation-specific result code; and an operation whose `data` is a boolean. `tox -e type` runs
`mypy --strict` on the same generated package; the sandbox started with that spec serves both
operations, and the contract tests run with it exercise both.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from binance_pay_sandbox import SandboxConfig, run_sandbox

from generator._build import generate
from tests.fixtures.proof_spec import write_proof_spec

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


@pytest.fixture(scope="module")
def proof(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("proof")
    spec = write_proof_spec(root / "proof.yaml")
    generate(spec, root / "pkg" / "binance_pay")
    return spec, root / "pkg"


def test_generated_client_calls_the_new_operations(proof: tuple[Path, Path]) -> None:
    _spec, package_root = proof
    result = subprocess.run(
        [sys.executable, str(HERE / "check_generated.py"), str(package_root)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    findings = json.loads(result.stdout)
    create = findings["create_params"]
    assert create["env"] == "ProofEnv | Mapping[str, Any]"
    assert create["goods_details"] == "Sequence[ProofGoods | Mapping[str, Any]]"
    assert create["order_amount"] == "Decimal"
    assert create["merchant_id"] == "int | None"
    assert findings["flag_params"]["flag_name"] == "str"
    body = json.loads(findings["order_body"], parse_float=str)
    # the Decimal goes on the wire digit for digit: a JSON number, or a JSON string where the spec says so
    assert '"orderAmount":999999999999999.99999999' in findings["order_body"]
    assert body["goodsDetails"][0]["goodsUnitAmount"]["amount"] == "1.00000001"
    assert body["merchantId"] == 9223372036854775807
    assert findings["order"] == {
        "prepay_id": 29383937493038367,
        "total_fee": "Decimal('25.17000000')",
        "expire_time": 1674292800000,
    }
    assert findings["flag"] is True
    assert findings["bad_nested"] == {
        "field": "goodsDetails[0].goodsName",
        "rule": "must be at most 256 characters, got 257",
    }
    assert findings["sent_after_bad"] == 0


def test_generated_package_has_the_new_result_code(proof: tuple[Path, Path]) -> None:
    _spec, package_root = proof
    errors = (package_root / "binance_pay" / "errors.py").read_text()
    assert "class ProofTradeNoDuplicatedError(ResultCodeError)" in errors
    assert '"400299": ProofTradeNoDuplicatedError' in errors
    resource = (package_root / "binance_pay" / "resources" / "proofs.py").read_text()
    assert "ProofTradeNoDuplicatedError" in resource  # the class to catch, listed in the create docstring


def _signed(body: bytes, api_key: str, secret: str) -> dict[str, str]:
    timestamp, nonce = str(int(time.time() * 1000)), secrets.token_hex(16)
    payload = f"{timestamp}\n{nonce}\n".encode() + body + b"\n"
    signature = hmac.new(secret.encode(), payload, hashlib.sha512).hexdigest().upper()
    return {
        "Content-Type": "application/json",
        "BinancePay-Timestamp": timestamp,
        "BinancePay-Nonce": nonce,
        "BinancePay-Certificate-SN": api_key,
        "BinancePay-Signature": signature,
    }


def test_sandbox_started_with_the_spec_serves_both_operations(proof: tuple[Path, Path]) -> None:
    spec, _package_root = proof
    with run_sandbox(SandboxConfig(spec_path=spec)) as sandbox:
        key, secret = sandbox.config.api_key, sandbox.config.secret_key
        with httpx.Client(base_url=sandbox.url) as http:
            flag = http.post(
                "/binancepay/openapi/proof/flag",
                content=b'{"flagName":"ready"}',
                headers=_signed(b'{"flagName":"ready"}', key, secret),
            )
            assert flag.json() == {"status": "SUCCESS", "code": "000000", "data": True}
            order_body = (
                b'{"env":{"terminalType":"WEB"},"proofTradeNo":"A1","orderAmount":25.17,"goodsDetails":'
                b'[{"goodsName":"Ice Cream","goodsUnitAmount":{"currency":"USDT","amount":"1.00000001"}}]}'
            )
            order = http.post(
                "/binancepay/openapi/proof/order", content=order_body, headers=_signed(order_body, key, secret)
            )
            assert order.status_code == 200
            assert '"totalFee":"25.17000000"' in order.text and '"proofTradeNo":"A1"' in order.text
            bad = order_body.replace(b'"Ice Cream"', b'"' + b"x" * 257 + b'"')
            refused = http.post("/binancepay/openapi/proof/order", content=bad, headers=_signed(bad, key, secret))
            assert refused.status_code == 400
            assert refused.json()["code"] == "400101"  # INVALID_PARAM_WRONG_LENGTH, from x-validation-codes
            assert "goodsDetails[0].goodsName" in refused.json()["errorMessage"]


# The two new operations, and one the spec already had (the contract env runs every operation of the project's
# spec; the proof spec adds only these two, so running all of them again here would repeat that run).
CONTRACT_OPERATIONS = ("createProofOrder", "checkProofFlag", "queryWalletBalance")


def test_contract_tests_exercise_both_operations(proof: tuple[Path, Path]) -> None:
    spec, _package_root = proof
    node_ids = [f"contract_tests/server/test_schemathesis.py::test_asgi[{op}]" for op in CONTRACT_OPERATIONS]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", *node_ids, "-q", "-s", "-p", "no:cacheprovider"],
        cwd=REPO,
        env={**os.environ, "BINANCE_PAY_SPEC": str(spec)},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "3 passed" in result.stdout, result.stdout[-3000:]
    for operation in CONTRACT_OPERATIONS:
        line = next((ln for ln in result.stdout.splitlines() if ln.startswith(f"contract: {operation} ")), None)
        assert line is not None, result.stdout[-3000:]
        positive, negative = (int(n) for n in re.findall(r"(\d+) cases", line))
        assert positive > 0 and negative > 0, line
