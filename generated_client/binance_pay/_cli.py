# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""The `binance-pay` command: `binance-pay <resource> <operation> [--field VALUE ...]` for every
operation of the spec (flat fields are options; nested ones take JSON, or `--body FILE` takes the
whole request), plus each operation's `x-cli-command` shortcut (`binance-pay balance`), and
`binance-pay sandbox` to run the local sandbox."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from ._client import BinancePayClient
from ._constants import API_KEY_ENV, SECRET_KEY_ENV
from ._json import DECODER, dumps_exact
from .errors import BinancePayError, MissingCredentialsError, RequestValidationError

_SANDBOX_HINT = "the local sandbox needs the sandbox extra: pip install 'binance-pay-sdk[sandbox]'"


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


def _json(text: str) -> Any:
    try:
        return DECODER.decode(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not JSON ({exc})") from None


_READERS: dict[str, Callable[[str], Any]] = {
    "string": str,
    "decimal": _decimal,
    "integer": int,
    "boolean": _boolean,
    "json": _json,
}


def _add_operation(subparsers: Any, name: str, summary: str, description: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name,
        help=summary,
        description=f"{summary}: {description} Credentials come from ${API_KEY_ENV}/${SECRET_KEY_ENV}.",
    )
    return parser


def _add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--body", type=argparse.FileType("r"), help="the whole request as a JSON file")
    parser.add_argument("--base-url", help="API host (default: $BINANCE_PAY_BASE_URL or Binance Pay production)")
    parser.add_argument("--json", action="store_true", help="print exact JSON instead of a table")
    parser.add_argument("--timeout", type=float, default=None, help="seconds per attempt")
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="start a local sandbox in-process and call it (no account needed)",
    )


def _build_parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="binance-pay", description="Binance Pay merchant API from the command line.")
    commands = root.add_subparsers(dest="command", required=True, metavar="COMMAND")
    group = commands.add_parser("wallet", help="Balances of the merchant\u0027s wallets.")
    operations = group.add_subparsers(dest="subcommand", required=True, metavar="OPERATION")
    parser = _add_operation(
        operations,
        "balance",
        "Wallet Balance Query",
        "Query the balance of one currency in one of the merchant\u0027s wallets.",
    )
    parser.add_argument(
        "--wallet",
        dest="wallet",
        type=_READERS["string"],
        choices=["FUNDING_WALLET", "SPOT_WALLET"],
        help="Binance wallet to query. One of FUNDING_WALLET, SPOT_WALLET. Required.",
    )
    parser.add_argument(
        "--currency",
        dest="currency",
        type=_READERS["string"],
        help='Currency to query, uppercase, for example "USDT". Required.',
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="wallet",
        operation="balance",
        fields=["wallet", "currency"],
        json_names=["wallet", "currency"],
    )
    parser = _add_operation(
        commands,
        "balance",
        "Wallet Balance Query",
        "Query the balance of one currency in one of the merchant\u0027s wallets.",
    )
    parser.add_argument(
        "--wallet",
        dest="wallet",
        type=_READERS["string"],
        choices=["FUNDING_WALLET", "SPOT_WALLET"],
        help="Binance wallet to query. One of FUNDING_WALLET, SPOT_WALLET. Required.",
    )
    parser.add_argument(
        "--currency",
        dest="currency",
        type=_READERS["string"],
        help='Currency to query, uppercase, for example "USDT". Required.',
    )
    _add_common_options(parser)
    parser.set_defaults(
        resource="wallet",
        operation="balance",
        fields=["wallet", "currency"],
        json_names=["wallet", "currency"],
    )
    commands.add_parser(
        "sandbox",
        help="run a local Binance Pay sandbox server",
        add_help=False,
        description="Run a local Binance Pay sandbox server (see `binance-pay sandbox --help`).",
    )
    return root


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


def _printable(value: Any) -> Any:
    """A result as plain JSON-able data (models by their wire names)."""
    if hasattr(value, "to_dict"):
        return _printable(value.to_dict())
    if isinstance(value, dict):
        return {str(key): _printable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_printable(item) for item in value]
    if dataclasses.is_dataclass(value) or hasattr(value, "value"):
        return getattr(value, "value", value)
    return value


def _safe(text: str) -> str:
    """Server-sent text with control characters escaped (line breaks kept), so a response cannot drive the terminal."""
    return "\n".join(
        "".join(char if char.isprintable() else repr(char)[1:-1] for char in line) for line in text.split("\n")
    )


def _table(result: Any) -> str:
    if not isinstance(result, dict) or not result:
        return _safe(dumps_exact(result))
    width = max(len(key) for key in result)
    return "\n".join(
        f"{_safe(key):<{width}}  {_safe(item if isinstance(item, str) else dumps_exact(item))}"
        for key, item in result.items()
    )


def _run_operation(args: argparse.Namespace) -> int:
    fields = {name: getattr(args, name) for name in args.fields}
    if args.body is not None:
        body = _json(args.body.read())
        if not isinstance(body, dict):
            raise RequestValidationError("body", "must be a JSON object")
        by_json_name = dict(zip(args.json_names, args.fields, strict=True))
        for key, value in body.items():
            if key not in by_json_name:
                raise RequestValidationError(str(key), "is not an allowed field")
            if fields[by_json_name[key]] is None:
                fields[by_json_name[key]] = value
    timeout: Any = args.timeout if args.timeout is not None else "default"
    with _target(args) as (base_url, api_key, secret_key):
        with BinancePayClient(api_key, secret_key, base_url=base_url) as client:
            method = getattr(getattr(client, args.resource), args.operation)
            result = _printable(method(**fields, timeout=timeout))
    print(_safe(dumps_exact(result, indent=2)) if args.json else _table(result))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["sandbox"]:
        try:
            from binance_pay_sandbox._cli import main as sandbox_main  # noqa: PLC0415
        except ImportError:
            print(f"binance-pay sandbox: {_SANDBOX_HINT}", file=sys.stderr)
            return 2
        return sandbox_main(argv[1:])
    parser = _build_parser()
    args = parser.parse_args(argv)
    command = " ".join(part for part in (args.command, getattr(args, "subcommand", None)) if part)
    try:
        return _run_operation(args)
    except (MissingCredentialsError, RequestValidationError, ValueError) as exc:
        parser.exit(2, f"binance-pay {command}: error: {_safe(str(exc))}\n")
    except BinancePayError as exc:
        label = " ".join(part for part in (exc.name, exc.code) if part) or type(exc).__name__
        print(f"binance-pay {command}: {label}: {_safe(str(exc.error_message or exc))}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
