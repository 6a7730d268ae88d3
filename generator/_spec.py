"""One model of the spec for the templates: openapi-python-client's parse plus our `x-` extensions.

The document is read once (`load_spec`, numbers as `Decimal`). openapi-python-client parses it into
`GeneratorData` (endpoints by tag, models, enums, Python names); this module walks that parse and
adds what upstream does not keep: the exact rules of each schema (as plain-data nodes for the
runtime's `_schema` walker), and the `x-` extensions of each operation.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import PythonIdentifier

from generator._models import reachable_classes
from generator._models import text as _text
from generator._pattern_words import describe as describe_pattern

_SCHEMA_PREFIX = "#/components/schemas/"
_RESPONSE_PREFIX = "#/components/responses/"
_INT64 = (-(2**63), 2**63 - 1)
_INT32 = (-(2**31), 2**31 - 1)
# Cross-field rules of a request object, enforced by the client's `to_wire` (see `_SchemaTable._rules`).
_RULE_KEYWORDS = ("anyOf", "oneOf", "not", "dependentRequired")
# Keywords the runtime cannot enforce: refused rather than silently ignored.
_UNSUPPORTED_KEYWORDS = ("if", "then", "else", "dependentSchemas")


class SpecError(Exception):
    """The spec uses something the generator cannot turn into code."""


# libyaml's parser when PyYAML was built with it (about six times faster on the spec), the same safe constructors.
if TYPE_CHECKING:
    _SafeLoader = yaml.SafeLoader
else:
    _SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _ExactLoader(_SafeLoader):
    """YAML loader that reads floats as `Decimal`, so 999999999999999.99999999 stays exact."""


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal:
    return Decimal(str(loader.construct_scalar(node)).replace("_", ""))  # type: ignore[arg-type]


_ExactLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)


def load_spec(path: Path) -> dict[str, Any]:
    with path.open("rb") as stream:
        document = yaml.load(stream, Loader=_ExactLoader)  # noqa: S506 - a SafeLoader subclass
    if not isinstance(document, dict):
        raise SpecError(f"{path}: not an OpenAPI document")
    return document


def snake_case(name: str) -> str:
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^A-Za-z0-9]+", "_", words).strip("_").lower()


def class_name(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name) if part)


def result_class_name(result_name: str) -> str:
    """`INVALID_SIGNATURE` -> `InvalidSignatureError`; `UNKNOWN_ERROR` -> `UnknownError`."""
    camel = "".join(word.capitalize() for word in result_name.split("_"))
    return camel if result_name.endswith("ERROR") else f"{camel}Error"


def python_regex(pattern: str) -> str:
    """An ECMA-262 `$` only matches at the very end; Python's also matches before a final newline."""
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        return pattern[:-1] + r"\Z"
    return pattern


def places_of(multiple_of: Decimal) -> int:
    """The decimal places a `multipleOf` (a power of ten) allows."""
    normal = multiple_of.normalize()
    exponent = int(normal.as_tuple().exponent)
    if normal != Decimal(1).scaleb(exponent):
        raise SpecError(f"multipleOf {multiple_of} is not a power of ten")
    return max(0, -exponent)


