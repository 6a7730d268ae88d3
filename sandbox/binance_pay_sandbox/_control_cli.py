"""`binance-pay sandbox pay|cancel|expire|advance-clock|next-result|resend`: the control surface from a shell."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

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
        lambda data: "scripted: " + one_line(json.dumps(data.get("pending"), sort_keys=True), 400),
    ),
    "resend": Command(
        "Deliver a recorded webhook again (ids: the dashboard, or GET /sandbox/webhooks).",
        "/sandbox/webhooks/{delivery_id}/resend",
        (("delivery_id", "the delivery's id"),),
        lambda data: f"webhook {one_line(data.get('deliveryId'), 20)}: resending to {one_line(data.get('url'))}",
    ),
}


def build_control_parser(name: str) -> argparse.ArgumentParser:
    command = COMMANDS[name]
    parser = argparse.ArgumentParser(prog=f"binance-pay sandbox {name}", description=command.help)
    for argument, help_text in command.arguments:
        parser.add_argument(argument, metavar=argument.upper(), help=help_text)
    if name == "next-result":
        parser.add_argument("--times", type=int, default=1, help="how many calls answer it (default: %(default)s)")
    parser.add_argument(
        "--base-url", default=DEFAULT_BASE_URL, metavar="URL", help="the sandbox (default: %(default)s)"
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
    if name == "next-result":
        return path, {"code": args.code, "times": args.times}
    return path, {}


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
