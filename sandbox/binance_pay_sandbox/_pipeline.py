"""The one request pipeline every operation runs, in the documented order.

method, media type, size, API key, timestamp window, nonce, signature, nonce reuse, JSON object,
request schema, (injected UNKNOWN_ERROR), handler; then the answer is checked against the spec.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Mapping
from typing import Any

from starlette.types import Message, Receive, Scope, Send

from ._auth import RequestAuth
from ._catalog import Operation
from ._config import SandboxConfig
from ._handler import Fail, Handler
from ._responder import Headers, Responder
from ._responses import ResponseCheck
from ._schema import decode_exact
from ._scripted import ScriptedResults
from ._spec import SpecError
from ._validation import RequestValidator

logger = logging.getLogger("binance_pay_sandbox")

_FALLBACK_MESSAGE = "the sandbox could not answer within the spec (see its log)"


class OperationPipeline:
    """One operation's own parts: request validator, handler, and the check of what it sends."""

    __slots__ = ("_check", "_fallback", "_handler", "_responder", "operation", "validator")

    def __init__(
        self,
        operation: Operation,
        validator: RequestValidator | None,
        handler: Handler,
        responder: Responder,
        *,
        check_responses: bool,
    ) -> None:
        self.operation = operation
        self.validator = validator
        self._handler = handler
        self._responder = responder
        self._check: ResponseCheck | None = None
        self._fallback = responder.fail_body("UNKNOWN_ERROR", _FALLBACK_MESSAGE)
        if check_responses:
            self._check = ResponseCheck(operation.responses)
            where = f"operation {operation.operation_id}"
            if self._check.violation(*self._fallback) is not None:
                raise SpecError(f"{where}: its UNKNOWN_ERROR answer breaks the spec")
            for body in handler.known_bodies():
                problem = self._check.violation(200, body)
                if problem is not None:
                    raise SpecError(f"{where}: its SUCCESS answer breaks the response schema: {problem}")

    async def fail(self, send: Send, name: str, message: str, extra: Headers = ()) -> None:
        status, body = self._responder.fail_body(name, message)
        if self._check is not None:
            # FAIL messages vary, so they are not remembered: checked against the schemas directly.
            problem = self.operation.responses.violation(status, body)
            if problem is not None:
                self._off_spec(status, problem)
                status, body = self._fallback
        await self._responder.send(send, status, body, extra=extra)

    async def answer(self, send: Send, request: Mapping[str, Any]) -> None:
        answer = self._handler.answer(request)
        if isinstance(answer, Fail):
            if answer.name not in self.operation.result_codes:
                self._off_spec(0, f"{answer.name} is not a result code of this operation")
                status, body = self._fallback
                await self._responder.send(send, status, body)
                return
            await self.fail(send, answer.name, answer.message)
            return
        if self._check is not None:
            problem = self._check.violation(200, answer)
            if problem is not None:
                self._off_spec(200, problem)
                status, body = self._fallback
                await self._responder.send(send, status, body)
                return
        await self._responder.send(send, 200, answer)

    def _off_spec(self, status: int, problem: str) -> None:
        logger.error(
            "sandbox bug: operation %s answered off-spec (HTTP %s): %s", self.operation.operation_id, status, problem
        )


class PathEndpoint:
    """Every operation of one path (by method), through the shared signed-request checks."""

    __slots__ = ("_allow", "_auth", "_by_method", "_inject", "_max_body", "_random", "_responder", "_scripted")

    def __init__(
        self,
        pipelines: Mapping[str, OperationPipeline],
        auth: RequestAuth,
        responder: Responder,
        config: SandboxConfig,
        scripted: ScriptedResults | None = None,
    ) -> None:
        self._by_method = dict(pipelines)
        self._scripted = scripted
        self._allow = ((b"allow", ", ".join(pipelines).encode()),)
        self._auth = auth
        self._responder = responder
        self._max_body = config.max_body_bytes
        self._inject = config.inject_unknown_error
        self._random = random.Random()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = scope["method"]
        pipeline = self._by_method.get(method)
        if pipeline is None:
            first = next(iter(self._by_method.values()))
            allowed = ", ".join(self._by_method)
            await first.fail(
                send, "BAD_HTTP_METHOD", f"{method[:16]}: method not supported, use {allowed}", self._allow
            )
            return

        content_type = content_length = ts = nonce = key = sig = None
        signing = self._auth
        h_ts, h_nonce, h_key, h_sig = signing.header_names
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

        media_types = pipeline.operation.media_types
        media = content_type.split(b";", 1)[0].strip().lower().decode("latin-1") if content_type else ""
        if media not in media_types:
            await pipeline.fail(
                send, "MEDIA_TYPE_NOT_SUPPORTED", f"Content-Type: must be {', '.join(sorted(media_types))}"
            )
            return

        limit = self._max_body
        too_large = f"request body: must be at most {limit} bytes"
        if content_length is not None and content_length.isdigit() and int(content_length) > limit:
            await pipeline.fail(send, "INVALID_REQUEST_TOO_LARGE", too_large)
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
                await pipeline.fail(send, "INVALID_REQUEST_TOO_LARGE", too_large)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = chunks[0] if len(chunks) == 1 else b"".join(chunks)

        failure = signing.check(ts, nonce, key, sig, body)
        if failure is not None:
            await pipeline.fail(send, *failure)
            return

        try:
            parsed: Any = decode_exact(body.decode("utf-8"))
        except (ValueError, RecursionError):
            parsed = None
        if not isinstance(parsed, dict):
            await pipeline.fail(send, "INVALID_REQUEST_BODY", "request body: must be a JSON object")
            return
        if pipeline.validator is not None:
            failure = pipeline.validator.validate(parsed)
            if failure is not None:
                await pipeline.fail(send, *failure)
                return

        scripted = self._scripted.take(pipeline.operation.operation_id) if self._scripted is not None else None
        if scripted is not None:
            await pipeline.fail(send, scripted.name, f"{scripted.name}: scripted by the sandbox control surface")
            return
        if self._inject and self._random.random() < self._inject:
            await pipeline.fail(send, "UNKNOWN_ERROR", "injected UNKNOWN_ERROR (--inject-unknown-error)")
            return
        await pipeline.answer(send, parsed)
