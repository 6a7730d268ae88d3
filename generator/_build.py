"""Run openapi-python-client with our templates, then render our runtime modules from the same spec."""

from __future__ import annotations

import contextlib
import importlib.metadata
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, PackageLoader, PrefixLoader
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties.float import FloatProperty

from generator._caller_text import for_caller
from generator._literal import python_literal
from generator._models import model_view
from generator._spec import (
    SpecContext,
    SpecError,
    WebhookInfo,
    build_context,
    load_spec,
    snake_case,
    upstream_document,
    webhook_info,
)

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = REPO / "openapi" / "binance-pay.yaml"
DEFAULT_OUTPUT = REPO / "generated_client" / "binance_pay"
TEMPLATES = Path(__file__).resolve().parent / "templates"
RUNTIME = Path(__file__).resolve().parent / "runtime"
CONFIG = Path(__file__).resolve().parent / "config.yaml"
RUFF_CONFIG = Path(__file__).resolve().parent / "ruff.toml"

# Generated output must be reproducible byte for byte, so the generator refuses other versions.
PINNED = {"openapi-python-client": "0.29.1", "ruff": "0.17.6"}


class GenerationError(Exception):
    """The spec, the templates or the toolchain made generation fail."""


def _check_pins() -> None:
    for dist, wanted in PINNED.items():
        try:
            found = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            found = "not installed"
        if found != wanted:
            raise GenerationError(
                f"{dist}=={wanted} is required (found {found}); pip install -r generator/requirements.txt"
            )


@contextlib.contextmanager
def _numbers_as_decimal() -> Iterator[None]:
    """Make every OpenAPI `number` a `decimal.Decimal` in generated types and annotations.

    openapi-python-client hard-codes `float` for numbers; templates cannot change a property's type
    string, so we swap it on the (pinned) parser class for the duration of one generation.
    """
    saved = FloatProperty._type_string, FloatProperty._json_type_string, FloatProperty.get_imports
    original_get_imports = FloatProperty.get_imports

    def get_imports(self: FloatProperty, *, prefix: str) -> set[str]:
        return original_get_imports(self, prefix=prefix) | {"from decimal import Decimal"}

    FloatProperty._type_string = FloatProperty._json_type_string = "Decimal"
    FloatProperty.get_imports = get_imports  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        FloatProperty._type_string, FloatProperty._json_type_string, FloatProperty.get_imports = saved  # type: ignore[method-assign]


class _Project(Project):
    """openapi-python-client's models, plus our templates and hand-written runtime; none of upstream's api/ or client."""

    def __init__(self, *, context: SpecContext, webhooks: WebhookInfo | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # Our overrides can render the template they replace as "upstream/<name>" and patch it.
        upstream = PrefixLoader({"upstream": PackageLoader("openapi_python_client")})
        assert isinstance(self.env.loader, ChoiceLoader)
        self.env.loader = ChoiceLoader([*self.env.loader.loaders, upstream])
        self.env.globals.update({"spec": context, "webhooks": webhooks, "model_view": model_view})
        self.env.filters["snake_case"] = snake_case
        self.env.filters["pyrepr"] = python_literal
        self.env.filters["for_caller"] = for_caller
        self._context = context

    def _write(self, relative: str, template: str, **values: Any) -> None:
        target = self.package_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(self.env.get_template(template).render(**values), encoding=self.config.file_encoding)

    def _create_package(self) -> None:
        self.package_dir.mkdir(parents=True, exist_ok=True)
        (self.package_dir / "py.typed").write_text("", encoding=self.config.file_encoding)
        for name in ("__init__.py", "_spec.py", "_schemas.py", "_client.py", "errors.py", "_cli_table.py"):
            self._write(name, f"{name}.jinja")

    def _build_models(self) -> None:
        """Only the models and enums the client's methods, results and webhooks name (`spec.model_classes`)."""
        kept = self._context.model_classes
        for model in self.openapi.models:
            if str(model.class_info.name) in kept:
                self._write(f"models/{model.class_info.module_name}.py", "model.py.jinja", model=model)
        for enum in self.openapi.enums:
            if str(enum.class_info.name) in kept:
                self._write(f"models/{enum.class_info.module_name}.py", "str_enum.py.jinja", enum=enum)
        self._write("models/__init__.py", "models_init.py.jinja")

    def _build_api(self) -> None:
        self._write("resources/__init__.py", "resources_init.py.jinja")
        for resource in self._context.resources:
            self._write(f"resources/{resource.module}.py", "resource.py.jinja", resource=resource)


def _header(spec_file: str, title: str, version: str) -> str:
    return (
        f"# Generated from {spec_file} ({title} {version}) by `python -m generator`.\n"
        "# Do not edit: change the spec or generator/templates and regenerate.\n"
    )


def _run_ruff(package_dir: Path) -> None:
    env = {**os.environ, "RUFF_NO_CACHE": "true"}
    commands = [
        [sys.executable, "-I", "-m", "ruff", "check", "--config", str(RUFF_CONFIG), "--fix-only", "--quiet", "."],
        [sys.executable, "-I", "-m", "ruff", "format", "--config", str(RUFF_CONFIG), "--quiet", "."],
    ]
    for command in commands:
        result = subprocess.run(command, cwd=package_dir, env=env, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise GenerationError(f"{' '.join(command[3:5])} failed:\n{result.stdout}{result.stderr}")


def _render(spec_path: Path, package_dir: Path) -> SpecContext:
    try:
        spec_file = spec_path.resolve().relative_to(REPO).as_posix()
    except ValueError:
        spec_file = spec_path.name
    document = load_spec(spec_path)
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG),
        MetaType.NONE,
        spec_path,
        "utf-8",
        overwrite=True,
        output_path=package_dir,
    )
    with _numbers_as_decimal():
        openapi = GeneratorData.from_dict(upstream_document(document), config=config)
        if isinstance(openapi, GeneratorError):
            raise GenerationError(f"{openapi.header}: {openapi.detail}")
        try:
            context = build_context(document, openapi, spec_file)
            webhooks = webhook_info(document, context)
        except (SpecError, KeyError, TypeError) as exc:
            raise GenerationError(f"{spec_path}: {exc!r}") from exc
        project = _Project(
            openapi=openapi, config=config, custom_template_path=TEMPLATES, context=context, webhooks=webhooks
        )
        problems = list(project.build())  # warnings too: each means part of the spec was dropped
    if problems:
        raise GenerationError("; ".join(f"{p.header}: {p.detail}" for p in problems))
    header = _header(spec_file, context.title, context.version)
    for path in sorted(package_dir.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if not text.startswith(header):
            path.write_text(header + text, encoding="utf-8")
    _run_ruff(package_dir)
    copy_runtime(package_dir)
    return context


def copy_runtime(package_dir: Path) -> None:
    """The hand-written runtime, byte for byte: it is linted and type-checked where it stands."""
    for source in sorted(RUNTIME.glob("*.py")):
        if source.name != "__init__.py":
            shutil.copyfile(source, package_dir / source.name)


def generate(spec_path: Path = DEFAULT_SPEC, output_dir: Path = DEFAULT_OUTPUT) -> SpecContext:
    """Regenerate the package at `output_dir` from `spec_path`, removing files no longer generated."""
    _check_pins()
    with tempfile.TemporaryDirectory(prefix="binance-pay-gen-") as tmp:
        package_dir = Path(tmp) / output_dir.name
        context = _render(spec_path, package_dir)
        if output_dir.exists():
            shutil.rmtree(output_dir)
        output_dir.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(package_dir, output_dir)
    return context
