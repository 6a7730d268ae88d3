"""Run inside a subprocess with a freshly generated proof package first on sys.path (see test_spec_edit_proof.py).

Exercises the two operations that exist only in the proof spec through a client nobody wrote for
them, and prints one JSON object of findings for the test to assert on.
"""

from __future__ import annotations

import inspect
import json
import sys
from decimal import Decimal

import httpx

sys.path.insert(0, sys.argv[1])

import binance_pay
from binance_pay import BinancePayClient, RequestValidationError

assert binance_pay.__file__.startswith(sys.argv[1]), binance_pay.__file__

sent: list[bytes] = []
ORDER = (
    b'{"status":"SUCCESS","code":"000000","data":{"prepayId":29383937493038367,"proofTradeNo":"9825382937292",'
    b'"totalFee":"25.17000000","expireTime":1674292800000}}'
)
FLAG = b'{"status":"SUCCESS","code":"000000","data":true}'


def handler(request: httpx.Request) -> httpx.Response:
    sent.append(request.content)
    body = ORDER if request.url.path.endswith("/order") else FLAG
    return httpx.Response(200, content=body, headers={"content-type": "application/json"})


client = BinancePayClient(
    "proofApiKey0123456789", "secret", base_url="http://127.0.0.1:9", transport=httpx.MockTransport(handler)
)
findings: dict[str, object] = {
    "create_params": {
        name: str(p.annotation) for name, p in inspect.signature(type(client.proofs).create).parameters.items()
    },
    "flag_params": {
        name: str(p.annotation)
        for name, p in inspect.signature(type(client.proofs).check_proof_flag).parameters.items()
    },
}
order = client.proofs.create(
    env={"terminalType": "WEB"},
    proof_trade_no="9825382937292",
    order_amount=Decimal("999999999999999.99999999"),
    merchant_id=9223372036854775807,
    goods_details=[
        {"goodsName": "Ice Cream", "goodsUnitAmount": {"currency": "USDT", "amount": Decimal("1.00000001")}}
    ],
)
findings["order_body"] = sent[-1].decode()
findings["order"] = {"prepay_id": order.prepay_id, "total_fee": repr(order.total_fee), "expire_time": order.expire_time}
findings["flag"] = client.proofs.check_proof_flag(flag_name="ready")
calls_before = len(sent)
try:
    client.proofs.create(
        env={"terminalType": "WEB"},
        proof_trade_no="1",
        order_amount=Decimal("1"),
        goods_details=[{"goodsName": "x" * 257, "goodsUnitAmount": {"currency": "USDT", "amount": Decimal("1")}}],
    )
except RequestValidationError as exc:
    findings["bad_nested"] = {"field": exc.field, "rule": exc.rule}
findings["sent_after_bad"] = len(sent) - calls_before
print(json.dumps(findings))
