"""The sandbox's control surface, on paths no Binance operation uses: what a buyer would do.

`POST /sandbox/orders/{prepayId}/pay` (unsigned, no body needed) pays an INITIAL order: it becomes PAID, the
merchant's funding wallet is credited and the PAY_SUCCESS webhook is sent. The answer is the order as Query Order
returns it, in the usual envelope; ORDER_NOT_FOUND for an unknown order, INVALID_ORDER_STATUS for one that is not
INITIAL (paid, closed or expired).

`POST /sandbox/contracts/{preContractId}/sign` signs a direct debit contract as its user would (CONTRACT_SIGNED,
a new contractId, the DIRECT_DEBIT_CT webhook); `.../terminate` terminates it as its user would (CONTRACT_TERMINATED,
the webhook if it was signed). Both answer the contract as Query Contract shows it.

The surface is unsigned, so it refuses what a browser sends on behalf of another site (a web page must not be able
to pay orders in a sandbox on the developer's machine): an `Origin` other than the sandbox's own and a
`Sec-Fetch-Site` other than same-origin or none are 403; a body must be `Content-Type: application/json`, which a
cross-site page cannot send without a CORS preflight (answered 405 here), else 415. A POST with no body and no
Content-Type (curl, `httpx.post(url)`) is accepted: browsers send `Origin` with every POST, so the origin check
covers that form.
"""

from __future__ import annotations

import ipaddress

from starlette.types import Receive, Scope, Send

from ._direct_debit import BY_USER, DirectDebits, contract_data, sign_contract, terminate
from ._handler import Fail, success_body
from ._merchant_handlers import order_query_result
from ._responder import Responder
from ._schema import encode_plain
from ._state import FUNDING_WALLET, MerchantState
from ._stateful import ok

_SAME_ORIGIN_FETCHES = frozenset({"same-origin", "none"})
_MAX_SHOWN = 100


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return str(value.decode("latin-1"))
    return None


def _own_origins(scope: Scope) -> frozenset[str]:
    """The origins a page served by this sandbox would have: its address as the socket has it, and `localhost`
    when that address is loopback."""
    scheme = str(scope.get("scheme") or "http")
    server = scope.get("server")
    if not server:
        return frozenset()
    host, port = str(server[0]), int(server[1])
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return frozenset({f"{scheme}://{host}:{port}"})
    hosts = {f"[{host}]" if address.version == 6 else host}
    if address.is_loopback:
        hosts.add("localhost")
    return frozenset(f"{scheme}://{name}:{port}" for name in hosts)


def _has_body(scope: Scope) -> bool:
    length = _header(scope, b"content-length")
    return _header(scope, b"transfer-encoding") is not None or (length is not None and length.strip() != "0")


def browser_refusal(scope: Scope) -> tuple[int, str, str] | None:
    """(HTTP status, result code, message) refusing a request a browser sent for another site; None to serve it."""
    origin = _header(scope, b"origin")
    if origin is not None and origin.lower().rstrip("/") not in _own_origins(scope):
        return 403, "INVALID_REQUEST", f"cross-origin request refused (Origin {origin[:_MAX_SHOWN]})"
    fetch_site = _header(scope, b"sec-fetch-site")
    if fetch_site is not None and fetch_site.strip().lower() not in _SAME_ORIGIN_FETCHES:
        return 403, "INVALID_REQUEST", f"cross-origin request refused (Sec-Fetch-Site {fetch_site[:_MAX_SHOWN]})"
    content_type = _header(scope, b"content-type")
    if content_type is None and not _has_body(scope):
        return None
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    if media_type != "application/json":
        shown = (content_type or "none")[:_MAX_SHOWN]
        return 415, "MEDIA_TYPE_NOT_SUPPORTED", f"Content-Type {shown}: use application/json"
    return None


class ControlEndpoint:
    """A control action: POST only, refused to other sites' pages; `act` answers a SUCCESS body or a Fail."""

    def __init__(self, state: MerchantState, responder: Responder) -> None:
        self._state = state
        self._responder = responder

    def act(self, scope: Scope) -> bytes | Fail:
        raise NotImplementedError

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] != "POST":
            await self._responder.fail(
                send,
                "BAD_HTTP_METHOD",
                f"{scope['method'][:16]}: method not supported, use POST",
                ((b"allow", b"POST"),),
            )
            return
        refusal = browser_refusal(scope)
        if refusal is not None:
            status, name, message = refusal
            _status, body = self._responder.fail_body(name, message)
            await self._responder.send(send, status, body)
            return
        answer = self.act(scope)
        if isinstance(answer, Fail):
            await self._responder.fail(send, answer.name, answer.message)
            return
        await self._responder.send(send, 200, answer)


class PayEndpoint(ControlEndpoint):
    PATH = "/sandbox/orders/{prepay_id}/pay"

    def act(self, scope: Scope) -> bytes | Fail:
        prepay_id = str(scope["path_params"]["prepay_id"])[:64]
        state = self._state
        with state.lock:
            order = state.find_order(prepay_id, None)
            if order is None:
                return Fail("ORDER_NOT_FOUND", f"prepayId {prepay_id}: no such order")
            if order.status != "INITIAL":
                return Fail("INVALID_ORDER_STATUS", f"prepayId {prepay_id}: the order is {order.status}, not INITIAL")
            if not state.wallets.can_move(FUNDING_WALLET, order.currency, order.amount):
                return Fail("INVALID_ORDER_STATUS", f"prepayId {prepay_id}: the wallet cannot hold that much more")
            state.pay(order)
            return success_body(encode_plain(order_query_result(order)))


class SignContractEndpoint(ControlEndpoint):
    """The user signs a direct debit contract: the answer is the contract as Query Contract shows it."""

    PATH = "/sandbox/contracts/{pre_contract_id}/sign"

    def act(self, scope: Scope) -> bytes | Fail:
        signed = sign_contract(self._state, str(scope["path_params"]["pre_contract_id"])[:64])
        return signed if isinstance(signed, Fail) else ok({"bizStatus": signed.status, **contract_data(signed)})


class TerminateContractEndpoint(ControlEndpoint):
    """The user terminates a direct debit contract (CONTRACT_TERMINATED webhook if it was signed)."""

    PATH = "/sandbox/contracts/{pre_contract_id}/terminate"

    def act(self, scope: Scope) -> bytes | Fail:
        pre_contract_id = str(scope["path_params"]["pre_contract_id"])[:64]
        state = self._state
        with state.lock:
            contract = state.store(DirectDebits).by_pre_contract_id.get(pre_contract_id)
            if contract is None:
                return Fail(
                    "PAYMENT_DIRECT_DEBIT_CONTRACT_NOT_FOUND", f"preContractId {pre_contract_id}: no such contract"
                )
            terminate(state, contract, BY_USER)
            return ok({"bizStatus": contract.status, **contract_data(contract)})
