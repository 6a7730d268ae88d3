"""Request and response bodies checked against the spec's schemas, with exact decimals.

The generator turns every schema of the spec into a plain-data node (`_schemas.SCHEMAS`): a dict
with a `type` of object, array, string, decimal, integer, boolean, enum or any, and that type's
rules. Two walks read those nodes:

- `to_wire` turns call arguments (generated models, plain dicts, lists, enums, `Decimal`s) into the
  JSON value to send, checking every rule; a `Decimal` is sent in the form the schema declares
  (a JSON number, or a JSON string for `type: string, format: decimal`), digits unchanged.
- `from_wire` checks a decoded response (numbers already `Decimal`) and normalises it in place:
  every decimal, whether Binance sent a number or a string, becomes a `Decimal`, and an
  `x-lenient-string` integer sent as a string of digits becomes an `int`.

A broken rule raises `SchemaViolation`; its path (`goodsDetails[0].goodsName`) is built only on
that error path, so a valid body costs no string work. A maintained JSON Schema validator
(jsonschema) is what the sandbox uses; here it would cost more than the rest of a call and about
100 ms of import time (benchmarks/extras.py measures both).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from enum import Enum
from typing import Any

from ._json import format_decimal

Node = dict[str, Any]

MAX_DECIMAL_DIGITS = 40
"""Digits and exponent of any amount are bounded before arithmetic or formatting touch it: Binance's
amounts have at most 15 + 8 digits, and `Decimal('1E+999999999')` must not become a 1 GB string."""

_DECIMAL_TEXT = re.compile(r"-?[0-9]{1,40}(?:\.[0-9]{1,40})?\Z")
_DIGITS_TEXT = re.compile(r"[0-9]{1,40}\Z")


class SchemaViolation(Exception):
    """A value breaks a schema rule. `path` holds the keys and indexes down to it."""

    def __init__(self, rule: str, keyword: str) -> None:
        super().__init__(rule)
        self.rule = rule
        self.keyword = keyword
        self.path: list[str | int] = []

    @property
    def field(self) -> str:
        text = ""
        for part in self.path:
            text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
        return text or "body"


def link(table: dict[str, Node]) -> dict[str, Node]:
    """Replace every `{"$ref": name}` node by the named node itself, in place (cycles are fine)."""

    def resolve(node: Node) -> Node:
        if "$ref" in node:
            return table[node["$ref"]]
        if "properties" in node:
            node["properties"] = {name: resolve(sub) for name, sub in node["properties"].items()}
        if "items" in node:
            node["items"] = resolve(node["items"])
        return node

    for name in list(table):
        table[name] = resolve(table[name])
    return table


def _shown(value: Any) -> str:
    if type(value) is int and value.bit_length() > 190:  # repr() of a huge int is slow, or refused (4300 digits)
        return f"<an integer of {value.bit_length()} bits>"
    try:
        text = repr(value)
    except Exception:  # a user object whose repr fails must not hide the real problem
        return f"<{type(value).__name__}>"
    return text if len(text) <= 60 else text[:57] + "..."


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, Decimal)):
        return "number"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "string"
    if isinstance(value, (list, tuple)):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


def _type_error(expected: str, value: Any) -> SchemaViolation:
    return SchemaViolation(f"must be {expected}, got {_json_type(value)} {_shown(value)}", "type")


def _not_a_decimal(value: Any) -> SchemaViolation:
    """Only a `Decimal` (or an int) is an amount: a float is inexact, and a str is refused rather than
    parsed, so that "10,00", "1e2" or " 10" are never guessed at; the message shows the exact fix."""
    if isinstance(value, float):
        return _type_error("a Decimal (floats are not exact)", value)
    if type(value) is str:
        return SchemaViolation(
            f"must be a Decimal, not the string {_shown(value)}: pass Decimal({_shown(value)})", "type"
        )
    return _type_error("a Decimal", value)


def _pattern(node: Node) -> re.Pattern[str]:
    compiled: re.Pattern[str] | None = node.get("_compiled")
    if compiled is None:
        compiled = node["_compiled"] = re.compile(node["pattern"])
    return compiled


def _check_string(node: Node, value: str) -> None:
    minimum, maximum = node.get("minLength"), node.get("maxLength")
    if minimum is not None and len(value) < minimum:
        rule = "must not be empty" if minimum == 1 else f"must be at least {minimum} characters, got {_shown(value)}"
        raise SchemaViolation(rule, "minLength")
    if maximum is not None and len(value) > maximum:
        raise SchemaViolation(f"must be at most {maximum} characters, got {len(value)}", "maxLength")
    if "pattern" in node and _pattern(node).search(value) is None:
        # said in words (`patternWords`, from the spec's `x-pattern-description` or derived by the generator)
        raise SchemaViolation(f"must be {node['patternWords']}, got {_shown(value)}", "pattern")


def _number_text(number: Decimal | int) -> str:
    """A bound or a checked number as plain digits: `0.00000001`, never `1E-8` (digits are bounded by now)."""
    if isinstance(number, Decimal):
        return format(number, "f")
    return _shown(number)


def _check_number(node: Node, number: Decimal | int) -> None:
    if "minimum" in node and number < node["minimum"]:
        raise _range_violation("minimum", "at least", node, number)
    if "maximum" in node and number > node["maximum"]:
        raise _range_violation("maximum", "at most", node, number)
    if "exclusiveMinimum" in node and number <= node["exclusiveMinimum"]:
        raise _range_violation("exclusiveMinimum", "more than", node, number)
    if "exclusiveMaximum" in node and number >= node["exclusiveMaximum"]:
        raise _range_violation("exclusiveMaximum", "less than", node, number)


def _range_violation(keyword: str, words: str, node: Node, number: Decimal | int) -> SchemaViolation:
    return SchemaViolation(f"must be {words} {_number_text(node[keyword])}, got {_number_text(number)}", keyword)


def _bounded_decimal(node: Node, number: Decimal) -> Decimal:
    """Check a `Decimal`'s shape (finite, bounded digits, written places), then its range."""
    if not number.is_finite():
        raise SchemaViolation(f"must be a finite number, got {_shown(number)}", "type")
    _sign, digits, exponent = number.as_tuple()
    assert isinstance(exponent, int)
    if len(digits) > MAX_DECIMAL_DIGITS or not -MAX_DECIMAL_DIGITS <= exponent <= MAX_DECIMAL_DIGITS:
        raise SchemaViolation(f"must have at most {MAX_DECIMAL_DIGITS} digits, got {_shown(number)}", "format")
    places = node.get("places")
    if places is not None and -exponent > places:
        raise SchemaViolation(f"must have at most {places} decimal places, got {_shown(number)}", "multipleOf")
    _check_number(node, number)
    return number


