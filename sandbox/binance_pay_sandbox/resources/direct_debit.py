"""Direct debit: contracts created, signed (by the user: the control surface), queried and terminated; debits
announced (pay/notify) and applied (pay/apply) under a signed contract.

A contract gets its `contractId` when the user signs it (the DIRECT_DEBIT_CT webhook carries it, CONTRACT_SIGNED);
a user's termination sends CONTRACT_TERMINATED (way 0), the merchant's none (Binance: no webhook), and records way 3
(the value third-party SDKs give for a termination through the merchant API). A debit runs at once: the user pays,
the merchant's funding wallet is credited and the PAY_SUCCESS webhook is sent for the order it creates (Binance's
bizType for a debit is unconfirmed; PAY is the likely one), which Query Order finds by its prepayId.

Refusals: a contract unknown, not signed yet or terminated -> PAYMENT_DIRECT_DEBIT_CONTRACT_NOT_FOUND (a debit names
a `contractId`, which only a signed contract has); an amount above `singleUpperLimit`, another currency, a
`preBizId` that is no announcement of this contract, a debit's `merchantRequestId` used before ->
INVALID_PARAM_WRONG_VALUE (our choices). A repeated `merchantContractCode` answers the contract made with it, and a
repeated announcement its first answer (Binance documents that for pay/notify).
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .._handler import Answer, Fail, HandlerFactory
from .._records import decoded_as, encoded
from .._state import FUNDING_WALLET, MERCHANT_ID, MerchantState, Order, quantized
from .._stateful import StateHandler, ok
from .._webhooks import Notification
from .sub_merchants import sub_merchant_refusal

CONTRACT_LIFETIME_MS = 1095 * 86_400_000  # Binance's default and maximum contract term
SIGNING_WINDOW_MS = 3_600_000
BY_USER, BY_MERCHANT = 0, 3
INITIAL, SIGNED, TERMINATED = "INITIAL", "CONTRACT_SIGNED", "CONTRACT_TERMINATED"


@dataclass
class Contract:
    pre_contract_id: str
    merchant_contract_code: str
    service_name: str
    single_upper_limit: Decimal
    currency: str
    merchant_account_no: str | None
    contract_end_time: int
    request_expire_time: int
    token: str
    webhook_url: str | None
    status: str = INITIAL
    contract_id: int | None = None
    open_user_id: str | None = None
    termination_way: int | None = None
    termination_time: int | None = None


@dataclass
class DirectDebits:
    by_code: dict[str, Contract] = field(default_factory=dict)
    by_pre_contract_id: dict[str, Contract] = field(default_factory=dict)
    by_contract_id: dict[int, Contract] = field(default_factory=dict)
    announcements: dict[str, tuple[int, dict[str, Any]]] = field(default_factory=dict)  # id -> (contract, data)
    announced_orders: dict[str, int] = field(default_factory=dict)  # announcement orderId -> contractId
    debits: dict[str, str] = field(default_factory=dict)  # merchantRequestId -> prepayId

    def to_record(self) -> Any:
        return encoded(self)

    @classmethod
    def from_record(cls, record: Any) -> DirectDebits:
        debits = decoded_as(cls, record, Contract)
        # Every contract is one object, listed by its preContractId, its code and (once signed) its contractId.
        contracts = debits.by_pre_contract_id
        debits.by_code = {code: contracts[found.pre_contract_id] for code, found in debits.by_code.items()}
        debits.by_contract_id = {key: contracts[found.pre_contract_id] for key, found in debits.by_contract_id.items()}
        return debits


def _pre_contract(contract: Contract) -> dict[str, Any]:
    token = contract.token
    return {
        "merchantId": MERCHANT_ID,
        "preContractId": contract.pre_contract_id,
        "contractEndTime": contract.contract_end_time,
        "requestExpireTime": contract.request_expire_time,
        "qrContent": f"https://app.binance.com/qr/{token}",
        "qrcodeLink": f"https://public.bnbstatic.com/static/payment/sandbox/{token}.jpg",
        "deeplink": f"bnc://app.binance.com/payment/secpay?tempToken={token}",
    }


def contract_data(contract: Contract) -> dict[str, Any]:
    """The contract as Query Contract and the DIRECT_DEBIT_CT webhook show it (bizStatus for the query only)."""
    data: dict[str, Any] = {"merchantContractCode": contract.merchant_contract_code}
    if contract.contract_id is not None:
        data["contractId"] = contract.contract_id
    data["serviceName"] = contract.service_name
    if contract.open_user_id is not None:
        data["openUserId"] = contract.open_user_id
    if contract.merchant_account_no is not None:
        data["merchantAccountNo"] = contract.merchant_account_no
    data.update(singleUpperLimit=quantized(contract.single_upper_limit), currency=contract.currency)
    if contract.termination_way is not None:
        data["contractTerminationWay"] = contract.termination_way
        data["contractTerminationTime"] = contract.termination_time
    return data


def _notify_contract(state: MerchantState, contract: Contract) -> None:
    assert contract.contract_id is not None
    notification = Notification(
        "DIRECT_DEBIT_CT", contract.contract_id, contract.status, contract_data(contract), contract.webhook_url
    )
    state.notifier.notify(notification)


def sign_contract(state: MerchantState, pre_contract_id: str) -> Contract | Fail:
    """The user signs: CONTRACT_SIGNED with a new contractId and openUserId, and the DIRECT_DEBIT_CT webhook."""
    with state.lock:
        contract = state.store(DirectDebits).by_pre_contract_id.get(pre_contract_id)
        if contract is None:
            return Fail("PAYMENT_DIRECT_DEBIT_CONTRACT_NOT_FOUND", f"preContractId {pre_contract_id}: no such contract")
        if contract.status != INITIAL:
            return Fail(
                "INVALID_PARAM_WRONG_VALUE", f"preContractId {pre_contract_id}: the contract is {contract.status}"
            )
        contract.status, contract.contract_id = SIGNED, state.next_biz_id()
        contract.open_user_id = secrets.token_hex(16)
        state.store(DirectDebits).by_contract_id[contract.contract_id] = contract
        _notify_contract(state, contract)
        return contract


def terminate(state: MerchantState, contract: Contract, way: int) -> None:
    """CONTRACT_TERMINATED (once); only the user's termination is notified."""
    if contract.status == TERMINATED:
        return
    was_signed = contract.status == SIGNED
    contract.status, contract.termination_way, contract.termination_time = TERMINATED, way, state.now_ms()
    if way == BY_USER and was_signed:
        _notify_contract(state, contract)


