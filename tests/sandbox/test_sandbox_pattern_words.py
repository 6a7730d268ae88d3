"""The sandbox says a pattern the spec describes (`x-pattern-description`) in those words, not as its regex."""

from __future__ import annotations

from sandbox_helpers import SignedClient

TRANSFER = "/binancepay/openapi/wallet/transfer"


def test_a_too_large_transfer_amount_is_refused_in_words(client: SignedClient) -> None:
    body = {"requestId": "words5", "currency": "USDT", "amount": "1000000000000000", "transferType": "TO_MAIN"}
    answer = client.post(body, path=TRANSFER).json()
    assert answer["status"] == "FAIL"
    assert answer["errorMessage"] == (
        "amount: must be a decimal from 0.00000001 to 999999999999999.99999999 with at most 8 places"
    )


def test_a_pattern_without_words_is_still_named(client: SignedClient) -> None:
    answer = client.post({"wallet": "SPOT_WALLET", "currency": "usdt"}).json()
    assert answer["errorMessage"] == "currency: must match ^[A-Z0-9]+$"
