# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..models.payout_biz_scene import PayoutBizScene
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payout_transfer_detail_request import PayoutTransferDetailRequest


T = TypeVar("T", bound="PayoutRequest")


@_attrs_define
class PayoutRequest:
    """Batch Payout request.

    Attributes:
        request_id (str): The merchant's unique id for this batch (presumably idempotent; unconfirmed what a repeat
            returns). Resend the same id when retrying.
        batch_name (str): Name of the batch.
        currency (str): Crypto currency of every transfer of the batch, uppercase (fiat is not supported).
        total_amount (Decimal): A payout amount, a JSON number from 0.00000001 to 999999999999999.99999999, at most 8
            decimal places.
        total_number (int): Number of transfers; must equal the length of transferDetailList.
        transfer_detail_list (list[PayoutTransferDetailRequest]): The transfers, at most 500.
        biz_scene (PayoutBizScene | Unset): Business scene of the payout: DIRECT_TRANSFER (the default), CRYPTO_REWARDS
            (gifts or rewards), SETTLEMENT (settlement or commission fee), REIMBURSEMENT (reimbursing employees),
            MERCHANT_PAYMENT (payment to partners/users), OTHERS.
        webhook_url (str | Unset): URL for this batch's PAYOUT webhook, instead of the one configured in the merchant
            portal.
        sub_merchant_id (str | Unset): Sub-merchant paying out (Channel Partners; added 2025-02).
    """

    request_id: str
    batch_name: str
    currency: str
    total_amount: Decimal
    total_number: int
    transfer_detail_list: list[PayoutTransferDetailRequest]
    biz_scene: PayoutBizScene | Unset = UNSET
    webhook_url: str | Unset = UNSET
    sub_merchant_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        batch_name = self.batch_name

        currency = self.currency

        total_amount = self.total_amount

        total_number = self.total_number

        transfer_detail_list = []
        for transfer_detail_list_item_data in self.transfer_detail_list:
            transfer_detail_list_item = transfer_detail_list_item_data.to_dict()
            transfer_detail_list.append(transfer_detail_list_item)

        biz_scene: str | Unset = UNSET
        if not isinstance(self.biz_scene, Unset):
            biz_scene = self.biz_scene.value

        webhook_url = self.webhook_url

        sub_merchant_id = self.sub_merchant_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "requestId": request_id,
                "batchName": batch_name,
                "currency": currency,
                "totalAmount": total_amount,
                "totalNumber": total_number,
                "transferDetailList": transfer_detail_list,
            }
        )
        if biz_scene is not UNSET:
            field_dict["bizScene"] = biz_scene
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if sub_merchant_id is not UNSET:
            field_dict["subMerchantId"] = sub_merchant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payout_transfer_detail_request import PayoutTransferDetailRequest  # noqa: PLC0415

        d = dict(src_dict)
        request_id = d.pop("requestId")

        batch_name = d.pop("batchName")

        currency = d.pop("currency")

        total_amount = d.pop("totalAmount")
        if type(total_amount) is int:
            total_amount = Decimal(total_amount)

        total_number = d.pop("totalNumber")

        transfer_detail_list = []
        _transfer_detail_list = d.pop("transferDetailList")
        for transfer_detail_list_item_data in _transfer_detail_list:
            transfer_detail_list_item = PayoutTransferDetailRequest.from_dict(transfer_detail_list_item_data)

            transfer_detail_list.append(transfer_detail_list_item)

        _biz_scene = d.pop("bizScene", UNSET)
        biz_scene: PayoutBizScene | Unset
        if isinstance(_biz_scene, Unset):
            biz_scene = UNSET
        else:
            biz_scene = PayoutBizScene(_biz_scene)

        webhook_url = d.pop("webhookUrl", UNSET)

        sub_merchant_id = d.pop("subMerchantId", UNSET)

        payout_request = cls(
            request_id=request_id,
            batch_name=batch_name,
            currency=currency,
            total_amount=total_amount,
            total_number=total_number,
            transfer_detail_list=transfer_detail_list,
            biz_scene=biz_scene,
            webhook_url=webhook_url,
            sub_merchant_id=sub_merchant_id,
        )

        return payout_request
