"""`binance-pay sandbox pay|cancel|expire|advance-clock|next-result|reset-results|resend|webhook-mode`: the
control surface from a shell."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from ._config import BASE_URL_ENV
from ._terminal import emit, one_line

DEFAULT_BASE_URL = "http://127.0.0.1:8000"


@dataclass(frozen=True)
class Command:
    help: str
    path: str  # with {placeholders} from the positional arguments
    arguments: tuple[tuple[str, str], ...]  # (name, help)
    report: Callable[[dict[str, Any]], str]


def _order(data: dict[str, Any]) -> str:
    prepay_id, trade_no, status = (one_line(data.get(name), 100) for name in ("prepayId", "merchantTradeNo", "status"))
    return f"order {prepay_id} ({trade_no}): {status}"


def _scripted(data: dict[str, Any]) -> str:
    report = "scripted: " + one_line(json.dumps(data.get("pending"), sort_keys=True), 400)
    if data.get("rates"):
        report += "; rates: " + one_line(json.dumps(data.get("rates"), sort_keys=True), 400)
    return report


_ORDER_ARGUMENT = (("prepay_id", "the prepayId Create Order returned"),)

COMMANDS: dict[str, Command] = {
    "pay": Command(
        "Pay an order as its buyer would: PAID, the PAY_SUCCESS webhook sent.",
        "/sandbox/orders/{prepay_id}/pay",
        _ORDER_ARGUMENT,
        _order,
    ),
    "cancel": Command(
        "Cancel an unpaid order as its buyer would: CANCELED, the PAY_CLOSED webhook sent.",
        "/sandbox/orders/{prepay_id}/cancel",
        _ORDER_ARGUMENT,
        _order,
    ),
    "expire": Command(
        "Expire an unpaid order now: EXPIRED, the PAY_CLOSED webhook sent.",
        "/sandbox/orders/{prepay_id}/expire",
        _ORDER_ARGUMENT,
        _order,
    ),
    "advance-clock": Command(
        "Move the sandbox's clock (order expiry, transaction times) SECONDS forward; due orders expire.",
        "/sandbox/clock/advance",
        (("seconds", "how far, in seconds"),),
        lambda data: f"sandbox clock advanced by {one_line(data.get('clockAdvanceMs'), 30)} ms in all",
    ),
    "next-result": Command(
        "Make the next call(s) of an operation answer a result code (and change nothing).",
        "/sandbox/operations/{operation_id}/next-result",
        (("operation_id", "the operationId, e.g. createOrderV3"), ("code", "a result code: name or number")),
        _scripted,
    ),
    "reset-results": Command(
        "Forget what next-result scripted for an operation (its queued calls and its rate).",
        "/sandbox/operations/{operation_id}/reset",
        (("operation_id", "the operationId, e.g. createOrderV3"),),
        _scripted,
    ),
    "resend": Command(
        "Deliver a recorded webhook again (ids: the dashboard, or GET /sandbox/webhooks).",
        "/sandbox/webhooks/{delivery_id}/resend",
        (("delivery_id", "the delivery's id"),),
        lambda data: f"webhook {one_line(data.get('deliveryId'), 20)}: resending to {one_line(data.get('url'))}",
    ),
    "webhook-mode": Command(
        "Deliver webhooks from now on as Binance may: duplicated, out of order, late, after failed attempts "
        "(no option: the ordinary delivery again).",
        "/sandbox/webhooks/mode",
        (),
        lambda data: "webhook mode: " + one_line(json.dumps(data.get("mode"), sort_keys=True), 400),
    ),
}


def _add_next_result_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--times", type=int, help="how many calls answer it (default: 1)")
    parser.add_argument("--rate", type=float, help="instead of --times: this share of calls answers it, until 0")
    parser.add_argument("--seed", type=int, help="with --rate: the seed of the draw (default: 0)")


def _add_webhook_mode_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--duplicates", type=int, help="deliver each notification N extra times (at most 10)")
    parser.add_argument("--shuffle", action="store_true", help="deliver each batch of notifications out of order")
    parser.add_argument("--delay-seconds", type=float, help="wait this long before each delivery (at most 30)")
    parser.add_argument("--fail-first", type=int, help="count the first N attempts of each delivery as failed")
    parser.add_argument("--seed", type=int, help="the seed of the shuffle (default: 0)")


_OPTIONS: dict[str, Callable[[argparse.ArgumentParser], None]] = {
    "next-result": _add_next_result_options,
    "webhook-mode": _add_webhook_mode_options,
}
_BODY_OPTIONS = {
    "next-result": ("code", "times", "rate", "seed"),
    "webhook-mode": ("duplicates", "shuffle", "delay_seconds", "fail_first", "seed"),
}


def build_control_parser(name: str) -> argparse.ArgumentParser:
    command = COMMANDS[name]
    parser = argparse.ArgumentParser(prog=f"binance-pay sandbox {name}", description=command.help)
    for argument, help_text in command.arguments:
        parser.add_argument(argument, metavar=argument.upper(), help=help_text)
    if name in _OPTIONS:
        _OPTIONS[name](parser)
    parser.add_argument(
        "--base-url",
        default=os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL,
        metavar="URL",
        help=f"the sandbox (default: ${BASE_URL_ENV}, else {DEFAULT_BASE_URL}; now %(default)s)",
    )
    return parser


def _request(name: str, args: argparse.Namespace) -> tuple[str, dict[str, Any]] | str:
    """(path, JSON body) of the control call, or what is wrong with the arguments."""
    path = COMMANDS[name].path
    for argument, _help in COMMANDS[name].arguments:
        segment = httpx.URL("/" + str(getattr(args, argument))).path.lstrip("/")
        path = path.replace("{" + argument + "}", segment)
    if name == "advance-clock":
        try:
            return path, {"seconds": float(args.seconds)}
        except ValueError:
            return f"not a number of seconds: {one_line(args.seconds, 40)}"
    body = {option: getattr(args, option) for option in _BODY_OPTIONS.get(name, ())}
    return path, {option: value for option, value in body.items() if value is not None and value is not False}


def _error(name: str, text: str) -> int:
    emit(f"binance-pay sandbox {name}: error: {text}", sys.stderr)
    return 1


def control_main(name: str, argv: list[str]) -> int:
    args = build_control_parser(name).parse_args(argv)
    request = _request(name, args)
    if isinstance(request, str):
        return _error(name, request)
    path, body = request
    try:
        # The control surface takes only JSON posts: a browser cannot send one cross-site without a preflight.
        response = httpx.post(args.base_url.rstrip("/") + path, json=body, timeout=10.0, trust_env=False)
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        return _error(name, f"cannot reach {one_line(args.base_url)}: {type(exc).__name__}")
    try:
        answer: Any = json.loads(response.content)
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        return _error(name, f"HTTP {response.status_code}, not a sandbox answer")
    if answer.get("status") != "SUCCESS":
        return _error(name, f"{one_line(answer.get('code'), 40)} {one_line(answer.get('errorMessage'))}")
    data = answer.get("data")
    emit(COMMANDS[name].report(data if isinstance(data, dict) else {}), sys.stdout)
    return 0
