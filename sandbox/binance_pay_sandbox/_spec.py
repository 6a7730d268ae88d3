"""Read an OpenAPI spec (the shipped one or a given file) with exact decimals: signing rules and result codes."""

from __future__ import annotations

import importlib.resources
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from ._files import FileOptionError, read_capped_file, utf8_text

# The shipped spec is about 250 KB; a spec file larger than this is refused (read no further).
MAX_SPEC_FILE_BYTES = 16 * 1024 * 1024

SUCCESS_CODE = "000000"  # the spec's `code` description: "000000" on success

_HASHES = {"HMAC-SHA256": "sha256", "HMAC-SHA512": "sha512"}

# The codes the request pipeline itself answers; every spec the sandbox serves must define them.
PIPELINE_CODES = frozenset(
    {
        "UNKNOWN_ERROR",
        "INVALID_REQUEST",
        "INVALID_SIGNATURE",
        "INVALID_TIMESTAMP",
        "INVALID_API_KEY_OR_IP",
        "BAD_API_KEY_FMT",
        "BAD_HTTP_METHOD",
        "MEDIA_TYPE_NOT_SUPPORTED",
        "INVALID_REQUEST_BODY",
        "INVALID_REQUEST_TOO_LARGE",
    }
)


class SpecError(RuntimeError):
    """The spec cannot be served: unreadable, lacking something the sandbox needs, or off-spec examples."""


# libyaml's parser when PyYAML was built with it (about six times faster on the spec), the same safe constructors.
if TYPE_CHECKING:
    _SafeLoader = yaml.SafeLoader
else:
    _SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DecimalLoader(_SafeLoader):
    """A YAML loader that reads floats as exact decimals (the spec's maximum is not a double)."""


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal | float:
    text = str(loader.construct_scalar(node)).replace("_", "")  # type: ignore[arg-type]
    if text.lower().lstrip("+-") in (".inf", ".nan"):
        return float(text.lower().replace(".", ""))
    return Decimal(text)


_DecimalLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)
# An unquoted date in an example stays the text it is, not a datetime.date.
_DecimalLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True, slots=True)
class ResultCode:
    name: str
    code: str
    http_status: int
    common: bool  # False: only operations listing it in their own x-result-codes answer it


@dataclass(frozen=True, slots=True)
class Signing:
    algorithm: str
    hash_name: str
    upper: bool
    # (literal, placeholder) pairs from payloadTemplate, placeholder "" for trailing text
    template: tuple[tuple[bytes, str], ...]
    timestamp_header: str
    nonce_header: str
    api_key_header: str
    signature_header: str
    nonce_pattern: re.Pattern[str]
    nonce_pattern_text: str
    timestamp_factor_ms: int


@dataclass(frozen=True, slots=True)
class Spec:
    """The parsed spec and the parts of `info` every operation shares."""

    text: bytes
    source: str
    document: Mapping[str, Any]
    signing: Signing
    codes: Mapping[str, ResultCode]
    validation_codes: Mapping[str, str]  # JSON Schema keyword -> result code name

    def code(self, name: str) -> ResultCode:
        return self.codes[name]


def read_spec_text(spec_path: Path | None) -> tuple[bytes, str]:
    """(bytes, a name for messages) of `spec_path`, or of the shipped spec when it is None.

    The shipped spec is package data (`binance_pay_sandbox/openapi.yaml`, force-included in the
    wheel); an editable install or a checkout falls back to `openapi/binance-pay.yaml`.
    """
    if spec_path is None:
        resource = importlib.resources.files("binance_pay_sandbox") / "openapi.yaml"
        if resource.is_file():
            return resource.read_bytes(), "binance_pay_sandbox/openapi.yaml"
        spec_path = Path(__file__).resolve().parents[2] / "openapi" / "binance-pay.yaml"
    try:
        return read_capped_file(spec_path, "spec", MAX_SPEC_FILE_BYTES), str(spec_path)
    except FileOptionError as exc:
        raise SpecError(str(exc)) from None


def resolve(document: Mapping[str, Any], node: Any) -> Any:
    """Follow local `$ref`s until a node that is not a reference."""
    seen = 0
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        node = pointer(document, str(node["$ref"]))
        seen += 1
        if seen > 32:
            raise SpecError("$ref loop")
    return node


