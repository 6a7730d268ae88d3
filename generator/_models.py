"""What `model.py.jinja` renders for one of upstream's parsed models, and which models to generate.

A model is its dataclass fields plus a field table (JSON name -> attribute, and the class of
`models/` a nested object, list of objects or closed enum is built into); the runtime's `_model.Model`
reads and writes every model from that table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.union import UnionProperty


def text(value: Any) -> str:
    """Upstream wraps names from the document in `UntrustedString`/`PythonCode`; this is their text."""
    for method in ("get_untrusted_value", "as_unembedded_code"):
        getter = getattr(value, method, None)
        if getter is not None:
            return str(getter())
    return str(value)


@dataclass(frozen=True)
class ModelField:
    python_name: str
    json_name: str
    annotation: str
    required: bool
    description: str
    nested: str | None  # the class of `models/` the JSON value is built into
    is_list: bool  # a list of `nested`


@dataclass(frozen=True)
class ModelView:
    class_name: str
    description: str
    fields: list[ModelField]
    type_imports: list[str]  # `from .module import Class` lines the annotations need

    @property
    def uses_decimal(self) -> bool:
        return any(re.search(r"\bDecimal\b", field.annotation) for field in self.fields)

    @property
    def uses_any(self) -> bool:
        return any(re.search(r"\bAny\b", field.annotation) for field in self.fields)

    @property
    def nested_fields(self) -> list[ModelField]:
        return [field for field in self.fields if field.nested is not None]


def _non_null(prop: Any) -> Any:
    """The one non-null branch of a nullable union (`type: [string, "null"]`), else `prop` itself."""
    if isinstance(prop, UnionProperty):
        branches = [inner for inner in prop.inner_properties if not isinstance(inner, NoneProperty)]
        if len(branches) == 1:
            return branches[0]
    return prop


def _built_class(prop: Any) -> tuple[str | None, bool]:
    """The class a JSON value of `prop` is built into (a model or a closed enum), and whether it is a list of them."""
    prop = _non_null(prop)
    is_list = isinstance(prop, ListProperty)
    if is_list:
        prop = _non_null(prop.inner_property)
    if isinstance(prop, (ModelProperty, EnumProperty)):
        return str(prop.class_info.name), is_list
    return None, False


def referenced_classes(prop: Any) -> Iterable[Any]:
    """The models and enums named in `prop`'s type, as upstream's parsed properties."""
    if isinstance(prop, (ModelProperty, EnumProperty)):
        yield prop
    elif isinstance(prop, ListProperty):
        yield from referenced_classes(prop.inner_property)
    elif isinstance(prop, UnionProperty):
        for inner in prop.inner_properties:
            yield from referenced_classes(inner)


def _properties(model: ModelProperty) -> list[Any]:
    return [*(model.required_properties or []), *(model.optional_properties or [])]


def _field(prop: Any) -> ModelField:
    annotation = text(prop.get_type_string(no_optional=True))
    if not prop.required and not re.search(r"\bNone\b", annotation):
        annotation += " | None"
    nested, is_list = _built_class(prop)
    return ModelField(
        python_name=str(prop.python_name),
        json_name=text(prop.name),
        annotation=annotation,
        required=bool(prop.required),
        description=" ".join(text(prop.description or "").split()),
        nested=nested,
        is_list=is_list,
    )


def model_view(model: ModelProperty) -> ModelView:
    """The fields of `model` in constructor order: required ones first, then those that default to None."""
    properties = _properties(model)
    fields = [_field(prop) for prop in properties if prop.required]
    fields += [_field(prop) for prop in properties if not prop.required]
    own_name = str(model.class_info.name)
    imports = {
        f"from .{ref.class_info.module_name} import {ref.class_info.name}"
        for prop in properties
        for ref in referenced_classes(prop)
        if str(ref.class_info.name) != own_name
    }
    return ModelView(
        class_name=own_name,
        description=" ".join(text(model.description or "").split()),
        fields=fields,
        type_imports=sorted(imports),
    )


def reachable_classes(roots: Iterable[str], models: Iterable[ModelProperty]) -> set[str]:
    """`roots` and every model or enum their fields name, however deep."""
    by_name = {str(model.class_info.name): model for model in models}
    seen: set[str] = set()
    pending = list(roots)
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        model = by_name.get(name)
        if model is not None:
            pending.extend(str(ref.class_info.name) for prop in _properties(model) for ref in referenced_classes(prop))
    return seen
