"""Request body validation, planned once from the spec's request schema."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._spec import FieldRule, SpecPlan

Failure = tuple[str, str]  # (result code name, errorMessage)

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "object": (dict,),
    "array": (list,),
    "boolean": (bool,),
}


class BodyValidator:
    """Checks a decoded JSON object against the request schema, first failure wins.

    Order: missing/null/empty required fields, unknown fields, then per field (in spec order)
    type, length, enum, pattern.
    """

    __slots__ = ("_additional", "_fields", "_known", "_required", "_skip_pattern")

    def __init__(self, plan: SpecPlan, *, skip_pattern_for: frozenset[str] = frozenset()) -> None:
        self._fields = plan.fields
        self._known = frozenset(f.name for f in plan.fields)
        self._required = plan.required
        self._additional = plan.additional_properties
        self._skip_pattern = skip_pattern_for

    def validate(self, body: Mapping[str, Any]) -> Failure | None:
        for name in self._required:
            if name not in body:
                return "MANDATORY_PARAM_EMPTY_OR_MALFORMED", f"{name}: is required"
            value = body[name]
            if value is None:
                return "MANDATORY_PARAM_EMPTY_OR_MALFORMED", f"{name}: must not be null"
            if value == "":
                return (
                    "MANDATORY_PARAM_EMPTY_OR_MALFORMED",
                    f"{name}: must not be empty",
                )
        if not self._additional:
            for name in body:
                if name not in self._known:
                    shown = name if len(name) <= 40 else name[:40] + "..."
                    allowed = ", ".join(sorted(self._known))
                    return (
                        "INVALID_REQUEST",
                        f"{shown!r}: unknown parameter (allowed: {allowed})",
                    )
        for rule in self._fields:
            if rule.name in body:
                failure = self._check(rule, body[rule.name])
                if failure is not None:
                    return failure
        return None

    def _check(self, rule: FieldRule, value: Any) -> Failure | None:
        name = rule.name
        if value is None:
            return "MANDATORY_PARAM_EMPTY_OR_MALFORMED", f"{name}: must not be null"
        if rule.json_type is not None:
            types = _JSON_TYPES.get(rule.json_type)
            bad = types is not None and (
                not isinstance(value, types) or (rule.json_type != "boolean" and isinstance(value, bool))
            )
            if bad:
                return (
                    "INVALID_PARAM_WRONG_VALUE",
                    f"{name}: must be a {rule.json_type}",
                )
        if isinstance(value, str):
            if rule.min_length is not None and len(value) < rule.min_length:
                if value == "":
                    return (
                        "MANDATORY_PARAM_EMPTY_OR_MALFORMED",
                        f"{name}: must not be empty",
                    )
                return (
                    "INVALID_PARAM_WRONG_LENGTH",
                    f"{name}: must be at least {rule.min_length} characters",
                )
            if rule.max_length is not None and len(value) > rule.max_length:
                return (
                    "INVALID_PARAM_WRONG_LENGTH",
                    f"{name}: must be at most {rule.max_length} characters",
                )
        if rule.enum is not None and value not in rule.enum:
            return (
                "INVALID_PARAM_WRONG_VALUE",
                f"{name}: must be one of {', '.join(rule.enum)}",
            )
        if (
            rule.pattern is not None
            and isinstance(value, str)
            and name not in self._skip_pattern
            and not rule.pattern.search(value)
        ):
            return (
                "INVALID_PARAM_ILLEGAL_CHAR",
                f"{name}: must match {rule.pattern_text}",
            )
        return None
