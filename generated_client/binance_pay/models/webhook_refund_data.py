# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookRefundData")


@_attrs_define
class WebhookRefundData:
    """`data` of a PAY_REFUND notification (`bizStatus` REFUND_SUCCESS or REFUND_REJECTED), once parsed. Sent only for
    refunds made through the refund API, with a final status only. No official sample was readable; the example is from
    a third-party SDK's tests (akarsh1995/binance-pay-rs), which also carry `transactTime` and `commission`.

        Example:
            {'merchantTradeNo': '6177e6ae81ce6f001b4a6233', 'totalFee': Decimal('0.01'), 'transactTime': 1635248421335,
                'refundInfo': {'orderAmount': '0.01000000', 'duplicateRequest': 'N', 'payerOpenId':
                '9aa0a8bb21cf5fbf049aad7db35dc3d3', 'prepayId': '123289163323899904', 'refundRequestId': '68711039982968853',
                'refundedAmount': '0.01000000', 'remainingAttempts': 9, 'refundAmount': '0.01000000'}, 'currency': 'BUSD',
                'commission': 0, 'openUserId': 'b5ec36baaa5ab9a5cfb1c29c2057bd81', 'productType': 'LIVE_STREAM', 'productName':
                'LIVE_STREAM', 'tradeType': 'APP'}

        Attributes:
            merchant_trade_no (str): The merchant's id for the order.
            product_type (str): Documented as at most 16 characters; not enforced on what Binance sends.
            product_name (str): Documented as at most 256 characters; not enforced on what Binance sends.
            trade_type (str): Where the order was placed ("operate entrance").
            total_fee (Decimal): Order amount (a JSON number).
            currency (str): Order currency.
            open_user_id (str | Unset): The payer's unique id for this merchant.
            refund_info (Any | Unset): The refund (`WebhookRefundInfo`); only for merchants approved by Binance Operations.
                Unconfirmed JSON form: the doc table types it as a string (then a JSON string holding the object), while the
                third-party sample shows a nested object; accept both.
            transact_time (int | Unset): From third-party SDKs only (present in their sample).
            commission (Decimal | Unset): From third-party SDKs only (present in their sample).
    """

    merchant_trade_no: str
    product_type: str
    product_name: str
    trade_type: str
    total_fee: Decimal
    currency: str
    open_user_id: str | Unset = UNSET
    refund_info: Any | Unset = UNSET
    transact_time: int | Unset = UNSET
    commission: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_trade_no = self.merchant_trade_no

        product_type = self.product_type

        product_name = self.product_name

        trade_type = self.trade_type

        total_fee = self.total_fee

        currency = self.currency

        open_user_id = self.open_user_id

        refund_info = self.refund_info

        transact_time = self.transact_time

        commission = self.commission

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "merchantTradeNo": merchant_trade_no,
                "productType": product_type,
                "productName": product_name,
                "tradeType": trade_type,
                "totalFee": total_fee,
                "currency": currency,
            }
        )
        if open_user_id is not UNSET:
            field_dict["openUserId"] = open_user_id
        if refund_info is not UNSET:
            field_dict["refundInfo"] = refund_info
        if transact_time is not UNSET:
            field_dict["transactTime"] = transact_time
        if commission is not UNSET:
            field_dict["commission"] = commission

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merchant_trade_no = d.pop("merchantTradeNo")

        product_type = d.pop("productType")

        product_name = d.pop("productName")

        trade_type = d.pop("tradeType")

        total_fee = d.pop("totalFee")
        if type(total_fee) is int:
            total_fee = Decimal(total_fee)

        currency = d.pop("currency")

        open_user_id = d.pop("openUserId", UNSET)

        refund_info = d.pop("refundInfo", UNSET)

        transact_time = d.pop("transactTime", UNSET)

        commission = d.pop("commission", UNSET)
        if type(commission) is int:
            commission = Decimal(commission)

        webhook_refund_data = cls(
            merchant_trade_no=merchant_trade_no,
            product_type=product_type,
            product_name=product_name,
            trade_type=trade_type,
            total_fee=total_fee,
            currency=currency,
            open_user_id=open_user_id,
            refund_info=refund_info,
            transact_time=transact_time,
            commission=commission,
        )

        webhook_refund_data.additional_properties = d
        return webhook_refund_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
