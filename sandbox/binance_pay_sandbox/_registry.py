"""Handlers by operationId. Every operation the spec marks `x-stateful` must have one (else SpecError when the app
is built); any other operation without one answers its 200 example."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from . import _convert, _direct_debit, _profit_sharing, _sub_merchants
from ._balance_handler import BalanceHandler
from ._balance_v2 import BALANCE_V2_OPERATION, BalanceV2Handler
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

STATEFUL = "x-stateful"

HANDLERS: Mapping[str, HandlerFactory] = MappingProxyType(
    {
        BALANCE_OPERATION: BalanceHandler,
        BALANCE_V2_OPERATION: BalanceV2Handler,
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
        "createSubMerchant": _sub_merchants.CreateSubMerchantHandler,
        "modifySubMerchant": _sub_merchants.ModifySubMerchantHandler,
        "listConvertPairs": _convert.ListPairsHandler,
        "getConvertQuote": _convert.QuoteHandler,
        "executeConvertQuote": _convert.ExecuteQuoteHandler,
        "queryConvertOrder": _convert.QueryConvertOrderHandler,
        "createDirectDebitContract": _direct_debit.CreateContractHandler,
        "queryDirectDebitContract": _direct_debit.QueryContractHandler,
        "terminateDirectDebitContract": _direct_debit.TerminateContractHandler,
        "notifyDirectDebitPayment": _direct_debit.NotifyPaymentHandler,
        "applyDirectDebitPayment": _direct_debit.ApplyPaymentHandler,
        "addProfitSharingReceiver": _profit_sharing.AddReceiverHandler,
        "queryProfitSharingReceivers": _profit_sharing.QueryReceiversHandler,
        "deleteProfitSharingReceiver": _profit_sharing.DeleteReceiverHandler,
        "submitProfitSharingSplit": _profit_sharing.SubmitSplitHandler,
        "queryProfitSharingSplit": _profit_sharing.QuerySplitHandler,
        "returnProfitSharingSplit": _profit_sharing.ReturnSplitHandler,
    }
)


def is_stateful(definition: Mapping[str, object], operation_id: str) -> bool:
    """The operation's `x-stateful` mark (absent: false)."""
    mark = definition.get(STATEFUL, False)
    if not isinstance(mark, bool):
        raise SpecError(f"operation {operation_id}: {STATEFUL} must be true or false, got {mark!r}")
    return mark


def handler_for(context: HandlerContext) -> Handler:
    operation = context.operation
    stateful = is_stateful(operation.definition, operation.operation_id)
    factory = HANDLERS.get(operation.operation_id)
    if factory is not None:
        return factory(context)
    if stateful:
        raise SpecError(f"operation {operation.operation_id}: marked {STATEFUL}, but the sandbox has no handler for it")
    if operation.success_example is None:
        raise SpecError(f"operation {operation.operation_id}: no handler and no 200 example to answer with")
    return ExampleHandler(operation.success_example, operation.definition.get("x-echo"))
