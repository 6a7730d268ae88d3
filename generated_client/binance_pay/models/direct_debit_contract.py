# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from .._dataclasses import define
from .._model import Model


@define
class DirectDebitContract(Model):
    """A direct debit contract.

    Attributes:
        biz_status (str): Contract status: INITIAL (not signed yet), CONTRACT_SIGNED, CONTRACT_TERMINATED. Open: a
            value not listed here is kept as text.
        merchant_contract_code (str): The merchant's contract code.
        service_name (str): Service name.
        single_upper_limit (Decimal): An exact decimal amount, at most 8 decimal places. Zero is valid; negative is
            not.
        currency (str): Contract currency.
        contract_id (int | None): The contract id, once the user has signed.
        open_user_id (str | None): The signer's unique id.
        merchant_account_no (str | None): The user's id or account on the merchant's side.
        contract_termination_way (int | None): How the contract was terminated (CONTRACT_TERMINATED only): 0 by the
            user, 1 expired, 2 by Binance's operations team; 3 by the merchant's API call. Other values are kept as they
            are.
        contract_termination_time (int | None): When the contract was terminated, in milliseconds since the epoch
            (CONTRACT_TERMINATED only).
    """

    biz_status: str
    merchant_contract_code: str
    service_name: str
    single_upper_limit: Decimal
    currency: str
    contract_id: int | None = None
    open_user_id: str | None = None
    merchant_account_no: str | None = None
    contract_termination_way: int | None = None
    contract_termination_time: int | None = None

    _fields: ClassVar[dict[str, str]] = {
        "bizStatus": "biz_status",
        "merchantContractCode": "merchant_contract_code",
        "serviceName": "service_name",
        "singleUpperLimit": "single_upper_limit",
        "currency": "currency",
        "contractId": "contract_id",
        "openUserId": "open_user_id",
        "merchantAccountNo": "merchant_account_no",
        "contractTerminationWay": "contract_termination_way",
        "contractTerminationTime": "contract_termination_time",
    }
