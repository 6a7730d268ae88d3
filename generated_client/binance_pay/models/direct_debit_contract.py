# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from .._dataclasses import field as _attrs_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectDebitContract")


@_attrs_define
class DirectDebitContract:
    """A direct debit contract.

    Attributes:
        biz_status (str): Contract status: INITIAL (not signed yet), CONTRACT_SIGNED, CONTRACT_TERMINATED. Open: a value
            not listed here is kept as text.
        merchant_contract_code (str): The merchant's contract code.
        service_name (str): Service name.
        single_upper_limit (Decimal): An exact decimal amount, at most 8 decimal places. Zero is valid; negative is not.
        currency (str): Contract currency.
        contract_id (int | Unset): The contract id, once the user has signed.
        open_user_id (str | Unset): The signer's unique id.
        merchant_account_no (str | Unset): The user's id or account on the merchant's side.
        contract_termination_way (int | Unset): How the contract was terminated (CONTRACT_TERMINATED only): 0 by the
            user, 1 expired, 2 by Binance's operations team; 3 by the merchant's API call (from third-party SDKs). Other
            values are kept as they are.
        contract_termination_time (int | Unset): When the contract was terminated, in milliseconds since the epoch
            (CONTRACT_TERMINATED only).
    """

    biz_status: str
    merchant_contract_code: str
    service_name: str
    single_upper_limit: Decimal
    currency: str
    contract_id: int | Unset = UNSET
    open_user_id: str | Unset = UNSET
    merchant_account_no: str | Unset = UNSET
    contract_termination_way: int | Unset = UNSET
    contract_termination_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_status = self.biz_status

        merchant_contract_code = self.merchant_contract_code

        service_name = self.service_name

        single_upper_limit = self.single_upper_limit

        currency = self.currency

        contract_id = self.contract_id

        open_user_id = self.open_user_id

        merchant_account_no = self.merchant_account_no

        contract_termination_way = self.contract_termination_way

        contract_termination_time = self.contract_termination_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bizStatus": biz_status,
                "merchantContractCode": merchant_contract_code,
                "serviceName": service_name,
                "singleUpperLimit": single_upper_limit,
                "currency": currency,
            }
        )
        if contract_id is not UNSET:
            field_dict["contractId"] = contract_id
        if open_user_id is not UNSET:
            field_dict["openUserId"] = open_user_id
        if merchant_account_no is not UNSET:
            field_dict["merchantAccountNo"] = merchant_account_no
        if contract_termination_way is not UNSET:
            field_dict["contractTerminationWay"] = contract_termination_way
        if contract_termination_time is not UNSET:
            field_dict["contractTerminationTime"] = contract_termination_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        biz_status = d.pop("bizStatus")

        merchant_contract_code = d.pop("merchantContractCode")

        service_name = d.pop("serviceName")

        single_upper_limit = d.pop("singleUpperLimit")
        if type(single_upper_limit) is int:
            single_upper_limit = Decimal(single_upper_limit)

        currency = d.pop("currency")

        contract_id = d.pop("contractId", UNSET)

        open_user_id = d.pop("openUserId", UNSET)

        merchant_account_no = d.pop("merchantAccountNo", UNSET)

        contract_termination_way = d.pop("contractTerminationWay", UNSET)

        contract_termination_time = d.pop("contractTerminationTime", UNSET)

        direct_debit_contract = cls(
            biz_status=biz_status,
            merchant_contract_code=merchant_contract_code,
            service_name=service_name,
            single_upper_limit=single_upper_limit,
            currency=currency,
            contract_id=contract_id,
            open_user_id=open_user_id,
            merchant_account_no=merchant_account_no,
            contract_termination_way=contract_termination_way,
            contract_termination_time=contract_termination_time,
        )

        direct_debit_contract.additional_properties = d
        return direct_debit_contract

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
