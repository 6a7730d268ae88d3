"""The sandbox's control surface, on paths no Binance operation uses: what a buyer, time or Binance would do.

Unsigned POSTs answered in the usual envelope (ORDER_NOT_FOUND for an unknown order, INVALID_ORDER_STATUS for one
that is not INITIAL):

- `/sandbox/orders/{prepayId}/pay`: PAID, the funding wallet credited, PAY_SUCCESS sent; data: the order.
- `/sandbox/orders/{prepayId}/cancel`: the buyer cancels, CANCELED, PAY_CLOSED sent; data: the order.
- `/sandbox/orders/{prepayId}/expire`: EXPIRED now, PAY_CLOSED sent; data: the order.
- `/sandbox/clock/advance` `{"seconds": N}`: the business clock (expiry, transaction times) moves N seconds on;
  orders past their expiry expire at once.
- `/sandbox/operations/{operationId}/next-result` `{"code": "INVALID_ORDER_STATUS", "times": 1}`: the next
  `times` valid calls of that operation answer that result code (its name or number) and change nothing;
  `{"code": ..., "rate": 0.3, "seed": 7}` instead makes that share of its calls answer it, until rate 0.
- `/sandbox/operations/{operationId}/reset`: forget what was scripted for that operation.
- `/sandbox/webhooks/{deliveryId}/resend`: deliver a recorded webhook again.
- `/sandbox/webhooks/mode` `{"duplicates": 2, "shuffle": true, "delay_seconds": 0.5, "fail_first": 3}`: hostile
  delivery of the notifications from now on (`_hostile`); `{}` is the ordinary delivery again.

- `/sandbox/contracts/{preContractId}/sign`: the user signs a direct debit contract (CONTRACT_SIGNED, a new
  contractId, the DIRECT_DEBIT_CT webhook); data: the contract as Query Contract shows it.
- `/sandbox/contracts/{preContractId}/terminate`: the user terminates it (CONTRACT_TERMINATED, the webhook if it
  was signed); data: the contract.

`GET /sandbox/webhooks` lists the webhook deliveries (newest first) with every attempt.

The surface is unsigned, so it refuses what a browser sends on behalf of another site (a web page must not be able
to pay orders in a sandbox on the developer's machine): an `Origin` other than the sandbox's own and a
`Sec-Fetch-Site` other than same-origin or none are 403; a body must be `Content-Type: application/json`, which a
cross-site page cannot send without a CORS preflight (answered 405 here), else 415. A POST with no body and no
Content-Type (curl, `httpx.post(url)`) is accepted: browsers send `Origin` with every POST, so the origin check
covers that form.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from starlette.types import Receive, Scope, Send

from ._buyer import cancel_order, expire_order, pay_order
from ._deliveries import Delivery
from ._handler import Answer, Fail, success_body
from ._hostile import MAX_SEED, WebhookModeError, parse_webhook_mode
from ._origin import MAX_SHOWN, cross_site_refusal, header
from ._responder import Responder
from ._schema import encode_plain
from ._scripted import ScriptedResults, ScriptError
from ._state import MerchantState, Order
from ._stateful import ok
from .resources.direct_debit import BY_USER, DirectDebits, contract_data, sign_contract, terminate
from .resources.orders import order_query_result

MAX_CONTROL_BODY_BYTES = 4096
MAX_CLOCK_ADVANCE_S = 10 * 365 * 86_400

Action = Callable[[Mapping[str, str], Mapping[str, Any]], Answer]


def _has_body(scope: Scope) -> bool:
    length = header(scope, b"content-length")
    return header(scope, b"transfer-encoding") is not None or (length is not None and length.strip() != "0")


def browser_refusal(scope: Scope) -> tuple[int, str, str] | None:
    """(HTTP status, result code, message) refusing a request a browser sent for another site; None to serve it."""
    cross_site = cross_site_refusal(scope)
    if cross_site is not None:
        return 403, "INVALID_REQUEST", cross_site
    content_type = header(scope, b"content-type")
    if content_type is None and not _has_body(scope):
        return None
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    if media_type != "application/json":
        shown = (content_type or "none")[:MAX_SHOWN]
        return 415, "MEDIA_TYPE_NOT_SUPPORTED", f"Content-Type {shown}: use application/json"
    return None


async def read_body(receive: Receive, limit: int) -> bytes | None:
    """The request body, or None when it is longer than `limit` (or the client went away)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return None
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _parse_object(body: bytes) -> dict[str, Any] | None:
    if not body.strip():
        return {}
    try:
        parsed = json.loads(body)
    except (ValueError, RecursionError):
        return None
    return parsed if isinstance(parsed, dict) else None


