"""Read the spec exactly (decimals stay `Decimal`) and derive what our runtime templates need."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml


class SpecError(Exception):
    """The spec uses something the generator cannot turn into code."""


class _ExactLoader(yaml.SafeLoader):
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


def result_class_name(result_name: str) -> str:
    """`INVALID_SIGNATURE` -> `InvalidSignatureError`; `UNKNOWN_ERROR` -> `UnknownError`."""
    camel = "".join(word.capitalize() for word in result_name.split("_"))
    return camel if result_name.endswith("ERROR") else f"{camel}Error"


def python_regex(pattern: str) -> str:
    """An ECMA-262 `$` only matches at the very end; Python's also matches before a final newline."""
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        return pattern[:-1] + r"\Z"
    return pattern


@dataclass
class ResultCode:
    name: str
    code: str
    reason: str
    solution: str
    http_status: int
    retryable: bool
    class_name: str


@dataclass
class FieldRule:
    """One property of an object schema, flattened into the checks the validator template emits."""

    name: str
    python_name: str
    required: bool
    kind: str  # "string", "enum", "number", "integer", "boolean", "object"
    description: str = ""
    enum: list[str] = field(default_factory=list)
    enum_class: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    pattern_text: str | None = None
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    exclusive_minimum: Decimal | None = None
    exclusive_maximum: Decimal | None = None
    places: int | None = None
    object_schema: str | None = None

    @property
    def python_type(self) -> str:
        return {
            "string": "str",
            "enum": f"{self.enum_class} | str",
            "number": "Decimal",
            "integer": "int",
            "boolean": "bool",
        }.get(self.kind, self.object_schema or "object")


@dataclass
class ObjectSchema:
    name: str
    function: str
    fields: list[FieldRule]
    additional_properties: bool


@dataclass
class Operation:
    operation_id: str
    method_name: str
    module: str
    http_method: str
    path: str
    summary: str
    description: str
    retry_safe: bool
    cli_command: str | None
    request_schema: ObjectSchema
    response_validators: dict[int, str]
    envelope_class: str
    data_field: str | None
    data_class: str | None


@dataclass
class SpecContext:
    spec_file: str
    title: str
    version: str
    default_base_url: str
    signing: dict[str, Any]
    result_codes: list[ResultCode]
    schemas: list[ObjectSchema]
    operations: list[Operation]
    enums: dict[str, list[str]]


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    ref = node.get("$ref")
    if ref is None:
        return None, node
    prefix = "#/components/schemas/"
    if not ref.startswith(prefix):
        raise SpecError(f"unsupported $ref {ref}")
    name = ref[len(prefix) :]
    return name, document["components"]["schemas"][name]


def _places(multiple_of: Decimal) -> int:
    exponent = multiple_of.normalize().as_tuple().exponent
    if multiple_of.normalize() != Decimal(1).scaleb(exponent):  # type: ignore[arg-type]
        raise SpecError(f"multipleOf {multiple_of} is not a power of ten")
    return max(0, -int(exponent))


def _field_rule(document: dict[str, Any], name: str, node: dict[str, Any], required: bool) -> FieldRule:
    ref_name, schema = _resolve(document, node)
    description = node.get("description") or schema.get("description") or ""
    rule = FieldRule(name=name, python_name=snake_case(name), required=required, kind="", description=description)
    kind = schema.get("type")
    if "enum" in schema:
        if kind != "string":
            raise SpecError(f"{name}: only string enums are supported")
        rule.kind, rule.enum = "enum", [str(value) for value in schema["enum"]]
        rule.enum_class = ref_name
    elif kind == "object":
        if ref_name is None:
            raise SpecError(f"{name}: inline object schemas are not supported; use a component")
        rule.kind, rule.object_schema = "object", ref_name
    elif kind == "string":
        rule.kind = "string"
        rule.min_length, rule.max_length = schema.get("minLength"), schema.get("maxLength")
        if "pattern" in schema:
            rule.pattern, rule.pattern_text = python_regex(schema["pattern"]), schema["pattern"]
    elif kind in ("number", "integer"):
        rule.kind = kind
        rule.minimum, rule.maximum = schema.get("minimum"), schema.get("maximum")
        rule.exclusive_minimum = schema.get("exclusiveMinimum")
        rule.exclusive_maximum = schema.get("exclusiveMaximum")
        if "multipleOf" in schema:
            rule.places = _places(Decimal(str(schema["multipleOf"])))
    elif kind == "boolean":
        rule.kind = "boolean"
    else:
        raise SpecError(f"{name}: unsupported schema type {kind!r}")
    return rule


def _object_schema(document: dict[str, Any], name: str) -> ObjectSchema:
    schema = document["components"]["schemas"][name]
    required = set(schema.get("required", []))
    fields = [
        _field_rule(document, prop, node, prop in required) for prop, node in schema.get("properties", {}).items()
    ]
    return ObjectSchema(
        name=name,
        function=f"validate_{snake_case(name)}",
        fields=fields,
        additional_properties=schema.get("additionalProperties", True) is not False,
    )


def _response_schema_name(document: dict[str, Any], response: dict[str, Any]) -> str:
    if "$ref" in response:
        response = document["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
    name, _ = _resolve(document, response["content"]["application/json"]["schema"])
    if name is None:
        raise SpecError("response schemas must be components")
    return name


def build_context(document: dict[str, Any], spec_file: str) -> SpecContext:
    info = document["info"]
    schemas = {
        name: _object_schema(document, name)
        for name, schema in document["components"]["schemas"].items()
        if schema.get("type") == "object"
    }
    enums = {
        name: [str(v) for v in schema["enum"]]
        for name, schema in document["components"]["schemas"].items()
        if "enum" in schema
    }
    operations = []
    for path, item in document["paths"].items():
        for http_method, op in item.items():
            request_name, _ = _resolve(document, op["requestBody"]["content"]["application/json"]["schema"])
            if request_name is None:
                raise SpecError(f"{op['operationId']}: request body must be a component schema")
            validators = {
                int(status): schemas[_response_schema_name(document, response)].function
                for status, response in op["responses"].items()
                if status.isdigit()
            }
            envelope = _response_schema_name(document, op["responses"]["200"])
            data = next((f for f in schemas[envelope].fields if f.name == "data" and f.kind == "object"), None)
            operations.append(
                Operation(
                    operation_id=op["operationId"],
                    method_name=snake_case(op["operationId"]),
                    module=snake_case(op["operationId"]),
                    http_method=http_method.upper(),
                    path=path,
                    summary=op.get("summary", ""),
                    description=op.get("description", ""),
                    retry_safe=bool(op.get("x-retry-safe", False)),
                    cli_command=op.get("x-cli-command"),
                    request_schema=schemas[request_name],
                    response_validators=validators,
                    envelope_class=envelope,
                    data_field=data.python_name if data else None,
                    data_class=data.object_schema if data else None,
                )
            )
    result_codes = [
        ResultCode(
            name=entry["name"],
            code=str(entry["code"]),
            reason=entry.get("reason", ""),
            solution=entry.get("solution", ""),
            http_status=int(entry.get("httpStatus", 400)),
            retryable=bool(entry.get("retryable", False)),
            class_name=result_class_name(entry["name"]),
        )
        for entry in info["x-result-codes"]
    ]
    return SpecContext(
        spec_file=spec_file,
        title=info["title"],
        version=str(info["version"]),
        default_base_url=document["servers"][0]["url"],
        signing=info["x-signing"],
        result_codes=result_codes,
        schemas=list(schemas.values()),
        operations=operations,
        enums=enums,
    )