def _named_contract(state: MerchantState, request: Mapping[str, Any]) -> Contract | Fail:
    store = state.store(DirectDebits)
    if request.get("contractId") is not None:
        contract = store.by_contract_id.get(int(request["contractId"]))
        name = f"contractId {request['contractId']}"
    else:
        contract = store.by_code.get(str(request.get("merchantContractCode")))
        name = f"merchantContractCode {str(request.get('merchantContractCode'))[:32]}"
    if contract is None:
        return Fail("PAYMENT_DIRECT_DEBIT_CONTRACT_NOT_FOUND", f"{name}: no such contract")
    return contract


class CreateContractHandler(StateHandler):
    """createDirectDebitContract: an INITIAL contract for the user to sign; a repeated code answers the first."""

    def answer(self, request: Mapping[str, Any]) -> Answer:
        state = self.state
        code = str(request["merchantContractCode"])
        with state.lock:
            refusal = sub_merchant_refusal(state, request.get("subMerchantId"))
            if refusal is not None:
                return refusal
            store = state.store(DirectDebits)
            existing = store.by_code.get(code)
            if existing is not None:
                return ok(_pre_contract(existing))
            now = state.now_ms()
            contract = Contract(
                pre_contract_id=str(state.next_biz_id()),
                merchant_contract_code=code,
                service_name=str(request["serviceName"]),
                single_upper_limit=quantized(request["singleUpperLimit"]),
                currency=str(request["currency"]),
                merchant_account_no=request.get("merchantAccountNo"),
                contract_end_time=int(request.get("contractEndTime") or now + CONTRACT_LIFETIME_MS),
                request_expire_time=int(request.get("requestExpireTime") or now + SIGNING_WINDOW_MS),
                token=secrets.token_hex(16),
                webhook_url=request.get("webhookUrl"),
            )
            store.by_code[code] = store.by_pre_contract_id[contract.pre_contract_id] = contract
            return ok(_pre_contract(contract))


class QueryContractHandler(StateHandler):
    def answer(self, request: Mapping[str, Any]) -> Answer:
        with self.state.lock:
            contract = _named_contract(self.state, request)
            if isinstance(contract, Fail):
                return contract
            return ok({"bizStatus": contract.status, **contract_data(contract)})


class TerminateContractHandler(StateHandler):
    """terminateDirectDebitContract: true; terminating a terminated contract is true again."""

    def answer(self, request: Mapping[str, Any]) -> Answer:
        with self.state.lock:
            contract = _named_contract(self.state, request)
            if isinstance(contract, Fail):
                return contract
            terminate(self.state, contract, BY_MERCHANT)
            return ok(True)


