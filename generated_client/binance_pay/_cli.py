# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""The `binance-pay` command. Each operation with an `x-cli-command` in the spec is a subcommand,
its options generated from the request schema; `binance-pay sandbox` runs the local sandbox."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from ._client import BinancePayClient
from ._constants import API_KEY_ENV, SECRET_KEY_ENV
from ._json import dumps_exact
from .errors import BinancePayError, MissingCredentialsError, RequestValidationError


def _add_operation_parsers(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "balance",
        help="Wallet Balance Query",
        description=f"Wallet Balance Query: Query the balance of one currency in one of the merchant's wallets. Credentials come from ${API_KEY_ENV}/${SECRET_KEY_ENV}.",
    )
    parser.add_argument(
        "--wallet",
        dest="wallet",
        required=True,
        choices=["FUNDING_WALLET", "SPOT_WALLET"],
        help="Binance wallet to query.",
    )
    parser.add_argument(
        "--currency",
        dest="currency",
        required=True,
        help='Currency to query, uppercase, for example "USDT".',
    )
    _add_common_options(parser)
    parser.set_defaults(operation="query_wallet_balance", fields=["wallet", "currency"])


def _add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--base-url", help="API host (default: $BINANCE_PAY_BASE_URL or Binance Pay production)")
    parser.add_argument("--json", action="store_true", help="print exact JSON instead of a table")
    parser.add_argument("--timeout", type=float, default=None, help="seconds per attempt")
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="start a local sandbox in-process and query it (no account needed)",
    )


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="binance-pay", description="Binance Pay merchant API from the command line.")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_operation_parsers(subparsers)
    subparsers.add_parser(
        "sandbox",
        help="run a local Binance Pay sandbox server",
        add_help=False,
        description="Run a local Binance Pay sandbox server (see `binance-pay sandbox --help`).",
    )
    return parser


@contextlib.contextmanager
def _target(args: argparse.Namespace) -> Iterator[tuple[str | None, str | None, str | None]]:
    """(base_url, api_key, secret_key) to query: the given ones, or an in-process sandbox's."""
    if not args.sandbox:
        yield args.base_url, None, None
        return
    from binance_pay_sandbox import DEFAULT_API_KEY, DEFAULT_SECRET_KEY, SandboxConfig, run_sandbox  # noqa: PLC0415

    api_key = os.environ.get(API_KEY_ENV) or DEFAULT_API_KEY
    secret_key = os.environ.get(SECRET_KEY_ENV) or DEFAULT_SECRET_KEY
    with run_sandbox(SandboxConfig(api_key=api_key, secret_key=secret_key)) as sandbox:
        print(f"sandbox: {sandbox.url}", file=sys.stderr)
        yield sandbox.url, api_key, secret_key


def _table(result: dict[str, Any]) -> str:
    width = max(len(key) for key in result)
    return "\n".join(f"{key:<{width}}  {value}" for key, value in result.items())


def _run_operation(args: argparse.Namespace) -> int:
    fields = {name: getattr(args, name) for name in args.fields}
    timeout: Any = args.timeout if args.timeout is not None else "default"
    with _target(args) as (base_url, api_key, secret_key):
        with BinancePayClient(api_key, secret_key, base_url=base_url) as client:
            result = getattr(client, args.operation)(**fields, timeout=timeout).to_dict()
    print(dumps_exact(result, indent=2) if args.json else _table(result))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["sandbox"]:
        from binance_pay_sandbox._cli import main as sandbox_main  # noqa: PLC0415

        return sandbox_main(argv[1:])
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        return _run_operation(args)
    except (MissingCredentialsError, RequestValidationError) as exc:
        parser.exit(2, f"binance-pay {args.command}: error: {exc}\n")
    except BinancePayError as exc:
        label = " ".join(part for part in (exc.name, exc.code) if part) or type(exc).__name__
        print(f"binance-pay {args.command}: {label}: {exc.error_message or exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
