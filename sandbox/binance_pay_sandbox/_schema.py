"""JSON Schema (Draft 2020-12) over exact decimals: the validator classes, inlining, JSON in and out.

Numbers are `Decimal` end to end: bodies are decoded with `parse_float=Decimal` and
`parse_int=Decimal` (a 5000-digit integer must be a type error, not a slow `int()`), the type
checker counts `Decimal` as a number (and an integral one as an integer), `multipleOf` is checked
on the digits, and `format: decimal` / `int32` / `int64` are checked here. Patterns use ECMA-262's
`$` (end of input only), as the spec's regexes are written for.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal, localcontext
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker, ValidationError
from jsonschema.protocols import Validator
from jsonschema.validators import extend
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._spec import SpecError, pointer

SPEC_URI = "urn:binance-pay-sandbox:spec"  # the spec document, for references left after inlining (cycles)

_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})
_SCHEMA_VALUES = frozenset(
    {
        "items",
        "additionalProperties",
        "not",
        "if",
        "then",
        "else",
        "contains",
        "propertyNames",
        "unevaluatedItems",
        "unevaluatedProperties",
    }
)
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "summary",
        "example",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "$comment",
        "externalDocs",
        "xml",
    }
)
_PLAIN_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?\Z", re.ASCII)  # leading zeros are plain text too
_INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
# Past this many digits between a value and its multipleOf step the exact check is not attempted.
_MAX_QUOTIENT_DIGITS = 4096


# --- JSON in and out


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


_DECODER = json.JSONDecoder(parse_int=Decimal, parse_float=Decimal, parse_constant=_reject_constant)


def decode_exact(text: str) -> Any:
    """JSON text to Python values, every number a `Decimal`; NaN/Infinity are refused (ValueError)."""
    return _DECODER.decode(text)


def encode_exact(value: Any) -> str:
    """Compact JSON with every `Decimal` written with its own digits (for the spec's examples)."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise SpecError(f"{value} is not a JSON number")
        return str(value)
    if isinstance(value, Mapping):
        return "{" + ",".join(f"{json.dumps(str(k))}:{encode_exact(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(encode_exact(v) for v in value) + "]"
    raise SpecError(f"{type(value).__name__} value {value!r} cannot be written as JSON")


def encode_plain(value: Any) -> str:
    """Compact JSON with every `Decimal` written as plain text (`0.00000001`, not `1E-8`), for state answers."""
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise SpecError(f"{value} is not a JSON number")
        return format(value, "f")
    if isinstance(value, Mapping):
        return "{" + ",".join(f"{json.dumps(str(k))}:{encode_plain(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(encode_plain(v) for v in value) + "]"
    return encode_exact(value)


# --- the ECMA-262 flavour of `pattern`


@functools.lru_cache(maxsize=512)
def ecma_pattern(text: str) -> re.Pattern[str]:
    # ECMA-262 `$` (no multiline) matches only at the very end; Python's also before a final "\n".
    if text.endswith("$") and not text.endswith("\\$"):
        text = text[:-1] + r"\Z"
    return re.compile(text, re.ASCII)


# --- exact numbers


def as_decimal(value: Any) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    return Decimal(repr(value))


def decimal_places(step: Decimal) -> int | None:
    """The decimal places a power-of-ten `multipleOf` (0.00000001 -> 8) allows; None for other steps."""
    sign, digits, exponent = step.normalize().as_tuple()
    if sign or digits != (1,) or not isinstance(exponent, int):
        return None
    return max(-exponent, 0)


def is_exact_multiple(value: Decimal, step: Decimal) -> bool:
    """`value` is a multiple of `step`, and written with no more decimal places than `step` allows."""
    if not value.is_finite():
        return False
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    step_exponent = _normal_exponent(step)
    if exponent < min(step_exponent, 0):
        return False  # more decimal places than the step has: 1.000000000 for 0.00000001
    if decimal_places(step) is not None:  # a power of ten
        return step_exponent <= 0 or value.is_zero() or _normal_exponent(value) >= step_exponent
    digits = value.adjusted() - step.adjusted() + len(step.as_tuple().digits) + 2
    if digits > _MAX_QUOTIENT_DIGITS:
        return False
    with localcontext() as context:
        context.prec = max(digits, 28)
        return (value % step).is_zero()


def _normal_exponent(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return exponent


# --- keywords


def _is_number(_checker: Any, instance: Any) -> bool:
    return isinstance(instance, (int, float, Decimal)) and not isinstance(instance, bool)


def _is_integer(_checker: Any, instance: Any) -> bool:
    if isinstance(instance, bool):
        return False
    if isinstance(instance, int):
        return True
    if isinstance(instance, Decimal):
        return instance.is_finite() and instance == instance.to_integral_value()
    return isinstance(instance, float) and instance.is_integer()


_TYPE_CHECKER = Draft202012Validator.TYPE_CHECKER.redefine_many({"number": _is_number, "integer": _is_integer})

FORMATS = FormatChecker(formats=())


@FORMATS.checks("decimal")
def _is_decimal(instance: object) -> bool:
    if isinstance(instance, str):
        return _PLAIN_DECIMAL.match(instance) is not None
    return True  # a JSON number is already a decimal; `type` governs which form is allowed


def _int_format(name: str) -> None:
    low, high = _INT_RANGES[name]

    def check(instance: object) -> bool:
        if isinstance(instance, (int, Decimal)) and not isinstance(instance, bool) and _is_integer(None, instance):
            return low <= instance <= high
        return True

    FORMATS.checks(name)(check)


_int_format("int32")
_int_format("int64")


_PATTERN_WORDS = "x-pattern-description"
"""The spec's words for a pattern too long to print (a 200-character amount regex): said instead of the regex."""


def _pattern(validator: Validator, pattern: str, instance: Any, schema: Mapping[str, Any]) -> Iterator[ValidationError]:
    if isinstance(instance, str) and not ecma_pattern(pattern).search(instance):
        words = schema.get(_PATTERN_WORDS)
        yield ValidationError(f"must be {words}" if isinstance(words, str) else f"must match {pattern}")


def _multiple_of(
    validator: Validator, step: Any, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    if not validator.is_type(instance, "number"):
        return
    step_value = as_decimal(step)
    if not is_exact_multiple(as_decimal(instance), step_value):
        places = decimal_places(step_value)
        if places is not None and places > 0:
            yield ValidationError(f"must have at most {places} decimal places")
        else:
            yield ValidationError(f"must be a multiple of {step_value}")


def _unknown_names(instance: Mapping[str, Any], schema: Mapping[str, Any]) -> Iterator[str]:
    properties = schema.get("properties", {})
    patterns = "|".join(schema.get("patternProperties", {}))
    for name in instance:
        if name not in properties and not (patterns and re.search(patterns, name)):
            yield name


def _required_non_empty(
    validator: Validator, required: Any, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    # x-validation-codes: `required` also covers a null or an empty ("") value of a required field.
    if not validator.is_type(instance, "object"):
        return
    for name in required:
        if name not in instance:
            yield ValidationError("is required", path=(name,))
        elif instance[name] is None:
            yield ValidationError("must not be null", path=(name,))
        elif isinstance(instance[name], str) and not instance[name]:
            yield ValidationError("must not be empty", path=(name,))


def _required_by_name(
    validator: Validator, required: Any, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    if validator.is_type(instance, "object"):
        for name in required:
            if name not in instance:
                yield ValidationError("is required", path=(name,))


_STANDARD_ADDITIONAL = Draft202012Validator.VALIDATORS["additionalProperties"]


def _additional_by_name(
    validator: Validator, allowed: Any, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    if allowed is not False or not validator.is_type(instance, "object"):
        yield from _STANDARD_ADDITIONAL(validator, allowed, instance, schema)
        return
    names = ", ".join(sorted(schema.get("properties", {})))
    for name in _unknown_names(instance, schema):
        yield ValidationError(f"unknown parameter (allowed: {names})", path=(name,))


_EXACT_KEYWORDS = {"pattern": _pattern, "multipleOf": _multiple_of}

_extend: Callable[..., type[Validator]] = extend  # untyped in the stubs

# Responses: Draft 2020-12 over exact decimals, one error per missing field at its own path.
ResponseSchemaValidator = _extend(
    Draft202012Validator, validators={**_EXACT_KEYWORDS, "required": _required_by_name}, type_checker=_TYPE_CHECKER
)
# Requests: also one error per missing/null/empty required field and per unknown field, at its own path.
RequestSchemaValidator = _extend(
    Draft202012Validator,
    validators={**_EXACT_KEYWORDS, "required": _required_non_empty, "additionalProperties": _additional_by_name},
    type_checker=_TYPE_CHECKER,
)


def registry_for(document: Mapping[str, Any]) -> Registry[Any]:
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(document, default_specification=DRAFT202012)
    )
    return registry


def make_validator(validator_class: type[Validator], schema: Any, registry: Registry[Any]) -> Validator:
    return validator_class(schema, registry=registry, format_checker=FORMATS)


# --- inlining


def inline(document: Mapping[str, Any], node: Any, *, drop_pattern_for: frozenset[str] = frozenset()) -> Any:
    """A copy of schema `node` with local `$ref`s replaced by their targets (a cycle keeps its `$ref`).

    Regexes are compiled here, so a pattern Python cannot read fails when the app is built.
    `drop_pattern_for` names properties whose `pattern` is left out (a planted fault).
    """

    def schema(node: Any, refs: tuple[str, ...]) -> Any:
        if not isinstance(node, Mapping):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            siblings = {k: v for k, v in node.items() if k != "$ref" and k not in _ANNOTATIONS}
            if ref in refs:
                target: Any = {"$ref": SPEC_URI + ref}
            else:
                target = schema(pointer(document, ref), (*refs, ref))
            if not siblings:
                return target
            return {"allOf": [target, schema(siblings, refs)]}
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in _SCHEMA_MAPS and isinstance(value, Mapping):
                out[key] = {name: schema(sub, refs) for name, sub in value.items()}
                if key == "properties":
                    for name in drop_pattern_for & out[key].keys():
                        out[key][name] = _without_pattern(out[key][name])
            elif key in _SCHEMA_VALUES:
                out[key] = schema(value, refs)
            elif key in _SCHEMA_LISTS and isinstance(value, list):
                out[key] = [schema(sub, refs) for sub in value]
            elif key in _ANNOTATIONS or (key.startswith("x-") and key != _PATTERN_WORDS):
                continue  # no effect on validation; fewer keywords to walk per request
            else:
                if key == "pattern" and isinstance(value, str):
                    try:
                        ecma_pattern(value)
                    except re.error as exc:
                        raise SpecError(f"pattern {value!r} is not a regex Python can read ({exc})") from None
                out[key] = value
        return out

    return schema(node, ())


def _without_pattern(node: Any) -> Any:
    if not isinstance(node, Mapping):
        return node
    out = {k: v for k, v in node.items() if k != "pattern"}
    if isinstance(out.get("allOf"), list):
        out["allOf"] = [_without_pattern(sub) for sub in out["allOf"]]
    return out