def _decimal_bounds(node: Node) -> Callable[[Decimal], Decimal]:
    """`_bounded_decimal` for one node, its limits bound once (the common case: 0 <= x <= max, 8 places)."""
    minimum, maximum, places = node.get("minimum"), node.get("maximum"), node.get("places")
    others = any(key in node for key in ("exclusiveMinimum", "exclusiveMaximum"))
    if others or places is None:
        return lambda number: _bounded_decimal(node, number)
    lowest_exponent = -min(places, MAX_DECIMAL_DIGITS)

    def bounded(number: Decimal) -> Decimal:
        if number.is_finite():
            _sign, digits, exponent = number.as_tuple()
            if (
                len(digits) <= MAX_DECIMAL_DIGITS
                and lowest_exponent <= exponent <= MAX_DECIMAL_DIGITS  # type: ignore[operator]
                and (minimum is None or number >= minimum)
                and (maximum is None or number <= maximum)
            ):
                return number
        return _bounded_decimal(node, number)  # says which rule is broken

    return bounded


def _decimal_from_text(value: str) -> Decimal:
    if _DECIMAL_TEXT.match(value) is None:
        raise SchemaViolation(f"must be a decimal number written as text, got {_shown(value)}", "format")
    return Decimal(value)


def _integer_from_text(value: str) -> int:
    """`x-lenient-string`: an integer Binance may send as a JSON string of digits."""
    if _DIGITS_TEXT.match(value) is None:
        raise SchemaViolation(f"must be an integer or a string of digits, got {_shown(value)}", "type")
    return int(value)


