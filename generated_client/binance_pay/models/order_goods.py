# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..models.order_goods_category import OrderGoodsCategory
from ..models.order_goods_type import OrderGoodsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_goods_unit_amount import OrderGoodsUnitAmount


T = TypeVar("T", bound="OrderGoods")


@_attrs_define
class OrderGoods:
    """One item of goods: v2's `goods` object [official] and each item of v3's `goodsDetails` (from third-party SDKs, which
    give v3 the same fields).

        Attributes:
            goods_type (OrderGoodsType): "01" tangible goods, "02" virtual goods.
            goods_category (OrderGoodsCategory): "0000" Electronics & Computers, "1000" Books, Music & Movies, "2000" Home,
                Garden & Tools, "3000" Clothes, Shoes & Bags, "4000" Toys, Kids & Baby, "5000" Automotive & Accessories, "6000"
                Game & Recharge, "7000" Entertainment & Collection, "8000" Jewelry, "9000" Domestic service, "A000" Beauty care,
                "B000" Pharmacy, "C000" Sports & Outdoors, "D000" Food, Grocery & Health products, "E000" Pet supplies, "F000"
                Industry & Science, "Z000" Others.
            reference_goods_id (str): The merchant's id for the goods.
            goods_name (str): Goods name. Special characters such as \\ and " and emoji are prohibited (only \\ and " are
                checked here).
            goods_detail (str | Unset): Goods description. Unconfirmed: its maximum length (v1's `productDetail` was at most
                256).
            goods_unit_amount (OrderGoodsUnitAmount | Unset): Unit price of the goods. From third-party SDKs (and the
                official v2 connector's docstring, which types `amount` as a float): the fields; unconfirmed: that both are
                required.
            goods_quantity (str | Unset): Quantity, as a string (official v2 connector's docstring).
    """

    goods_type: OrderGoodsType
    goods_category: OrderGoodsCategory
    reference_goods_id: str
    goods_name: str
    goods_detail: str | Unset = UNSET
    goods_unit_amount: OrderGoodsUnitAmount | Unset = UNSET
    goods_quantity: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        goods_type = self.goods_type.value

        goods_category = self.goods_category.value

        reference_goods_id = self.reference_goods_id

        goods_name = self.goods_name

        goods_detail = self.goods_detail

        goods_unit_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.goods_unit_amount, Unset):
            goods_unit_amount = self.goods_unit_amount.to_dict()

        goods_quantity = self.goods_quantity

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "goodsType": goods_type,
                "goodsCategory": goods_category,
                "referenceGoodsId": reference_goods_id,
                "goodsName": goods_name,
            }
        )
        if goods_detail is not UNSET:
            field_dict["goodsDetail"] = goods_detail
        if goods_unit_amount is not UNSET:
            field_dict["goodsUnitAmount"] = goods_unit_amount
        if goods_quantity is not UNSET:
            field_dict["goodsQuantity"] = goods_quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_goods_unit_amount import OrderGoodsUnitAmount  # noqa: PLC0415

        d = dict(src_dict)
        goods_type = OrderGoodsType(d.pop("goodsType"))

        goods_category = OrderGoodsCategory(d.pop("goodsCategory"))

        reference_goods_id = d.pop("referenceGoodsId")

        goods_name = d.pop("goodsName")

        goods_detail = d.pop("goodsDetail", UNSET)

        _goods_unit_amount = d.pop("goodsUnitAmount", UNSET)
        goods_unit_amount: OrderGoodsUnitAmount | Unset
        if isinstance(_goods_unit_amount, Unset):
            goods_unit_amount = UNSET
        else:
            goods_unit_amount = OrderGoodsUnitAmount.from_dict(_goods_unit_amount)

        goods_quantity = d.pop("goodsQuantity", UNSET)

        order_goods = cls(
            goods_type=goods_type,
            goods_category=goods_category,
            reference_goods_id=reference_goods_id,
            goods_name=goods_name,
            goods_detail=goods_detail,
            goods_unit_amount=goods_unit_amount,
            goods_quantity=goods_quantity,
        )

        return order_goods