def pointer(document: Mapping[str, Any], ref: str) -> Any:
    if not ref.startswith("#/"):
        raise SpecError(f"only local $ref is supported: {ref}")
    target: Any = document
    for part in ref[2:].split("/"):
        key = part.replace("~1", "/").replace("~0", "~")
        if isinstance(target, Mapping) and key in target:
            target = target[key]
        elif isinstance(target, list) and key.isdigit() and int(key) < len(target):
            target = target[int(key)]
        else:
            raise SpecError(f"$ref {ref} points at nothing")
    return target


def _signing(info: Mapping[str, Any]) -> Signing:
    signing = info.get("x-signing")
    if not isinstance(signing, Mapping):
        raise SpecError("info.x-signing is missing")
    algorithm = str(signing["algorithm"])
    if algorithm not in _HASHES:
        raise SpecError(f"unsupported signing algorithm {algorithm}")
    encoding = str(signing.get("digestEncoding", "hex-upper"))
    if encoding not in ("hex-upper", "hex-lower", "hex"):
        raise SpecError(f"unsupported digest encoding {encoding}")
    template: list[tuple[bytes, str]] = []
    for literal, field, _spec, _conv in string.Formatter().parse(str(signing["payloadTemplate"])):
        if field is not None and field not in ("timestamp", "nonce", "body"):
            raise SpecError(f"unknown placeholder {{{field}}} in payloadTemplate")
        template.append((literal.encode(), field or ""))
    headers = signing["headers"]
    nonce = signing["nonce"]
    alphabet = "".join(sorted(set(str(nonce["alphabet"]))))
    nonce_text = f"[{re.escape(alphabet)}]{{{int(nonce['length'])}}}"
    unit = str(signing.get("timestampUnit", "ms"))
    if unit not in ("ms", "s"):
        raise SpecError(f"unsupported timestampUnit {unit}")
    return Signing(
        algorithm=algorithm,
        hash_name=_HASHES[algorithm],
        upper=encoding == "hex-upper",
        template=tuple(template),
        timestamp_header=str(headers["timestamp"]),
        nonce_header=str(headers["nonce"]),
        api_key_header=str(headers["apiKey"]),
        signature_header=str(headers["signature"]),
        nonce_pattern=re.compile(nonce_text, re.ASCII),
        nonce_pattern_text=f"{int(nonce['length'])} characters from [A-Za-z0-9]"
        if set(alphabet) == set(string.ascii_letters + string.digits)
        else nonce_text,
        timestamp_factor_ms=1 if unit == "ms" else 1000,
    )


def _codes(info: Mapping[str, Any]) -> dict[str, ResultCode]:
    codes: dict[str, ResultCode] = {}
    for entry in info.get("x-result-codes") or []:
        code = ResultCode(
            str(entry["name"]), str(entry["code"]), int(entry["httpStatus"]), entry.get("common", True) is not False
        )
        codes[code.name] = code
    missing = sorted(PIPELINE_CODES - codes.keys())
    if missing:
        raise SpecError(f"info.x-result-codes lacks {', '.join(missing)}")
    return codes


def _validation_codes(info: Mapping[str, Any], codes: Mapping[str, ResultCode]) -> dict[str, str]:
    table = info.get("x-validation-codes")
    if not isinstance(table, Mapping) or not table:
        raise SpecError("info.x-validation-codes is missing")
    result = {str(keyword): str(name) for keyword, name in table.items()}
    for keyword, name in result.items():
        if name not in codes:
            raise SpecError(f"info.x-validation-codes: {keyword} maps to {name}, not in info.x-result-codes")
        if not codes[name].common:
            raise SpecError(f"info.x-validation-codes: {keyword} maps to {name}, which is not a common code")
    return result


def parse_spec(text: bytes, source: str) -> Spec:
    """Parse spec bytes (UTF-8 YAML); `source` names the spec in error messages."""
    try:
        document = yaml.load(utf8_text(text, f"spec {source}"), Loader=_DecimalLoader)
    except FileOptionError as exc:
        raise SpecError(str(exc)) from None
    except yaml.YAMLError as exc:
        raise SpecError(f"spec {source}: not valid YAML ({exc})") from None
    if not isinstance(document, Mapping) or not isinstance(document.get("info"), Mapping):
        raise SpecError(f"spec {source}: not an OpenAPI document (no info object)")
    info = document["info"]
    try:
        codes = _codes(info)
        signing = _signing(info)
        validation_codes = _validation_codes(info, codes)
    except (KeyError, TypeError, ValueError) as exc:
        raise SpecError(f"spec {source}: malformed info ({exc.__class__.__name__}: {exc})") from None
    except SpecError as exc:
        raise SpecError(f"spec {source}: {exc}") from None
    return Spec(text, source, document, signing, codes, validation_codes)
