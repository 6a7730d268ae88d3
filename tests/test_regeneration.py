"""Regeneration is real: a spec change shows up in a freshly generated client, and `--check` catches drift."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "openapi" / "binance-pay.yaml"
TEMPLATES = REPO / "generator" / "templates"

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from generator import generate  # noqa: E402
from tests.fixtures import fast_yaml  # noqa: E402


def _templates_snapshot() -> dict[str, bytes]:
    return {p.relative_to(TEMPLATES).as_posix(): p.read_bytes() for p in sorted(TEMPLATES.rglob("*")) if p.is_file()}


@pytest.fixture(autouse=True)
def _templates_untouched():
    before = _templates_snapshot()
    yield
    assert _templates_snapshot() == before, "a regeneration test modified generator/templates"


def _add_wallet(spec: dict) -> None:
    spec["components"]["schemas"]["Wallet"]["enum"].append("MARGIN_WALLET")


def _add_locked_balance(spec: dict) -> None:
    spec["components"]["schemas"]["AssetQueryResp"]["properties"]["lockedBalance"] = {
        "$ref": "#/components/schemas/Amount",
        "description": "Balance locked in open orders.",
    }


def _add_result_code(spec: dict) -> None:
    spec["info"]["x-result-codes"].append(
        {
            "name": "RATE_LIMITED",
            "code": "400201",
            "reason": "Too many requests.",
            "solution": "Slow down.",
            "httpStatus": 429,
        }
    )


PRELUDE = """
import json
from decimal import Decimal
import httpx
import binance_pay
from binance_pay import errors

assert binance_pay.__file__.startswith({tmp!r}), binance_pay.__file__
SENT = []

def client_for(status, body):
    def handler(request):
        SENT.append(json.loads(request.read()))
        return httpx.Response(status, headers={{"Content-Type": "application/json"}}, content=body)
    return binance_pay.BinancePayClient("key1234abcd", "secret-5678", transport=httpx.MockTransport(handler), max_retries=0)

DATA = '"balance":1,"asset":"USDT","fiat":"USD","availableFiatValuation":2,"availableBtcValuation":3'
"""

CHECKS = {
    "wallet": """
assert binance_pay.Wallet.MARGIN_WALLET.value == "MARGIN_WALLET"
ok = ('{"status":"SUCCESS","code":"000000","data":{' + DATA + '}}').encode()
with client_for(200, ok) as client:
    client.wallet.balance(wallet="MARGIN_WALLET", currency="USDT")
    client.wallet.balance(wallet=binance_pay.Wallet.MARGIN_WALLET, currency="USDT")
    try:
        client.wallet.balance(wallet="CROSS_WALLET", currency="USDT")
    except binance_pay.RequestValidationError as exc:
        assert exc.field == "wallet"
    else:
        raise AssertionError("CROSS_WALLET accepted")
assert SENT == [{"wallet": "MARGIN_WALLET", "currency": "USDT"}] * 2, SENT
print("OK")
""",
    "locked_balance": """
ok = ('{"status":"SUCCESS","code":"000000","data":{' + DATA + ',"lockedBalance":1.5}}').encode()
with client_for(200, ok) as client:
    result = client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
assert result.locked_balance == Decimal("1.5") and type(result.locked_balance) is Decimal, repr(result.locked_balance)
assert "lockedBalance" not in result.additional_properties
absent = ('{"status":"SUCCESS","code":"000000","data":{' + DATA + '}}').encode()
with client_for(200, absent) as client:
    result = client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
assert not isinstance(result.locked_balance, Decimal)
bad = ('{"status":"SUCCESS","code":"000000","data":{' + DATA + ',"lockedBalance":1.123456789}}').encode()
with client_for(200, bad) as client:
    try:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    except binance_pay.ResponseValidationError as exc:
        assert exc.field == "data.lockedBalance", exc.field
        assert exc.body == bad
    else:
        raise AssertionError("9 decimal places accepted")
print("OK")
""",
    "result_code": """
