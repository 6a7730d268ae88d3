"""The Starlette app: POST /binancepay/openapi/balance, GET /openapi.yaml, FAIL envelopes elsewhere."""

from __future__ import annotations

import json
import logging
import random
import time
from decimal import Decimal
from email.utils import formatdate
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._balances import DecimalAmount, Holding
from ._config import API_KEY_PATTERN, SandboxConfig
from ._signing import Signer
from ._spec import SUCCESS_CODE, SpecPlan, load_plan
from ._validation import BodyValidator

logger = logging.getLogger("binance_pay_sandbox")

_JSON = (b"content-type", b"application/json")
_MAX_MESSAGE = 256
_MAX_TIMESTAMP_DIGITS = 19  # keeps int() cheap and bounded; any real ms timestamp fits
_OUT_OF_RANGE_BALANCE = "1000000000000000.00000000"
_UNDOCUMENTED_CODE = "499999"


class _Responder:
    """Writes envelopes with the (possibly shifted) Date header; applies the FAIL-shape faults."""

    __slots__ = (
        "_code_override",
        "_date_second",
        "_date_value",
        "_offset_s",
        "_omit_code",
        "_plan",
    )

    def __init__(self, plan: SpecPlan, config: SandboxConfig) -> None:
        self._plan = plan
        self._offset_s = config.clock_offset_ms / 1000.0
        self._omit_code = "fail_without_code" in config.faults
        self._code_override = _UNDOCUMENTED_CODE if "undocumented_code" in config.faults else None
        self._date_second = -1
        self._date_value = b""

    def now(self) -> float:
        """The server's notion of now (seconds), shifted by clock_offset_ms."""
        return time.time() + self._offset_s

    def _date(self) -> bytes:
        second = int(self.now())
        if second != self._date_second:
            self._date_value = formatdate(second, usegmt=True).encode("ascii")
            self._date_second = second
        return self._date_value

    async def send(
        self,
        send: Send,
        status: int,
        body: bytes,
        *,
        content_type: tuple[bytes, bytes] = _JSON,
        extra: tuple[tuple[bytes, bytes], ...] = (),
    ) -> None:
        headers = [
            content_type,
            (b"content-length", str(len(body)).encode()),
            (b"date", self._date()),
            *extra,
        ]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    def fail_body(self, name: str, message: str) -> tuple[int, bytes]:
        result = self._plan.code(name)
        envelope: dict[str, str] = {"status": "FAIL"}
        if not self._omit_code:
            envelope["code"] = self._code_override or result.code
        if len(message) > _MAX_MESSAGE:
            message = message[: _MAX_MESSAGE - 3] + "..."
        envelope["errorMessage"] = message
        return result.http_status, json.dumps(envelope, separators=(",", ":")).encode()

    async def fail(
        self,
        send: Send,
        name: str,
        message: str,
        extra: tuple[tuple[bytes, bytes], ...] = (),
    ) -> None:
        status, body = self.fail_body(name, message)
        await self.send(send, status, body, extra=extra)


class _Bodies:
    """SUCCESS bodies, prebuilt for every holding; the amount faults are applied here."""

    def __init__(self, plan: SpecPlan, config: SandboxConfig) -> None:
        self._plan = plan
        self._faults = config.faults
        self._balances = config.balances
        places = plan.amount.places or 0
        zero_text = "0." + "0" * places if places else "0"
        self._zero = DecimalAmount(Decimal(zero_text), zero_text)
        self._prebuilt = {
            (wallet, currency): self.build(wallet, currency, holding)
            for wallet, holdings in config.balances.wallets.items()
            for currency, holding in holdings.items()
        }

    def get(self, wallet: str, currency: str) -> bytes:
        body = self._prebuilt.get((wallet, currency))
        return body if body is not None else self.build(wallet, currency, None)

    def _amount_text(self, name: str, amount: DecimalAmount) -> str:
        faults = self._faults
        if name == "balance":
            if "out_of_range" in faults:
                return _OUT_OF_RANGE_BALANCE
            if "decimal_places" in faults:
                places = (self._plan.amount.places or 0) + 1
                step = Decimal(1).scaleb(-places)
                return format(amount.value.quantize(step) + step, "f")
        if "float_rounding" in faults:
            return json.dumps(float(amount.value))
        return amount.text

    def build(self, wallet: str, currency: str, holding: Holding | None) -> bytes:
        parts = []
        for name, is_amount in self._plan.response_fields:
            if is_amount:
                amount = holding.amounts[name] if holding is not None else self._zero
                text = self._amount_text(name, amount)
            elif name == "asset":
                text = json.dumps(currency)
            elif name == "fiat":
                text = json.dumps(holding.fiat if holding is not None else self._balances.first_fiat(wallet))
            else:
                continue
            parts.append(f"{json.dumps(name)}:{text}")
        data = ",".join(parts)
        return f'{{"status":"SUCCESS","code":"{SUCCESS_CODE}","data":{{{data}}}}}'.encode()


