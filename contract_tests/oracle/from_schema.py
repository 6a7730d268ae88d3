"""Values drawn from the spec's own schemas, and the one-rule breakages of a valid value.

Why our own strategies, not Schemathesis' or hypothesis-jsonschema's: both draw JSON numbers as floats, so
`999999999999999.99999999` and every 8-place amount near it cannot be drawn, and an amount of `type: string,
format: decimal` is drawn as arbitrary text. The client's contract is about exactly those values: a `Decimal`
argument must leave digit for digit, in the JSON type the schema declares. So every `format: decimal` node here is
drawn as a `Decimal` of at most its `multipleOf` places, within its bounds, boundaries included; the spec's "one
of" rules (`anyOf`/`oneOf` of `required` branches, `not`, `dependentRequired`) are satisfied by construction rather
than by filtering; and every drawn request is checked against the oracle's exact validator (`checks.py`), so the
strategies cannot drift from the spec. Schemathesis still drives the server side (`server/`).

A drawn value is "Python side": dicts keyed by JSON names, lists, str, int, bool and `Decimal`. `wire_text` is the
JSON the spec says it must become (a decimal as a JSON number or a JSON string, as its node declares).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, localcontext
from typing import Any

from hypothesis import strategies as st

from contract_tests.oracle.spec import resolve

Path = tuple[str | int, ...]
INT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_TEXT = st.characters(codec="utf-8", exclude_categories=["Cs"])
_MAX_TEXT = 24
_MAX_DRAWN_DECIMAL = Decimal("1E18")  # for a decimal without a maximum
UNKNOWN_FIELD = "fieldTheSpecDoesNotKnow"


def node_of(schema: Any) -> dict[str, Any]:
    """`schema` with its `$ref`s followed and `allOf` members merged (properties, required)."""
    node = dict(resolve(schema))
    for member in node.pop("allOf", None) or ():
        part = node_of(member)
        node["properties"] = {**(node.get("properties") or {}), **(part.get("properties") or {})}
        node["required"] = [*(node.get("required") or []), *(part.get("required") or [])]
        for key, value in part.items():
            node.setdefault(key, value)
    return node


def types_of(node: Mapping[str, Any]) -> set[str]:
    kind = node.get("type")
    if kind is None:
        return {"object"} if "properties" in node else set()
    return {kind} if isinstance(kind, str) else set(kind)


def is_decimal(node: Mapping[str, Any]) -> bool:
    return node.get("format") == "decimal" or "number" in types_of(node)


def places_of(node: Mapping[str, Any]) -> int | None:
    step = node.get("multipleOf")
    if step is None:
        return None
    normal = Decimal(step).normalize()
    return -int(normal.as_tuple().exponent) if normal.as_tuple().digits == (1,) else None


def python_regex(pattern: str) -> str:
    """ECMA's `$` (end of input) in Python: `\\Z` (Python's `$` also matches before a final newline)."""
    return pattern[:-1] + r"\Z" if pattern.endswith("$") and not pattern.endswith("\\$") else pattern


def fits_string(node: Mapping[str, Any], text: str) -> bool:
    if len(text) < int(node.get("minLength", 0)) or len(text) > int(node.get("maxLength", 10**9)):
        return False
    return "pattern" not in node or re.search(python_regex(node["pattern"]), text) is not None


# ---- valid values ----------------------------------------------------------------------------------------------------


def _decimals(node: Mapping[str, Any]) -> st.SearchStrategy[Decimal]:
    places = places_of(node)
    low = Decimal(node.get("minimum", 0))
    high = Decimal(node.get("maximum", _MAX_DRAWN_DECIMAL))
    if "exclusiveMinimum" in node:
        low = Decimal(node["exclusiveMinimum"]) + Decimal(1).scaleb(-(places or 8))
    top = places if places is not None else 12

    @st.composite
    def draw(draw_: st.DrawFn) -> Decimal:
        written = draw_(st.integers(0, top))  # places written, trailing zeros included ("1.10")
        with localcontext() as exact:
            exact.prec = 80
            first = low.scaleb(written).to_integral_value(rounding=ROUND_CEILING)
            last = high.scaleb(written).to_integral_value(rounding=ROUND_FLOOR)
        if first > last:
            return low
        units = draw_(st.one_of(st.sampled_from([int(first), int(last)]), st.integers(int(first), int(last))))
        return Decimal(units).scaleb(-written)

    bounds = [low, high] if places is None or -int(high.as_tuple().exponent) <= places else [low]
    drawn = st.one_of(st.sampled_from(bounds), draw())
    if any(key in node for key in ("pattern", "minLength", "maxLength")):  # a decimal written as text
        return drawn.filter(lambda number: fits_string(node, format(number, "f")))
    return drawn


def _integers(node: Mapping[str, Any], response: bool) -> st.SearchStrategy[Any]:
    low, high = INT_BOUNDS.get(node.get("format", ""), INT_BOUNDS["int64"])
    low, high = max(low, int(node.get("minimum", low))), min(high, int(node.get("maximum", high)))
    ints = st.one_of(st.sampled_from([low, high]), st.integers(low, high))
    if response and node.get("x-lenient-string") is True:
        return st.one_of(ints, ints.filter(lambda n: n >= 0).map(str))  # an id sent as a string of digits
    return ints


def _strings(node: Mapping[str, Any], required: bool) -> st.SearchStrategy[str]:
    low = max(int(node.get("minLength", 0)), 1 if required else 0)
    high = min(int(node.get("maxLength", _MAX_TEXT)), max(low, _MAX_TEXT))
    if "pattern" in node:
        regex = python_regex(node["pattern"])
        strategy = st.from_regex(regex, fullmatch=regex.endswith(r"\Z"), alphabet=_TEXT)
    else:
        strategy = st.text(_TEXT, min_size=low, max_size=high)
    return strategy.filter(lambda text: low <= len(text) and fits_string(node, text))


def _enums(node: Mapping[str, Any], response: bool) -> st.SearchStrategy[str]:
    listed = st.sampled_from([str(value) for value in node["enum"]])
    if response and node.get("x-open-enum"):
        unknown = st.from_regex(r"[A-Z][A-Z_]{0,10}", fullmatch=True).filter(lambda v: v not in node["enum"])
        return st.one_of(listed, unknown)  # a value Binance added later: kept, not refused
    return listed


def valid(schema: Any, *, response: bool = False, full: bool = False, required: bool = True) -> st.SearchStrategy[Any]:
    """Values valid against `schema`. `full`: every optional field the rules allow; `response`: as Binance may
    send it (open enums with values the spec does not list, lenient ids as digit strings, unknown fields)."""
    node = node_of(schema)
    types = types_of(node)
    if "null" in types and not full:
        return st.one_of(st.none(), valid({**node, "type": sorted(types - {"null"})[0]}, response=response))
    if "enum" in node:
        return _enums(node, response)
    if is_decimal(node):
        return _decimals(node)
    if "integer" in types:
        return _integers(node, response)
    if "boolean" in types:
        return st.booleans()
    if "string" in types:
        return _strings(node, required)
    if "array" in types:
        low = int(node.get("minItems", 0))
        high = min(int(node.get("maxItems", low + 2)), low + 2)
        return st.lists(valid(node["items"], response=response, full=full), min_size=max(low, int(full)), max_size=high)
    if "object" in types:
        return _objects(node, response=response, full=full)
    return st.sampled_from(["any", 1, True])


def _chosen_fields(draw: st.DrawFn, node: Mapping[str, Any], full: bool) -> set[str]:
    """Required fields, some (or all) optional ones, then the "one of" rules made to hold."""
    properties = node.get("properties") or {}
    fields = set(node.get("required") or ())
    optional = sorted(set(properties) - fields)
    fields |= (
        set(optional) if full else set(draw(st.lists(st.sampled_from(optional), unique=True))) if optional else set()
    )
    for keyword in ("anyOf", "oneOf"):
        branches = node.get(keyword)
        if not branches:
            continue
        holding = [b for b in branches if _branch_holds(b, fields)]
        if keyword == "anyOf" and holding:
            continue
        branch = draw(st.sampled_from(branches))
        fields |= set(branch.get("required") or ())
        fields -= set((branch.get("not") or {}).get("required") or ())
        if keyword == "oneOf":
            for other in branches:
                if other is not branch:
                    fields -= set(other.get("required") or ()) - set(branch.get("required") or ())
    if "not" in node and all(name in fields for name in node["not"].get("required", ())):
        fields -= set(node["not"]["required"][-1:])
    changed = True
    while changed:  # dependentRequired, to a fixed point
        before = set(fields)
        for name, needed in (node.get("dependentRequired") or {}).items():
            if name in fields:
                fields |= set(needed)
        changed = fields != before
    return fields


def _branch_holds(branch: Mapping[str, Any], fields: set[str]) -> bool:
    if not all(name in fields for name in branch.get("required") or ()):
        return False
    forbidden = (branch.get("not") or {}).get("required")
    return not forbidden or not all(name in fields for name in forbidden)


def _objects(node: Mapping[str, Any], *, response: bool, full: bool) -> st.SearchStrategy[dict[str, Any]]:
    properties = node.get("properties") or {}
    required = set(node.get("required") or ())

    @st.composite
    def draw(draw_: st.DrawFn) -> dict[str, Any]:
        fields = _chosen_fields(draw_, node, full)
        value = {
            name: draw_(valid(properties[name], response=response, full=full, required=name in required))
            for name in properties
            if name in fields
        }
        if response and node.get("additionalProperties") is not False and draw_(st.booleans()):
            value[UNKNOWN_FIELD] = draw_(st.sampled_from(["new", 7, True]))
        return value

    return draw()


# ---- the JSON the spec asks for ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Number:
    """A JSON number as written: its exact text (`json.loads(..., parse_float=Number, parse_int=Number)`)."""

    text: str


def wire(schema: Any, value: Any) -> Any:
    """`value` as the JSON the spec asks for: a decimal a `Number` of its digits, or its text for `type: string`."""
    node = node_of(schema) if schema is not None else {}
    if isinstance(value, dict):
        properties = node.get("properties") or {}
        return {name: wire(properties.get(name), item) for name, item in value.items()}
    if isinstance(value, list):
        return [wire(node.get("items"), item) for item in value]
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text if "string" in types_of(node) else Number(text)
    if isinstance(value, int) and not isinstance(value, bool):
        return Number(str(value))
    return value


def dumps(value: Any) -> str:
    """JSON text of a `wire` value (a `Number` written verbatim)."""
    import json

    if isinstance(value, Number):
        return value.text
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(k)}:{dumps(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(dumps(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def loads_as_written(body: bytes) -> Any:
    """JSON with every number as a `Number` of its exact text (type and digits both compared)."""
    import json

    return json.loads(body, parse_float=Number, parse_int=Number)


# ---- one rule broken -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Breakage:
    """`value` with one rule broken at `path`: `kind` names the rule (a JSON Schema keyword); `names` the fields a
    rule about several fields is about. `python_only`: a value JSON could carry validly (a float), refused because
    the client takes money only as `Decimal`."""

    kind: str
    path: Path
    value: Any
    names: tuple[str, ...] = ()
    python_only: bool = False


_WRONG_TYPE = {"string": 7, "integer": True, "number": True, "boolean": "true", "object": "x", "array": "x"}
_PATTERN_BREAKERS = ("!", "!!", "\n", " ", "ftp://x", "é", "a", "A", "0", "-")


def path_text(path: Path, root: str = "") -> str:
    """`goodsDetails[0].goodsName`, as the client names a field (under `root`, e.g. `data`)."""
    text = root
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "body"


def _replace(document: Any, path: Path, new: Any, *, delete: bool = False) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    copy: Any = list(document) if isinstance(document, list) else dict(document)
    if not rest:
        if delete:
            del copy[head]
        else:
            copy[head] = new
    else:
        copy[head] = _replace(document[head], rest, new, delete=delete)
    return copy


def breakages(schema: Any, value: Any, *, response: bool = False) -> Iterator[Breakage]:
    """Every one-rule breakage of the valid `value` the schema allows (walking the fields `value` has)."""
    yield from _breakages(schema, value, value, (), response)


def _breakages(schema: Any, document: Any, value: Any, path: Path, response: bool) -> Iterator[Breakage]:
    node = node_of(schema)
    types = types_of(node)
    if "null" in types or value is None:
        return
    kind = ("decimal" if is_decimal(node) else sorted(types)[0]) if types else None
    if kind is not None:
        wrong = _WRONG_TYPE["number" if kind == "decimal" else kind]
        yield Breakage("type", path, _replace(document, path, wrong))
    if kind == "decimal" and not response:
        yield Breakage("type", path, _replace(document, path, float(value)), python_only=True)
    if "enum" in node and not (response and node.get("x-open-enum")):
        yield Breakage("enum", path, _replace(document, path, "NOT_" + "X" * 3))
    if kind == "string" and "enum" not in node:
        yield from _string_breakages(node, document, value, path)
    if kind in ("decimal", "integer"):
        yield from _number_breakages(node, document, path, kind)
    if kind == "array":
        yield from _array_breakages(node, document, value, path, response)
    if kind == "object" and isinstance(value, dict):
        yield from _object_breakages(node, document, value, path, response)


def _string_breakages(node: Mapping[str, Any], document: Any, value: str, path: Path) -> Iterator[Breakage]:
    low, high = int(node.get("minLength", 0)), node.get("maxLength")
    if low >= 1:
        yield Breakage("minLength", path, _replace(document, path, "A" * (low - 1)))
    if high is not None:
        yield Breakage("maxLength", path, _replace(document, path, value + "A" * (int(high) + 1 - len(value))))
    if "pattern" in node:
        for candidate in (*_PATTERN_BREAKERS, value + "\n", " " + value):
            text = candidate * max(1, low // len(candidate)) if len(candidate) < low else candidate
            fits = (high is None or len(text) <= int(high)) and len(text) >= low
            if fits and re.search(python_regex(node["pattern"]), text) is None:
                yield Breakage("pattern", path, _replace(document, path, text))
                break


def _number_breakages(node: Mapping[str, Any], document: Any, path: Path, kind: str) -> Iterator[Breakage]:
    places = places_of(node) if kind == "decimal" else 0
    step = Decimal(1).scaleb(-(places if places is not None else 12))
    make = (lambda n: n) if kind == "decimal" else int
    for keyword, delta in (("minimum", -step), ("maximum", step)):
        if keyword in node:
            yield Breakage(keyword, path, _replace(document, path, make(Decimal(node[keyword]) + delta)))
    for keyword in ("exclusiveMinimum", "exclusiveMaximum"):
        if keyword in node:
            yield Breakage(keyword, path, _replace(document, path, make(Decimal(node[keyword]))))
    if kind == "integer" and node.get("format") in INT_BOUNDS and "maximum" not in node:
        yield Breakage("format", path, _replace(document, path, INT_BOUNDS[node["format"]][1] + 1))
    if places is not None and kind == "decimal":
        low = Decimal(node.get("minimum", 0))
        finer = low + Decimal(1).scaleb(-(places + 1))
        if "maximum" not in node or finer <= Decimal(node["maximum"]):
            yield Breakage("multipleOf", path, _replace(document, path, finer))


def _array_breakages(
    node: Mapping[str, Any], document: Any, value: list[Any], path: Path, response: bool
) -> Iterator[Breakage]:
    if int(node.get("minItems", 0)) >= 1:
        yield Breakage("minItems", path, _replace(document, path, value[: int(node["minItems"]) - 1]))
    if "maxItems" in node and value:
        yield Breakage("maxItems", path, _replace(document, path, [value[0]] * (int(node["maxItems"]) + 1)))
    for index, item in enumerate(value[:2]):
        yield from _breakages(node["items"], document, item, (*path, index), response)


def _object_breakages(
    node: Mapping[str, Any], document: Any, value: dict[str, Any], path: Path, response: bool
) -> Iterator[Breakage]:
    properties = node.get("properties") or {}
    for name in node.get("required") or ():
        if name in value:
            yield Breakage("required", (*path, name), _replace(document, (*path, name), None, delete=True))
    if not response and node.get("additionalProperties") is False and path:
        yield Breakage("additionalProperties", (*path, UNKNOWN_FIELD), _replace(document, (*path, UNKNOWN_FIELD), 1))
    if not response:
        yield from _rule_breakages(node, document, value, path)
    for name, item in value.items():
        if name in properties:
            yield from _breakages(properties[name], document, item, (*path, name), response)


def _rule_breakages(node: Mapping[str, Any], document: Any, value: dict[str, Any], path: Path) -> Iterator[Breakage]:
    """The "one of" rules: every alternative removed (anyOf), both given (oneOf), a dependent dropped."""
    dependents = node.get("dependentRequired") or {}
    for keyword in ("anyOf", "oneOf"):
        branches = node.get(keyword) or ()
        named = tuple(dict.fromkeys(n for b in branches for n in b.get("required") or ()))
        if not named:
            continue
        gone = set(named) | {d for n in named for d in dependents.get(n, ())}
        gone |= {n for n, needed in dependents.items() if set(needed) & gone}
        kept = {k: v for k, v in value.items() if k not in gone}
        yield Breakage(keyword, path, _replace(document, path, kept), names=named)
    for name, needed in dependents.items():
        if name in value:
            for dependent in needed:
                if dependent in value and not any(dependent in d for n, d in dependents.items() if n != name):
                    kept = {k: v for k, v in value.items() if k != dependent}
                    yield Breakage(
                        "dependentRequired", (*path, dependent), _replace(document, path, kept), names=(dependent,)
                    )