# ---- requests: arguments -> the JSON value to send ----------------------------------------------------------------


def to_wire(node: Node, value: Any) -> Any:
    """The JSON value to send for `value` under `node`; raises `SchemaViolation`."""
    if value is None:
        if node.get("nullable"):
            return None
        raise SchemaViolation("must not be null", "required")
    kind = node["type"]
    if kind == "string":
        if type(value) is not str:
            raise _type_error("a string", value)
        _check_string(node, value)
        return value
    if kind == "enum":
        raw = value.value if isinstance(value, Enum) else value
        if type(raw) is not str or raw not in node["values"]:
            raise SchemaViolation(f"must be one of {', '.join(node['values'])}, got {_shown(value)}", "enum")
        return raw
    if kind == "decimal":
        if type(value) is int:
            value = Decimal(value)
        elif type(value) is not Decimal:
            raise _not_a_decimal(value)
        number = _bounded_decimal(node, value)
        if node["wire"] == "number":
            return number
        text = format_decimal(number)
        _check_string(node, text)
        return text
    if kind == "integer":
        if type(value) is not int:
            raise _type_error("an integer", value)
        _check_number(node, value)
        return value
    if kind == "boolean":
        if type(value) is not bool:
            raise _type_error("a boolean", value)
        return value
    if kind == "object":
        return _object_to_wire(node, value)
    if kind == "array":
        if not isinstance(value, (list, tuple)):
            raise _type_error("a list", value)
        _check_items(node, value)
        items = node["items"]
        wire = []
        for index, item in enumerate(value):
            try:
                wire.append(to_wire(items, item))
            except SchemaViolation as violation:
                violation.path.insert(0, index)
                raise
        return wire
    return value  # "any"


def _object_to_wire(node: Node, value: Any) -> dict[str, Any]:
    if isinstance(value, Mapping):
        fields = dict(value)
    elif hasattr(value, "__dataclass_fields__") and "python_names" in node:
        fields = {}
        for json_name, python_name in node["python_names"].items():
            item = getattr(value, python_name, None)
            if item is not None:
                fields[json_name] = item
        fields.update(getattr(value, "additional_properties", None) or {})
    else:
        raise _type_error("an object (a model or a dict)", value)
    properties: dict[str, Node] = node["properties"]
    for name in node["required"]:
        if name not in fields:
            _refuse_misspelt_keys(properties, fields, loosely=True)
            raise _rule_violation(name, "is required", "required")
    rules = node.get("rules")
    if rules is not None:  # only request objects with a "one of" rule pay for this
        try:
            _check_rules(rules, fields)
        except SchemaViolation:
            _refuse_misspelt_keys(properties, fields, loosely=True)
            raise
    wire: dict[str, Any] = {}
    for name, item in fields.items():
        sub = properties.get(name)
        if sub is None:
            closed = bool(node.get("closed"))
            _refuse_misspelt_keys(properties, {name: item}, loosely=closed)
            if closed:
                raise _rule_violation(str(name), "is not an allowed field", "additionalProperties")
            wire[name] = item  # an open object passes an unknown field through
            continue
        try:
            wire[name] = to_wire(sub, item)
        except SchemaViolation as violation:
            violation.path.insert(0, name)
            raise
    return wire


def _folded(name: str) -> str:
    """`goods_type`, `GoodsType` and `goods-type` all read `goodstype`."""
    return name.replace("_", "").replace("-", "").lower()