def _parse_int(text: str) -> Decimal:
    return Decimal(text)  # never int(): a 5000-digit integer must be a type error, not a crash


_DECODER = json.JSONDecoder(parse_int=_parse_int, parse_float=Decimal)


class BalanceEndpoint:
    """The signed Wallet Balance Query operation, checks in the documented order."""

    def __init__(self, plan: SpecPlan, config: SandboxConfig, responder: _Responder) -> None:
        signing = plan.signing
        self._plan = plan
        self._responder = responder
        self._method = plan.method
        self._allow = ((b"allow", plan.method.encode()),)
        self._media_types = plan.media_types
        self._max_body = config.max_body_bytes
        self._api_key = config.api_key.encode()
        self._signer = Signer(signing, config.secret_key)
        self._check_signature = "accept_bad_signature" not in config.faults
        self._window_ms = config.recv_window_ms
        self._offset_ms = config.clock_offset_ms
        self._factor_ms = signing.timestamp_factor_ms
        self._inject = config.inject_unknown_error
        self._random = random.Random()
        self._h_ts = signing.timestamp_header.lower().encode()
        self._h_nonce = signing.nonce_header.lower().encode()
        self._h_key = signing.api_key_header.lower().encode()
        self._h_sig = signing.signature_header.lower().encode()
        self._names = (
            signing.timestamp_header,
            signing.nonce_header,
            signing.api_key_header,
        )
        self._sig_name = signing.signature_header
        template = "".join(lit.decode() + field for lit, field in signing.template).encode("unicode_escape")
        self._bad_signature = (
            f"{signing.signature_header}: must be the {'uppercase ' if signing.upper else ''}hex "
            f"{signing.algorithm} of {template.decode()} keyed with the secret key"
        )
        self._nonce_pattern = signing.nonce_pattern
        self._nonce_rule = signing.nonce_pattern_text
        skip = frozenset({plan.currency_rule.name}) if "accept_lowercase_currency" in config.faults else frozenset()
        self._validator = BodyValidator(plan, skip_pattern_for=skip)
        self._bodies = _Bodies(plan, config)
        self._api_key_pattern = API_KEY_PATTERN

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        responder = self._responder
        method = scope["method"]
        if method != self._method:
            await responder.fail(
                send,
                "BAD_HTTP_METHOD",
                f"{method[:16]}: method not supported, use {self._method}",
                self._allow,
            )
            return

        content_type = content_length = ts = nonce = key = sig = None
        h_ts, h_nonce, h_key, h_sig = (
            self._h_ts,
            self._h_nonce,
            self._h_key,
            self._h_sig,
        )
        for name, value in scope["headers"]:
            if name == b"content-type":
                content_type = content_type if content_type is not None else value
            elif name == b"content-length":
                content_length = content_length if content_length is not None else value
            elif name == h_ts:
                ts = ts if ts is not None else value
            elif name == h_nonce:
                nonce = nonce if nonce is not None else value
            elif name == h_key:
                key = key if key is not None else value
            elif name == h_sig:
                sig = sig if sig is not None else value

        media = content_type.split(b";", 1)[0].strip().lower().decode("latin-1") if content_type else ""
        if media not in self._media_types:
            allowed = ", ".join(sorted(self._media_types))
            await responder.fail(send, "MEDIA_TYPE_NOT_SUPPORTED", f"Content-Type: must be {allowed}")
            return

        limit = self._max_body
        too_large = f"request body: must be at most {limit} bytes"
        if content_length is not None and content_length.isdigit() and int(content_length) > limit:
            await responder.fail(send, "INVALID_REQUEST_TOO_LARGE", too_large)
            return
        chunks = []
        size = 0
        while True:
            message: Message = await receive()
            if message["type"] != "http.request":
                return  # client went away
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await responder.fail(send, "INVALID_REQUEST_TOO_LARGE", too_large)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = chunks[0] if len(chunks) == 1 else b"".join(chunks)

        failure = self._check_auth(ts, nonce, key, sig, body)
        if failure is not None:
            await responder.fail(send, *failure)
            return

        try:
            parsed: Any = _DECODER.decode(body.decode("utf-8"))
        except (ValueError, RecursionError):
            parsed = None
        if not isinstance(parsed, dict):
            await responder.fail(send, "INVALID_REQUEST_BODY", "request body: must be a JSON object")
            return
        failure = self._validator.validate(parsed)
        if failure is not None:
            await responder.fail(send, *failure)
            return

        if self._inject and self._random.random() < self._inject:
            await responder.fail(send, "UNKNOWN_ERROR", "injected UNKNOWN_ERROR (--inject-unknown-error)")
            return
        await responder.send(send, 200, self._bodies.get(parsed["wallet"], parsed["currency"]))

    def _check_auth(
        self,
        ts: bytes | None,
        nonce: bytes | None,
        key: bytes | None,
        sig: bytes | None,
        body: bytes,
    ) -> tuple[str, str] | None:
        ts_name, nonce_name, key_name = self._names
        if key is None or not self._api_key_pattern.match(key.decode("latin-1")):
            return "BAD_API_KEY_FMT", f"{key_name}: must match ^[A-Za-z0-9]{{16,128}}$"
        if key != self._api_key:
            return "INVALID_API_KEY_OR_IP", f"{key_name}: API key not found"
        if ts is None or not ts.isdigit() or len(ts) > _MAX_TIMESTAMP_DIGITS:
            return (
                "INVALID_TIMESTAMP",
                f"{ts_name}: must be milliseconds since the Unix epoch",
            )
        now_ms = time.time() * 1000.0 + self._offset_ms
        if abs(now_ms - int(ts) * self._factor_ms) > self._window_ms:
            return (
                "INVALID_TIMESTAMP",
                f"{ts_name}: outside the recvWindow of {self._window_ms} ms around server time {int(now_ms)}",
            )
        if nonce is None or not self._nonce_pattern.fullmatch(nonce.decode("latin-1")):
            return "INVALID_REQUEST", f"{nonce_name}: must be {self._nonce_rule}"
        if self._check_signature:
            if sig is None:
                return "INVALID_SIGNATURE", f"{self._sig_name}: is required"
            if not self._signer.verify(ts, nonce, body, sig):
                return "INVALID_SIGNATURE", self._bad_signature
        return None