class ControlEndpoint:
    """One POST route of the control surface: the cross-site checks, an optional JSON object body, its action."""

    def __init__(self, action: Action, responder: Responder) -> None:
        self._action = action
        self._responder = responder

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        responder = self._responder
        if scope["method"] != "POST":
            message = f"{scope['method'][:16]}: method not supported, use POST"
            await responder.fail(send, "BAD_HTTP_METHOD", message, ((b"allow", b"POST"),))
            return
        refusal = browser_refusal(scope)
        if refusal is not None:
            status, name, message = refusal
            _status, body = responder.fail_body(name, message)
            await responder.send(send, status, body)
            return
        raw = await read_body(receive, MAX_CONTROL_BODY_BYTES)
        if raw is None:
            await responder.fail(send, "INVALID_REQUEST_TOO_LARGE", f"at most {MAX_CONTROL_BODY_BYTES} bytes")
            return
        request = _parse_object(raw)
        if request is None:
            await responder.fail(send, "INVALID_REQUEST_BODY", "request body: must be a JSON object")
            return
        params = {name: str(value)[:64] for name, value in scope["path_params"].items()}
        answer = self._action(params, request)
        if isinstance(answer, Fail):
            await responder.fail(send, answer.name, answer.message)
            return
        await responder.send(send, 200, answer)


class DeliveriesEndpoint:
    """GET /sandbox/webhooks: every recorded webhook delivery, newest first."""

    PATH = "/sandbox/webhooks"

    def __init__(self, state: MerchantState, responder: Responder) -> None:
        self._state = state
        self._responder = responder

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] not in ("GET", "HEAD"):
            message = f"{scope['method'][:16]}: method not supported, use GET"
            await self._responder.fail(send, "BAD_HTTP_METHOD", message, ((b"allow", b"GET, HEAD"),))
            return
        deliveries = [delivery_data(delivery) for delivery in self._state.notifier.log.newest_first()]
        await self._responder.send(send, 200, success_body(json.dumps(deliveries, separators=(",", ":"))))


def delivery_data(delivery: Delivery) -> dict[str, Any]:
    return {
        "deliveryId": delivery.delivery_id,
        "bizType": delivery.biz_type,
        "bizStatus": delivery.biz_status,
        "bizId": delivery.biz_id,
        "url": delivery.url,
        "state": delivery.state,
        "duplicateOf": delivery.duplicate_of,
        "body": delivery.body.decode("utf-8"),
        "headers": delivery.headers,
        "attempts": [
            {"at": int(attempt.at * 1000), "outcome": attempt.outcome, "httpStatus": attempt.http_status}
            for attempt in delivery.attempts
        ],
    }


def _order_answer(result: Order | Fail) -> Answer:
    return result if isinstance(result, Fail) else success_body(encode_plain(order_query_result(result)))


def _number(request: Mapping[str, Any], name: str, default: float | None = None) -> float | Fail:
    value = request.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return Fail("MANDATORY_PARAM_EMPTY_OR_MALFORMED", f"{name}: a number is required")
    return float(value)


def _script(scripted: ScriptedResults, operation_id: str, request: Mapping[str, Any]) -> None:
    """Script what a next-result body asks for: `times` calls, or a `rate` of them (with `seed`); ScriptError if
    the body is wrong."""
    code = str(request.get("code", ""))[:64]
    if "rate" not in request:
        times = request.get("times", 1)
        if isinstance(times, bool) or not isinstance(times, int):
            raise ScriptError("times: an integer is required")
        scripted.add(operation_id, code, times)
        return
    if "times" in request:
        raise ScriptError("times, rate: give one or the other")
    rate, seed = request["rate"], request.get("seed", 0)
    if isinstance(rate, bool) or not isinstance(rate, int | float):
        raise ScriptError("rate: a number is required")
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < MAX_SEED:
        raise ScriptError(f"seed: must be an integer from 0 to {MAX_SEED - 1}")
    scripted.set_rate(operation_id, code, float(rate), seed)


