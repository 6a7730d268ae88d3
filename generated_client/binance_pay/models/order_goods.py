# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from .._dataclasses import define
from .._model import Model

if TYPE_CHECKING:
    from .order_goods_category import OrderGoodsCategory
    from .order_goods_type import OrderGoodsType
    from .order_goods_unit_amount import OrderGoodsUnitAmount


@define
class OrderGoods(Model):
    """OrderGoods

    Attributes:
        goods_type (OrderGoodsType): "01" tangible goods, "02" virtual goods.
        goods_category (OrderGoodsCategory): "0000" Electronics & Computers, "1000" Books, Music & Movies, "2000"
            Home, Garden & Tools, "3000" Clothes, Shoes & Bags, "4000" Toys, Kids & Baby, "5000" Automotive &
            Accessories, "6000" Game & Recharge, "7000" Entertainment & Collection, "8000" Jewelry, "9000" Domestic
            service, "A000" Beauty care, "B000" Pharmacy, "C000" Sports & Outdoors, "D000" Food, Grocery & Health
            products, "E000" Pet supplies, "F000" Industry & Science, "Z000" Others.
        reference_goods_id (str): The merchant's id for the goods.
        goods_name (str): Goods name. Special characters such as \\ and " and emoji are prohibited (only \\ and "
            are checked here).
        goods_detail (str | None): Goods description.
        goods_unit_amount (OrderGoodsUnitAmount | None): Unit price of the goods.
        goods_quantity (str | None): Quantity, as a string.
    """

    goods_type: OrderGoodsType
    goods_category: OrderGoodsCategory
    reference_goods_id: str
    goods_name: str
    goods_detail: str | None = None
    goods_unit_amount: OrderGoodsUnitAmount | None = None
    goods_quantity: str | None = None

    _fields: ClassVar[dict[str, str]] = {
        "goodsType": "goods_type",
        "goodsCategory": "goods_category",
        "referenceGoodsId": "reference_goods_id",
        "goodsName": "goods_name",
        "goodsDetail": "goods_detail",
        "goodsUnitAmount": "goods_unit_amount",
        "goodsQuantity": "goods_quantity",
    }
    _nested: ClassVar[dict[str, str | list[str]]] = {
        "goodsType": "OrderGoodsType",
        "goodsCategory": "OrderGoodsCategory",
        "goodsUnitAmount": "OrderGoodsUnitAmount",
    }
