"""Helpers for the tests of what Binance really sends: scripted answers and a webhook signer.

The values are made up; the shapes are those seen in Binance's own samples (its docs, its merchant guide).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import httpx


@dataclass
class Wire:
    """What the client sent (each request's exact body) and the one body it is answered with."""

    answer: bytes = b""
    sent: list[bytes] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request.content)
        return httpx.Response(200, content=self.answer, headers={"Content-Type": "application/json"})

    def sent_json(self) -> Any:
        """The one request sent, decoded with every number exact (a fraction as text, to compare digits)."""
        assert len(self.sent) == 1, self.sent
        return json.loads(self.sent[0], parse_float=str)


def success(data_text: str) -> bytes:
    """A SUCCESS envelope around `data_text`, inserted verbatim so every number keeps its spelling."""
    return ('{"status":"SUCCESS","code":"000000","data":' + data_text + ',"errorMessage":""}').encode()


def notification(biz_type: str, biz_id: int, status: str, data: dict[str, Any] | str) -> bytes:
    """A notification body: `data` as a JSON string (text given as is), or as a nested object."""
    data_json = json.dumps(data, separators=(",", ":")) if isinstance(data, dict) else json.dumps(data)
    return (
        f'{{"bizType":"{biz_type}","bizId":{biz_id},"bizIdStr":"{biz_id}","bizStatus":"{status}","data":{data_json}}}'
    ).encode()
