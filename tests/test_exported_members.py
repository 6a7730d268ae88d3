"""Pin the public API of `binance_pay` (like httpx's tests/test_exported_members.py)."""

from __future__ import annotations

import inspect
from pathlib import Path

import binance_pay
from binance_pay import errors

from tests.fixtures import fast_yaml

EXPECTED_ALL = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "API_VERSION",
    "AsyncBinancePayClient",
    "BinancePayClient",
    "BinancePayError",
    "ClientClosedError",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_RETRY_ON",
    "DEFAULT_TIMEOUT",
    "DEFAULT_TOTAL_TIMEOUT",
    "IdempotencyConflictError",
    "MissingCredentialsError",
    "OutcomeUnknownError",
    "RawResponse",
    "Reconciliation",
    "Recovery",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "Secret",
    "Timeout",
    "__version__",
    "recovered",
]


def test_all_is_pinned() -> None:
    assert sorted(EXPECTED_ALL) == EXPECTED_ALL
    assert sorted(binance_pay.__all__) == EXPECTED_ALL
    assert len(binance_pay.__all__) == len(set(binance_pay.__all__))


def test_all_names_importable() -> None:
    namespace: dict[str, object] = {}
    exec("from binance_pay import *", namespace)
    for name in binance_pay.__all__:
        assert hasattr(binance_pay, name), name
        assert name in namespace, name


def test_public_members_are_exported() -> None:
    exported = set(binance_pay.__all__)
    for name, member in vars(binance_pay).items():
        if name.startswith("_"):
            continue
        if not (inspect.isclass(member) or inspect.isfunction(member)):
            continue
        if not getattr(member, "__module__", "").startswith("binance_pay"):
            continue
        assert name in exported, f"binance_pay.{name} is public but not in __all__"


def test_errors_all_has_every_result_code_class() -> None:
    spec = fast_yaml.safe_load((Path(__file__).resolve().parents[1] / "openapi" / "binance-pay.yaml").read_text())
    for entry in spec["info"]["x-result-codes"]:
        camel = "".join(part.capitalize() for part in entry["name"].split("_"))
        class_name = camel if entry["name"].endswith("ERROR") else camel + "Error"
        assert class_name in errors.__all__, class_name
        assert errors.RESULT_CODE_ERRORS[entry["code"]].__name__ == class_name
    for name in errors.__all__:
        assert hasattr(errors, name), name
    for name, member in vars(errors).items():
        if inspect.isclass(member) and issubclass(member, Exception) and member.__module__ == errors.__name__:
            assert name.startswith("_") or name in errors.__all__, name
