"""Profit sharing through the SDK: receivers, splits of a paid order out of the funding wallet, returns."""

from __future__ import annotations

from decimal import Decimal

import pytest
from binance_pay.errors import InvalidParamWrongValueError, OrderNotFoundOrNotSuccessError
from sdk_sandbox import SdkSandbox, sdk_sandbox

FUNDING = "FUNDING_WALLET"
START = Decimal("1250.50000000")


def _receivers(box: SdkSandbox, *accounts: str) -> None:
    for account in accounts:
        assert box.client.profit_sharing.add_receiver(account=account).account == account


def _part(account: str, amount: str) -> dict[str, object]:
    return {"account": account, "amount": Decimal(amount), "description": "share"}


def test_receivers_are_added_listed_by_page_and_deleted() -> None:
    with sdk_sandbox() as box:
        _receivers(box, "1", "2", "3", "2")
        page = box.client.profit_sharing.query_receivers(page_num=2, page_size=2)
        assert (page.account_list, page.total_page_num, page.total_record_num) == (["3"], 2, 3)
        box.client.profit_sharing.delete_receiver(account="2")
        assert box.client.profit_sharing.query_receivers(page_num=1, page_size=10).account_list == ["1", "3"]
        with pytest.raises(InvalidParamWrongValueError):
            box.client.profit_sharing.delete_receiver(account="2")


def test_a_split_pays_receivers_out_of_the_order_and_a_return_reverses_it() -> None:
    with sdk_sandbox() as box:
        _receivers(box, "1", "2")
        prepay_id = box.order(Decimal(10), profit_sharing=True)
        split = box.client.profit_sharing.submit_split(
            merchant_request_id="s1", prepay_order_id=prepay_id, receiver_list=[_part("1", "2.5"), _part("2", "1.25")]
        )
        assert [(part.account, part.amount, part.status) for part in split.receiver_order_details] == [
            ("1", Decimal("2.50000000"), 2),
            ("2", Decimal("1.25000000"), 2),
        ]
        assert box.balance(FUNDING, "USDT") == box.balance_v2(FUNDING, "USDT") == START + 10 - Decimal("3.75")
        returned = box.client.profit_sharing.return_split(
            prepay_order_id=prepay_id,
            split_order_no=split.split_order_no,
            merchant_return_no="r1",
            transfer_out_account="1",
            return_amount=Decimal(1),
        )
        assert (returned.merchant_return_no, returned.return_amount) == ("r1", Decimal("1.00000000"))
        assert box.balance(FUNDING, "USDT") == box.balance_v2(FUNDING, "USDT") == START + 10 - Decimal("2.75")
        queried = box.client.profit_sharing.query_split(merchant_request_id="s1", prepay_order_id=prepay_id)
        assert queried.split_order_no == split.split_order_no


def test_splits_never_pay_more_than_the_order_allows() -> None:
    with sdk_sandbox() as box:
        _receivers(box, "1")
        prepay_id = box.order(Decimal(10), profit_sharing=True)
        split = box.client.profit_sharing.submit_split
        split(merchant_request_id="s1", prepay_order_id=prepay_id, receiver_list=[_part("1", "6")])
        with pytest.raises(InvalidParamWrongValueError):
            split(merchant_request_id="s2", prepay_order_id=prepay_id, receiver_list=[_part("1", "4.00000001")])
        split(merchant_request_id="s3", prepay_order_id=prepay_id, receiver_list=[_part("1", "4")])
        with pytest.raises(InvalidParamWrongValueError):
            box.client.profit_sharing.return_split(
                prepay_order_id=prepay_id,
                origin_merchant_request_id="s1",
                merchant_return_no="r1",
                transfer_out_account="1",
                return_amount=Decimal("6.00000001"),
            )
        assert box.balance(FUNDING, "USDT") == START


def test_splits_of_unpaid_untagged_orders_or_to_strangers_are_refused() -> None:
    with sdk_sandbox() as box:
        _receivers(box, "1")
        unpaid = box.order(Decimal(10), profit_sharing=True, paid=False)
        untagged = box.order(Decimal(10))
        tagged = box.order(Decimal(10), profit_sharing=True)
        for prepay_id in (unpaid, "123"):
            with pytest.raises(OrderNotFoundOrNotSuccessError):
                box.client.profit_sharing.submit_split(
                    merchant_request_id="s", prepay_order_id=prepay_id, receiver_list=[_part("1", "1")]
                )
        with pytest.raises(InvalidParamWrongValueError):
            box.client.profit_sharing.submit_split(
                merchant_request_id="s", prepay_order_id=untagged, receiver_list=[_part("1", "1")]
            )
        with pytest.raises(InvalidParamWrongValueError):
            box.client.profit_sharing.submit_split(
                merchant_request_id="s", prepay_order_id=tagged, receiver_list=[_part("9", "1")]
            )
        assert box.balance(FUNDING, "USDT") == START + 20
