"""Query Certificate: the public half of the key the sandbox signs webhooks with."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._handler import Answer, HandlerFactory
from .._stateful import StateHandler as _StateHandler
from .._stateful import ok as _ok


class CertificatesHandler(_StateHandler):
    """queryCertificates: the public half of the key the sandbox signs webhooks with, and its serial."""

    def answer(self, request: Mapping[str, Any]) -> Answer:
        serial, pem = self.state.notifier.key.public()
        return _ok([{"certSerial": serial, "certPublic": pem}])


HANDLERS: dict[str, HandlerFactory] = {
    "queryCertificates": CertificatesHandler,
}