def _meant(key: str, properties: Mapping[str, Any], loosely: bool) -> str | None:
    """The field `key` probably meant: the same name in another case or with `_`; `loosely`, also a near spelling."""
    folded = _folded(key)
    for name in properties:
        if _folded(name) == folded:
            return name
    if not loosely:
        return None
    close = difflib.get_close_matches(key, list(properties), n=1, cutoff=0.8)
    return close[0] if close else None


def misspelt_key(key: str, names: Mapping[str, Any]) -> str | None:
    """The name among `names` that `key` probably meant (another case, `_` for camelCase, a near spelling)."""
    return _meant(key, names, loosely=True)


def _refuse_misspelt_keys(properties: Mapping[str, Node], fields: Mapping[Any, Any], loosely: bool) -> None:
    """Name a key that matches no field but looks like one (`goods_type: unknown field; did you mean goodsType?`),
    rather than report the field it was meant to be as missing."""
    for key in fields:
        if isinstance(key, str) and key not in properties:
            meant = _meant(key, properties, loosely)
            if meant is not None and meant not in fields:
                raise _rule_violation(key, f"unknown field; did you mean {meant}?", "additionalProperties")


def _holds(condition: Node, fields: Mapping[str, Any]) -> bool:
    """A branch of anyOf/oneOf: all of `required` given and, with `notAll`, not all of those."""
    if not all(name in fields for name in condition["required"]):
        return False
    forbidden = condition.get("notAll")
    return forbidden is None or not all(name in fields for name in forbidden)


def _alternatives(branches: list[Node]) -> str:
    """`currency or fiatCurrency`; a branch of several fields reads `(a and b)`."""
    parts = [b["required"][0] if len(b["required"]) == 1 else "(" + " and ".join(b["required"]) + ")" for b in branches]
    return " or ".join(parts)


def _rule_violation(field: str, rule: str, keyword: str) -> SchemaViolation:
    violation = SchemaViolation(rule, keyword)
    violation.path.append(field)
    return violation


def _check_rules(rules: list[Node], fields: Mapping[str, Any]) -> None:
    """The object's cross-field rules (anyOf, oneOf, not, dependentRequired), named like `required`."""
    for rule in rules:
        keyword = rule["keyword"]
        if keyword == "dependentRequired":
            if rule["if"] in fields:
                for name in rule["required"]:
                    if name not in fields:
                        raise _rule_violation(name, f"is required when {rule['if']} is given", keyword)
        elif keyword == "anyOf":
            if not any(_holds(branch, fields) for branch in rule["branches"]):
                raise _rule_violation(_alternatives(rule["branches"]), "one of them is required", keyword)
        elif keyword == "oneOf":
            branches = rule["branches"]
            if sum(1 for branch in branches if _holds(branch, fields)) != 1:
                named = dict.fromkeys(name for branch in branches for name in branch["required"])
                given = [name for name in named if name in fields]
                rule_text = (
                    f"exactly one of them is allowed, got {' and '.join(given)}"
                    if given
                    else "exactly one of them is required, got none"
                )
                raise _rule_violation(_alternatives(branches), rule_text, keyword)
        elif keyword == "not":
            if all(name in fields for name in rule["required"]):
                raise _rule_violation(" and ".join(rule["required"]), "may not be given together", keyword)


def _check_items(node: Node, value: Any) -> None:
    if "minItems" in node and len(value) < node["minItems"]:
        raise SchemaViolation(f"must have at least {node['minItems']} items, got {len(value)}", "minItems")
    if "maxItems" in node and len(value) > node["maxItems"]:
        raise SchemaViolation(f"must have at most {node['maxItems']} items, got {len(value)}", "maxItems")


# ---- responses: the decoded JSON, checked and normalised -----------------------------------------------------------

Check = Callable[[Any], Any]


def from_wire(node: Node, value: Any) -> Any:
    """`value` checked against `node`, every decimal as `Decimal`; raises `SchemaViolation`.

    Each node is compiled once into a chain of closures with its rules bound (a response is
    checked on every call, so the per-node dict lookups of a plain walk are paid once instead).
    """
    check: Check | None = node.get("_check")
    if check is None:
        check = _compile(node)
    return check(value)


