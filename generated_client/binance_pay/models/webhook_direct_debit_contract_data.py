# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookDirectDebitContractData")


@_attrs_define
class WebhookDirectDebitContractData:
    """`data` of a DIRECT_DEBIT_CT notification (`bizStatus` CONTRACT_SIGNED or CONTRACT_TERMINATED), once parsed.
    Unconfirmed: the JSON form of `singleUpperLimit` (a number is assumed).

        Attributes:
            merchant_contract_code (str | Unset):
            contract_id (int | Unset):
            service_name (str | Unset):
            open_user_id (str | Unset):
            merchant_account_no (str | Unset):
            single_upper_limit (Decimal | Unset):
            currency (str | Unset):
            contract_termination_way (int | Unset): 0 by the user, 1 expired, 2 by Binance's operations team.
            contract_termination_time (int | Unset): Milliseconds since the epoch.
    """

    merchant_contract_code: str | Unset = UNSET
    contract_id: int | Unset = UNSET
    service_name: str | Unset = UNSET
    open_user_id: str | Unset = UNSET
    merchant_account_no: str | Unset = UNSET
    single_upper_limit: Decimal | Unset = UNSET
    currency: str | Unset = UNSET
    contract_termination_way: int | Unset = UNSET
    contract_termination_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_contract_code = self.merchant_contract_code

        contract_id = self.contract_id

        service_name = self.service_name

        open_user_id = self.open_user_id

        merchant_account_no = self.merchant_account_no

        single_upper_limit = self.single_upper_limit

        currency = self.currency

        contract_termination_way = self.contract_termination_way

        contract_termination_time = self.contract_termination_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if merchant_contract_code is not UNSET:
            field_dict["merchantContractCode"] = merchant_contract_code
        if contract_id is not UNSET:
            field_dict["contractId"] = contract_id
        if service_name is not UNSET:
            field_dict["serviceName"] = service_name
        if open_user_id is not UNSET:
            field_dict["openUserId"] = open_user_id
        if merchant_account_no is not UNSET:
            field_dict["merchantAccountNo"] = merchant_account_no
        if single_upper_limit is not UNSET:
            field_dict["singleUpperLimit"] = single_upper_limit
        if currency is not UNSET:
            field_dict["currency"] = currency
        if contract_termination_way is not UNSET:
            field_dict["contractTerminationWay"] = contract_termination_way
        if contract_termination_time is not UNSET:
            field_dict["contractTerminationTime"] = contract_termination_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merchant_contract_code = d.pop("merchantContractCode", UNSET)

        contract_id = d.pop("contractId", UNSET)

        service_name = d.pop("serviceName", UNSET)

        open_user_id = d.pop("openUserId", UNSET)

        merchant_account_no = d.pop("merchantAccountNo", UNSET)

        single_upper_limit = d.pop("singleUpperLimit", UNSET)
        if type(single_upper_limit) is int:
            single_upper_limit = Decimal(single_upper_limit)

        currency = d.pop("currency", UNSET)

        contract_termination_way = d.pop("contractTerminationWay", UNSET)

        contract_termination_time = d.pop("contractTerminationTime", UNSET)

        webhook_direct_debit_contract_data = cls(
            merchant_contract_code=merchant_contract_code,
            contract_id=contract_id,
            service_name=service_name,
            open_user_id=open_user_id,
            merchant_account_no=merchant_account_no,
            single_upper_limit=single_upper_limit,
            currency=currency,
            contract_termination_way=contract_termination_way,
            contract_termination_time=contract_termination_time,
        )

        webhook_direct_debit_contract_data.additional_properties = d
        return webhook_direct_debit_contract_data

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