def _active_contract(state: MerchantState, request: Mapping[str, Any], amount_field: str) -> Contract | Fail:
    """The signed contract `bizId` names, if the request's currency and amount fit it."""
    refusal = sub_merchant_refusal(state, request.get("subMerchantId"))
    if refusal is not None:
        return refusal
    contract = state.store(DirectDebits).by_contract_id.get(int(request["bizId"]))
    if contract is None or contract.status != SIGNED:
        shown = contract.status if contract is not None else "unknown"
        return Fail(
            "PAYMENT_DIRECT_DEBIT_CONTRACT_NOT_FOUND", f"bizId {request['bizId']}: no signed contract ({shown})"
        )
    if request["currency"] != contract.currency:
        return Fail("INVALID_PARAM_WRONG_VALUE", f"currency: the contract is in {contract.currency}")
    if request[amount_field] > contract.single_upper_limit:
        return Fail("INVALID_PARAM_WRONG_VALUE", f"{amount_field}: above the contract's singleUpperLimit")
    return contract


class NotifyPaymentHandler(StateHandler):
    """notifyDirectDebitPayment: an announcement whose orderId a later debit passes as preBizId."""

    def answer(self, request: Mapping[str, Any]) -> Answer:
        state = self.state
        request_id = str(request["merchantRequestId"])
        with state.lock:
            store = state.store(DirectDebits)
            if request_id in store.announcements:
                return ok(store.announcements[request_id][1])
            contract = _active_contract(state, request, "estimatedAmount")
            if isinstance(contract, Fail):
                return contract
            assert contract.contract_id is not None
            order_id = str(state.next_biz_id())
            data = {"orderId": order_id, "merchantRequestId": request_id, "transactionTime": state.now_ms()}
            store.announcements[request_id] = (contract.contract_id, data)
            store.announced_orders[order_id] = contract.contract_id
            return ok(data)


def _debit_order(state: MerchantState, request: Mapping[str, Any]) -> Order:
    now = state.now_ms()
    return Order(
        prepay_id=state.next_prepay_id(),
        merchant_trade_no=str(request["merchantRequestId"]),
        currency=str(request["currency"]),
        amount=quantized(request["amount"]),
        terminal_type="OTHERS",
        trade_type="OTHERS",
        product_type=str(request.get("productType") or "OTHERS"),
        product_name=str(request["productName"]),
        create_time=now,
        expire_time=now,
        token=secrets.token_hex(16),
        webhook_url=request.get("webhookUrl"),
        profit_sharing=(request.get("orderTags") or {}).get("ifProfitSharing") is True,
        sub_merchant_id=request.get("subMerchantId"),
    )


class ApplyPaymentHandler(StateHandler):
    """applyDirectDebitPayment: the user pays the debit at once (SUCCESS), PAY_SUCCESS webhook."""

    def answer(self, request: Mapping[str, Any]) -> Answer:
        state = self.state
        request_id = str(request["merchantRequestId"])
        with state.lock:
            store = state.store(DirectDebits)
            if request_id in store.debits:
                return Fail("INVALID_PARAM_WRONG_VALUE", f"merchantRequestId: {request_id} was used by a debit")
            contract = _active_contract(state, request, "amount")
            if isinstance(contract, Fail):
                return contract
            announced = request.get("preBizId")
            if announced is not None and store.announced_orders.get(str(announced)) != contract.contract_id:
                return Fail("INVALID_PARAM_WRONG_VALUE", f"preBizId: {announced} announces no debit of this contract")
            order = _debit_order(state, request)
            if not state.wallets.can_move(FUNDING_WALLET, order.currency, order.amount):
                return Fail("INVALID_PARAM_WRONG_VALUE", "amount: the funding wallet cannot hold that much more")
            state.orders[order.prepay_id] = order
            state.pay(order)
            store.debits[request_id] = order.prepay_id
            return ok(
                {
                    "orderId": str(state.next_biz_id()),
                    "prepayId": order.prepay_id,
                    "merchantRequestId": request_id,
                    "appliedTime": order.transact_time,
                    "status": "SUCCESS",
                }
            )


HANDLERS: dict[str, HandlerFactory] = {
    "createDirectDebitContract": CreateContractHandler,
    "queryDirectDebitContract": QueryContractHandler,
    "terminateDirectDebitContract": TerminateContractHandler,
    "notifyDirectDebitPayment": NotifyPaymentHandler,
    "applyDirectDebitPayment": ApplyPaymentHandler,
}

STORES = (DirectDebits,)
"""The records this resource keeps in the shared state (saved with `--state`)."""
