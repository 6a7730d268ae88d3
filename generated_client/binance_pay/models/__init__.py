# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""The models and enums that the client's methods take and return, and webhook notifications carry;
each imported on first use, so `import binance_pay` stays as cheap with forty operations as with one.

`binance_pay.<Name>` reads this one table too.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what type checkers read; at run time `__getattr__` imports each on first use
    from .asset_query_resp import AssetQueryResp as AssetQueryResp
    from .balance_report_query_result import BalanceReportQueryResult as BalanceReportQueryResult
    from .certificate import Certificate as Certificate
    from .collection_query_result import CollectionQueryResult as CollectionQueryResult
    from .convert_execution import ConvertExecution as ConvertExecution
    from .convert_order import ConvertOrder as ConvertOrder
    from .convert_pair import ConvertPair as ConvertPair
    from .convert_pairs import ConvertPairs as ConvertPairs
    from .convert_quote import ConvertQuote as ConvertQuote
    from .direct_debit_contract import DirectDebitContract as DirectDebitContract
    from .direct_debit_cycle_type import DirectDebitCycleType as DirectDebitCycleType
    from .direct_debit_order_tags import DirectDebitOrderTags as DirectDebitOrderTags
    from .direct_debit_payment import DirectDebitPayment as DirectDebitPayment
    from .direct_debit_payment_notification import DirectDebitPaymentNotification as DirectDebitPaymentNotification
    from .direct_debit_pre_contract import DirectDebitPreContract as DirectDebitPreContract
    from .direct_debit_trade_mode import DirectDebitTradeMode as DirectDebitTradeMode
    from .order_buyer import OrderBuyer as OrderBuyer
    from .order_direct_debit_contract import OrderDirectDebitContract as OrderDirectDebitContract
    from .order_direct_debit_contract_cycle_type import (
        OrderDirectDebitContractCycleType as OrderDirectDebitContractCycleType,
    )
    from .order_env import OrderEnv as OrderEnv
    from .order_goods import OrderGoods as OrderGoods
    from .order_goods_category import OrderGoodsCategory as OrderGoodsCategory
    from .order_goods_type import OrderGoodsType as OrderGoodsType
    from .order_goods_unit_amount import OrderGoodsUnitAmount as OrderGoodsUnitAmount
    from .order_merchant import OrderMerchant as OrderMerchant
    from .order_os_type import OrderOsType as OrderOsType
    from .order_payer_information import OrderPayerInformation as OrderPayerInformation
    from .order_payer_information_category import OrderPayerInformationCategory as OrderPayerInformationCategory
    from .order_payment_info import OrderPaymentInfo as OrderPaymentInfo
    from .order_payment_instruction import OrderPaymentInstruction as OrderPaymentInstruction
    from .order_person_name import OrderPersonName as OrderPersonName
    from .order_query_result import OrderQueryResult as OrderQueryResult
    from .order_result import OrderResult as OrderResult
    from .order_shipping import OrderShipping as OrderShipping
    from .order_shipping_address import OrderShippingAddress as OrderShippingAddress
    from .order_shipping_address_shipping_address_type import (
        OrderShippingAddressShippingAddressType as OrderShippingAddressShippingAddressType,
    )
    from .order_tags import OrderTags as OrderTags
    from .order_terminal_type import OrderTerminalType as OrderTerminalType
    from .payout_biz_scene import PayoutBizScene as PayoutBizScene
    from .payout_detail_status_filter import PayoutDetailStatusFilter as PayoutDetailStatusFilter
    from .payout_query_result import PayoutQueryResult as PayoutQueryResult
    from .payout_receive_type import PayoutReceiveType as PayoutReceiveType
    from .payout_result import PayoutResult as PayoutResult
    from .payout_transfer_detail import PayoutTransferDetail as PayoutTransferDetail
    from .payout_transfer_detail_request import PayoutTransferDetailRequest as PayoutTransferDetailRequest
    from .profit_sharing_receiver import ProfitSharingReceiver as ProfitSharingReceiver
    from .profit_sharing_receiver_page import ProfitSharingReceiverPage as ProfitSharingReceiverPage
    from .profit_sharing_return import ProfitSharingReturn as ProfitSharingReturn
    from .profit_sharing_split import ProfitSharingSplit as ProfitSharingSplit
    from .profit_sharing_split_detail import ProfitSharingSplitDetail as ProfitSharingSplitDetail
    from .profit_sharing_split_receiver import ProfitSharingSplitReceiver as ProfitSharingSplitReceiver
    from .refund_query_result import RefundQueryResult as RefundQueryResult
    from .refund_result import RefundResult as RefundResult
    from .report_file import ReportFile as ReportFile
    from .report_transaction_type import ReportTransactionType as ReportTransactionType
    from .report_type import ReportType as ReportType
    from .service_provider_authorization import ServiceProviderAuthorization as ServiceProviderAuthorization
    from .service_provider_record import ServiceProviderRecord as ServiceProviderRecord
    from .service_provider_record_detail import ServiceProviderRecordDetail as ServiceProviderRecordDetail
    from .service_provider_record_page import ServiceProviderRecordPage as ServiceProviderRecordPage
    from .service_provider_scope import ServiceProviderScope as ServiceProviderScope
    from .service_provider_scopes import ServiceProviderScopes as ServiceProviderScopes
    from .share_account_id_result import ShareAccountIdResult as ShareAccountIdResult
    from .sub_merchant_result import SubMerchantResult as SubMerchantResult
    from .transfer_query_result import TransferQueryResult as TransferQueryResult
    from .transfer_result import TransferResult as TransferResult
    from .transfer_type import TransferType as TransferType
    from .wallet import Wallet as Wallet
    from .wallet_balance_v2 import WalletBalanceV2 as WalletBalanceV2
    from .wallet_balance_v2_asset import WalletBalanceV2Asset as WalletBalanceV2Asset
    from .webhook_balance_report_data import WebhookBalanceReportData as WebhookBalanceReportData
    from .webhook_direct_debit_contract_data import WebhookDirectDebitContractData as WebhookDirectDebitContractData
    from .webhook_merchant_qr_code_data import WebhookMerchantQrCodeData as WebhookMerchantQrCodeData
    from .webhook_pay_data import WebhookPayData as WebhookPayData
    from .webhook_payment_info import WebhookPaymentInfo as WebhookPaymentInfo
    from .webhook_payout_data import WebhookPayoutData as WebhookPayoutData
    from .webhook_payout_non_bn_data import WebhookPayoutNonBnData as WebhookPayoutNonBnData
    from .webhook_refund_data import WebhookRefundData as WebhookRefundData
    from .webhook_share_account_id_data import WebhookShareAccountIdData as WebhookShareAccountIdData

