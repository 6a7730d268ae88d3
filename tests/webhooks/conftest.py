"""Real RSA keys and notifications signed exactly as Binance signs them."""

from __future__ import annotations

import pytest

from tests.fixtures.webhook_signer import Signer, make_signer


@pytest.fixture(scope="session")
def signer() -> Signer:
    return make_signer("5a1b0c9d8e7f60718293a4b5c6d7e8f9")


@pytest.fixture(scope="session")
def other_signer() -> Signer:
    return make_signer("0f0e0d0c0b0a09080706050403020100")


PAY_BODY = (
    b'{"bizType":"PAY","data":"{\\"merchantTradeNo\\":\\"9825382937292\\",\\"totalFee\\":0.88000000,'
    b'\\"transactTime\\":1619508939664,\\"currency\\":\\"BUSD\\",\\"openUserId\\":\\"1211HS10K81f4273ac031\\",'
    b'\\"productType\\":\\"Food\\",\\"productName\\":\\"Ice Cream\\",\\"tradeType\\":\\"WEB\\",'
    b'\\"transactionId\\":\\"M_R_282737362839373\\",\\"commission\\":999999999999999.99999999}",'
    b'"bizIdStr":"29383937493038367292","bizId":29383937493038367292,"bizStatus":"PAY_SUCCESS"}'
)
