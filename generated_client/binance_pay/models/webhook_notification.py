# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookNotification")


@_attrs_define
class WebhookNotification:
    """The body of every webhook notification except the C2C collection one
    (`WebhookCollectionNotification`). Verify the signature over the raw body bytes before parsing
    (see `queryCertificates`), then parse `data`, a JSON string, a second time according to
    `bizType`: PAY -> `WebhookPayData`, PAY_REFUND -> `WebhookRefundData`, PAYOUT ->
    `WebhookPayoutData`, PAYOUT_NON_BN -> `WebhookPayoutNonBnData`, DIRECT_DEBIT_CT ->
    `WebhookDirectDebitContractData`, BALANCE -> `WebhookBalanceReportData`, SHARE_ACCOUNT_ID ->
    `WebhookShareAccountIdData`, MERCHANT_QR_CODE -> `WebhookMerchantQrCodeData`. Reply HTTP 200
    with `{"returnCode":"SUCCESS","returnMessage":null}`; on FAIL (or no HTTP 200) Binance retries,
    up to 6 times (the intervals are unconfirmed).

    The example is Binance's official PAY sample: its `bizId` 29383937493038367292 is beyond
    int64, which `bizId` allows (it is not bounded; a Python int keeps every digit).

    Extensions read by the generator (for `binance_pay.webhooks`): `x-webhook-data` maps each
    `bizType` to the schema of its parsed `data`; `x-webhook-headers` names the headers of a
    notification; `x-webhook-certificates` names the operation that lists Binance's keys.

        Example:
            {'bizType': 'PAY', 'data': '{"merchantTradeNo":"9825382937292","totalFee":0.88000000,"transactTime":161950893966
                4,"currency":"BUSD","openUserId":"1211HS10K81f4273ac031","productType":"Food","productName":"Ice
                Cream","tradeType":"WEB","transactionId":"M_R_282737362839373"}', 'bizId': 29383937493038367292, 'bizStatus':
                'PAY_SUCCESS'}

        Attributes:
            biz_type (str): Notification type. TECH_PROVIDER is from third-party SDKs only (statuses SUBMIT_AUTH_AGREE,
                SUBMIT_AUTH_REJECT, TP_AUTH_CHANGED, TP_AUTH_DISABLED; no data fields known).
            biz_id (int): Business id as a JSON number, not bounded to int64 here: Binance's own samples carry
                29383937493038367292, which a client must read without losing a digit (Python's int does; a double would not)
                (the prepayId for PAY and PAY_REFUND, the payout id, the contract id, the download id...). Binance's samples
                show 29383937493038367292, which is beyond int64 and loses precision in JavaScript: `bizIdStr` is the exact id,
                use it. (The refund page types `bizId` as a string of at most 19 characters while its samples show a number.)
            biz_status (str): Status, per `bizType`: PAY -> PAY_SUCCESS, PAY_CLOSED (some integrations also handle
                PAY_EXPIRED, PAY_ERROR, PAY_FAIL: unconfirmed); PAY_REFUND -> REFUND_SUCCESS, REFUND_REJECTED; PAYOUT -> the
                batch status (ACCEPTED, PROCESSING, SUCCESS, PART_SUCCESS, FAILED, CANCELED); PAYOUT_NON_BN -> the detail
                status; DIRECT_DEBIT_CT -> CONTRACT_SIGNED, CONTRACT_TERMINATED; BALANCE -> BALANCE_SUCCESS; SHARE_ACCOUNT_ID ->
                SUCCESS; MERCHANT_QR_CODE -> MERCHANT_QR_CODE_SCANED (sic). Open: unknown values are possible.
            data (Any): The detail object, JSON-encoded as a string (parse it a second time); or, for MERCHANT_QR_CODE, a
                nested object, as that notification's official sample shows. Untyped here so that both forms validate.
            biz_id_str (str | Unset): The same id as a string, exact; use this one. Absent from the older PAY sample (the
                current pages mark it required).
    """

    biz_type: str
    biz_id: int
    biz_status: str
    data: Any
    biz_id_str: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_type = self.biz_type

        biz_id = self.biz_id

        biz_status = self.biz_status

        data = self.data

        biz_id_str = self.biz_id_str

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bizType": biz_type,
                "bizId": biz_id,
                "bizStatus": biz_status,
                "data": data,
            }
        )
        if biz_id_str is not UNSET:
            field_dict["bizIdStr"] = biz_id_str

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        biz_type = d.pop("bizType")

        biz_id = d.pop("bizId")

        biz_status = d.pop("bizStatus")

        data = d.pop("data")

        biz_id_str = d.pop("bizIdStr", UNSET)

        webhook_notification = cls(
            biz_type=biz_type,
            biz_id=biz_id,
            biz_status=biz_status,
            data=data,
            biz_id_str=biz_id_str,
        )

        webhook_notification.additional_properties = d
        return webhook_notification

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
