"""The Starlette app: every operation of the spec, GET /openapi.yaml, FAIL envelopes elsewhere."""

from __future__ import annotations

import logging

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._auth import RequestAuth
from ._catalog import Catalog, load_catalog
from ._checkout import CheckoutAction, CheckoutPage
from ._config import FAULTS, SandboxConfig
from ._control import ControlEndpoint, DeliveriesEndpoint, control_actions
from ._dashboard import Dashboard, ResendAction
from ._handler import HandlerContext
from ._origin import BaseUrlMiddleware
from ._persistence import SaveBeforeAnswer, attach_state_file
from ._pipeline import OperationPipeline, PathEndpoint
from ._registry import handler_for
from ._request_log import RequestLog
from ._responder import Responder
from ._scripted import ScriptedResults
from ._state import MerchantState
from ._webhooks import Notifier, WebhookKey

logger = logging.getLogger("binance_pay_sandbox")

# The planted fault that skips a request pattern: the properties it skips.
_SKIPPED_PATTERNS = {"accept_lowercase_currency": frozenset({"currency"})}


class SpecEndpoint:
    """GET /openapi.yaml: the spec text the app was built from, byte for byte."""

    def __init__(self, text: bytes, responder: Responder) -> None:
        self._text = text
        self._responder = responder

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] in ("GET", "HEAD"):
            await self._responder.send(send, 200, self._text, content_type=(b"content-type", b"application/yaml"))
            return
        await self._responder.fail(
            send,
            "BAD_HTTP_METHOD",
            f"{scope['method'][:16]}: method not supported, use GET",
            ((b"allow", b"GET, HEAD"),),
        )


class NotFoundEndpoint:
    """Any other path: 404 with an INVALID_REQUEST envelope listing the operations."""

    def __init__(self, catalog: Catalog, responder: Responder) -> None:
        self._responder = responder
        count = len(catalog.operations)
        self._hint = f"unknown path; the {count} operation(s) this sandbox serves are listed in GET /openapi.yaml"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        _status, body = self._responder.fail_body("INVALID_REQUEST", self._hint)
        await self._responder.send(send, 404, body)


class EdgeGuard:
    """Turns any exception into a 400001 FAIL (never a 500); logs the exception type only."""

    def __init__(self, app: ASGIApp, responder: Responder) -> None:
        self._app = app
        self._responder = responder

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self._app(scope, receive, tracking_send)
        except Exception as exc:  # the sandbox must answer, whatever the input
            logger.error("sandbox: unhandled %s while answering a request", type(exc).__name__)
            if not started:
                try:
                    await self._responder.fail(send, "INVALID_REQUEST", "request could not be processed")
                except Exception as send_exc:
                    logger.error("sandbox: could not answer (%s)", type(send_exc).__name__)


def _path_endpoints(
    catalog: Catalog, config: SandboxConfig, responder: Responder, state: MerchantState, scripted: ScriptedResults
) -> dict[str, PathEndpoint]:
    spec = catalog.spec
    auth = RequestAuth(spec.signing, config)  # one nonce memory for all operations
    skipped = frozenset().union(*(_SKIPPED_PATTERNS.get(fault, frozenset()) for fault in config.faults))
    # The planted faults exist to send off-spec bodies, so their answers are not checked (the state faults' answers
    # stay within the spec, and are checked).
    check_responses = not (config.faults & FAULTS)
    by_path: dict[str, dict[str, OperationPipeline]] = {}
    for operation in catalog.operations:
        pipeline = OperationPipeline(
            operation,
            operation.request_validator(spec, drop_pattern_for=skipped),
            handler_for(HandlerContext(operation, catalog, config, state)),
            responder,
            check_responses=check_responses,
        )
        by_path.setdefault(operation.path, {})[operation.method] = pipeline
    return {path: PathEndpoint(pipelines, auth, responder, config, scripted) for path, pipelines in by_path.items()}


def _sandbox_routes(
    state: MerchantState, responder: Responder, scripted: ScriptedResults, fallback: ASGIApp
) -> list[Route]:
    """The control surface, the checkout page and the dashboard: paths no Binance operation uses."""
    routes = [
        Route(path, ControlEndpoint(action, responder)) for path, action in control_actions(state, scripted).items()
    ]
    routes.append(Route(DeliveriesEndpoint.PATH, DeliveriesEndpoint(state, responder)))
    routes.append(Route(CheckoutPage.PATH, CheckoutPage(state)))
    routes.append(Route(CheckoutAction.PATH, CheckoutAction(state)))
    routes.append(Route(ResendAction.PATH, ResendAction(state)))
    routes.append(Route("/", Dashboard(state, fallback)))
    return routes


def create_app(config: SandboxConfig) -> Starlette:
    """Build the sandbox ASGI app from the spec `config.spec_path` names (default: the shipped spec).

    Raises SpecError when the spec cannot be served, naming the operation (an off-spec example, ...), and
    WebhookKeyError (a ValueError) when `config.webhook_key_pem` is not an RSA private key, and StateFileError (a
    ValueError) when `config.state_path` names no usable state file.
    """
    catalog = load_catalog(config.spec_path)
    responder = Responder(catalog.spec, config)
    state = MerchantState(config, Notifier(config, catalog.spec, WebhookKey(config.webhook_key_pem)))
    state_file = attach_state_file(state, config.state_path) if config.state_path is not None else None
    scripted = ScriptedResults(catalog)
    endpoints = _path_endpoints(catalog, config, responder, state, scripted)
    not_found = NotFoundEndpoint(catalog, responder)
    routes = [Route(path, endpoint) for path, endpoint in endpoints.items()]
    routes.append(Route("/openapi.yaml", SpecEndpoint(catalog.spec.text, responder)))
    routes.extend(_sandbox_routes(state, responder, scripted, not_found))
    routes.append(Route("/{path:path}", not_found))
    middleware = [Middleware(EdgeGuard, responder=responder), Middleware(BaseUrlMiddleware)]
    if config.state_path is not None:
        middleware.append(Middleware(SaveBeforeAnswer, state=state))
    if config.log_requests:
        middleware.insert(0, Middleware(RequestLog))  # outermost: the time includes every other layer
    app = Starlette(routes=routes, middleware=middleware)
    app.router.redirect_slashes = False
    app.state.config = config
    app.state.catalog = catalog
    app.state.merchant = state
    app.state.scripted = scripted
    app.state.state_file = state_file
    return app
