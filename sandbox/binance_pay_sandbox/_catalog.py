"""The catalog: every operation of a spec, with compiled request and response schemas and checked examples."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from referencing import Registry

from ._responses import ResponseSchemas
from ._schema import encode_exact, inline, registry_for
from ._spec import Spec, SpecError, parse_spec, read_spec_text, resolve
from ._validation import RequestValidator
from ._violations import declared_properties

_HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
_JSON = "application/json"


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec, ready to serve."""

    operation_id: str
    method: str
    path: str
    media_types: frozenset[str]
    request_schema: Any | None  # inlined; None: the operation takes any JSON object
    request: RequestValidator | None
    responses: ResponseSchemas
    success_example: bytes | None  # the 200 example, compact JSON with the spec's digits
    result_codes: frozenset[str]  # names it may answer: the common codes and its own x-result-codes
    definition: Mapping[str, Any]  # the operation object as written in the spec

    def data_schema(self) -> Any | None:
        """The schema of `data` in the 200 response (the Envelope's allOf member that adds it)."""
        return declared_properties(self.responses.schema(200)).get("data")

    def request_validator(self, spec: Spec, *, drop_pattern_for: frozenset[str]) -> RequestValidator | None:
        """The request validator, rebuilt without `pattern` on the named properties (a planted fault)."""
        body = _request_body(spec.document, self.definition)
        if body is None or not drop_pattern_for:
            return self.request
        schema = inline(spec.document, body[1]["schema"], drop_pattern_for=drop_pattern_for)
        return RequestValidator(schema, spec.validation_codes, registry_for(spec.document))


@dataclass(frozen=True, slots=True)
class Catalog:
    spec: Spec
    operations: tuple[Operation, ...]

    def find(self, operation_id: str) -> Operation | None:
        for operation in self.operations:
            if operation.operation_id == operation_id:
                return operation
        return None


def _request_body(
    document: Mapping[str, Any], operation: Mapping[str, Any]
) -> tuple[frozenset[str], Mapping[str, Any]] | None:
    """(media types, the JSON media object) of the request body; None when the operation declares none."""
    if "requestBody" not in operation:
        return None
    content = resolve(document, operation["requestBody"]).get("content") or {}
    media_types = frozenset(str(k).lower() for k in content)
    json_content = content.get(_JSON) or next((v for k, v in content.items() if "json" in str(k)), None)
    if not media_types or json_content is None or "schema" not in json_content:
        raise SpecError("requestBody has no JSON schema")
    return media_types, json_content


def _examples(document: Mapping[str, Any], media: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """(name, value) of a media object's examples, in spec order; `example` is named "example"."""
    found: list[tuple[str, Any]] = []
    for name, example in (media.get("examples") or {}).items():
        example = resolve(document, example)
        if "value" not in example:
            raise SpecError(f"example {name!r} has no value (externalValue is not supported)")
        found.append((str(name), example["value"]))
    if "example" in media:
        found.append(("example", media["example"]))
    return found


def _result_codes(spec: Spec, operation: Mapping[str, Any]) -> frozenset[str]:
    names = {name for name, code in spec.codes.items() if code.common}
    for name in operation.get("x-result-codes") or ():
        if name not in spec.codes:
            raise SpecError(f"x-result-codes names {name}, which is not in info.x-result-codes")
        names.add(str(name))
    return frozenset(names)


def _operation(spec: Spec, registry: Registry[Any], path: str, method: str, definition: Mapping[str, Any]) -> Operation:
    document = spec.document
    body = _request_body(document, definition)
    request_schema = request = None
    media_types = frozenset({_JSON})
    if body is not None:
        media_types, media = body
        request_schema = inline(document, media["schema"])
        request = RequestValidator(request_schema, spec.validation_codes, registry)
        for name, value in _examples(document, media):
            failure = request.validate(value)
            if failure is not None:
                raise SpecError(f"request example {name!r} breaks the request schema: {failure[1]}")

    schemas: dict[str, Any] = {}
    examples: dict[str, list[tuple[str, Any]]] = {}
    for status, response in (definition.get("responses") or {}).items():
        answer = (resolve(document, response).get("content") or {}).get(_JSON)
        if answer is not None and "schema" in answer:
            schemas[str(status)] = inline(document, answer["schema"])
            examples[str(status)] = _examples(document, answer)
    responses = ResponseSchemas(schemas, registry)
    if "200" not in schemas:
        raise SpecError("no 200 application/json response")
    for status, named in examples.items():
        for name, value in named:
            problem = responses.violation_for(status, value)
            if problem is not None:
                raise SpecError(f"the {status} example {name!r} breaks the response schema: {problem}")

    result_codes = _result_codes(spec, definition)
    for name in sorted(result_codes):
        status = spec.code(name).http_status
        if responses.key_for(status) is None:
            raise SpecError(f"answers HTTP {status} ({name}) but its responses do not document {status}")

    success = examples["200"]
    return Operation(
        operation_id=str(definition["operationId"]),
        method=method,
        path=path,
        media_types=media_types,
        request_schema=request_schema,
        request=request,
        responses=responses,
        success_example=encode_exact(success[0][1]).encode() if success else None,
        result_codes=result_codes,
        definition=definition,
    )


def build_catalog(spec: Spec) -> Catalog:
    """Every operation under `paths`; a SpecError names the operation that cannot be served."""
    document = spec.document
    registry = registry_for(document)
    operations: list[Operation] = []
    for path, item in (document.get("paths") or {}).items():
        for method, definition in resolve(document, item).items():
            if str(method).lower() not in _HTTP_METHODS or not isinstance(definition, Mapping):
                continue
            name = definition.get("operationId")
            if not isinstance(name, str) or not name:
                raise SpecError(f"spec {spec.source}: {method.upper()} {path} has no operationId")
            if any(op.operation_id == name for op in operations):
                raise SpecError(f"spec {spec.source}: operationId {name} is used twice")
            try:
                operations.append(_operation(spec, registry, str(path), str(method).upper(), definition))
            except SpecError as exc:
                raise SpecError(f"spec {spec.source}: operation {name}: {exc}") from None
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise SpecError(
                    f"spec {spec.source}: operation {name}: malformed ({exc.__class__.__name__}: {exc})"
                ) from None
    if not operations:
        raise SpecError(f"spec {spec.source}: no operations under paths")
    return Catalog(spec, tuple(operations))


@functools.lru_cache(maxsize=8)
def _catalog_of(text: bytes, source: str) -> Catalog:
    return build_catalog(parse_spec(text, source))


def load_catalog(spec_path: str | Path | None = None) -> Catalog:
    """The catalog of the spec at `spec_path` (default: the shipped spec); built once per distinct text."""
    text, source = read_spec_text(Path(spec_path) if spec_path is not None else None)
    return _catalog_of(text, source)
