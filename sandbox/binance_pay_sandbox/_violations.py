"""Choosing one schema violation deterministically and describing it by its JSON path."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from jsonschema import ValidationError

# Missing/null/empty required fields first, then unknown fields, then per field (in spec order)
# type, format, length, enum, pattern, range, multipleOf, anything else.
_CATEGORY = {"required": 0, "additionalProperties": 1}
_KEYWORD_RANK = {
    "type": 0,
    "format": 1,
    "minLength": 2,
    "maxLength": 2,
    "minItems": 2,
    "maxItems": 2,
    "enum": 3,
    "const": 3,
    "pattern": 4,
    "minimum": 5,
    "maximum": 5,
    "exclusiveMinimum": 5,
    "exclusiveMaximum": 5,
    "multipleOf": 6,
}
_OWN_MESSAGES = frozenset({"required", "additionalProperties", "pattern", "multipleOf"})
_NAME = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*\Z")
_MAX_NAME = 40
_MAX_FALLBACK = 120


def _keyword(error: ValidationError) -> str:
    return str(error.validator)


def declared_properties(schema: Any) -> dict[str, Any]:
    """The properties a schema declares, its allOf members' included, in spec order."""
    found: dict[str, Any] = {}
    if isinstance(schema, Mapping):
        props = schema.get("properties")
        if isinstance(props, Mapping):
            found.update(props)
        for member in schema.get("allOf") or ():
            for name, sub in declared_properties(member).items():
                found.setdefault(name, sub)
    return found


def _items(schema: Any) -> Any:
    if not isinstance(schema, Mapping):
        return {}
    if "items" in schema:
        return schema["items"]
    for member in schema.get("allOf") or ():
        found = _items(member)
        if found:
            return found
    return {}


def spec_order(schema: Any, path: Iterable[str | int]) -> tuple[tuple[int, str], ...]:
    """A sort key for an instance path: each step's position in its schema's `properties` (or its index)."""
    key: list[tuple[int, str]] = []
    node = schema
    for step in path:
        if isinstance(step, int):
            key.append((step, ""))
            node = _items(node)
            continue
        props = declared_properties(node)
        if step in props:
            key.append((list(props).index(step), ""))
            node = props[step]
        else:
            key.append((len(props), step))
            node = {}
    return tuple(key)


def first_violation(errors: Iterable[ValidationError], schema: Any) -> ValidationError:
    def rank(error: ValidationError) -> tuple[int, tuple[tuple[int, str], ...], int]:
        keyword = _keyword(error)
        return _CATEGORY.get(keyword, 2), spec_order(schema, error.absolute_path), _KEYWORD_RANK.get(keyword, 7)

    return min(errors, key=rank)


def json_path(path: Sequence[str | int], root: str) -> str:
    """`goodsDetails[0].goodsName`; odd names quoted (`["a b"]`), long ones cut; `root` for the empty path."""
    text = ""
    for step in path:
        if isinstance(step, int):
            text += f"[{step}]"
            continue
        name = step if len(step) <= _MAX_NAME else step[:_MAX_NAME] + "..."
        if _NAME.match(step):
            text += f".{name}" if text else name
        else:
            text += f"[{json.dumps(name)}]"
    return text or root


def _show(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, default=str)


def _article(json_type: str) -> str:
    if json_type == "null":
        return "null"
    return ("an " if json_type[0] in "aeiou" else "a ") + json_type


def detail(error: ValidationError) -> str:
    """What the value at the error's path must be, in words."""
    keyword = _keyword(error)
    value: Any = error.validator_value
    if keyword in _OWN_MESSAGES:  # written by our own keyword functions
        return error.message
    if keyword == "type":
        types = value if isinstance(value, list) else [value]
        return "must be " + " or ".join(_article(str(t)) for t in types)
    if keyword == "enum":
        return "must be one of " + ", ".join(_show(v) for v in value)
    if keyword == "const":
        return f"must be {_show(value)}"
    if keyword == "minLength":
        return f"must be at least {value} characters"
    if keyword == "maxLength":
        return f"must be at most {value} characters"
    if keyword == "minItems":
        return f"must have at least {value} items"
    if keyword == "maxItems":
        return f"must have at most {value} items"
    if keyword == "minimum":
        return f"must be >= {value}"
    if keyword == "maximum":
        return f"must be <= {value}"
    if keyword == "exclusiveMinimum":
        return f"must be > {value}"
    if keyword == "exclusiveMaximum":
        return f"must be < {value}"
    if keyword == "format":
        if value == "decimal":
            return 'must be a plain decimal string (digits, an optional "." and fraction; no exponent)'
        if value in ("int32", "int64"):
            return f"must be a {value[3:]}-bit integer"
        return f"must be a valid {value}"
    if keyword in ("anyOf", "oneOf") and isinstance(value, list):
        # worded as the client words it (`_schema._check_rules`): `a or (b and c): one of them is required`
        names = " or ".join(_branch(branch) for branch in value if _required(branch))
        if names:
            rule = "one of them is required" if keyword == "anyOf" else "exactly one of them is allowed"
            return f"{names}: {rule}"
    if keyword == "not" and _required(value):
        return f"{' and '.join(_required(value))}: may not be given together"
    if keyword == "dependentRequired" and isinstance(value, dict) and isinstance(error.instance, dict):
        for given, needed in value.items():
            missing = [name for name in needed if given in error.instance and name not in error.instance]
            if missing:
                return f"{', '.join(missing)}: is required when {given} is given"
    message = error.message
    return message if len(message) <= _MAX_FALLBACK else message[: _MAX_FALLBACK - 3] + "..."


def _branch(branch: Any) -> str:
    names = _required(branch)
    return names[0] if len(names) == 1 else "(" + " and ".join(names) + ")"


def _required(branch: Any) -> list[str]:
    """The field names a `{"required": [...]}` branch of a one-of rule lists (the message never shows the body)."""
    names = branch.get("required", []) if isinstance(branch, dict) else []
    return [str(name) for name in names] if isinstance(names, list) else []


def describe(error: ValidationError, root: str) -> str:
    return f"{json_path(list(error.absolute_path), root)}: {detail(error)}"
