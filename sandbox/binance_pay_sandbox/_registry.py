"""Handlers by operationId: only where state matters. Every other operation answers its 200 example."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from ._balance_handler import BalanceHandler
from ._balances import BALANCE_OPERATION
from ._handler import ExampleHandler, Handler, HandlerContext, HandlerFactory
from ._merchant_handlers import (
    CertificatesHandler,
    CloseOrderHandler,
    CreateOrderHandler,
    PayoutHandler,
    QueryOrderHandler,
    QueryPayoutHandler,
    QueryRefundHandler,
    QueryTransferHandler,
    RefundHandler,
    TransferHandler,
)
from ._spec import SpecError

HANDLERS: Mapping[str, HandlerFactory] = MappingProxyType(
    {
        BALANCE_OPERATION: BalanceHandler,
        "createOrderV2": CreateOrderHandler,
        "createOrderV3": CreateOrderHandler,
        "queryOrderV2": QueryOrderHandler,
        "closeOrder": CloseOrderHandler,
        "refundOrder": RefundHandler,
        "queryRefund": QueryRefundHandler,
        "createTransfer": TransferHandler,
        "queryTransfer": QueryTransferHandler,
        "createPayout": PayoutHandler,
        "queryPayout": QueryPayoutHandler,
        "queryCertificates": CertificatesHandler,
    }
)


def handler_for(context: HandlerContext) -> Handler:
    factory = HANDLERS.get(context.operation.operation_id)
    if factory is not None:
        return factory(context)
    if context.operation.success_example is None:
        raise SpecError(f"operation {context.operation.operation_id}: no handler and no 200 example to answer with")
    return ExampleHandler(context.operation.success_example, context.operation.definition.get("x-echo"))
