# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectDebitContractTerminationRequest")


@_attrs_define
class DirectDebitContractTerminationRequest:
    """Terminate Contract request: `contractId` or `merchantContractCode`, at least one (the id wins when both are given).

    Attributes:
        merchant_contract_code (str | Unset): The merchant's contract code; ignored when contractId is given.
        contract_id (int | Unset): The contract id.
        termination_notes (str | Unset): Why the contract is terminated.
    """

    merchant_contract_code: str | Unset = UNSET
    contract_id: int | Unset = UNSET
    termination_notes: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        merchant_contract_code = self.merchant_contract_code

        contract_id = self.contract_id

        termination_notes = self.termination_notes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if merchant_contract_code is not UNSET:
            field_dict["merchantContractCode"] = merchant_contract_code
        if contract_id is not UNSET:
            field_dict["contractId"] = contract_id
        if termination_notes is not UNSET:
            field_dict["terminationNotes"] = termination_notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merchant_contract_code = d.pop("merchantContractCode", UNSET)

        contract_id = d.pop("contractId", UNSET)

        termination_notes = d.pop("terminationNotes", UNSET)

        direct_debit_contract_termination_request = cls(
            merchant_contract_code=merchant_contract_code,
            contract_id=contract_id,
            termination_notes=termination_notes,
        )

        return direct_debit_contract_termination_request