_MODULES = {
    "AssetQueryResp": "asset_query_resp",
    "BalanceReportQueryResult": "balance_report_query_result",
    "Certificate": "certificate",
    "CollectionQueryResult": "collection_query_result",
    "ConvertExecution": "convert_execution",
    "ConvertOrder": "convert_order",
    "ConvertPair": "convert_pair",
    "ConvertPairs": "convert_pairs",
    "ConvertQuote": "convert_quote",
    "DirectDebitContract": "direct_debit_contract",
    "DirectDebitCycleType": "direct_debit_cycle_type",
    "DirectDebitOrderTags": "direct_debit_order_tags",
    "DirectDebitPayment": "direct_debit_payment",
    "DirectDebitPaymentNotification": "direct_debit_payment_notification",
    "DirectDebitPreContract": "direct_debit_pre_contract",
    "DirectDebitTradeMode": "direct_debit_trade_mode",
    "OrderBuyer": "order_buyer",
    "OrderDirectDebitContract": "order_direct_debit_contract",
    "OrderDirectDebitContractCycleType": "order_direct_debit_contract_cycle_type",
    "OrderEnv": "order_env",
    "OrderGoods": "order_goods",
    "OrderGoodsCategory": "order_goods_category",
    "OrderGoodsType": "order_goods_type",
    "OrderGoodsUnitAmount": "order_goods_unit_amount",
    "OrderMerchant": "order_merchant",
    "OrderOsType": "order_os_type",
    "OrderPayerInformation": "order_payer_information",
    "OrderPayerInformationCategory": "order_payer_information_category",
    "OrderPaymentInfo": "order_payment_info",
    "OrderPaymentInstruction": "order_payment_instruction",
    "OrderPersonName": "order_person_name",
    "OrderQueryResult": "order_query_result",
    "OrderResult": "order_result",
    "OrderShipping": "order_shipping",
    "OrderShippingAddress": "order_shipping_address",
    "OrderShippingAddressShippingAddressType": "order_shipping_address_shipping_address_type",
    "OrderTags": "order_tags",
    "OrderTerminalType": "order_terminal_type",
    "PayoutBizScene": "payout_biz_scene",
    "PayoutDetailStatusFilter": "payout_detail_status_filter",
    "PayoutQueryResult": "payout_query_result",
    "PayoutReceiveType": "payout_receive_type",
    "PayoutResult": "payout_result",
    "PayoutTransferDetail": "payout_transfer_detail",
    "PayoutTransferDetailRequest": "payout_transfer_detail_request",
    "ProfitSharingReceiver": "profit_sharing_receiver",
    "ProfitSharingReceiverPage": "profit_sharing_receiver_page",
    "ProfitSharingReturn": "profit_sharing_return",
    "ProfitSharingSplit": "profit_sharing_split",
    "ProfitSharingSplitDetail": "profit_sharing_split_detail",
    "ProfitSharingSplitReceiver": "profit_sharing_split_receiver",
    "RefundQueryResult": "refund_query_result",
    "RefundResult": "refund_result",
    "ReportFile": "report_file",
    "ReportTransactionType": "report_transaction_type",
    "ReportType": "report_type",
    "ServiceProviderAuthorization": "service_provider_authorization",
    "ServiceProviderRecord": "service_provider_record",
    "ServiceProviderRecordDetail": "service_provider_record_detail",
    "ServiceProviderRecordPage": "service_provider_record_page",
    "ServiceProviderScope": "service_provider_scope",
    "ServiceProviderScopes": "service_provider_scopes",
    "ShareAccountIdResult": "share_account_id_result",
    "SubMerchantResult": "sub_merchant_result",
    "TransferQueryResult": "transfer_query_result",
    "TransferResult": "transfer_result",
    "TransferType": "transfer_type",
    "Wallet": "wallet",
    "WalletBalanceV2": "wallet_balance_v2",
    "WalletBalanceV2Asset": "wallet_balance_v2_asset",
    "WebhookBalanceReportData": "webhook_balance_report_data",
    "WebhookDirectDebitContractData": "webhook_direct_debit_contract_data",
    "WebhookMerchantQrCodeData": "webhook_merchant_qr_code_data",
    "WebhookPayData": "webhook_pay_data",
    "WebhookPaymentInfo": "webhook_payment_info",
    "WebhookPayoutData": "webhook_payout_data",
    "WebhookPayoutNonBnData": "webhook_payout_non_bn_data",
    "WebhookRefundData": "webhook_refund_data",
    "WebhookShareAccountIdData": "webhook_share_account_id_data",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


if not TYPE_CHECKING:  # type checkers take the names imported above
    __all__ = sorted(_MODULES)
