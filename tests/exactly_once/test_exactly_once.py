"""Exactly-once money movement: an order whose first attempt's answer is lost is not created twice.

A lossy proxy on 127.0.0.1 sits between the SDK and a real sandbox. It loses the answer to the first
request (after the sandbox has created the order) or the request itself; the SDK retries with the
same `merchantTradeNo`, the sandbox refuses the repeat as INVALID_MERCHANT_TRADE_NO, and the SDK looks
the id up (`x-query-operation`) and returns what exists when it matches the request, or raises
`IdempotencyConflictError` naming the mismatch.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import uuid
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from binance_pay import AsyncBinancePayClient, BinancePayClient
from binance_pay.errors import IdempotencyConflictError, InvalidMerchantTradeNoError
from binance_pay_sandbox import RunningSandbox, SandboxConfig, run_sandbox

GOODS = [{"goodsType": "02", "goodsCategory": "Z000", "referenceGoodsId": "g-1", "goodsName": "Ice cream"}]
FAST = {"max_retries": 2, "initial_retry_delay": 0.01, "max_retry_delay": 0.02}


class LossyProxy:
    """Forwards HTTP/1.1 requests to the sandbox; the first one, by `fault`, loses its answer
    ("drop_response": forwarded, then the connection closes unanswered) or itself ("drop_request")."""

    def __init__(self, upstream: str, fault: str) -> None:
        self.upstream = upstream
        self.fault = fault
        self.requests = 0
        self._server = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._server.getsockname()[1]}"
        self._http = httpx.Client(base_url=upstream, trust_env=False)
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn, conn.makefile("rb") as reader:
            while True:
                request_line = reader.readline()
                if not request_line:
                    return
                method, path, _ = request_line.decode("latin-1").split(" ", 2)
                headers: dict[str, str] = {}
                while (line := reader.readline()) not in (b"\r\n", b""):
                    name, value = line.decode("latin-1").split(":", 1)
                    headers[name.strip()] = value.strip()
                body = reader.read(int(headers.get("Content-Length", "0")))
                self.requests += 1
                first = self.requests == 1
                if first and self.fault == "drop_request":
                    return  # closes the connection: the request never reached the sandbox
                forwarded = {k: v for k, v in headers.items() if k.lower() not in ("host", "content-length")}
                answer = self._http.request(method, path, content=body, headers=forwarded)
                if first and self.fault == "drop_response":
                    return  # the sandbox acted on it; its answer is lost
                head = f"HTTP/1.1 {answer.status_code} OK\r\nContent-Type: application/json\r\n"
                head += f"Content-Length: {len(answer.content)}\r\n\r\n"
                conn.sendall(head.encode() + answer.content)

    def close(self) -> None:
        self._server.close()
        self._http.close()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    with run_sandbox(SandboxConfig()) as running:
        yield running


def _client(url: str, sandbox: RunningSandbox, **options: Any) -> BinancePayClient:
    return BinancePayClient(sandbox.config.api_key, sandbox.config.secret_key, base_url=url, **options)


def _order(client: Any, trade_no: str, amount: str) -> Any:
    return client.orders.create(
        env={"terminalType": "WEB"},
        merchant_trade_no=trade_no,
        description="Ice cream",
        order_amount=Decimal(amount),
        currency="USDT",
        goods_details=GOODS,
    )


def test_lost_answer_returns_the_order_created_once(sandbox: RunningSandbox) -> None:
    proxy = LossyProxy(sandbox.url, "drop_response")
    trade_no = uuid.uuid4().hex
    try:
        with _client(proxy.url, sandbox, **FAST) as client:
            order = _order(client, trade_no, "25.17")
        with _client(sandbox.url, sandbox) as direct:
            existing = direct.orders.query(merchant_trade_no=trade_no)
    finally:
        proxy.close()
    assert order.prepay_id == existing.prepay_id  # the one order the first attempt created
    assert existing.order_amount == Decimal("25.17000000")
    assert proxy.requests == 3  # the lost create, the refused repeat, the lookup


def test_id_already_used_by_another_request_is_a_conflict(sandbox: RunningSandbox) -> None:
    trade_no = uuid.uuid4().hex
    with _client(sandbox.url, sandbox) as direct:
        _order(direct, trade_no, "10")  # someone else's order under the same id
    proxy = LossyProxy(sandbox.url, "drop_request")
    try:
        with _client(proxy.url, sandbox, **FAST) as client, pytest.raises(IdempotencyConflictError) as info:
            _order(client, trade_no, "25.17")
    finally:
        proxy.close()
    error = info.value
    assert error.id_field == "merchantTradeNo" and error.id_value == trade_no
    assert [(field, str(sent)) for field, sent, _found in error.mismatches] == [("orderAmount", "25.17")]
    assert "orderAmount: this request Decimal('25.17'), existing Decimal('10.00000000')" in str(error)


def test_a_duplicate_without_an_unknown_outcome_is_the_merchants_error(sandbox: RunningSandbox) -> None:
    trade_no = uuid.uuid4().hex
    with _client(sandbox.url, sandbox) as client:
        _order(client, trade_no, "1")
        with pytest.raises(InvalidMerchantTradeNoError):
            _order(client, trade_no, "1")  # no lost answer: reusing an id is a bug to report, not to hide


def test_async_client_recovers_the_same_way(sandbox: RunningSandbox) -> None:
    proxy = LossyProxy(sandbox.url, "drop_response")
    trade_no = uuid.uuid4().hex

    async def create() -> Any:
        async with AsyncBinancePayClient(
            sandbox.config.api_key, sandbox.config.secret_key, base_url=proxy.url, **FAST
        ) as client:
            return await _order_async(client, trade_no)

    try:
        order = asyncio.run(create())
        with _client(sandbox.url, sandbox) as direct:
            existing = direct.orders.query(merchant_trade_no=trade_no)
    finally:
        proxy.close()
    assert order.prepay_id == existing.prepay_id


async def _order_async(client: AsyncBinancePayClient, trade_no: str) -> Any:
    return await client.orders.create(
        env={"terminalType": "WEB"},
        merchant_trade_no=trade_no,
        description="Ice cream",
        order_amount=Decimal("25.17"),
        currency="USDT",
        goods_details=GOODS,
    )
