"""The `binance-pay` command: `binance-pay <resource> <operation> [--field VALUE ...]` for every
operation of the spec (flat fields are options; nested ones take JSON, or `--body FILE` takes the
whole request), plus each operation's `x-cli-command` shortcut (`binance-pay balance`), `binance-pay webhooks
verify` to check a saved notification, and `binance-pay sandbox` to run the local sandbox.

The commands and their options come from the operation table generated from the spec (`_cli_table`)."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from ._cli_files import FileOptionError, read_file
from ._cli_output import emit, one_line, table, to_json
from ._constants import API_KEY_ENV, BASE_URL_ENV, SECRET_KEY_ENV, extra_hint
from ._exceptions import APIConnectionError, BinancePayError, MissingCredentialsError, RequestValidationError
from ._json import DECODER
from ._schema import misspelt_key
from ._version import __version__

_SANDBOX_HINT = f"the local sandbox needs the project's sandbox extra: {extra_hint('sandbox')}"

_MAX_FILE_BYTES = 16 * 1024 * 1024
"""A file option (`--body FILE`) is read only if it is a regular file (or `-`, standard input) of at most this
many bytes: /dev/zero, a FIFO, a directory or a file of gigabytes is refused, not waited on or read into memory."""

_MAX_KEY_FILE_BYTES = 64 * 1024
"""The cap for `--public-key FILE` (a PEM public key is well under 2 KB)."""


class _Field(NamedTuple):
    """A request field of an operation, as `_cli_table.OPERATIONS` lists it."""

    option: str
    json_name: str
    python_name: str
    kind: str
    required: bool
    choices: list[str] | None
    description: str
    json_example: str | None  # for a JSON option: an example of the JSON it takes

    @property
    def help(self) -> str:
        about = self.description or f"No description in the spec (sent as {self.json_name})."
        kind = f" JSON, for example {self.json_example}" if self.json_example else ""
        return (about + kind).replace("%", "%%")


class _Operation(NamedTuple):
    """An operation of the spec, as `_cli_table.OPERATIONS` lists it."""

    resource: str
    method: str
    command: str
    shortcut: str | None
    summary: str
    description: str
    fields: tuple[tuple[Any, ...], ...]


def _generated(module: str) -> Any:
    """A module rendered from the spec. Imported by name: this file is also type-checked where none was rendered."""
    return importlib.import_module(f".{module}", __package__)


def _decimal(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not a decimal number: {text!r}") from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"not a finite number: {text!r}")
    return value


def _boolean(text: str) -> bool:
    if text.lower() not in ("true", "false"):
        raise argparse.ArgumentTypeError(f"must be true or false, got {text!r}")
    return text.lower() == "true"


def _json_reader(example: str | None) -> Callable[[str], Any]:
    """The reader of a JSON option: its error shows the JSON the option takes."""

    def read(text: str) -> Any:
        try:
            return DECODER.decode(text)
        except ValueError as exc:
            wanted = f"; expected JSON like {example}" if example else ""
            raise argparse.ArgumentTypeError(f"not JSON ({exc}){wanted}") from None

    return read


_READERS: dict[str, Callable[[str], Any]] = {
    "string": str,
    "decimal": _decimal,
    "integer": int,
    "boolean": _boolean,
}


def _header(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    return name.strip(), value


def _body_file(path: str) -> Any:
    """The request a `--body` file holds: UTF-8 JSON."""
    raw = read_file(path, "--body", _MAX_FILE_BYTES)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FileOptionError(
            f"--body {path}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        ) from None
    try:
        return DECODER.decode(text)
    except ValueError as exc:
        raise FileOptionError(f"--body {path}: not JSON ({exc})") from None


def _add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--body", metavar="FILE", help="the whole request as a JSON file (- for standard input)")
    parser.add_argument("--base-url", help="API host (default: $BINANCE_PAY_BASE_URL or Binance Pay production)")
    parser.add_argument("--json", action="store_true", help="print exact JSON instead of a table")
    parser.add_argument("--timeout", type=float, default=None, help="seconds per attempt")
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="start a local sandbox in-process and call it (no account needed)",
    )


def _add_operation(subparsers: Any, name: str, operation: _Operation, body_given: bool) -> None:
    """The command `name` for `operation`: an option per request field, then the options every operation has.

    A required field is a required option, unless `--body` is given (the file may hold it)."""
    about = f"{operation.summary}: {operation.description}" if operation.description else operation.summary
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name,
        help=operation.summary,
        description=f"{about} Credentials come from ${API_KEY_ENV}/${SECRET_KEY_ENV}.",
    )
    fields = [_Field._make(row) for row in operation.fields]
    required = parser.add_argument_group("required options (or give them in --body FILE)")
    optional = parser.add_argument_group("request options")
    for field in fields:
        reader = _json_reader(field.json_example) if field.kind == "json" else _READERS[field.kind]
        group = required if field.required else optional
        group.add_argument(
            field.option,
            dest=field.python_name,
            type=reader,
            choices=field.choices,
            required=field.required and not body_given,
            help=field.help,
        )
    _add_common_options(parser)
    parser.set_defaults(
        resource=operation.resource,
        operation=operation.method,
        fields=[field.python_name for field in fields],
        json_names=[field.json_name for field in fields],
        json_examples={field.json_name: field.json_example for field in fields if field.json_example},
        run=_run_operation,
    )


def _add_webhooks_command(commands: Any, certificates: tuple[str, str] | None) -> None:
    group = commands.add_parser("webhooks", help="check webhook notifications sent by Binance Pay")
    actions = group.add_subparsers(dest="subcommand", required=True, metavar="ACTION")
    parser = actions.add_parser(
        "verify",
        help="verify a saved notification and print its event",
        description="Verify a saved notification (its exact body bytes and its headers) and print the event "
        "as exact JSON; exit 1 with the reason when it is rejected.",
    )
    parser.add_argument(
        "--body", metavar="FILE", required=True, help="the raw request body, as received (- for standard input)"
    )
    parser.add_argument(
        "--header",
        dest="headers",
        type=_header,
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a header of the notification (repeat: BinancePay-Timestamp, -Nonce, -Signature, -Certificate-SN)",
    )
    keys = parser.add_mutually_exclusive_group(required=True)
    keys.add_argument("--public-key", metavar="FILE", help="a PEM public key file (offline)")
    if certificates is not None:
        keys.add_argument(
            "--base-url",
            help=f"fetch the certificates from this API host (credentials from ${API_KEY_ENV}/${SECRET_KEY_ENV})",
        )
    parser.add_argument(
        "--tolerance",
        type=float,
        default=None,
        help="seconds the timestamp may differ from this clock (default 300; raise it for an old notification)",
    )
    parser.set_defaults(command="webhooks", run=_run_webhooks)


def _build_parser(body_given: bool = False) -> argparse.ArgumentParser:
    cli_table = _generated("_cli_table")
    root = argparse.ArgumentParser(prog="binance-pay", description="Binance Pay merchant API from the command line.")
    root.add_argument("--version", action="version", version=f"binance-pay {__version__}")
    commands = root.add_subparsers(dest="command", required=True, metavar="COMMAND")
    operations = [_Operation._make(row) for row in cli_table.OPERATIONS]
    for attribute, command, help_text in cli_table.RESOURCES:
        group = commands.add_parser(command, help=help_text)
        group_operations = group.add_subparsers(dest="subcommand", required=True, metavar="OPERATION")
        for operation in operations:
            if operation.resource == attribute:
                _add_operation(group_operations, operation.command, operation, body_given)
    for operation in operations:
        if operation.shortcut:
            _add_operation(commands, operation.shortcut, operation, body_given)
    if cli_table.WEBHOOKS:
        _add_webhooks_command(commands, cli_table.WEBHOOK_CERTIFICATES)
    commands.add_parser(
        "sandbox",
        help="run a local Binance Pay sandbox server",
        add_help=False,
        description="Run a local Binance Pay sandbox server (see `binance-pay sandbox --help`).",
    )
    return root


def _run_webhooks(args: argparse.Namespace) -> int:
    from .webhooks import DEFAULT_TOLERANCE, WebhookVerificationError, WebhookVerifier  # noqa: PLC0415

    tolerance = DEFAULT_TOLERANCE if args.tolerance is None else args.tolerance
    body = read_file(args.body, "--body", _MAX_FILE_BYTES)
    try:
        if args.public_key is not None:
            public_key = read_file(args.public_key, "--public-key", _MAX_KEY_FILE_BYTES)
            event = WebhookVerifier(public_key, tolerance=tolerance).verify(body, args.headers)
        else:
            event = _verify_with_certificates(getattr(args, "base_url", None), tolerance, body, args.headers)
    except WebhookVerificationError as exc:
        emit(f"binance-pay webhooks verify: rejected: {exc.reason}: {one_line(str(exc))}", sys.stderr)
        return 1
    emit(to_json(event, indent=2))
    return 0


def _verify_with_certificates(
    base_url: str | None, tolerance: float, body: bytes, headers: list[tuple[str, str]]
) -> Any:
    """The event of a notification, checked with the certificates the API at `base_url` lists."""
    from .webhooks import Webhooks  # noqa: PLC0415

    certificates = _generated("_cli_table").WEBHOOK_CERTIFICATES
    if certificates is None:
        raise ValueError("--public-key is required")
    resource, method = certificates
    with _generated("_client").BinancePayClient(base_url=base_url) as client:
        verifier = Webhooks(getattr(getattr(client, resource), method), tolerance=tolerance)
        return verifier.verify(body, headers)


@contextlib.contextmanager
def _target(args: argparse.Namespace) -> Iterator[tuple[str | None, str | None, str | None]]:
    """(base_url, api_key, secret_key) to call: the given ones, or an in-process sandbox's."""
    if not args.sandbox:
        yield args.base_url, None, None
        return
    try:
        from binance_pay_sandbox import DEFAULT_API_KEY, DEFAULT_SECRET_KEY, SandboxConfig, run_sandbox  # noqa: PLC0415
    except ImportError:
        raise SystemExit(f"binance-pay: {_SANDBOX_HINT}") from None

    api_key = os.environ.get(API_KEY_ENV) or DEFAULT_API_KEY
    secret_key = os.environ.get(SECRET_KEY_ENV) or DEFAULT_SECRET_KEY
    with run_sandbox(SandboxConfig(api_key=api_key, secret_key=secret_key)) as sandbox:
        print(f"sandbox: {sandbox.url}", file=sys.stderr)
        yield sandbox.url, api_key, secret_key


