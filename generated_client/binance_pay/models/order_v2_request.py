# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_buyer import OrderBuyer
    from ..models.order_env import OrderEnv
    from ..models.order_goods import OrderGoods
    from ..models.order_merchant import OrderMerchant
    from ..models.order_shipping import OrderShipping
    from ..models.order_tags import OrderTags


T = TypeVar("T", bound="OrderV2Request")


@_attrs_define
class OrderV2Request:
    """Create Order v2 request. The fields the official Python connector documents, plus the top-level fields the reference
    gives v2 in common with v3 (`fiatAmount`, `fiatCurrency`, `universalUrlAttach`, `passThroughInfo`, `webhookUrl`,
    `orderTags`). The currency rules are v3's (see `OrderV3Request`): `currency` or `fiatCurrency`, each with its
    amount.

        Attributes:
            env (OrderEnv):
            merchant_trade_no (str): The merchant's unique id for the order, letters and digits only.
            goods (OrderGoods): One item of goods: v2's `goods` object [official] and each item of v3's `goodsDetails` (from
                third-party SDKs, which give v3 the same fields).
            merchant (OrderMerchant | Unset):
            order_amount (Decimal | Unset): Order amount, a JSON number with at most 8 decimal places, at least 0.00000001
                (an older v2 revision says at least 0.01). Required when `currency` is set.
            currency (str | Unset): Order currency, an uppercase crypto code. The v2 page text lists "BUSD", "USDT", "MBOX"
                (an old text). `currency` and `fiatCurrency` cannot both be absent.
            fiat_amount (Decimal | Unset): Order amount in `fiatCurrency`, at most 8 decimal places, at least 0.00000001.
            fiat_currency (str | Unset): An uppercase fiat code; if set, the order currency becomes USDT.
            shipping (OrderShipping | Unset): Shipping details (from third-party SDKs and the official v2 connector's
                docstring).
            buyer (OrderBuyer | Unset): Buyer details (from third-party SDKs and the official v2 connector's docstring).
            return_url (str | Unset): Redirect after a successful payment.
            cancel_url (str | Unset): Redirect after a failed payment.
            order_expire_time (int | Unset): Expiry time, milliseconds since the epoch.
            support_pay_currency (str | Unset): Comma-separated currencies the payer may use, for example "USDT,BNB".
            app_id (str | Unset): Required when `env.terminalType` is MINI_PROGRAM (third-party SDKs).
            universal_url_attach (str | Unset): Extra query parameters appended to the response's `universalUrl`.
            pass_through_info (str | Unset): Returned unchanged by Query Order and the payment webhook.
            webhook_url (str | Unset): Webhook URL for this order, overriding the one configured in the merchant portal;
                must start with http or https.
            order_tags (OrderTags | Unset): Tags of the order.
    """

    env: OrderEnv
    merchant_trade_no: str
    goods: OrderGoods
    merchant: OrderMerchant | Unset = UNSET
    order_amount: Decimal | Unset = UNSET
    currency: str | Unset = UNSET
    fiat_amount: Decimal | Unset = UNSET
    fiat_currency: str | Unset = UNSET
    shipping: OrderShipping | Unset = UNSET
    buyer: OrderBuyer | Unset = UNSET
    return_url: str | Unset = UNSET
    cancel_url: str | Unset = UNSET
    order_expire_time: int | Unset = UNSET
    support_pay_currency: str | Unset = UNSET
    app_id: str | Unset = UNSET
    universal_url_attach: str | Unset = UNSET
    pass_through_info: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    order_tags: OrderTags | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        env = self.env.to_dict()

        merchant_trade_no = self.merchant_trade_no

        goods = self.goods.to_dict()

        merchant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant, Unset):
            merchant = self.merchant.to_dict()

        order_amount = self.order_amount

        currency = self.currency

        fiat_amount = self.fiat_amount

        fiat_currency = self.fiat_currency

        shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping, Unset):
            shipping = self.shipping.to_dict()

        buyer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer, Unset):
            buyer = self.buyer.to_dict()

        return_url = self.return_url

        cancel_url = self.cancel_url

        order_expire_time = self.order_expire_time

        support_pay_currency = self.support_pay_currency

        app_id = self.app_id

        universal_url_attach = self.universal_url_attach

        pass_through_info = self.pass_through_info

        webhook_url = self.webhook_url

        order_tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_tags, Unset):
            order_tags = self.order_tags.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "env": env,
                "merchantTradeNo": merchant_trade_no,
                "goods": goods,
            }
        )
        if merchant is not UNSET:
            field_dict["merchant"] = merchant
        if order_amount is not UNSET:
            field_dict["orderAmount"] = order_amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if fiat_amount is not UNSET:
            field_dict["fiatAmount"] = fiat_amount
        if fiat_currency is not UNSET:
            field_dict["fiatCurrency"] = fiat_currency
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if buyer is not UNSET:
            field_dict["buyer"] = buyer
        if return_url is not UNSET:
            field_dict["returnUrl"] = return_url
        if cancel_url is not UNSET:
            field_dict["cancelUrl"] = cancel_url
        if order_expire_time is not UNSET:
            field_dict["orderExpireTime"] = order_expire_time
        if support_pay_currency is not UNSET:
            field_dict["supportPayCurrency"] = support_pay_currency
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if universal_url_attach is not UNSET:
            field_dict["universalUrlAttach"] = universal_url_attach
        if pass_through_info is not UNSET:
            field_dict["passThroughInfo"] = pass_through_info
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if order_tags is not UNSET:
            field_dict["orderTags"] = order_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_buyer import OrderBuyer  # noqa: PLC0415
        from ..models.order_env import OrderEnv  # noqa: PLC0415
        from ..models.order_goods import OrderGoods  # noqa: PLC0415
        from ..models.order_merchant import OrderMerchant  # noqa: PLC0415
        from ..models.order_shipping import OrderShipping  # noqa: PLC0415
        from ..models.order_tags import OrderTags  # noqa: PLC0415

        d = dict(src_dict)
        env = OrderEnv.from_dict(d.pop("env"))

        merchant_trade_no = d.pop("merchantTradeNo")

        goods = OrderGoods.from_dict(d.pop("goods"))

        _merchant = d.pop("merchant", UNSET)
        merchant: OrderMerchant | Unset
        if isinstance(_merchant, Unset):
            merchant = UNSET
        else:
            merchant = OrderMerchant.from_dict(_merchant)

        order_amount = d.pop("orderAmount", UNSET)
        if type(order_amount) is int:
            order_amount = Decimal(order_amount)

        currency = d.pop("currency", UNSET)

        fiat_amount = d.pop("fiatAmount", UNSET)
        if type(fiat_amount) is int:
            fiat_amount = Decimal(fiat_amount)

        fiat_currency = d.pop("fiatCurrency", UNSET)

        _shipping = d.pop("shipping", UNSET)
        shipping: OrderShipping | Unset
        if isinstance(_shipping, Unset):
            shipping = UNSET
        else:
            shipping = OrderShipping.from_dict(_shipping)

        _buyer = d.pop("buyer", UNSET)
        buyer: OrderBuyer | Unset
        if isinstance(_buyer, Unset):
            buyer = UNSET
        else:
            buyer = OrderBuyer.from_dict(_buyer)

        return_url = d.pop("returnUrl", UNSET)

        cancel_url = d.pop("cancelUrl", UNSET)

        order_expire_time = d.pop("orderExpireTime", UNSET)

        support_pay_currency = d.pop("supportPayCurrency", UNSET)

        app_id = d.pop("appId", UNSET)

        universal_url_attach = d.pop("universalUrlAttach", UNSET)

        pass_through_info = d.pop("passThroughInfo", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        _order_tags = d.pop("orderTags", UNSET)
        order_tags: OrderTags | Unset
        if isinstance(_order_tags, Unset):
            order_tags = UNSET
        else:
            order_tags = OrderTags.from_dict(_order_tags)

        order_v2_request = cls(
            env=env,
            merchant_trade_no=merchant_trade_no,
            goods=goods,
            merchant=merchant,
            order_amount=order_amount,
            currency=currency,
            fiat_amount=fiat_amount,
            fiat_currency=fiat_currency,
            shipping=shipping,
            buyer=buyer,
            return_url=return_url,
            cancel_url=cancel_url,
            order_expire_time=order_expire_time,
            support_pay_currency=support_pay_currency,
            app_id=app_id,
            universal_url_attach=universal_url_attach,
            pass_through_info=pass_through_info,
            webhook_url=webhook_url,
            order_tags=order_tags,
        )

        return order_v2_request
