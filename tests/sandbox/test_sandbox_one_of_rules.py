"""The sandbox refuses a request that breaks a "one of" rule with the mapped code and names the fields,
never echoing the body back."""

from __future__ import annotations

from typing import Any

import pytest
from sandbox_helpers import SignedClient

GOODS = [{"goodsType": "02", "goodsCategory": "Z000", "referenceGoodsId": "g", "goodsName": "n"}]
ORDER = {"env": {"terminalType": "WEB"}, "merchantTradeNo": "oneOfRules1", "description": "x", "goodsDetails": GOODS}
QUOTE = {"wallet": "FUNDING_WALLET", "fromAsset": "USDT", "toAsset": "BNB"}


@pytest.mark.parametrize(
    ("path", "body", "code", "message"),
    [
        ("/binancepay/openapi/v2/order/query", {}, "400100", "prepayId or merchantTradeNo: one of them is required"),
        (
            "/binancepay/openapi/v3/order",
            {**ORDER, "currency": "USDT"},
            "400100",
            "orderAmount: is required when currency is given",
        ),
        ("/binancepay/openapi/v3/order", ORDER, "400100", "currency or fiatCurrency: one of them is required"),
        (
            "/binancepay/openapi/otc-portal/get-quote",
            {**QUOTE, "fromAmount": 1, "toAmount": 2},
            "400001",
            "fromAmount or toAmount: exactly one of them is allowed",
        ),
    ],
    ids=["anyOf", "dependentRequired", "anyOf-currency", "oneOf"],
)
def test_one_of_rule_is_named(client: SignedClient, path: str, body: dict[str, Any], code: str, message: str) -> None:
    answer = client.post(body, path=path).json()
    assert (answer["status"], answer["code"]) == ("FAIL", code), answer
    assert message in answer["errorMessage"], answer["errorMessage"]
    assert "Decimal(" not in answer["errorMessage"] and "{" not in answer["errorMessage"]
