"""Every id and time the client reads is an `int` (from a number or a string of digits) or a string: never a Decimal."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

from binance_pay import _schema, _schemas

ID_OR_TIME = re.compile(r"(Id|Time|Timestamp)\Z")


def _read_fields() -> Iterator[tuple[str, dict[str, Any]]]:
    """(path, node) of every scalar field of every SUCCESS answer and every notification's data."""
    table = _schema.link(copy.deepcopy(_schemas.SCHEMAS))
    roots = [name for name in table if name.endswith(":200") or name.startswith("Webhook")]
    seen: set[int] = set()
    pending = [(name, table[name]) for name in roots]
    while pending:
        path, node = pending.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node["type"] == "object":
            pending.extend((f"{path}.{name}", sub) for name, sub in node["properties"].items())
        elif node["type"] == "array":
            pending.append((f"{path}[]", node["items"]))
        else:
            yield path, node


def test_the_walk_finds_the_ids_and_times_it_is_about() -> None:
    paths = {path for path, _ in _read_fields()}
    assert "queryOrderV2:200.data.merchantId" in paths and "WebhookPayData.transactTime" in paths


def test_every_integer_id_or_time_read_from_binance_may_come_as_a_string_of_digits() -> None:
    strict = [
        path
        for path, node in _read_fields()
        if ID_OR_TIME.search(path) and node["type"] == "integer" and not node.get("lenient")
    ]
    assert strict == [], "mark these x-lenient-string: true in the spec"


def test_no_id_or_time_read_from_binance_is_a_decimal() -> None:
    decimals = [path for path, node in _read_fields() if ID_OR_TIME.search(path) and node["type"] == "decimal"]
    assert decimals == []
