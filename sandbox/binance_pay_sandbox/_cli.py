"""`binance-pay sandbox`: serve the local Binance Pay sandbox until Ctrl-C."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Any, cast

from starlette.applications import Starlette

from ._balances import BalancesFileError, balance_rules, load_balances
from ._catalog import load_catalog
from ._config import (
    ALL_FAULTS,
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_API_KEY,
    DEFAULT_BODY_TIMEOUT_S,
    DEFAULT_HEADER_TIMEOUT_S,
    DEFAULT_IDLE_TIMEOUT_S,
    DEFAULT_SECRET_KEY,
    DEFAULT_WEBHOOK_RETRY_DELAYS,
    MAX_CONNECTION_TIMEOUT_S,
    SECRET_KEY_ENV,
    SandboxConfig,
)
from ._control_cli import COMMANDS, DEFAULT_BASE_URL, control_main
from ._files import read_capped_file
from ._server import bind_socket, make_server, url_for
from ._spec import SpecError
from ._terminal import InertFormatter, emit, one_line, shown
from ._webhooks import MAX_WEBHOOK_KEY_FILE_BYTES


def _delays(text: str) -> tuple[float, ...]:
    try:
        delays = tuple(float(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a comma-separated list of seconds: {text!r}") from None
    if len(delays) > 6 or any(not 0.0 <= delay <= 86_400.0 for delay in delays):
        raise argparse.ArgumentTypeError("at most 6 delays, each between 0 and 86400 seconds")
    return delays


def _rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {text}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0.0 < value <= MAX_CONNECTION_TIMEOUT_S:  # also refuses nan
        raise argparse.ArgumentTypeError(f"must be > 0 and <= {MAX_CONNECTION_TIMEOUT_S:g} seconds, got {text}")
    return value


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {text}")
    return value


def _positive(text: str) -> int:
    value = _non_negative(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1, got {text}")
    return value


def _port(text: str) -> int:
    value = _non_negative(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"must be <= 65535, got {text}")
    return value


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="binance-pay sandbox",
        usage="%(prog)s [options]\n       %(prog)s {" + ",".join(COMMANDS) + "} ... [--base-url URL]",
        description="Serve a local Binance Pay sandbox: every operation of the OpenAPI spec, signed and validated. "
        "Or control a running one: the commands are listed below.",
    )
    parser.add_argument(
        "--spec",
        metavar="FILE",
        help="the OpenAPI spec to serve (default: the spec shipped with the package)",
    )
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="interface to listen on (default: %(default)s)",
    )
    parser.add_argument(
        "--port",
        type=_port,
        default=8000,
        help="TCP port, 0 for a free one (default: %(default)s)",
    )
    parser.add_argument(
        "--api-key",
        help=f"the merchant API key (default: ${API_KEY_ENV}, else the demo key {DEFAULT_API_KEY})",
    )
    parser.add_argument(
        "--secret-key",
        help=f"the merchant secret key (default: ${SECRET_KEY_ENV}, else the demo secret); never logged",
    )
    parser.add_argument("--balances", metavar="FILE", help="JSON file: wallet -> currency -> amounts")
    parser.add_argument(
        "--state",
        metavar="FILE",
        help="keep the sandbox's state (orders, refunds, transfers, payouts, wallets...) in this SQLite file, made "
        "when missing, so a restarted sandbox goes on where it stopped (default: in memory only)",
    )
    parser.add_argument(
        "--recv-window-ms",
        type=_non_negative,
        default=1000,
        help="accepted |server time - BinancePay-Timestamp| in ms (default: %(default)s, as Binance)",
    )
    parser.add_argument(
        "--clock-offset-ms",
        type=_int,
        default=0,
        help="shift the server clock (and its Date header) by this many ms, for clock-skew tests",
    )
    parser.add_argument(
        "--max-body-bytes",
        type=_positive,
        default=4096,
        help="request body size limit (default: %(default)s)",
    )
    parser.add_argument(
        "--inject-unknown-error",
        type=_rate,
        default=0.0,
        metavar="RATE",
        help="answer this fraction (0..1) of otherwise successful requests with UNKNOWN_ERROR 400000",
    )
    parser.add_argument(
        "--header-timeout",
        type=_seconds,
        default=DEFAULT_HEADER_TIMEOUT_S,
        metavar="SECONDS",
        help="close a connection whose request head is not complete this long after it opened, or after the "
        "request's first byte on a keep-alive connection (default: %(default)g)",
    )
    parser.add_argument(
        "--body-timeout",
        type=_seconds,
        default=DEFAULT_BODY_TIMEOUT_S,
        metavar="SECONDS",
        help="close a connection whose request body is not complete this long after its head (default: %(default)g)",
    )
    parser.add_argument(
        "--idle-timeout",
        type=_seconds,
        default=DEFAULT_IDLE_TIMEOUT_S,
        metavar="SECONDS",
        help="close a keep-alive connection idle this long after a response (default: %(default)g)",
    )
    _add_webhook_and_fault_options(parser)
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = (
        "Control a running sandbox (unsigned POSTs to its /sandbox/ paths; each takes --base-url URL, default "
        f"${BASE_URL_ENV}, else {DEFAULT_BASE_URL}):\n"
        + (
            "\n".join(
                f"  binance-pay sandbox {name} {' '.join(arg.upper() for arg, _ in command.arguments)}: {command.help}"
                for name, command in COMMANDS.items()
            )
        )
    )
    return parser


def _add_webhook_and_fault_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--webhook-url",
        metavar="URL",
        help="where webhooks go when an order, refund or payout gives no webhookUrl (default: not sent, only logged)",
    )
    parser.add_argument(
        "--webhook-key",
        metavar="FILE",
        help="PEM RSA private key (>= 2048 bits) to sign webhooks with (default: a new 2048-bit key per run)",
    )
    parser.add_argument(
        "--webhook-retry-delays",
        type=_delays,
        default=DEFAULT_WEBHOOK_RETRY_DELAYS,
        metavar="SECONDS,...",
        help="waits before each retry of an unanswered webhook, at most 6 "
        f"(default: {','.join(f'{d:g}' for d in DEFAULT_WEBHOOK_RETRY_DELAYS)})",
    )
    parser.add_argument(
        "--log-requests",
        action="store_true",
        help="log each request answered on stderr: method, path, HTTP status, result code, time taken "
        "(never a header or a body, so no key or signature)",
    )
    parser.add_argument(
        "--fault",
        action="append",
        choices=sorted(ALL_FAULTS),
        default=[],
        metavar="NAME",
        help=f"plant a known bug, for contract tests only (repeatable): {', '.join(sorted(ALL_FAULTS))}",
    )


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] and argv[0] in COMMANDS:
        return control_main(argv[0], argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    api_key = args.api_key or os.environ.get(API_KEY_ENV) or DEFAULT_API_KEY
    secret_key = args.secret_key or os.environ.get(SECRET_KEY_ENV) or DEFAULT_SECRET_KEY
    try:
        catalog = load_catalog(args.spec)
        balances = load_balances(args.balances, balance_rules(catalog)) if args.balances else None
        kwargs: dict[str, Any] = {"balances": balances} if balances is not None else {}
        if args.webhook_key:
            kwargs["webhook_key_pem"] = read_capped_file(args.webhook_key, "webhook key", MAX_WEBHOOK_KEY_FILE_BYTES)
        config = SandboxConfig(
            spec_path=args.spec,
            api_key=api_key,
            secret_key=secret_key,
            recv_window_ms=args.recv_window_ms,
            clock_offset_ms=args.clock_offset_ms,
            max_body_bytes=args.max_body_bytes,
            inject_unknown_error=args.inject_unknown_error,
            faults=frozenset(args.fault),
            webhook_url=args.webhook_url,
            webhook_retry_delays=args.webhook_retry_delays,
            header_timeout_s=args.header_timeout,
            body_timeout_s=args.body_timeout,
            idle_timeout_s=args.idle_timeout,
            state_path=args.state,
            log_requests=args.log_requests,
            **kwargs,
        )
        server = make_server(config)
        serial, _pem = cast(Starlette, server.config.app).state.merchant.notifier.key.public()  # made now
    except (BalancesFileError, SpecError, ValueError) as exc:
        emit(f"binance-pay sandbox: error: {one_line(exc)}", sys.stderr)
        return 2

    try:
        sock = bind_socket(args.host, args.port)
    except OSError as exc:
        emit(
            f"binance-pay sandbox: error: cannot listen on {one_line(args.host)}:{args.port}: {one_line(exc)}",
            sys.stderr,
        )
        return 1
    port = int(sock.getsockname()[1])
    _print_banner(url_for(args.host, port), config, args.spec, len(catalog.operations), serial)
    _log_to_stderr()
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    return 0


def _print_banner(url: str, config: SandboxConfig, spec: str | None, operations: int, serial: str) -> None:
    lines = [f"Binance Pay sandbox listening on {url}"]
    if config.api_key == DEFAULT_API_KEY and config.secret_key == DEFAULT_SECRET_KEY:
        lines.append(f"Demo credentials: API key {DEFAULT_API_KEY}, secret key {DEFAULT_SECRET_KEY}")
    else:
        lines.append(f"API key {config.api_key}; secret key as configured (not shown)")
    if spec:
        lines.append(f"Serving {operations} operation(s) from {spec}")
    if config.faults:
        lines.append(f"WARNING: planted faults active (contract tests only): {', '.join(sorted(config.faults))}")
    lines.append(f"Webhooks: signed with certSerial {serial}; default URL {config.webhook_url or '(none)'}")
    if config.state_path is not None:
        lines.append(f"State kept in {config.state_path} (loaded at start, saved after every change)")
    lines.append("Press Ctrl-C to stop.")
    for line in lines:
        emit(shown(line), sys.stdout)


def _log_to_stderr() -> None:
    """Webhook deliveries (and sandbox errors) on stderr."""
    logger = logging.getLogger("binance_pay_sandbox")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(InertFormatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