cls = errors.RateLimitedError
assert cls.result_code == "400201"
assert errors.RESULT_CODE_ERRORS["400201"] is cls
assert "RateLimitedError" in errors.__all__
fail = b'{"status":"FAIL","code":"400201","errorMessage":"slow"}'
with client_for(429, fail) as client:
    try:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    except errors.RateLimitedError as exc:
        assert type(exc) is cls
        assert exc.code == "400201" and exc.name == "RATE_LIMITED"
        assert exc.reason == "Too many requests." and exc.solution == "Slow down."
        assert exc.status_code == 429 and exc.error_message == "slow"
    else:
        raise AssertionError("no RateLimitedError")
print("OK")
""",
}

CASES = {"wallet": _add_wallet, "locked_balance": _add_locked_balance, "result_code": _add_result_code}


def _run_python(code: str, pythonpath: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    for name in ("BINANCE_PAY_API_KEY", "BINANCE_PAY_SECRET_KEY", "BINANCE_PAY_BASE_URL"):
        env.pop(name, None)
    return subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=pythonpath, capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize("case", sorted(CASES))
def test_spec_change_reaches_generated_client(tmp_path: Path, case: str) -> None:
    spec = fast_yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    CASES[case](spec)
    spec_path = tmp_path / "binance-pay.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")

    generate(spec_path, tmp_path / "binance_pay")

    code = textwrap.dedent(PRELUDE.format(tmp=str(tmp_path))) + textwrap.dedent(CHECKS[case])
    result = _run_python(code, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == "OK"

    # and the unchanged spec does not produce the change (the check itself can fail)
    baseline = _run_python(code, REPO / "generated_client")
    assert baseline.returncode != 0


def _generator(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_check_passes_on_committed_tree(tmp_path: Path) -> None:
    """`--check` on the tree as committed (HEAD), so edits in progress in the working tree don't matter."""
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    archive = subprocess.run(
        ["git", "archive", "HEAD", "generator", "openapi", "generated_client", "pyproject.toml", "docs", "mkdocs.yml"],
        cwd=REPO,
        capture_output=True,
        check=True,
    )
    subprocess.run(["tar", "-x", "-C", str(tmp_path)], input=archive.stdout, check=True)
    result = _generator("--check", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout

    # The API reference (its pages and mkdocs.yml's nav) is held to the spec as well.
    index = tmp_path / "docs" / "reference" / "index.md"
    index.write_text(index.read_text(encoding="utf-8").replace("`client.wallet.balance(...)`", "`client.wallet.bal()`"))
    (tmp_path / "docs" / "reference" / "orders.md").unlink()
    drifted = _generator("--check", cwd=tmp_path)
    assert drifted.returncode == 1
    assert "docs/reference/index.md: differs from the spec" in drifted.stderr
    assert "docs/reference/orders.md: missing" in drifted.stderr
    fixed = _generator(cwd=tmp_path)
    assert "updated the API reference: docs/reference/orders.md" in fixed.stdout
    assert _generator("--check", cwd=tmp_path).returncode == 0
    orders = (tmp_path / "docs" / "reference" / "orders.md").read_text(encoding="utf-8")
    assert "| `merchant_trade_no` | `merchantTradeNo` | `str` | yes |" in orders  # an argument of create
    assert "| `checkout_url` | `checkoutUrl` | `str` |" in orders  # a field of its result
    assert "`InvalidMerchantTradeNoError`" in orders  # one of its result codes, with its class


def test_check_fails_naming_modified_file(tmp_path: Path) -> None:
    package = tmp_path / "binance_pay"
    generate(SPEC, package)
    clean = _generator("--check", "--output", str(package), cwd=REPO)
    assert clean.returncode == 0, clean.stdout + clean.stderr

    target = package / "_signing.py"
    target.write_text(target.read_text(encoding="utf-8").replace("hashlib.sha512", "hashlib.sha256"), encoding="utf-8")
    drifted = _generator("--check", "--output", str(package), cwd=REPO)
    assert drifted.returncode == 1
    assert "_signing.py" in drifted.stderr
    assert "differs" in drifted.stderr

    target.unlink()
    (package / "stray.py").write_text("x = 1\n", encoding="utf-8")
    missing = _generator("--check", "--output", str(package), cwd=REPO)
    assert missing.returncode == 1
    assert "missing: _signing.py" in missing.stderr
    assert "stray.py" in missing.stderr
