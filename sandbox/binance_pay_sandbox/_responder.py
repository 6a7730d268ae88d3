"""Writing answers: the (possibly shifted) Date header, FAIL envelopes and the FAIL-shape faults."""

from __future__ import annotations

import json
import time
from email.utils import formatdate

from starlette.types import Send

from ._config import SandboxConfig
from ._spec import Spec

JSON_CONTENT_TYPE = (b"content-type", b"application/json")
_MAX_MESSAGE = 256
_UNDOCUMENTED_CODE = "499999"

Headers = tuple[tuple[bytes, bytes], ...]


class Responder:
    __slots__ = (
        "_code_override",
        "_date_second",
        "_date_value",
        "_offset_s",
        "_omit_code",
        "_spec",
    )

    def __init__(self, spec: Spec, config: SandboxConfig) -> None:
        self._spec = spec
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
        content_type: tuple[bytes, bytes] = JSON_CONTENT_TYPE,
        extra: Headers = (),
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
        """(HTTP status, FAIL envelope) for result code `name`; the message is cut to 256 characters."""
        result = self._spec.code(name)
        envelope: dict[str, str] = {"status": "FAIL"}
        if not self._omit_code:
            envelope["code"] = self._code_override or result.code
        if len(message) > _MAX_MESSAGE:
            message = message[: _MAX_MESSAGE - 3] + "..."
        envelope["errorMessage"] = message
        return result.http_status, json.dumps(envelope, separators=(",", ":")).encode()

    async def fail(self, send: Send, name: str, message: str, extra: Headers = ()) -> None:
        status, body = self.fail_body(name, message)
        await self.send(send, status, body, extra=extra)
