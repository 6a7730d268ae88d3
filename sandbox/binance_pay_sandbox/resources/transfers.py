"""Transfers between the merchant's own wallets; a repeated requestId answers REPEAT_REQ_SUCCESS with the first
transfer; an unknown tranId -> INVALID_PARAM_WRONG_VALUE. The transfers are kept here (`Transfers`, one of
`STORES`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .._handler import Answer, Fail, HandlerFactory
from .._records import decoded_as, encoded
from .._schema import encode_plain
from .._state import FUNDING_WALLET, SPOT_WALLET
from .._stateful import StateHandler as _StateHandler
from .._stateful import ok as _ok

REPEAT_CODE = "000001"


@dataclass
class Transfer:
    request_id: str
    currency: str
    amount_text: str
    transfer_type: str
    status: str  # SUCCESS or FAILURE (funds short)


@dataclass
class Transfers:
    """The transfers made, by requestId (their tranId), oldest first."""

    by_request_id: dict[str, Transfer] = field(default_factory=dict)

    def to_record(self) -> Any:
        return encoded(self)

    @classmethod
    def from_record(cls, record: Any) -> Transfers:
        return decoded_as(cls, record, Transfer)


def _repeat(data: Any) -> bytes:
    return f'{{"status":"REPEAT_REQ_SUCCESS","code":"{REPEAT_CODE}","data":{encode_plain(data)}}}'.encode()


def _transfer_data(transfer: Transfer) -> dict[str, Any]:
    return {
        "tranId": transfer.request_id,
        "status": transfer.status,
        "currency": transfer.currency,
        "amount": transfer.amount_text,
        "transferType": transfer.transfer_type,
    }


class TransferHandler(_StateHandler):
    """createTransfer: funding <-> spot; FAILURE when the source wallet is short; a repeat is REPEAT_REQ_SUCCESS."""

    def answer(self, request: Mapping[str, Any]) -> Answer:
        state = self.state
        request_id = str(request["requestId"])
        with state.lock:
            transfers = state.store(Transfers).by_request_id
            existing = transfers.get(request_id)
            if existing is not None:
                return _repeat(_transfer_data(existing))
            currency, amount_text = str(request["currency"]), str(request["amount"])
            transfer_type = str(request["transferType"])
            amount = Decimal(amount_text)
            source, target = (
                (FUNDING_WALLET, SPOT_WALLET) if transfer_type == "TO_MAIN" else (SPOT_WALLET, FUNDING_WALLET)
            )
            wallets = state.wallets
            status = "FAILURE"
            if wallets.can_move(source, currency, -amount) and wallets.can_move(target, currency, amount):
                wallets.move(source, currency, -amount)
                wallets.move(target, currency, amount)
                status = "SUCCESS"
            transfer = Transfer(request_id, currency, amount_text, transfer_type, status)
            transfers[request_id] = transfer
            return _ok(_transfer_data(transfer))


class QueryTransferHandler(_StateHandler):
    def answer(self, request: Mapping[str, Any]) -> Answer:
        tran_id = str(request["tranId"])
        with self.state.lock:
            transfer = self.state.store(Transfers).by_request_id.get(tran_id)
            if transfer is None:
                return Fail("INVALID_PARAM_WRONG_VALUE", f"tranId: {tran_id} is no transfer")
            return _ok(
                {
                    "tranId": transfer.request_id,
                    "status": transfer.status,
                    "currency": transfer.currency,
                    "amount": transfer.amount_text,
                }
            )


HANDLERS: dict[str, HandlerFactory] = {
    "createTransfer": TransferHandler,
    "queryTransfer": QueryTransferHandler,
}

STORES = (Transfers,)
