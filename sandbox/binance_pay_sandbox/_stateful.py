"""What the handlers of stateful operations share: the merchant state, and SUCCESS bodies written from records."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ._handler import HandlerContext, success_body
from ._schema import encode_plain
from ._state import MerchantState


def ok(data: Any) -> bytes:
    """The SUCCESS envelope around `data`, Decimals written as plain text."""
    return success_body(encode_plain(data))


class StateHandler:
    """A handler answering from `state` (nothing is known before requests arrive)."""

    def __init__(self, context: HandlerContext) -> None:
        self.state: MerchantState = context.state
        self.faults = context.config.faults

    def known_bodies(self) -> Iterable[bytes]:
        return ()