def _request_fields(args: argparse.Namespace) -> dict[str, Any]:
    """The operation's arguments: its options, and for those not given, the fields of the `--body` file."""
    fields = {name: getattr(args, name) for name in args.fields}
    if args.body is None:
        return fields
    body = _body_file(args.body)
    if not isinstance(body, dict):
        raise RequestValidationError("body", "must be a JSON object")
    by_json_name = dict(zip(args.json_names, args.fields, strict=True))
    for key, value in body.items():
        if key not in by_json_name:
            meant = misspelt_key(str(key), by_json_name)
            rule = f"unknown field; did you mean {meant}?" if meant else "is not an allowed field"
            raise RequestValidationError(str(key), rule)
        if fields[by_json_name[key]] is None:
            fields[by_json_name[key]] = value
    return fields


def _run_operation(args: argparse.Namespace) -> int:
    fields = _request_fields(args)
    timeout: Any = args.timeout if args.timeout is not None else "default"
    with _target(args) as (base_url, api_key, secret_key):
        with _generated("_client").BinancePayClient(api_key, secret_key, base_url=base_url) as client:
            method = getattr(getattr(client, args.resource), args.operation)
            result = method(**fields, timeout=timeout)
    emit(to_json(result, indent=2) if args.json else table(result))
    return 0


