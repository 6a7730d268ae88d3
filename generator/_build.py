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
from openapi_python_client import Project, _get_document
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties.float import FloatProperty

from generator._spec import SpecError, build_context, load_spec, snake_case

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = REPO / "openapi" / "binance-pay.yaml"
DEFAULT_OUTPUT = REPO / "generated_client" / "binance_pay"
TEMPLATES = Path(__file__).resolve().parent / "templates"
RUNTIME_TEMPLATES = TEMPLATES / "runtime"
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
    """openapi-python-client's project, plus our runtime modules rendered with the same environment."""

    def __init__(self, *, extra_globals: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # Our overrides can render the template they replace as "upstream/<name>" and patch it.
        upstream = PrefixLoader({"upstream": PackageLoader("openapi_python_client")})
        assert isinstance(self.env.loader, ChoiceLoader)
        self.env.loader = ChoiceLoader([*self.env.loader.loaders, upstream])
        self.env.globals.update(extra_globals)
        self.env.filters["snake_case"] = snake_case

    def _create_package(self) -> None:
        super()._create_package()
        for template_path in sorted(RUNTIME_TEMPLATES.glob("*.jinja")):
            template = self.env.get_template(f"runtime/{template_path.name}")
            target = self.package_dir / template_path.name.removesuffix(".jinja")
            target.write_text(template.render(), encoding=self.config.file_encoding)
        (self.package_dir / "py.typed").write_text("", encoding=self.config.file_encoding)


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


def _render(spec_path: Path, package_dir: Path) -> None:
    try:
        spec_file = spec_path.resolve().relative_to(REPO).as_posix()
    except ValueError:
        spec_file = spec_path.name
    try:
        context = build_context(load_spec(spec_path), spec_file)
    except (SpecError, KeyError, TypeError) as exc:
        raise GenerationError(f"{spec_path}: {exc!r}") from exc
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG),
        MetaType.NONE,
        spec_path,
        "utf-8",
        overwrite=True,
        output_path=package_dir,
    )
    document = _get_document(source=spec_path, timeout=config.http_timeout)
    if isinstance(document, GeneratorError):
        raise GenerationError(f"{document.header}: {document.detail}")
    with _numbers_as_decimal():
        openapi = GeneratorData.from_dict(document, config=config)
        if isinstance(openapi, GeneratorError):
            raise GenerationError(f"{openapi.header}: {openapi.detail}")
        project = _Project(
            openapi=openapi,
            config=config,
            custom_template_path=TEMPLATES,
            extra_globals={"spec": context},
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


def generate(spec_path: Path = DEFAULT_SPEC, output_dir: Path = DEFAULT_OUTPUT) -> None:
    """Regenerate the package at `output_dir` from `spec_path`, removing files no longer generated."""
    _check_pins()
    with tempfile.TemporaryDirectory(prefix="binance-pay-gen-") as tmp:
        package_dir = Path(tmp) / output_dir.name
        _render(spec_path, package_dir)
        if output_dir.exists():
            shutil.rmtree(output_dir)
        output_dir.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(package_dir, output_dir)
