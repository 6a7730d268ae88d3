# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..models.direct_debit_cycle_type import DirectDebitCycleType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectDebitContractRequest")


@_attrs_define
class DirectDebitContractRequest:
    """Create Contract request. Unconfirmed: that `cycleDebitFixed`, `cycleType`, `cycleValue` and `firstDeductTime` are
    mandatory when `periodic` is true (the reference lists them as optional, with no such rule), so the schema does not
    enforce it.

        Attributes:
            merchant_contract_code (str): The merchant's unique id for this contract request; letters and digits only.
            service_name (str): Service name shown to the user.
            scenario_code (str): The scenario of the contract, for example "General_Travel"; it sets the limits allowed.
                From third-party SDKs, the list: General_Ecommerce_Platform, General_Travel, Car_Rental, Car_Parking, Lease,
                Catering, Digital_Media, Membership, Utility, Repayment, Investment, Ticket, Mobile_Communication,
                Virtual_Goods, Others (not enforced here).
            single_upper_limit (Decimal): An amount we send: 0.00000001 to 999999999999999.99999999, at most 8 decimal
                places (the documented range of a Binance Pay amount; zero is refused).
            currency (str): Contract currency, crypto only: "USDT" (from 2024-05 "EUR" for MiCA users, replaced by "USDC" in
                2025-02).
            periodic (bool): Whether the contract allows periodic debits.
            sub_merchant_id (str | Unset): The sub-merchant the contract is for (issued when the sub-merchant was created).
            cycle_debit_fixed (bool | Unset): For a periodic contract (said to be mandatory then; unconfirmed, not
                enforced). True for a fixed amount, false for a variable amount.
            cycle_type (DirectDebitCycleType | Unset): The unit of a periodic contract's debit period.
            cycle_value (int | Unset): For a periodic contract (said to be mandatory then; unconfirmed, not enforced). The
                period in cycleType units: 1 to 24 months, or more than 7 days (e.g. DAY and 30: every 30 days; MONTH and 3:
                every 3 calendar months).
            first_deduct_time (int | Unset): For a periodic contract (said to be mandatory then; unconfirmed, not enforced).
                The first debit, a future time in milliseconds since the epoch; for MONTH not after the 28th of the month (UTC).
            merchant_account_no (str | Unset): The user's id or account on the merchant's side, e.g. an email.
            request_expire_time (int | Unset): When the user can no longer sign, in milliseconds since the epoch (the
                default was not readable).
            contract_end_time (int | Unset): When the contract ends, in milliseconds since the epoch. From third-party SDKs:
                the default and the maximum are 1095 days from now.
            return_url (str | Unset): Unconfirmed (not in the readable docs). Where to send the user after signing.
            cancel_url (str | Unset): Unconfirmed (not in the readable docs). Where to send the user after cancelling.
            webhook_url (str | Unset): Unconfirmed (not in the readable docs). The URL for this contract's notifications.
    """

    merchant_contract_code: str
    service_name: str
    scenario_code: str
    single_upper_limit: Decimal
    currency: str
    periodic: bool
    sub_merchant_id: str | Unset = UNSET
    cycle_debit_fixed: bool | Unset = UNSET
    cycle_type: DirectDebitCycleType | Unset = UNSET
    cycle_value: int | Unset = UNSET
    first_deduct_time: int | Unset = UNSET
    merchant_account_no: str | Unset = UNSET
    request_expire_time: int | Unset = UNSET
    contract_end_time: int | Unset = UNSET
    return_url: str | Unset = UNSET
    cancel_url: str | Unset = UNSET
    webhook_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        merchant_contract_code = self.merchant_contract_code

        service_name = self.service_name

        scenario_code = self.scenario_code

        single_upper_limit = self.single_upper_limit

        currency = self.currency

        periodic = self.periodic

        sub_merchant_id = self.sub_merchant_id

        cycle_debit_fixed = self.cycle_debit_fixed

        cycle_type: str | Unset = UNSET
        if not isinstance(self.cycle_type, Unset):
            cycle_type = self.cycle_type.value

        cycle_value = self.cycle_value

        first_deduct_time = self.first_deduct_time

        merchant_account_no = self.merchant_account_no

        request_expire_time = self.request_expire_time

        contract_end_time = self.contract_end_time

        return_url = self.return_url

        cancel_url = self.cancel_url

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "merchantContractCode": merchant_contract_code,
                "serviceName": service_name,
                "scenarioCode": scenario_code,
                "singleUpperLimit": single_upper_limit,
                "currency": currency,
                "periodic": periodic,
            }
        )
        if sub_merchant_id is not UNSET:
            field_dict["subMerchantId"] = sub_merchant_id
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
        if request_expire_time is not UNSET:
            field_dict["requestExpireTime"] = request_expire_time
        if contract_end_time is not UNSET:
            field_dict["contractEndTime"] = contract_end_time
        if return_url is not UNSET:
            field_dict["returnUrl"] = return_url
        if cancel_url is not UNSET:
            field_dict["cancelUrl"] = cancel_url
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

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

        currency = d.pop("currency")

        periodic = d.pop("periodic")

        sub_merchant_id = d.pop("subMerchantId", UNSET)

        cycle_debit_fixed = d.pop("cycleDebitFixed", UNSET)

        _cycle_type = d.pop("cycleType", UNSET)
        cycle_type: DirectDebitCycleType | Unset
        if isinstance(_cycle_type, Unset):
            cycle_type = UNSET
        else:
            cycle_type = DirectDebitCycleType(_cycle_type)

        cycle_value = d.pop("cycleValue", UNSET)

        first_deduct_time = d.pop("firstDeductTime", UNSET)

        merchant_account_no = d.pop("merchantAccountNo", UNSET)

        request_expire_time = d.pop("requestExpireTime", UNSET)

        contract_end_time = d.pop("contractEndTime", UNSET)

        return_url = d.pop("returnUrl", UNSET)

        cancel_url = d.pop("cancelUrl", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        direct_debit_contract_request = cls(
            merchant_contract_code=merchant_contract_code,
            service_name=service_name,
            scenario_code=scenario_code,
            single_upper_limit=single_upper_limit,
            currency=currency,
            periodic=periodic,
            sub_merchant_id=sub_merchant_id,
            cycle_debit_fixed=cycle_debit_fixed,
            cycle_type=cycle_type,
            cycle_value=cycle_value,
            first_deduct_time=first_deduct_time,
            merchant_account_no=merchant_account_no,
            request_expire_time=request_expire_time,
            contract_end_time=contract_end_time,
            return_url=return_url,
            cancel_url=cancel_url,
            webhook_url=webhook_url,
        )

        return direct_debit_contract_request