def is_string_decimal(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "string" and schema.get("format") == "decimal"


def upstream_document(document: Any) -> Any:
    """The document as openapi-python-client should see it: a decimal string is a number (`Decimal`).

    Upstream types every `number` as `Decimal` here (see `_build._numbers_as_decimal`); a string
    with `format: decimal` must get the same Python type, whatever its JSON form. An `x-open-enum`
    (a business status Binance may extend) is a plain `str` in the models.
    """
    if isinstance(document, dict):
        copied = {key: upstream_document(value) for key, value in document.items()}
        if is_string_decimal(document):
            copied["type"] = "number"
            for key in ("pattern", "minLength", "maxLength"):
                copied.pop(key, None)
        if document.get("x-open-enum"):
            copied.pop("enum", None)  # an open enum is text: a value the spec doesn't list is kept, not refused
        if document.get("type") == "object" and isinstance(document.get("properties"), dict):
            for key in _RULE_KEYWORDS:  # cross-field rules: validation only (upstream would make a union of them)
                copied.pop(key, None)
        return copied
    if isinstance(document, list):
        return [upstream_document(item) for item in document]
    return document


@dataclass
class ResultCode:
    name: str
    code: str
    reason: str
    solution: str
    http_status: int
    retryable: bool
    common: bool
    class_name: str


@dataclass
class Param:
    """One argument of an operation's method: a property of its request body."""

    json_name: str
    python_name: str
    type_hint: str
    required: bool
    description: str
    cli_kind: str  # how the CLI reads it: "string", "decimal", "integer", "boolean" or "json"
    choices: list[str] | None = None
    json_example: str | None = None  # for a JSON option: an example of the JSON it takes


@dataclass
class Operation:
    operation_id: str
    tag: str
    method_name: str
    http_method: str
    path: str
    summary: str
    description: str
    retry_safe: bool
    cli_command: str | None
    echo: dict[str, str]
    result_codes: list[str]
    params: list[Param]
    request_schema: str
    response_schemas: dict[int, str]
    fail_schema: str
    data_type: str | None
    data_parser: str  # a Python expression: the callable that turns the checked `data` into `data_type`
    idempotency_field: str | None = None
    query_operation: str | None = None  # operationId of the lookup by that id (same resource)
    query_fields: dict[str, str] = field(default_factory=dict)  # lookup's field -> this request's field
    duplicate_code: str | None = None  # the result code a repeated id is refused with
    idempotency_match: dict[str, Any] = field(default_factory=dict)
    repeat_answer: dict[str, Any] = field(default_factory=dict)  # "status" / "data.<field>" -> value of a repeat
    not_found_code: str | None = None  # a lookup's answer when nothing exists under the id
    wait_method: str | None = None  # `x-wait`: a method that polls this query until its result is final
    wait_while: dict[str, tuple[str, ...]] = field(default_factory=dict)  # result attribute -> values not final
    imports: set[str] = field(default_factory=set)
    failure_statuses: dict[str, list[str]] = field(default_factory=dict)  # `data` field -> values saying it failed


@dataclass
class Resource:
    tag: str
    attribute: str
    module: str
    class_name: str
    description: str
    operations: list[Operation]


@dataclass
class SpecContext:
    spec_file: str
    title: str
    version: str
    default_base_url: str
    signing: dict[str, Any]
    result_codes: list[ResultCode]
    schemas: dict[str, dict[str, Any]]
    resources: list[Resource]
    model_classes: dict[str, str]  # class name -> module name, models and enums

    @property
    def operations(self) -> list[Operation]:
        return [operation for resource in self.resources for operation in resource.operations]


class _SchemaTable:
    """Every schema as a plain-data node for the runtime's `_schema` walker (components by name)."""

    def __init__(self, document: dict[str, Any], enum_classes: dict[str, str]) -> None:
        self._document = document
        self._components: dict[str, Any] = document.get("components", {}).get("schemas", {})
        self._enum_classes = enum_classes
        self.nodes: dict[str, dict[str, Any]] = {}
        for name in self._components:
            self.nodes[name] = self.node(self._components[name], where=name)

    def _deref(self, schema: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
        ref = schema.get("$ref")
        if ref is None:
            return None, schema
        if not ref.startswith(_SCHEMA_PREFIX):
            raise SpecError(f"unsupported $ref {ref}")
        name = ref[len(_SCHEMA_PREFIX) :]
        return name, self._components[name]

    def enum_schema(self, schema: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        """The named component a property refers to (its name and raw schema), or ("", {}) for an inline one."""
        if "$ref" not in schema:
            return "", {}
        name = schema["$ref"]
        return name, self._components.get(name, {})

    def reference(self, schema: dict[str, Any], where: str) -> dict[str, Any]:
        """A node for `schema`, a `{"$ref": name}` when it names a component (siblings like `description` ignored)."""
        name, _ = self._deref(schema)
        if name is not None:
            return {"$ref": name}
        return self.node(schema, where)

    def _merged(self, schema: dict[str, Any], where: str) -> dict[str, Any]:
        """`allOf` parts folded into one object schema."""
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            _, resolved = self._deref(part)
            if "allOf" in resolved:
                resolved = self._merged(resolved, where)
            if resolved.get("type") != "object":
                raise SpecError(f"{where}: allOf parts must be objects")
            if any(key in resolved for key in _RULE_KEYWORDS):
                raise SpecError(f"{where}: cross-field rules ({', '.join(_RULE_KEYWORDS)}) in an allOf part")
            merged["properties"].update(resolved.get("properties", {}))
            merged["required"].extend(r for r in resolved.get("required", []) if r not in merged["required"])
            if resolved.get("additionalProperties") is False:
                merged["additionalProperties"] = False
        return merged

    def node(self, schema: dict[str, Any], where: str) -> dict[str, Any]:
        if "$ref" in schema:
            _, schema = self._deref(schema)
        if "allOf" in schema:
            schema = {**self._merged(schema, where), **{k: schema[k] for k in _RULE_KEYWORDS if k in schema}}
        unsupported = [key for key in _UNSUPPORTED_KEYWORDS if key in schema]
        if unsupported:
            raise SpecError(
                f"{where}: {', '.join(unsupported)} is not supported (use anyOf, oneOf, not, dependentRequired)"
            )
        kind = schema.get("type")
        nullable = False
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            nullable = len(kinds) != len(kind)
            if len(kinds) != 1:
                raise SpecError(f"{where}: only one non-null type is supported, got {kind}")
            kind = kinds[0]
        node: dict[str, Any]
        if "enum" in schema:
            if kind != "string":
                raise SpecError(f"{where}: only string enums are supported")
            node = {"type": "enum", "values": [str(value) for value in schema["enum"] if value is not None]}
            if schema.get("x-open-enum"):
                node["open"] = True
        elif schema.get("format") == "decimal":
            if kind not in ("number", "string"):
                raise SpecError(f"{where}: format decimal needs type number or string")
            node = {"type": "decimal", "wire": kind}
            self._number_rules(schema, node)
            if "multipleOf" in schema:
                node["places"] = places_of(Decimal(str(schema["multipleOf"])))
            self._string_rules(schema, node, where)
        elif kind == "object":
            properties = schema.get("properties", {})
            node = {
                "type": "object",
                "properties": {prop: self.reference(sub, f"{where}.{prop}") for prop, sub in properties.items()},
                "python_names": {prop: str(PythonIdentifier(prop, prefix="field_")) for prop in properties},
                "required": list(schema.get("required", [])),
            }
            if schema.get("additionalProperties", True) is False:
                node["closed"] = True
            rules = self._rules(schema, where)
            if rules:
                node["rules"] = rules
        elif kind == "array":
            node = {"type": "array", "items": self.reference(schema.get("items", {}), f"{where}[]")}
            for key in ("minItems", "maxItems"):
                if key in schema:
                    node[key] = int(schema[key])
        elif kind == "string":
            node = {"type": "string"}
            self._string_rules(schema, node, where)
        elif kind == "number":
            raise SpecError(f"{where}: a number must say `format: decimal` (money is never a float)")
        elif kind == "integer":
            node = {"type": "integer"}
            bounds = {"int64": _INT64, "int32": _INT32}.get(schema.get("format", ""))
            if bounds is not None:
                node["minimum"], node["maximum"] = bounds
            self._number_rules(schema, node)
            if schema.get("x-lenient-string"):
                node["lenient"] = True
        elif kind == "boolean":
            node = {"type": "boolean"}
        elif kind is None and not schema.get("properties"):
            node = {"type": "any"}
        else:
            raise SpecError(f"{where}: unsupported schema type {kind!r}")
        if "x-lenient-string" in schema and (node["type"] != "integer" or schema["x-lenient-string"] is not True):
            raise SpecError(f"{where}: x-lenient-string: true is for integers only")
        if node["type"] != "object" and any(key in schema for key in _RULE_KEYWORDS):
            raise SpecError(f"{where}: {', '.join(_RULE_KEYWORDS)} are supported on objects only")
        if nullable:
            node["nullable"] = True
        return node

    @staticmethod
    def _rules(schema: dict[str, Any], where: str) -> list[dict[str, Any]]:
        """The object's cross-field rules as plain data for `to_wire` (the client binds them too).

        Supported: `anyOf` / `oneOf` whose branches are `{required: [...]}` (a branch may add
        `not: {required: [...]}`), `not: {required: [...]}` (not all of these together) and
        `dependentRequired`. Every field named must be a property of the object.
        """
        properties = set(schema.get("properties", {}))

        def names(value: Any, context: str) -> list[str]:
            if not isinstance(value, list) or not value or not all(isinstance(name, str) for name in value):
                raise SpecError(f"{where}: {context} must be a non-empty list of field names")
            unknown = sorted(set(value) - properties)
            if unknown:
                raise SpecError(f"{where}: {context} names {unknown}, not properties of the object")
            return list(value)

        def not_all(value: Any, context: str) -> list[str]:
            if not isinstance(value, dict) or set(value) - {"required", "description"}:
                raise SpecError(f"{where}: {context} must be {{required: [...]}}")
            return names(value.get("required"), f"{context}.required")

        def branch(value: Any, context: str) -> dict[str, list[str]]:
            if not isinstance(value, dict) or set(value) - {"required", "not", "description"}:
                raise SpecError(f"{where}: each {context} branch must be {{required: [...]}}, optionally with not")
            condition = {"required": names(value.get("required"), f"{context}.required")}
            if "not" in value:
                condition["notAll"] = not_all(value["not"], f"{context}.not")
            return condition

        rules: list[dict[str, Any]] = []
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema:
                branches = schema[keyword]
                if not isinstance(branches, list) or len(branches) < 2:
                    raise SpecError(f"{where}: {keyword} needs at least two branches")
                rules.append({"keyword": keyword, "branches": [branch(b, keyword) for b in branches]})
        if "not" in schema:
            rules.append({"keyword": "not", "required": not_all(schema["not"], "not")})
        dependent = schema.get("dependentRequired")
        if dependent is not None:
            if not isinstance(dependent, dict):
                raise SpecError(f"{where}: dependentRequired must map a field to the fields it needs")
            for name, needed in dependent.items():
                (given,) = names([name], "dependentRequired")
                rules.append(
                    {
                        "keyword": "dependentRequired",
                        "if": given,
                        "required": names(needed, f"dependentRequired.{name}"),
                    }
                )
        return rules

    @staticmethod
    def _number_rules(schema: dict[str, Any], node: dict[str, Any]) -> None:
        for key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            if key in schema:
                value = schema[key]
                node[key] = int(value) if node["type"] == "integer" else Decimal(str(value))

    @staticmethod
    def _string_rules(schema: dict[str, Any], node: dict[str, Any], where: str) -> None:
        for key in ("minLength", "maxLength"):
            if key in schema:
                node[key] = int(schema[key])
        if "pattern" in schema:
            node["pattern"] = python_regex(schema["pattern"])
            node["patternWords"] = pattern_words(schema, where)
        elif "x-pattern-description" in schema:
            raise SpecError(f"{where}: x-pattern-description without a pattern")


def pattern_words(schema: dict[str, Any], where: str) -> str:
    """What a value of `schema` must be, in words (an error says "must be <this>"), never the regex itself."""
    words = schema.get("x-pattern-description")
    if words is None:
        words = describe_pattern(str(schema["pattern"]))
    if not isinstance(words, str) or not words.strip():
        raise SpecError(
            f"{where}: pattern {schema['pattern']!r} cannot be said in words automatically; add "
            'x-pattern-description next to it (completing "must be ...", e.g. "a decimal with at most 8 places")'
        )
    return " ".join(words.split())


def _response_schema(document: dict[str, Any], response: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in response:
        response = document["components"]["responses"][response["$ref"][len(_RESPONSE_PREFIX) :]]
    schema: dict[str, Any] = response["content"]["application/json"]["schema"]
    return schema


def _type_hint(node: dict[str, Any], nodes: dict[str, dict[str, Any]], model_of: dict[int, str]) -> str:
    """The Python type an argument accepts for `node`: a model or a plain dict, enums or their text."""
    if "$ref" in node:
        target = nodes[node["$ref"]]
        if target["type"] == "object":
            return f"{node['$ref']} | Mapping[str, Any]"
        if target["type"] == "enum":
            return f"{node['$ref']} | str"
        node = target
    kind = node["type"]
    hint = {
        "string": "str",
        "decimal": "Decimal",
        "integer": "int",
        "boolean": "bool",
        "enum": "str",
        "object": "Mapping[str, Any]",
        "any": "Any",
    }.get(kind)
    if kind == "array":
        hint = f"Sequence[{_type_hint(node['items'], nodes, model_of)}]"
    assert hint is not None
    return f"{hint} | None" if node.get("nullable") else hint


def build_context(document: dict[str, Any], openapi: GeneratorData, spec_file: str) -> SpecContext:
    info = document["info"]
    enum_classes = {str(enum.class_info.name): str(enum.class_info.module_name) for enum in openapi.enums}
    model_classes = {str(model.class_info.name): str(model.class_info.module_name) for model in openapi.models}
    table = _SchemaTable(document, enum_classes)
    result_codes = _result_codes(info)
    tag_descriptions = {tag["name"]: tag.get("description", "") for tag in document.get("tags", [])}
    resources: dict[str, Resource] = {}
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            operation = _operation(document, table, endpoint, result_codes)
            operation.imports = _imports_for(operation, model_classes | enum_classes)
            _resource_of(resources, operation.tag, tag_descriptions).operations.append(operation)
    for resource in resources.values():
        _check_resource(resource)
    return SpecContext(
        spec_file=spec_file,
        title=info["title"],
        version=str(info["version"]),
        default_base_url=document["servers"][0]["url"],
        signing=info["x-signing"],
        result_codes=result_codes,
        schemas=table.nodes,
        resources=sorted(resources.values(), key=lambda r: r.attribute),
        model_classes=_used_classes(document, openapi, resources, model_classes | enum_classes),
    )


def _result_codes(info: dict[str, Any]) -> list[ResultCode]:
    return [
        ResultCode(
            name=entry["name"],
            code=str(entry["code"]),
            reason=entry.get("reason", ""),
            solution=entry.get("solution", ""),
            http_status=int(entry.get("httpStatus", 400)),
            retryable=bool(entry.get("retryable", False)),
            common=bool(entry.get("common", True)),
            class_name=result_class_name(entry["name"]),
        )
        for entry in info["x-result-codes"]
    ]


def _operation(
    document: dict[str, Any], table: _SchemaTable, endpoint: Any, result_codes: list[ResultCode]
) -> Operation:
    """One operation of the spec: upstream's endpoint, its raw document entry and our `x-` extensions."""
    raw = document["paths"][_text(endpoint.path)][endpoint.method.lower()]
    operation_id = raw["operationId"]
    tags = raw.get("tags", [])
    if len(tags) != 1:
        raise SpecError(f"{operation_id}: every operation needs exactly one tag (its resource), got {tags}")
    unknown = sorted(set(raw.get("x-result-codes", [])) - {code.name for code in result_codes})
    if unknown:
        raise SpecError(f"{operation_id}: x-result-codes names unknown codes {unknown}")
    operations_schemas = _operation_schemas(document, table, operation_id, raw)
    request_ref = raw["requestBody"]["content"]["application/json"]["schema"]
    request_name, _ = table._deref(request_ref)
    if request_name is None:
        raise SpecError(f"{operation_id}: the request body must be a component schema")
    params = _params(document, table, request_ref, request_name)
    _, data_prop = _envelope(endpoint, operation_id)
    operation = Operation(
        operation_id=operation_id,
        tag=tags[0],
        method_name=raw.get("x-sdk-method") or snake_case(operation_id),
        http_method=endpoint.method.upper(),
        path=_text(endpoint.path),
        summary=raw.get("summary", ""),
        description=raw.get("description", ""),
        retry_safe=_retry_safe(operation_id, raw),
        cli_command=raw.get("x-cli-command"),
        echo=dict(raw.get("x-echo", {})),
        result_codes=list(raw.get("x-result-codes", [])),
        params=params,
        request_schema=request_name,
        response_schemas=operations_schemas,
        fail_schema=f"{operation_id}:fail",
        data_type=_text(data_prop.get_type_string(no_optional=True)) if data_prop is not None else None,
        data_parser=_data_parser(data_prop, operation_id),
        failure_statuses=_failure_statuses(table, operations_schemas[200]),
    )
    codes = {rc.name: rc.code for rc in result_codes}
    _add_idempotency(operation, raw, codes)
    _add_lookup_facts(operation, raw, codes)
    return operation


def _params(
    document: dict[str, Any], table: _SchemaTable, request_ref: dict[str, Any], request_name: str
) -> list[Param]:
    """The arguments of an operation's method: the properties of its request body, in order."""
    request_node = table.nodes[request_name]
    return [
        Param(
            json_name=prop,
            python_name=request_node["python_names"][prop],
            type_hint=_type_hint(sub, table.nodes, {}),
            required=prop in request_node["required"],
            description=_description(document, request_ref, prop),
            cli_kind=_cli_kind(sub, table.nodes),
            choices=_choices(sub, table.nodes),
            json_example=_json_example(sub, table.nodes),
        )
        for prop, sub in request_node["properties"].items()
    ]


def _envelope(endpoint: Any, operation_id: str) -> tuple[ModelProperty, Any]:
    """The model of the 200 response (the Envelope) and its `data` property (None when it has none)."""
    envelope = next(r for r in endpoint.responses.patterns if str(r.status_code.pattern) == "200").prop
    if not isinstance(envelope, ModelProperty):
        raise SpecError(f"{operation_id}: the 200 response must be an object (the Envelope and its data)")
    data_prop = next(
        (
            p
            for p in [*(envelope.required_properties or []), *(envelope.optional_properties or [])]
            if _text(p.name) == "data"
        ),
        None,
    )
    return envelope, data_prop


def _resource_of(resources: dict[str, Resource], tag: str, tag_descriptions: dict[str, str]) -> Resource:
    """The resource of `tag`, added to `resources` on its first operation."""
    resource = resources.get(tag)
    if resource is None:
        attribute = snake_case(tag)
        resource = resources[tag] = Resource(
            tag=tag,
            attribute=attribute,
            module=attribute,
            class_name=class_name(tag) + "Resource",
            description=tag_descriptions.get(tag, ""),
            operations=[],
        )
    return resource


def _check_resource(resource: Resource) -> None:
    """Lookups named by `x-query-operation` live in the same resource; method names are unique in it."""
    ids = {operation.operation_id for operation in resource.operations}
    for operation in resource.operations:
        if operation.query_operation is not None and operation.query_operation not in ids:
            raise SpecError(
                f"{operation.operation_id}: x-query-operation {operation.query_operation} must be in the same resource"
            )
    names = [operation.method_name for operation in resource.operations]
    duplicated = sorted({name for name in names if names.count(name) > 1})
    if duplicated:
        raise SpecError(f"resource {resource.tag}: more than one operation is called {duplicated}")


def _used_classes(
    document: dict[str, Any], openapi: GeneratorData, resources: dict[str, Resource], classes: dict[str, str]
) -> dict[str, str]:
    """The models and enums (class -> module) that methods take or return, or webhooks carry, and those they name."""
    roots = {name for resource in resources.values() for operation in resource.operations for name in operation.imports}
    roots |= {class_name(target) for target in _webhook_data_targets(document)}
    kept = reachable_classes(roots, openapi.models)
    return {name: module for name, module in classes.items() if name in kept}


def _webhook_data_targets(document: dict[str, Any]) -> list[str]:
    """The schemas named by `x-webhook-data` (checked by `webhook_info`)."""
    schemas = document.get("components", {}).get("schemas", {})
    return [
        str(target)
        for schema in schemas.values()
        if isinstance(schema, dict) and isinstance(schema.get("x-webhook-data"), dict)
        for target in schema["x-webhook-data"].values()
    ]


def _retry_safe(operation_id: str, raw: dict[str, Any]) -> bool:
    """`x-retry-safe`: true or false (false overrides the default of an `x-idempotency-field` operation)."""
    value = raw.get("x-retry-safe", False)
    if not isinstance(value, bool):
        raise SpecError(f"{operation_id}: x-retry-safe must be true or false, got {value!r}")
    return value


def _operation_schemas(
    document: dict[str, Any], table: _SchemaTable, operation_id: str, raw: dict[str, Any]
) -> dict[int, str]:
    """Register the operation's response nodes in the table: 200 (Envelope + data) and FAIL."""
    schemas: dict[int, str] = {}
    fail: dict[str, Any] | None = None
    for status, response in raw["responses"].items():
        if not str(status).isdigit():
            continue
        schema = _response_schema(document, response)
        if int(status) == 200:
            name = f"{operation_id}:200"
            table.nodes[name] = table.node(schema, name)
            schemas[200] = name
        elif fail is None:
            fail = schema
    if 200 not in schemas:
        raise SpecError(f"{operation_id}: no 200 response")
    table.nodes[f"{operation_id}:fail"] = (
        table.reference(fail, f"{operation_id}:fail") if fail else {"$ref": "Envelope"}
    )
    return schemas


def _description(document: dict[str, Any], request_ref: dict[str, Any], prop: str) -> str:
    """What an argument is: its own description, else its schema's description or title, else its schema's fields."""
    schemas = document["components"]["schemas"]
    schema = schemas[request_ref["$ref"][len(_SCHEMA_PREFIX) :]]["properties"][prop]
    name = None
    if "$ref" in schema and "description" not in schema:
        name = schema["$ref"][len(_SCHEMA_PREFIX) :]
        schema = schemas[name]
    text = " ".join(str(schema.get("description") or schema.get("title") or "").split())
    if not text and name is not None and isinstance(schema.get("properties"), dict):
        text = _fields_summary(name, schema)
    if "enum" in schema:
        text += f" One of {', '.join(map(str, schema['enum']))}."
    return text.strip()


def _fields_summary(name: str, schema: dict[str, Any]) -> str:
    """`An `OrderEnv` object with terminalType (required), osType, orderClientIp.`"""
    required = set(schema.get("required", []))
    fields = [f"{field} (required)" if field in required else field for field in schema["properties"]]
    return f"An `{name}` object with {', '.join(fields)}."


def _failure_statuses(table: _SchemaTable, response_schema: str) -> dict[str, list[str]]:
    """The fields of a successful response's `data` whose enum lists `x-failure-values`: values that say the
    operation did not complete although the answer was a success (a transfer's `status`: FAILURE)."""
    envelope = table.nodes[response_schema]
    data = envelope.get("properties", {}).get("data") if envelope.get("type") == "object" else None
    if data is None:
        return {}
    data = table.nodes.get(data["$ref"], {}) if "$ref" in data else data
    found: dict[str, list[str]] = {}
    for name, sub in data.get("properties", {}).items():
        enum_name, raw = table.enum_schema(sub)
        failing = raw.get("x-failure-values")
        if failing is None:
            continue
        unknown = [value for value in failing if value not in raw.get("enum", [])]
        if not isinstance(failing, list) or not failing or unknown:
            raise SpecError(f"{enum_name}: x-failure-values must be a list of its enum values, not {failing!r}")
        found[name] = list(failing)
    return found


def _data_parser(data_prop: Any, operation_id: str) -> str:
    """How the checked `data` becomes its Python type: a model's `from_dict`, a list of them, a closed
    enum, or the value itself (booleans, strings, numbers: `from_wire` already normalised them)."""
    if data_prop is None:
        return "_no_data"
    return _value_parser(data_prop, operation_id) or "_itself"


def _value_parser(prop: Any, where: str) -> str | None:
    """A Python expression that builds `prop`'s value, or None when the checked JSON value is already it."""
    if isinstance(prop, ModelProperty):
        return f"{prop.class_info.name}.from_dict"
    if isinstance(prop, EnumProperty):
        return str(prop.class_info.name)
    if isinstance(prop, ListProperty):
        inner = _value_parser(prop.inner_property, where)
        return f"_list_of({inner})" if inner else None
    if isinstance(prop, UnionProperty):
        branches = [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]
        parsers = [_value_parser(branch, where) for branch in branches]
        if not any(parsers):
            return None
        if len(branches) != 1:
            raise SpecError(f"{where}: a response `data` may be one model or null, not a choice of models")
        return f"(lambda data: None if data is None else {parsers[0]}(data))"
    if isinstance(prop, (BooleanProperty, StringProperty, IntProperty, FloatProperty, AnyProperty, NoneProperty)):
        return None
    raise SpecError(f"{where}: unsupported response `data` type {type(prop).__name__}")


def _imports_for(operation: Operation, classes: dict[str, str]) -> set[str]:
    names = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", operation.data_parser))
    for hint in [param.type_hint for param in operation.params] + [operation.data_type or ""]:
        names.update(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", hint))
    return {name for name in names if name in classes}


def _target(node: dict[str, Any], nodes: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return nodes[node["$ref"]] if "$ref" in node else node


def _cli_kind(node: dict[str, Any], nodes: dict[str, dict[str, Any]]) -> str:
    kind = _target(node, nodes)["type"]
    return {"enum": "string", "string": "string", "decimal": "decimal", "integer": "integer", "boolean": "boolean"}.get(
        kind, "json"
    )


def _json_example(node: dict[str, Any], nodes: dict[str, dict[str, Any]]) -> str | None:
    """For a JSON option (`--goods-details`): a compact example of the JSON it takes, its required fields filled in."""
    if _cli_kind(node, nodes) != "json":
        return None
    return json.dumps(_example_value(node, nodes, depth=0), separators=(", ", ": "))


def _example_value(node: dict[str, Any], nodes: dict[str, dict[str, Any]], depth: int) -> Any:
    target = _target(node, nodes)
    kind = target["type"]
    if kind == "object":
        names = list(target["required"]) or list(target["properties"])[:2]
        if depth >= 3:
            return {}
        return {name: _example_value(target["properties"][name], nodes, depth + 1) for name in names}
    if kind == "array":
        return [_example_value(target["items"], nodes, depth + 1)]
    if kind == "enum":
        return target["values"][0]
    if kind == "decimal":
        return "1.00" if target["wire"] == "string" else 1.0
    return {"integer": 1, "boolean": True, "string": "..."}.get(kind)


def _choices(node: dict[str, Any], nodes: dict[str, dict[str, Any]]) -> list[str] | None:
    target = _target(node, nodes)
    return list(target["values"]) if target["type"] == "enum" and not target.get("open") else None


@dataclass
class WebhookDataType:
    biz_type: str
    schema: str  # the component schema of the parsed `data` (a node of `_schemas.SCHEMAS`)
    class_name: str  # its generated model
    module: str  # the model's module under `models/`


@dataclass
class WebhookInfo:
    """What `binance_pay.webhooks` needs from the spec: the notification's headers, the model of
    each `bizType`'s `data`, and the operation (resource attribute, method) that lists the keys."""

    timestamp_header: str
    nonce_header: str
    signature_header: str
    serial_header: str
    data_types: list[WebhookDataType]
    certificates: tuple[str, str] | None


def webhook_info(document: dict[str, Any], context: SpecContext) -> WebhookInfo | None:
    """Read the `x-webhook-*` extensions of the notification schema (the one holding `x-webhook-data`).

    None when the spec describes no webhook. `x-webhook-certificates` names an operationId; when the
    spec (say, a one-operation benchmark copy) lacks that operation, clients get no `webhooks`.
    """
    schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
    holders = [name for name, schema in schemas.items() if isinstance(schema, dict) and "x-webhook-data" in schema]
    if not holders:
        return None
    if len(holders) > 1:
        raise SpecError(f"only one schema may carry x-webhook-data, found {holders}")
    schema = schemas[holders[0]]
    headers = schema.get("x-webhook-headers") or {}
    missing = sorted({"timestamp", "nonce", "signature", "certificateSerial"} - set(headers))
    if missing:
        raise SpecError(f"{holders[0]}: x-webhook-headers lacks {missing}")
    data_types = []
    for biz_type, target in schema["x-webhook-data"].items():
        if target not in schemas:
            raise SpecError(f"{holders[0]}: x-webhook-data names unknown schema {target!r} for {biz_type}")
        name = class_name(target)
        if name not in context.model_classes:
            raise SpecError(f"{holders[0]}: x-webhook-data {target!r} ({biz_type}) is not an object model")
        data_types.append(WebhookDataType(str(biz_type), target, name, context.model_classes[name]))
    certificates = None
    operation_id = schema.get("x-webhook-certificates")
    for resource in context.resources:
        for operation in resource.operations:
            if operation.operation_id == operation_id:
                certificates = (resource.attribute, operation.method_name)
    return WebhookInfo(
        timestamp_header=str(headers["timestamp"]),
        nonce_header=str(headers["nonce"]),
        signature_header=str(headers["signature"]),
        serial_header=str(headers["certificateSerial"]),
        data_types=data_types,
        certificates=certificates,
    )


def _add_idempotency(operation: Operation, raw: dict[str, Any], codes: dict[str, str]) -> None:
    """The exactly-once extensions: the id field, its lookup, the duplicate code and the fields that must agree."""
    field_name = raw.get("x-idempotency-field")
    where = operation.operation_id
    if field_name is None:
        for key in (
            "x-query-operation",
            "x-query-fields",
            "x-duplicate-result-code",
            "x-idempotency-match",
            "x-repeat-answer",
        ):
            if key in raw:
                raise SpecError(f"{where}: {key} needs x-idempotency-field")
        return
    request_fields = {param.json_name for param in operation.params}
    if field_name not in request_fields:
        raise SpecError(f"{where}: x-idempotency-field {field_name} is not a request field")
    operation.idempotency_field = field_name
    # Resending the same id cannot do the thing twice, unless the spec says `x-retry-safe: false`: the id
    # exists, but that a repeat returns the first result is unconfirmed (a debit must not be resent blindly).
    operation.retry_safe = raw.get("x-retry-safe") is not False
    operation.query_operation = raw.get("x-query-operation")
    query_fields = raw.get("x-query-fields", {field_name: field_name})
    if operation.query_operation is None and "x-query-fields" in raw:
        raise SpecError(f"{where}: x-query-fields needs x-query-operation")
    if not isinstance(query_fields, dict) or field_name not in query_fields.values():
        raise SpecError(
            f"{where}: x-query-fields must map the lookup's fields to request fields, {field_name} among them"
        )
    unknown = sorted(set(query_fields.values()) - request_fields)
    if unknown:
        raise SpecError(f"{where}: x-query-fields names {unknown}, not request fields")
    operation.query_fields = {str(k): str(v) for k, v in query_fields.items()} if operation.query_operation else {}
    duplicate = raw.get("x-duplicate-result-code")
    if duplicate is not None:
        if duplicate not in codes:
            raise SpecError(f"{where}: x-duplicate-result-code {duplicate} is not a result code")
        operation.duplicate_code = codes[duplicate]
    match = raw.get("x-idempotency-match", {})
    unknown = sorted(set(match) - request_fields)
    if unknown:
        raise SpecError(f"{where}: x-idempotency-match names {unknown}, not request fields")
    operation.idempotency_match = {str(k): _match_target(where, k, v) for k, v in match.items()}
    repeat = raw.get("x-repeat-answer", {})
    if not isinstance(repeat, dict) or any(key != "status" and not str(key).startswith("data.") for key in repeat):
        raise SpecError(f"{where}: x-repeat-answer maps `status` or `data.<field>` to the value that marks a repeat")
    operation.repeat_answer = dict(repeat)


def _match_target(where: str, field_name: str, target: Any) -> Any:
    """A found field's name, or `{field, items}` for a list of objects compared item by item."""
    if isinstance(target, str):
        return target
    items = target.get("items") if isinstance(target, dict) else None
    if (
        not isinstance(target, dict)
        or not isinstance(target.get("field"), str)
        or not isinstance(items, dict)
        or not items
    ):
        raise SpecError(
            f"{where}: x-idempotency-match {field_name} must name a found field, or be {{field, items}} for a list"
        )
    return {"field": target["field"], "items": {str(k): str(v) for k, v in items.items()}}


def _add_lookup_facts(operation: Operation, raw: dict[str, Any], codes: dict[str, str]) -> None:
    """`x-not-found-result-code` (what a lookup answers when nothing exists) and `x-wait` (a polling method)."""
    where = operation.operation_id
    not_found = raw.get("x-not-found-result-code")
    if not_found is not None:
        if not_found not in codes:
            raise SpecError(f"{where}: x-not-found-result-code {not_found} is not a result code")
        operation.not_found_code = codes[not_found]
    wait = raw.get("x-wait")
    if wait is None:
        return
    states = wait.get("while") if isinstance(wait, dict) else None
    if not isinstance(wait, dict) or not isinstance(wait.get("method"), str) or not isinstance(states, dict):
        raise SpecError(f"{where}: x-wait needs `method` and `while` (result field: values not final yet)")
    operation.wait_method = wait["method"]
    operation.wait_while = {snake_case(str(k)): tuple(str(v) for v in values) for k, values in states.items()}
