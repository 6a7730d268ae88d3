"""`help()` serves a caller: every argument is described, provenance notes stay on the reference page, Raises
names classes to catch, and a result whose status can say the operation failed says so."""

from __future__ import annotations

import inspect
import re

import binance_pay
import pytest
from binance_pay import errors

# Words of the spec's provenance notes (where a fact comes from), which belong on the API reference page.
PROVENANCE = re.compile(r"unconfirmed|third-party|official page|readable|connector|ShepelevAndrew|revision", re.I)


def methods() -> list[tuple[str, object]]:
    client = binance_pay.BinancePayClient("k" * 16, "s")
    found = []
    for resource_name in binance_pay.BinancePayClient.__dict__:
        resource = getattr(client, resource_name, None)
        if type(resource).__module__.startswith("binance_pay.resources"):
            for name, method in inspect.getmembers(resource, inspect.ismethod):
                if not name.startswith("_"):
                    found.append((f"{resource_name}.{name}", method))
    assert len(found) >= 41
    return found


METHODS = methods()


@pytest.mark.parametrize(("name", "method"), METHODS, ids=[name for name, _ in METHODS])
def test_docstring_has_no_provenance_and_no_bare_argument_names(name: str, method: object) -> None:
    doc = inspect.getdoc(method) or ""
    assert not PROVENANCE.search(doc), f"{name}: {PROVENANCE.search(doc)}"
    for line in doc.splitlines():
        argument = re.fullmatch(r"\s*(\w+): (\w+)( Optional\.)?", line)
        assert argument is None or argument.group(2).lower() != argument.group(1).replace("_", ""), line


def test_an_argument_without_a_description_names_its_fields() -> None:
    doc = inspect.getdoc(binance_pay.BinancePayClient("k" * 16, "s").orders.create) or ""
    assert "env: An `OrderEnv` object with terminalType (required)" in doc
    assert "env: env" not in doc


def test_raises_lists_classes_to_catch() -> None:
    doc = inspect.getdoc(binance_pay.BinancePayClient("k" * 16, "s").orders.create) or ""
    raises = doc.split("Raises:", 1)[1]
    names = set(re.findall(r"\b([A-Z]\w+Error)\b", raises))
    assert {"RequestValidationError", "InvalidMerchantTradeNoError", "OutcomeUnknownError"} <= names
    assert all(isinstance(getattr(errors, name), type) for name in names)


def test_a_transfer_says_its_status_can_be_failure() -> None:
    client = binance_pay.BinancePayClient("k" * 16, "s")
    returns = (inspect.getdoc(client.transfers.create) or "").split("Returns:", 1)[1].split("Raises:", 1)[0]
    assert "TransferResult" in returns and "`status`: it did not complete if it is FAILURE" in returns
    assert "no exception is raised" in returns


def test_an_order_query_names_every_value_the_spec_marks_as_not_completed() -> None:
    client = binance_pay.BinancePayClient("k" * 16, "s")
    returns = (inspect.getdoc(client.orders.query) or "").split("Returns:", 1)[1].split("Raises:", 1)[0]
    assert "`status`: it did not complete if it is CANCELED or ERROR or EXPIRED" in returns
