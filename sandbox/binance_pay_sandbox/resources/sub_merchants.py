"""Sub-merchants: created and modified; any later request naming a `subMerchantId` must name one of them.

A second sub-merchant with a name already used is SUB_MERCHANT_EXISTS (Binance: the name is unique under the main
merchant); an unknown `subMerchantId` is SUB_MERCHANT_INVALID wherever it is named.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .._handler import Answer, Fail, HandlerFactory
from .._records import decoded_as, encoded
from .._state import MerchantState
from .._stateful import StateHandler, ok


@dataclass
class SubMerchant:
    sub_merchant_id: int
    details: dict[str, Any]  # the request's fields, as last created or modified

    @property
    def name(self) -> str:
        return str(self.details.get("merchantName", ""))


@dataclass
class SubMerchants:
    by_id: dict[int, SubMerchant] = field(default_factory=dict)

    def named(self, name: str) -> SubMerchant | None:
        return next((found for found in self.by_id.values() if found.name == name), None)

    def find(self, sub_merchant_id: object) -> SubMerchant | None:
        text = str(sub_merchant_id)
        return self.by_id.get(int(text)) if text.isascii() and text.isdigit() and len(text) <= 19 else None

    def to_record(self) -> Any:
        return encoded(self)

    @classmethod
    def from_record(cls, record: Any) -> SubMerchants:
        return decoded_as(cls, record, SubMerchant)


def _unknown(sub_merchant_id: object) -> Fail:
    return Fail("SUB_MERCHANT_INVALID", f"subMerchantId: {str(sub_merchant_id)[:32]} is no sub-merchant")


def sub_merchant_refusal(state: MerchantState, sub_merchant_id: object | None) -> Fail | None:
    """SUB_MERCHANT_INVALID when a request names a sub-merchant that was never created; None when it is fine."""
    if sub_merchant_id is None or state.store(SubMerchants).find(sub_merchant_id) is not None:
        return None
    return _unknown(sub_merchant_id)


def _name_taken(store: SubMerchants, name: object, keeper: SubMerchant | None = None) -> Fail | None:
    holder = store.named(str(name)) if name is not None else None
    if holder is not None and holder is not keeper:
        return Fail("SUB_MERCHANT_EXISTS", f"merchantName: {str(name)[:64]} is already a sub-merchant's name")
    return None


class CreateSubMerchantHandler(StateHandler):
    """createSubMerchant: a new sub-merchant with a fresh id."""

    def answer(self, request: Mapping[str, Any]) -> Answer:
        with self.state.lock:
            store = self.state.store(SubMerchants)
            taken = _name_taken(store, request.get("merchantName"))
            if taken is not None:
                return taken
            created = SubMerchant(self.state.next_biz_id(), dict(request))
            store.by_id[created.sub_merchant_id] = created
            return ok({"subMerchantId": created.sub_merchant_id})


class ModifySubMerchantHandler(StateHandler):
    """modifySubMerchant: the named sub-merchant's details updated (its name stays unique)."""

    def answer(self, request: Mapping[str, Any]) -> Answer:
        with self.state.lock:
            store = self.state.store(SubMerchants)
            found = store.find(request["subMerchantId"])
            if found is None:
                return _unknown(request["subMerchantId"])
            taken = _name_taken(store, request.get("merchantName"), found)
            if taken is not None:
                return taken
            found.details.update({name: value for name, value in request.items() if name != "subMerchantId"})
            return ok({"subMerchantId": found.sub_merchant_id})


HANDLERS: dict[str, HandlerFactory] = {
    "createSubMerchant": CreateSubMerchantHandler,
    "modifySubMerchant": ModifySubMerchantHandler,
}

STORES = (SubMerchants,)
"""The records this resource keeps in the shared state (saved with `--state`)."""
