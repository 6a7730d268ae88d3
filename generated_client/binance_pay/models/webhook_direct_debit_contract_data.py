# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class WebhookDirectDebitContractData(Model):
    """`data` of a DIRECT_DEBIT_CT notification (`bizStatus` CONTRACT_SIGNED or CONTRACT_TERMINATED), once parsed.

    Attributes:
        merchant_contract_code (str | None)
        contract_id (int | None)
        service_name (str | None)
        open_user_id (str | None)
        merchant_account_no (str | None)
        single_upper_limit (Decimal | None)
        currency (str | None)
        contract_termination_way (int | None): 0 by the user, 1 expired, 2 by Binance's operations team.
        contract_termination_time (int | None): Milliseconds since the epoch.
    """

    merchant_contract_code: str | None = None
    contract_id: int | None = None
    service_name: str | None = None
    open_user_id: str | None = None
    merchant_account_no: str | None = None
    single_upper_limit: Decimal | None = None
    currency: str | None = None
    contract_termination_way: int | None = None
    contract_termination_time: int | None = None

    _fields: ClassVar[dict[str, str]] = {
        "merchantContractCode": "merchant_contract_code",
        "contractId": "contract_id",
        "serviceName": "service_name",
        "openUserId": "open_user_id",
        "merchantAccountNo": "merchant_account_no",
        "singleUpperLimit": "single_upper_limit",
        "currency": "currency",
        "contractTerminationWay": "contract_termination_way",
        "contractTerminationTime": "contract_termination_time",
    }
