"""`x-retry-safe: false` next to `x-idempotency-field`: the id is named, but a resend is not provably safe.

Direct Debit Payment (`pay/apply`) carries the merchant's `merchantRequestId`, yet the reference
documents "idempotent result for the same requestId" only for Payment Notification (`pay/notify`).
A blind resend of a debit after an unknown outcome could debit twice, so the spec says
`x-retry-safe: false`: the client does not resend it once its body may have left, while
`pay/notify` (idempotent per the page) is retried as before.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from binance_pay.errors import OutcomeUnknownError, UnknownError
from binance_pay.resources import direct_debit
from client_helpers import Scripted, fail_bytes

from generator._spec import SpecError, _retry_safe

SERVER_ERROR = Scripted(status=500, body=fail_bytes("400000", "try again later"))  # UNKNOWN_ERROR: retryable


def test_the_debit_names_its_id_but_is_not_retry_safe() -> None:
    pay, notify = direct_debit._PAY, direct_debit._NOTIFY_PAYMENT
    assert pay.retry_safe is False
    assert pay.idempotency is not None and pay.idempotency.id_field == "merchantRequestId"
    assert notify.retry_safe is True
    assert notify.idempotency is not None and notify.idempotency.id_field == "merchantRequestId"


def _debit(client: Any) -> Any:
    return client.direct_debit.pay(
        merchant_request_id="abcd2",
        trade_mode="DIRECT_DEBIT",
        biz_id=205611460060250112,
        pre_biz_id=242215347535298561,
        amount=Decimal("6"),
        currency="USDT",
        product_name="Monthly membership",
    )


def _notify(client: Any) -> Any:
    return client.direct_debit.notify_payment(
        merchant_request_id="abcd",
        trade_mode="DIRECT_DEBIT",
        biz_id=123,
        estimated_amount=Decimal("6"),
        currency="USDT",
    )


def test_a_debit_whose_outcome_is_unknown_is_not_resent(make_client) -> None:
    client, recorder = make_client(SERVER_ERROR, max_retries=2, initial_retry_delay=0.001, max_retry_delay=0.001)
    with pytest.raises(OutcomeUnknownError) as info:
        _debit(client)
    assert recorder.calls == 1
    assert isinstance(info.value.last_error, UnknownError)
    assert (info.value.id_field, info.value.id_value) == ("merchantRequestId", "abcd2")


def test_the_idempotent_notification_is_still_retried(make_client) -> None:
    client, recorder = make_client(SERVER_ERROR, max_retries=2, initial_retry_delay=0.001, max_retry_delay=0.001)
    with pytest.raises(OutcomeUnknownError) as info:
        _notify(client)
    assert isinstance(info.value.last_error, UnknownError)
    assert recorder.calls == 3
    assert len(set(recorder.bodies)) == 1  # the same id (and body) every time


@pytest.mark.parametrize(
    ("raw", "expected"), [({}, False), ({"x-retry-safe": True}, True), ({"x-retry-safe": False}, False)]
)
def test_x_retry_safe_reads_true_or_false(raw: dict[str, Any], expected: bool) -> None:
    assert _retry_safe("op", raw) is expected


@pytest.mark.parametrize("value", ["false", 0, None, "yes"])
def test_x_retry_safe_that_is_not_a_boolean_is_refused(value: Any) -> None:
    with pytest.raises(SpecError, match="x-retry-safe must be true or false"):
        _retry_safe("op", {"x-retry-safe": value})