class SpecEndpoint:
    """GET /openapi.yaml: the spec text, byte for byte."""

    def __init__(self, plan: SpecPlan, responder: _Responder) -> None:
        self._text = plan.text
        self._responder = responder

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] in ("GET", "HEAD"):
            await self._responder.send(
                send,
                200,
                self._text,
                content_type=(b"content-type", b"application/yaml"),
            )
            return
        await self._responder.fail(
            send,
            "BAD_HTTP_METHOD",
            f"{scope['method'][:16]}: method not supported, use GET",
            ((b"allow", b"GET, HEAD"),),
        )


class NotFoundEndpoint:
    """Any other path: 404 with an INVALID_REQUEST envelope."""

    def __init__(self, plan: SpecPlan, responder: _Responder) -> None:
        self._responder = responder
        self._hint = f"unknown path; the API is {plan.method} {plan.path}"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        _status, body = self._responder.fail_body("INVALID_REQUEST", self._hint)
        await self._responder.send(send, 404, body)


class EdgeGuard:
    """Turns any exception into a 400001 FAIL (never a 500); logs the exception type only."""

    def __init__(self, app: ASGIApp, responder: _Responder) -> None:
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


def create_app(config: SandboxConfig) -> Starlette:
    """Build the sandbox ASGI app from the spec and `config`."""
    plan = load_plan()
    responder = _Responder(plan, config)
    routes = [
        Route(plan.path, BalanceEndpoint(plan, config, responder)),
        Route("/openapi.yaml", SpecEndpoint(plan, responder)),
        Route("/{path:path}", NotFoundEndpoint(plan, responder)),
    ]
    app = Starlette(routes=routes, middleware=[Middleware(EdgeGuard, responder=responder)])
    app.router.redirect_slashes = False
    app.state.config = config
    return app
