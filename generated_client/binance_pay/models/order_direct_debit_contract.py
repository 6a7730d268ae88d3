# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar

from .._dataclasses import define
from .._model import Model

if TYPE_CHECKING:
    from .order_direct_debit_contract_cycle_type import OrderDirectDebitContractCycleType


@define
class OrderDirectDebitContract(Model):
    """A direct-debit contract created together with the order (whitelisted merchants). The fields are those of the
    Direct Debit create-contract request.

    Attributes:
        merchant_contract_code (str): The merchant's id for the contract, letters and digits only.
        service_name (str)
        scenario_code (str): Scenario, for example General_Travel.
        single_upper_limit (Decimal): Upper limit of one debit, at most 8 decimal places.
        periodic (bool): Whether the contract supports periodic debits.
        cycle_debit_fixed (bool | None): Said to be mandatory if `periodic` is true (not enforced); true = fixed
            amount, false = variable amount.
        cycle_type (OrderDirectDebitContractCycleType | None): Said to be mandatory if `periodic` is true (not
            enforced).
        cycle_value (int | None): Said to be mandatory if `periodic` is true (not enforced): 1 to 24 months, or an
            interval of more than 7 days.
        first_deduct_time (int | None): Said to be mandatory if `periodic` is true (not enforced): a future time,
            milliseconds since the epoch; for MONTH, not after the 28th (UTC).
        merchant_account_no (str | None): The user's id or account on the merchant's side.
        contract_end_time (int | None): End of the contract, milliseconds since the epoch. Default and maximum 1095
            days.
    """

    merchant_contract_code: str
    service_name: str
    scenario_code: str
    single_upper_limit: Decimal
    periodic: bool
    cycle_debit_fixed: bool | None = None
    cycle_type: OrderDirectDebitContractCycleType | None = None
    cycle_value: int | None = None
    first_deduct_time: int | None = None
    merchant_account_no: str | None = None
    contract_end_time: int | None = None

    _fields: ClassVar[dict[str, str]] = {
        "merchantContractCode": "merchant_contract_code",
        "serviceName": "service_name",
        "scenarioCode": "scenario_code",
        "singleUpperLimit": "single_upper_limit",
        "periodic": "periodic",
        "cycleDebitFixed": "cycle_debit_fixed",
        "cycleType": "cycle_type",
        "cycleValue": "cycle_value",
        "firstDeductTime": "first_deduct_time",
        "merchantAccountNo": "merchant_account_no",
        "contractEndTime": "contract_end_time",
    }
    _nested: ClassVar[dict[str, str | list[str]]] = {
        "cycleType": "OrderDirectDebitContractCycleType",
    }