def _compile(node: Node) -> Check:
    """The checker for `node`, stored on it (before its children are compiled, so cycles work)."""
    kind = node["type"]
    if kind == "object":
        check = _object_checker(node)
    elif kind == "array":
        check = _array_checker(node)
    else:
        check = _scalar_checker(node, kind)
    if node.get("nullable"):
        inner = check

        def check(value: Any) -> Any:
            return None if value is None else inner(value)

    node["_check"] = check
    if kind == "object":
        for name, sub in node["properties"].items():
            sub.get("_check") or _compile(sub)
    elif kind == "array":
        node["items"].get("_check") or _compile(node["items"])
    return check


def _object_checker(node: Node) -> Check:
    required = tuple(node["required"])
    properties: dict[str, Node] = node["properties"]
    # (name, its node, whether a null there means "absent": optional and not nullable)
    fields = tuple((name, sub, name not in required and not sub.get("nullable")) for name, sub in properties.items())

    def check_object(value: Any) -> Any:
        if type(value) is not dict:
            raise _type_error("an object", value)
        for name in required:
            if name not in value:
                violation = SchemaViolation("is required", "required")
                violation.path.append(name)
                raise violation
        for name, sub, null_is_absent in fields:
            if name in value:
                item = value[name]
                if item is None and null_is_absent:
                    del value[name]  # read leniently: an optional field sent as null is absent
                    continue
                try:
                    value[name] = sub["_check"](item)
                except SchemaViolation as violation:
                    violation.path.insert(0, name)
                    raise
        return value

    return check_object


def _array_checker(node: Node) -> Check:
    items = node["items"]

    def check_array(value: Any) -> Any:
        if type(value) is not list:
            raise _type_error("an array", value)
        _check_items(node, value)
        check = items["_check"]
        for index, item in enumerate(value):
            try:
                value[index] = check(item)
            except SchemaViolation as violation:
                violation.path.insert(0, index)
                raise
        return value

    return check_array


def _scalar_checker(node: Node, kind: str) -> Check:
    if kind == "decimal":
        bounded = _decimal_bounds(node)
        text_rules = any(key in node for key in ("minLength", "maxLength", "pattern"))

        def check_decimal(value: Any) -> Any:
            kind_of = type(value)
            if kind_of is Decimal:
                return bounded(value)
            if kind_of is int:
                return bounded(Decimal(value))
            if kind_of is str:
                if text_rules:
                    _check_string(node, value)
                return bounded(_decimal_from_text(value))
            raise _type_error("a decimal number", value)

        return check_decimal
    if kind == "string":
        plain = not any(key in node for key in ("minLength", "maxLength", "pattern"))

        def check_string(value: Any) -> Any:
            if type(value) is not str:
                raise _type_error("a string", value)
            if not plain:
                _check_string(node, value)
            return value

        return check_string
    if kind == "enum":
        values = frozenset(node["values"])
        is_open = bool(node.get("open"))

        def check_enum(value: Any) -> Any:
            if type(value) is not str:
                raise _type_error("a string", value)
            if value not in values and not is_open:
                raise SchemaViolation(f"must be one of {', '.join(node['values'])}, got {_shown(value)}", "enum")
            return value

        return check_enum
    if kind == "integer":
        lenient = bool(node.get("lenient"))

        def check_integer(value: Any) -> Any:
            if type(value) is not int:
                if not (lenient and type(value) is str):
                    raise _type_error("an integer", value)
                value = _integer_from_text(value)
            _check_number(node, value)
            return value

        return check_integer
    if kind == "boolean":

        def check_boolean(value: Any) -> Any:
            if type(value) is not bool:
                raise _type_error("a boolean", value)
            return value

        return check_boolean

    def check_any(value: Any) -> Any:
        return value

    return check_any