def _run_sandbox(argv: list[str]) -> int:
    try:
        from binance_pay_sandbox._cli import main as sandbox_main  # noqa: PLC0415
    except ImportError:
        print(f"binance-pay sandbox: {_SANDBOX_HINT}", file=sys.stderr)
        return 2
    return sandbox_main(argv)


def _body_given(argv: list[str]) -> bool:
    return any(arg == "--body" or arg.startswith("--body=") for arg in argv)


def _with_example(args: argparse.Namespace, exc: RequestValidationError) -> str:
    """The error of a JSON option's value, with an example of the JSON that option takes."""
    root = exc.field.split(".", 1)[0].split("[", 1)[0]
    example = getattr(args, "json_examples", {}).get(root)
    return f"{exc} (expected JSON like {example})" if example else str(exc)


def _failure_text(exc: BinancePayError) -> str:
    """What went wrong; for a connection that failed, the host it tried (`$BINANCE_PAY_BASE_URL`, `--base-url`)."""
    text = one_line(str(exc.error_message or exc))
    if isinstance(exc, APIConnectionError) and exc.request is not None:
        parts = urllib.parse.urlsplit(exc.request.url)
        text = (
            f"could not reach {parts.scheme}://{parts.netloc} (from --base-url, ${BASE_URL_ENV} or the default): {text}"
        )
    return text


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["sandbox"]:
        return _run_sandbox(argv[1:])
    args = _build_parser(_body_given(argv)).parse_args(argv)
    command = " ".join(part for part in (args.command, getattr(args, "subcommand", None)) if part)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except RequestValidationError as exc:
        emit(f"binance-pay {command}: error: {one_line(_with_example(args, exc))}", sys.stderr)
        raise SystemExit(2) from None
    except (MissingCredentialsError, ValueError) as exc:
        emit(f"binance-pay {command}: error: {one_line(str(exc))}", sys.stderr)
        raise SystemExit(2) from None
    except BinancePayError as exc:
        label = " ".join(part for part in (exc.name, exc.code) if part) or type(exc).__name__
        emit(f"binance-pay {command}: {label}: {_failure_text(exc)}", sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