def _scripted_answer(scripted: ScriptedResults) -> Answer:
    return success_body(json.dumps({"pending": scripted.pending(), "rates": scripted.rates()}))


def _contract_actions(state: MerchantState) -> dict[str, Action]:
    """What a direct debit contract's user does: sign it, or terminate it."""

    def sign(params: Mapping[str, str], request: Mapping[str, Any]) -> Answer:
        signed = sign_contract(state, params["pre_contract_id"])
        return signed if isinstance(signed, Fail) else ok({"bizStatus": signed.status, **contract_data(signed)})

    def end(params: Mapping[str, str], request: Mapping[str, Any]) -> Answer:
        pre_contract_id = params["pre_contract_id"]
        with state.lock:
            contract = state.store(DirectDebits).by_pre_contract_id.get(pre_contract_id)
            if contract is None:
                return Fail(
                    "PAYMENT_DIRECT_DEBIT_CONTRACT_NOT_FOUND", f"preContractId {pre_contract_id}: no such contract"
                )
            terminate(state, contract, BY_USER)
            return ok({"bizStatus": contract.status, **contract_data(contract)})

    return {
        "/sandbox/contracts/{pre_contract_id}/sign": sign,
        "/sandbox/contracts/{pre_contract_id}/terminate": end,
    }


def control_actions(state: MerchantState, scripted: ScriptedResults) -> dict[str, Action]:
    """path -> action, for every POST route of the control surface."""

    def advance_clock(params: Mapping[str, str], request: Mapping[str, Any]) -> Answer:
        seconds = _number(request, "seconds")
        if isinstance(seconds, Fail):
            return seconds
        if not 0 < seconds <= MAX_CLOCK_ADVANCE_S:
            return Fail("INVALID_PARAM_WRONG_VALUE", f"seconds: must be > 0 and <= {MAX_CLOCK_ADVANCE_S}")
        state.advance_clock(seconds)
        return success_body(json.dumps({"clockAdvanceMs": state.clock_advance_ms, "now": state.now_ms()}))

    def next_result(params: Mapping[str, str], request: Mapping[str, Any]) -> Answer:
        try:
            _script(scripted, params["operation_id"], request)
        except ScriptError as exc:
            return Fail("INVALID_PARAM_WRONG_VALUE", str(exc))
        return _scripted_answer(scripted)

    def reset_results(params: Mapping[str, str], request: Mapping[str, Any]) -> Answer:
        try:
            scripted.reset(params["operation_id"])
        except ScriptError as exc:
            return Fail("INVALID_PARAM_WRONG_VALUE", str(exc))
        return _scripted_answer(scripted)

    def resend(params: Mapping[str, str], request: Mapping[str, Any]) -> Answer:
        found = state.notifier.log.find(int(params["delivery_id"])) if params["delivery_id"].isdigit() else None
        if found is None:
            return Fail("INVALID_PARAM_WRONG_VALUE", f"deliveryId {params['delivery_id']}: no such delivery")
        if not state.notifier.resend(found):
            return Fail("INVALID_PARAM_WRONG_VALUE", f"deliveryId {found.delivery_id}: still being delivered")
        return success_body(json.dumps(delivery_data(found)))

    def webhook_mode(params: Mapping[str, str], request: Mapping[str, Any]) -> Answer:
        try:
            mode = parse_webhook_mode(request, state.notifier.retries)
        except WebhookModeError as exc:
            return Fail("INVALID_PARAM_WRONG_VALUE", str(exc))
        state.notifier.set_mode(mode)
        return success_body(json.dumps({"mode": mode.as_json()}))

    return {
        "/sandbox/orders/{prepay_id}/pay": lambda params, _: _order_answer(pay_order(state, params["prepay_id"])),
        "/sandbox/orders/{prepay_id}/cancel": lambda params, _: _order_answer(cancel_order(state, params["prepay_id"])),
        "/sandbox/orders/{prepay_id}/expire": lambda params, _: _order_answer(expire_order(state, params["prepay_id"])),
        "/sandbox/clock/advance": advance_clock,
        "/sandbox/operations/{operation_id}/next-result": next_result,
        "/sandbox/operations/{operation_id}/reset": reset_results,
        "/sandbox/webhooks/{delivery_id}/resend": resend,
        "/sandbox/webhooks/mode": webhook_mode,
        **_contract_actions(state),
    }
