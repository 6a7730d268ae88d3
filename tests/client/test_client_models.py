"""Results read like plain Python: absent or null fields are None, reprs show what is set, times are ints."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from decimal import Decimal

import pytest
from binance_pay import ResponseValidationError
from binance_pay.models import ConvertQuote, PayoutTransferDetailRequest, TransferQueryResult
from client_helpers import Scripted, envelope_bytes

TRANSFER = '{"tranId":"t1","status":"SUCCESS","amount":"1.50"%s}'
QUOTE = (
    '{"quoteId":"q1","ratio":1.5,"inverseRatio":0.6,"validTimestamp":%s,"expireTime":%s,'
    '"toAmount":1,"toCoin":"BNB","fromAmount":2,"fromCoin":"USDT"}'
)


def _transfer(make_client, extra: str = "") -> TransferQueryResult:
    client, _ = make_client(Scripted(body=envelope_bytes(TRANSFER % extra)))
    return client.transfers.query(tran_id="t1")


def _quote(make_client, valid: str, expire: str) -> ConvertQuote:
    client, _ = make_client(Scripted(body=envelope_bytes(QUOTE % (valid, expire))))
    return client.convert.quote(wallet="SPOT_WALLET", from_asset="USDT", to_asset="BNB", from_amount=Decimal(2))


def test_an_absent_field_reads_none_and_the_repr_shows_only_what_is_set(make_client) -> None:
    result = _transfer(make_client)
    assert result.currency is None
    assert repr(result) == "TransferQueryResult(tran_id='t1', status='SUCCESS', amount=Decimal('1.50'))"
    assert "None" not in repr(result) and "UNSET" not in repr(result)


def test_a_null_field_reads_none_and_unknown_fields_stay_reachable(make_client) -> None:
    result = _transfer(make_client, ',"currency":null,"newField":{"a":1}')
    assert result.currency is None
    assert result.additional_properties == {"newField": {"a": 1}}
    assert repr(result).endswith(", additional_properties={'newField': {'a': 1}})")
    assert result.to_dict() == {"newField": {"a": 1}, "tranId": "t1", "status": "SUCCESS", "amount": Decimal("1.50")}
    assert TransferQueryResult.from_dict(result.to_dict()) == result


@pytest.mark.parametrize(("valid", "expire"), [("1667179271865", "10"), ('"1667179271865"', '"10"')])
def test_times_documented_as_numbers_read_as_ints_from_a_number_or_a_string_of_digits(
    make_client, valid, expire
) -> None:
    quote = _quote(make_client, valid, expire)
    assert (quote.valid_timestamp, quote.expire_time) == (1667179271865, 10)
    assert type(quote.valid_timestamp) is int and type(quote.expire_time) is int
    assert type(quote.ratio) is Decimal  # an amount stays a Decimal


@pytest.mark.parametrize("valid", ['"1.5"', '"-1"', '"1e3"', '" 1"', '"\\u0661"', "1.5"])
def test_a_lenient_integer_that_is_not_digits_is_refused(make_client, valid) -> None:
    with pytest.raises(ResponseValidationError) as info:
        _quote(make_client, valid, "10")
    assert info.value.field == "data.validTimestamp"


def test_nested_request_models_are_slotted_dataclasses_with_the_wire_names_in_to_dict() -> None:
    detail = PayoutTransferDetailRequest(
        merchant_send_id="m1",
        receive_type="BINANCE_ID",
        receiver="123",
        transfer_amount=Decimal("1.5"),
        transfer_method="SPOT_WALLET",
    )
    assert dataclasses.is_dataclass(detail) and not hasattr(detail, "__dict__")
    wire = detail.to_dict()
    assert wire["merchantSendId"] == "m1" and wire["transferAmount"] == Decimal("1.5")
    assert PayoutTransferDetailRequest.from_dict(wire) == detail


def test_models_are_imported_on_first_use_through_one_table() -> None:
    code = (
        "import sys, binance_pay, binance_pay.models as models\n"
        "assert not [m for m in sys.modules if m.startswith('binance_pay.models.')], sys.modules\n"
        "assert binance_pay.Wallet is models.Wallet and 'Wallet' in dir(models)\n"
        "from binance_pay.models import OrderResult\n"
        "assert binance_pay.OrderResult is OrderResult\n"
        "assert not hasattr(binance_pay, 'PayoutRequest') and not hasattr(binance_pay, 'Envelope')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
