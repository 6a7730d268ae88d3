# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..models.order_direct_debit_contract_cycle_type import OrderDirectDebitContractCycleType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderDirectDebitContract")


@_attrs_define
class OrderDirectDebitContract:
    """A direct-debit contract created together with the order (whitelisted merchants). From third-party SDKs: this object
    on Create Order v3, and that the order currency must then be USDT. The fields are those of the Direct Debit create-
    contract request.

        Attributes:
            merchant_contract_code (str): The merchant's id for the contract, letters and digits only.
            service_name (str):
            scenario_code (str): Scenario, for example General_Travel.
            single_upper_limit (Decimal): Upper limit of one debit, at most 8 decimal places.
            periodic (bool): Whether the contract supports periodic debits.
            cycle_debit_fixed (bool | Unset): Said to be mandatory if `periodic` is true (unconfirmed, not enforced); true =
                fixed amount, false = variable amount.
            cycle_type (OrderDirectDebitContractCycleType | Unset): Said to be mandatory if `periodic` is true (unconfirmed,
                not enforced).
            cycle_value (int | Unset): Said to be mandatory if `periodic` is true (unconfirmed, not enforced): 1 to 24
                months, or an interval of more than 7 days.
            first_deduct_time (int | Unset): Said to be mandatory if `periodic` is true (unconfirmed, not enforced): a
                future time, milliseconds since the epoch; for MONTH, not after the 28th (UTC).
            merchant_account_no (str | Unset): The user's id or account on the merchant's side.
            contract_end_time (int | Unset): End of the contract, milliseconds since the epoch. From third-party SDKs:
                default and maximum 1095 days.
    """

    merchant_contract_code: str
    service_name: str
    scenario_code: str
    single_upper_limit: Decimal
    periodic: bool
    cycle_debit_fixed: bool | Unset = UNSET
    cycle_type: OrderDirectDebitContractCycleType | Unset = UNSET
    cycle_value: int | Unset = UNSET
    first_deduct_time: int | Unset = UNSET
    merchant_account_no: str | Unset = UNSET
    contract_end_time: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        merchant_contract_code = self.merchant_contract_code

        service_name = self.service_name

        scenario_code = self.scenario_code

        single_upper_limit = self.single_upper_limit

        periodic = self.periodic

        cycle_debit_fixed = self.cycle_debit_fixed

        cycle_type: str | Unset = UNSET
        if not isinstance(self.cycle_type, Unset):
            cycle_type = self.cycle_type.value

        cycle_value = self.cycle_value

        first_deduct_time = self.first_deduct_time

        merchant_account_no = self.merchant_account_no

        contract_end_time = self.contract_end_time

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "merchantContractCode": merchant_contract_code,
                "serviceName": service_name,
                "scenarioCode": scenario_code,
                "singleUpperLimit": single_upper_limit,
                "periodic": periodic,
            }
        )
        if cycle_debit_fixed is not UNSET:
            field_dict["cycleDebitFixed"] = cycle_debit_fixed
        if cycle_type is not UNSET:
            field_dict["cycleType"] = cycle_type
        if cycle_value is not UNSET:
            field_dict["cycleValue"] = cycle_value
        if first_deduct_time is not UNSET:
            field_dict["firstDeductTime"] = first_deduct_time
        if merchant_account_no is not UNSET:
            field_dict["merchantAccountNo"] = merchant_account_no
        if contract_end_time is not UNSET:
            field_dict["contractEndTime"] = contract_end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merchant_contract_code = d.pop("merchantContractCode")

        service_name = d.pop("serviceName")

        scenario_code = d.pop("scenarioCode")

        single_upper_limit = d.pop("singleUpperLimit")
        if type(single_upper_limit) is int:
            single_upper_limit = Decimal(single_upper_limit)

        periodic = d.pop("periodic")

        cycle_debit_fixed = d.pop("cycleDebitFixed", UNSET)

        _cycle_type = d.pop("cycleType", UNSET)
        cycle_type: OrderDirectDebitContractCycleType | Unset
        if isinstance(_cycle_type, Unset):
            cycle_type = UNSET
        else:
            cycle_type = OrderDirectDebitContractCycleType(_cycle_type)

        cycle_value = d.pop("cycleValue", UNSET)

        first_deduct_time = d.pop("firstDeductTime", UNSET)

        merchant_account_no = d.pop("merchantAccountNo", UNSET)

        contract_end_time = d.pop("contractEndTime", UNSET)

        order_direct_debit_contract = cls(
            merchant_contract_code=merchant_contract_code,
            service_name=service_name,
            scenario_code=scenario_code,
            single_upper_limit=single_upper_limit,
            periodic=periodic,
            cycle_debit_fixed=cycle_debit_fixed,
            cycle_type=cycle_type,
            cycle_value=cycle_value,
            first_deduct_time=first_deduct_time,
            merchant_account_no=merchant_account_no,
            contract_end_time=contract_end_time,
        )

        return order_direct_debit_contract
