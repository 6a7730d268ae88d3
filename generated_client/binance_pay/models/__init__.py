# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""The spec's models and enums, each imported on first use: `import binance_pay` stays as cheap
with forty operations as with one."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_profit_sharing_receiver_response_200 import AddProfitSharingReceiverResponse200
    from .apply_direct_debit_payment_response_200 import ApplyDirectDebitPaymentResponse200
    from .asset_query_req import AssetQueryReq
    from .asset_query_resp import AssetQueryResp
    from .balance_report_query_request import BalanceReportQueryRequest
    from .balance_report_query_result import BalanceReportQueryResult
    from .balance_report_request import BalanceReportRequest
    from .balance_report_request_report_type import BalanceReportRequestReportType
    from .certificate import Certificate
    from .certificate_query_request import CertificateQueryRequest
    from .check_payout_receiver_response_200 import CheckPayoutReceiverResponse200
    from .close_order_response_200 import CloseOrderResponse200
    from .collection_query_request import CollectionQueryRequest
    from .collection_query_result import CollectionQueryResult
    from .convert_execute_request import ConvertExecuteRequest
    from .convert_execution import ConvertExecution
    from .convert_order import ConvertOrder
    from .convert_order_query_request import ConvertOrderQueryRequest
    from .convert_pair import ConvertPair
    from .convert_pairs import ConvertPairs
    from .convert_pairs_request import ConvertPairsRequest
    from .convert_quote import ConvertQuote
    from .convert_quote_request import ConvertQuoteRequest
    from .create_direct_debit_contract_response_200 import CreateDirectDebitContractResponse200
    from .create_order_v2_response_200 import CreateOrderV2Response200
    from .create_order_v3_response_200 import CreateOrderV3Response200
    from .create_payout_response_200 import CreatePayoutResponse200
    from .create_service_provider_authorization_response_200 import CreateServiceProviderAuthorizationResponse200
    from .create_sub_merchant_response_200 import CreateSubMerchantResponse200
    from .create_transfer_response_200 import CreateTransferResponse200
    from .delete_profit_sharing_receiver_response_200 import DeleteProfitSharingReceiverResponse200
    from .direct_debit_contract import DirectDebitContract
    from .direct_debit_contract_query_request import DirectDebitContractQueryRequest
    from .direct_debit_contract_request import DirectDebitContractRequest
    from .direct_debit_contract_termination_request import DirectDebitContractTerminationRequest
    from .direct_debit_cycle_type import DirectDebitCycleType
    from .direct_debit_order_tags import DirectDebitOrderTags
    from .direct_debit_payment import DirectDebitPayment
    from .direct_debit_payment_notification import DirectDebitPaymentNotification
    from .direct_debit_payment_notification_request import DirectDebitPaymentNotificationRequest
    from .direct_debit_payment_request import DirectDebitPaymentRequest
    from .direct_debit_pre_contract import DirectDebitPreContract
    from .direct_debit_trade_mode import DirectDebitTradeMode
    from .download_balance_report_response_200 import DownloadBalanceReportResponse200
    from .envelope import Envelope
    from .execute_convert_quote_response_200 import ExecuteConvertQuoteResponse200
    from .get_convert_quote_response_200 import GetConvertQuoteResponse200
    from .get_report_file_response_200 import GetReportFileResponse200
    from .get_service_provider_record_response_200 import GetServiceProviderRecordResponse200
    from .list_convert_pairs_response_200 import ListConvertPairsResponse200
    from .modify_sub_merchant_response_200 import ModifySubMerchantResponse200
    from .notify_direct_debit_payment_response_200 import NotifyDirectDebitPaymentResponse200
    from .order_buyer import OrderBuyer
    from .order_close_request import OrderCloseRequest
    from .order_direct_debit_contract import OrderDirectDebitContract
    from .order_direct_debit_contract_cycle_type import OrderDirectDebitContractCycleType
    from .order_env import OrderEnv
    from .order_goods import OrderGoods
    from .order_goods_category import OrderGoodsCategory
    from .order_goods_type import OrderGoodsType
    from .order_goods_unit_amount import OrderGoodsUnitAmount
    from .order_merchant import OrderMerchant
    from .order_os_type import OrderOsType
    from .order_payer_information import OrderPayerInformation
    from .order_payer_information_category import OrderPayerInformationCategory
    from .order_payer_verification_request import OrderPayerVerificationRequest
    from .order_payer_verification_request_payer_type import OrderPayerVerificationRequestPayerType
    from .order_payment_info import OrderPaymentInfo
    from .order_payment_instruction import OrderPaymentInstruction
    from .order_person_name import OrderPersonName
    from .order_query_request import OrderQueryRequest
    from .order_query_result import OrderQueryResult
    from .order_result import OrderResult
    from .order_shipping import OrderShipping
    from .order_shipping_address import OrderShippingAddress
    from .order_shipping_address_shipping_address_type import OrderShippingAddressShippingAddressType
    from .order_tags import OrderTags
    from .order_terminal_type import OrderTerminalType
    from .order_v2_request import OrderV2Request
    from .order_v3_request import OrderV3Request
    from .payout_biz_scene import PayoutBizScene
    from .payout_detail_status_filter import PayoutDetailStatusFilter
    from .payout_query_request import PayoutQueryRequest
    from .payout_query_result import PayoutQueryResult
    from .payout_receive_type import PayoutReceiveType
    from .payout_receiver_check_request import PayoutReceiverCheckRequest
    from .payout_receiver_check_request_receive_type import PayoutReceiverCheckRequestReceiveType
    from .payout_request import PayoutRequest
    from .payout_result import PayoutResult
    from .payout_transfer_detail import PayoutTransferDetail
    from .payout_transfer_detail_request import PayoutTransferDetailRequest
    from .profit_sharing_receiver import ProfitSharingReceiver
    from .profit_sharing_receiver_page import ProfitSharingReceiverPage
    from .profit_sharing_receiver_query_request import ProfitSharingReceiverQueryRequest
    from .profit_sharing_receiver_request import ProfitSharingReceiverRequest
    from .profit_sharing_return import ProfitSharingReturn
    from .profit_sharing_return_request import ProfitSharingReturnRequest
    from .profit_sharing_split import ProfitSharingSplit
    from .profit_sharing_split_detail import ProfitSharingSplitDetail
    from .profit_sharing_split_query_request import ProfitSharingSplitQueryRequest
    from .profit_sharing_split_receiver import ProfitSharingSplitReceiver
    from .profit_sharing_split_request import ProfitSharingSplitRequest
    from .query_balance_report_response_200 import QueryBalanceReportResponse200
    from .query_certificates_response_200 import QueryCertificatesResponse200
    from .query_collection_response_200 import QueryCollectionResponse200
    from .query_convert_order_response_200 import QueryConvertOrderResponse200
    from .query_direct_debit_contract_response_200 import QueryDirectDebitContractResponse200
    from .query_order_v2_response_200 import QueryOrderV2Response200
    from .query_payout_response_200 import QueryPayoutResponse200
    from .query_profit_sharing_receivers_response_200 import QueryProfitSharingReceiversResponse200
    from .query_profit_sharing_split_response_200 import QueryProfitSharingSplitResponse200
    from .query_refund_response_200 import QueryRefundResponse200
    from .query_service_provider_records_response_200 import QueryServiceProviderRecordsResponse200
    from .query_service_provider_scopes_response_200 import QueryServiceProviderScopesResponse200
    from .query_transfer_response_200 import QueryTransferResponse200
    from .query_wallet_balance_response_200 import QueryWalletBalanceResponse200
    from .query_wallet_balance_v2_response_200 import QueryWalletBalanceV2Response200
    from .refund_order_response_200 import RefundOrderResponse200
    from .refund_query_request import RefundQueryRequest
    from .refund_query_result import RefundQueryResult
    from .refund_request import RefundRequest
    from .refund_result import RefundResult
    from .report_file import ReportFile
    from .report_file_request import ReportFileRequest
    from .report_transaction_type import ReportTransactionType
    from .report_type import ReportType
    from .return_profit_sharing_split_response_200 import ReturnProfitSharingSplitResponse200
    from .service_provider_authorization import ServiceProviderAuthorization
    from .service_provider_authorization_request import ServiceProviderAuthorizationRequest
    from .service_provider_record import ServiceProviderRecord
    from .service_provider_record_detail import ServiceProviderRecordDetail
    from .service_provider_record_get_request import ServiceProviderRecordGetRequest
    from .service_provider_record_page import ServiceProviderRecordPage
    from .service_provider_record_query_request import ServiceProviderRecordQueryRequest
    from .service_provider_scope import ServiceProviderScope
    from .service_provider_scopes import ServiceProviderScopes
    from .service_provider_scopes_query_request import ServiceProviderScopesQueryRequest
    from .share_account_id_request import ShareAccountIdRequest
    from .share_account_id_response_200 import ShareAccountIdResponse200
    from .share_account_id_result import ShareAccountIdResult
    from .status import Status
    from .sub_merchant_modify_request import SubMerchantModifyRequest
    from .sub_merchant_request import SubMerchantRequest
    from .sub_merchant_result import SubMerchantResult
    from .submit_profit_sharing_split_response_200 import SubmitProfitSharingSplitResponse200
    from .terminate_direct_debit_contract_response_200 import TerminateDirectDebitContractResponse200
    from .transfer_query_request import TransferQueryRequest
    from .transfer_query_result import TransferQueryResult
    from .transfer_request import TransferRequest
    from .transfer_result import TransferResult
    from .transfer_type import TransferType
    from .verify_payment_payer_response_200 import VerifyPaymentPayerResponse200
    from .wallet import Wallet
    from .wallet_balance_v2 import WalletBalanceV2
    from .wallet_balance_v2_asset import WalletBalanceV2Asset
    from .wallet_balance_v2_request import WalletBalanceV2Request
    from .webhook_balance_report_data import WebhookBalanceReportData
    from .webhook_collection_notification import WebhookCollectionNotification
    from .webhook_direct_debit_contract_data import WebhookDirectDebitContractData
    from .webhook_merchant_qr_code_data import WebhookMerchantQrCodeData
    from .webhook_notification import WebhookNotification
    from .webhook_pay_data import WebhookPayData
    from .webhook_payment_info import WebhookPaymentInfo
    from .webhook_payout_data import WebhookPayoutData
    from .webhook_payout_non_bn_data import WebhookPayoutNonBnData
    from .webhook_refund_data import WebhookRefundData
    from .webhook_refund_info import WebhookRefundInfo
    from .webhook_share_account_id_data import WebhookShareAccountIdData

_MODULES = {
    "AddProfitSharingReceiverResponse200": "add_profit_sharing_receiver_response_200",
    "ApplyDirectDebitPaymentResponse200": "apply_direct_debit_payment_response_200",
    "AssetQueryReq": "asset_query_req",
    "AssetQueryResp": "asset_query_resp",
    "BalanceReportQueryRequest": "balance_report_query_request",
    "BalanceReportQueryResult": "balance_report_query_result",
    "BalanceReportRequest": "balance_report_request",
    "BalanceReportRequestReportType": "balance_report_request_report_type",
    "Certificate": "certificate",
    "CertificateQueryRequest": "certificate_query_request",
    "CheckPayoutReceiverResponse200": "check_payout_receiver_response_200",
    "CloseOrderResponse200": "close_order_response_200",
    "CollectionQueryRequest": "collection_query_request",
    "CollectionQueryResult": "collection_query_result",
    "ConvertExecuteRequest": "convert_execute_request",
    "ConvertExecution": "convert_execution",
    "ConvertOrder": "convert_order",
    "ConvertOrderQueryRequest": "convert_order_query_request",
    "ConvertPair": "convert_pair",
    "ConvertPairs": "convert_pairs",
    "ConvertPairsRequest": "convert_pairs_request",
    "ConvertQuote": "convert_quote",
    "ConvertQuoteRequest": "convert_quote_request",
    "CreateDirectDebitContractResponse200": "create_direct_debit_contract_response_200",
    "CreateOrderV2Response200": "create_order_v2_response_200",
    "CreateOrderV3Response200": "create_order_v3_response_200",
    "CreatePayoutResponse200": "create_payout_response_200",
    "CreateServiceProviderAuthorizationResponse200": "create_service_provider_authorization_response_200",
    "CreateSubMerchantResponse200": "create_sub_merchant_response_200",
    "CreateTransferResponse200": "create_transfer_response_200",
    "DeleteProfitSharingReceiverResponse200": "delete_profit_sharing_receiver_response_200",
    "DirectDebitContract": "direct_debit_contract",
    "DirectDebitContractQueryRequest": "direct_debit_contract_query_request",
    "DirectDebitContractRequest": "direct_debit_contract_request",
    "DirectDebitContractTerminationRequest": "direct_debit_contract_termination_request",
    "DirectDebitCycleType": "direct_debit_cycle_type",
    "DirectDebitOrderTags": "direct_debit_order_tags",
    "DirectDebitPayment": "direct_debit_payment",
    "DirectDebitPaymentNotification": "direct_debit_payment_notification",
    "DirectDebitPaymentNotificationRequest": "direct_debit_payment_notification_request",
    "DirectDebitPaymentRequest": "direct_debit_payment_request",
    "DirectDebitPreContract": "direct_debit_pre_contract",
    "DirectDebitTradeMode": "direct_debit_trade_mode",
    "DownloadBalanceReportResponse200": "download_balance_report_response_200",
    "Envelope": "envelope",
    "ExecuteConvertQuoteResponse200": "execute_convert_quote_response_200",
    "GetConvertQuoteResponse200": "get_convert_quote_response_200",
    "GetReportFileResponse200": "get_report_file_response_200",
    "GetServiceProviderRecordResponse200": "get_service_provider_record_response_200",
    "ListConvertPairsResponse200": "list_convert_pairs_response_200",
    "ModifySubMerchantResponse200": "modify_sub_merchant_response_200",
    "NotifyDirectDebitPaymentResponse200": "notify_direct_debit_payment_response_200",
    "OrderBuyer": "order_buyer",
    "OrderCloseRequest": "order_close_request",
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
    "OrderPayerVerificationRequest": "order_payer_verification_request",
    "OrderPayerVerificationRequestPayerType": "order_payer_verification_request_payer_type",
    "OrderPaymentInfo": "order_payment_info",
    "OrderPaymentInstruction": "order_payment_instruction",
    "OrderPersonName": "order_person_name",
    "OrderQueryRequest": "order_query_request",
    "OrderQueryResult": "order_query_result",
    "OrderResult": "order_result",
    "OrderShipping": "order_shipping",
    "OrderShippingAddress": "order_shipping_address",
    "OrderShippingAddressShippingAddressType": "order_shipping_address_shipping_address_type",
    "OrderTags": "order_tags",
    "OrderTerminalType": "order_terminal_type",
    "OrderV2Request": "order_v2_request",
    "OrderV3Request": "order_v3_request",
    "PayoutBizScene": "payout_biz_scene",
    "PayoutDetailStatusFilter": "payout_detail_status_filter",
    "PayoutQueryRequest": "payout_query_request",
    "PayoutQueryResult": "payout_query_result",
    "PayoutReceiverCheckRequest": "payout_receiver_check_request",
    "PayoutReceiverCheckRequestReceiveType": "payout_receiver_check_request_receive_type",
    "PayoutReceiveType": "payout_receive_type",
    "PayoutRequest": "payout_request",
    "PayoutResult": "payout_result",
    "PayoutTransferDetail": "payout_transfer_detail",
    "PayoutTransferDetailRequest": "payout_transfer_detail_request",
    "ProfitSharingReceiver": "profit_sharing_receiver",
    "ProfitSharingReceiverPage": "profit_sharing_receiver_page",
    "ProfitSharingReceiverQueryRequest": "profit_sharing_receiver_query_request",
    "ProfitSharingReceiverRequest": "profit_sharing_receiver_request",
    "ProfitSharingReturn": "profit_sharing_return",
    "ProfitSharingReturnRequest": "profit_sharing_return_request",
    "ProfitSharingSplit": "profit_sharing_split",
    "ProfitSharingSplitDetail": "profit_sharing_split_detail",
    "ProfitSharingSplitQueryRequest": "profit_sharing_split_query_request",
    "ProfitSharingSplitReceiver": "profit_sharing_split_receiver",
    "ProfitSharingSplitRequest": "profit_sharing_split_request",
    "QueryBalanceReportResponse200": "query_balance_report_response_200",
    "QueryCertificatesResponse200": "query_certificates_response_200",
    "QueryCollectionResponse200": "query_collection_response_200",
    "QueryConvertOrderResponse200": "query_convert_order_response_200",
    "QueryDirectDebitContractResponse200": "query_direct_debit_contract_response_200",
    "QueryOrderV2Response200": "query_order_v2_response_200",
    "QueryPayoutResponse200": "query_payout_response_200",
    "QueryProfitSharingReceiversResponse200": "query_profit_sharing_receivers_response_200",
    "QueryProfitSharingSplitResponse200": "query_profit_sharing_split_response_200",
    "QueryRefundResponse200": "query_refund_response_200",
    "QueryServiceProviderRecordsResponse200": "query_service_provider_records_response_200",
    "QueryServiceProviderScopesResponse200": "query_service_provider_scopes_response_200",
    "QueryTransferResponse200": "query_transfer_response_200",
    "QueryWalletBalanceResponse200": "query_wallet_balance_response_200",
    "QueryWalletBalanceV2Response200": "query_wallet_balance_v2_response_200",
    "RefundOrderResponse200": "refund_order_response_200",
    "RefundQueryRequest": "refund_query_request",
    "RefundQueryResult": "refund_query_result",
    "RefundRequest": "refund_request",
    "RefundResult": "refund_result",
    "ReportFile": "report_file",
    "ReportFileRequest": "report_file_request",
    "ReportTransactionType": "report_transaction_type",
    "ReportType": "report_type",
    "ReturnProfitSharingSplitResponse200": "return_profit_sharing_split_response_200",
    "ServiceProviderAuthorization": "service_provider_authorization",
    "ServiceProviderAuthorizationRequest": "service_provider_authorization_request",
    "ServiceProviderRecord": "service_provider_record",
    "ServiceProviderRecordDetail": "service_provider_record_detail",
    "ServiceProviderRecordGetRequest": "service_provider_record_get_request",
    "ServiceProviderRecordPage": "service_provider_record_page",
    "ServiceProviderRecordQueryRequest": "service_provider_record_query_request",
    "ServiceProviderScope": "service_provider_scope",
    "ServiceProviderScopes": "service_provider_scopes",
    "ServiceProviderScopesQueryRequest": "service_provider_scopes_query_request",
    "ShareAccountIdRequest": "share_account_id_request",
    "ShareAccountIdResponse200": "share_account_id_response_200",
    "ShareAccountIdResult": "share_account_id_result",
    "Status": "status",
    "SubMerchantModifyRequest": "sub_merchant_modify_request",
    "SubMerchantRequest": "sub_merchant_request",
    "SubMerchantResult": "sub_merchant_result",
    "SubmitProfitSharingSplitResponse200": "submit_profit_sharing_split_response_200",
    "TerminateDirectDebitContractResponse200": "terminate_direct_debit_contract_response_200",
    "TransferQueryRequest": "transfer_query_request",
    "TransferQueryResult": "transfer_query_result",
    "TransferRequest": "transfer_request",
    "TransferResult": "transfer_result",
    "TransferType": "transfer_type",
    "VerifyPaymentPayerResponse200": "verify_payment_payer_response_200",
    "Wallet": "wallet",
    "WalletBalanceV2": "wallet_balance_v2",
    "WalletBalanceV2Asset": "wallet_balance_v2_asset",
    "WalletBalanceV2Request": "wallet_balance_v2_request",
    "WebhookBalanceReportData": "webhook_balance_report_data",
    "WebhookCollectionNotification": "webhook_collection_notification",
    "WebhookDirectDebitContractData": "webhook_direct_debit_contract_data",
    "WebhookMerchantQrCodeData": "webhook_merchant_qr_code_data",
    "WebhookNotification": "webhook_notification",
    "WebhookPayData": "webhook_pay_data",
    "WebhookPaymentInfo": "webhook_payment_info",
    "WebhookPayoutData": "webhook_payout_data",
    "WebhookPayoutNonBnData": "webhook_payout_non_bn_data",
    "WebhookRefundData": "webhook_refund_data",
    "WebhookRefundInfo": "webhook_refund_info",
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


__all__ = [
    "AddProfitSharingReceiverResponse200",
    "ApplyDirectDebitPaymentResponse200",
    "AssetQueryReq",
    "AssetQueryResp",
    "BalanceReportQueryRequest",
    "BalanceReportQueryResult",
    "BalanceReportRequest",
    "BalanceReportRequestReportType",
    "Certificate",
    "CertificateQueryRequest",
    "CheckPayoutReceiverResponse200",
    "CloseOrderResponse200",
    "CollectionQueryRequest",
    "CollectionQueryResult",
    "ConvertExecuteRequest",
    "ConvertExecution",
    "ConvertOrder",
    "ConvertOrderQueryRequest",
    "ConvertPair",
    "ConvertPairs",
    "ConvertPairsRequest",
    "ConvertQuote",
    "ConvertQuoteRequest",
    "CreateDirectDebitContractResponse200",
    "CreateOrderV2Response200",
    "CreateOrderV3Response200",
    "CreatePayoutResponse200",
    "CreateServiceProviderAuthorizationResponse200",
    "CreateSubMerchantResponse200",
    "CreateTransferResponse200",
    "DeleteProfitSharingReceiverResponse200",
    "DirectDebitContract",
    "DirectDebitContractQueryRequest",
    "DirectDebitContractRequest",
    "DirectDebitContractTerminationRequest",
    "DirectDebitCycleType",
    "DirectDebitOrderTags",
    "DirectDebitPayment",
    "DirectDebitPaymentNotification",
    "DirectDebitPaymentNotificationRequest",
    "DirectDebitPaymentRequest",
    "DirectDebitPreContract",
    "DirectDebitTradeMode",
    "DownloadBalanceReportResponse200",
    "Envelope",
    "ExecuteConvertQuoteResponse200",
    "GetConvertQuoteResponse200",
    "GetReportFileResponse200",
    "GetServiceProviderRecordResponse200",
    "ListConvertPairsResponse200",
    "ModifySubMerchantResponse200",
    "NotifyDirectDebitPaymentResponse200",
    "OrderBuyer",
    "OrderCloseRequest",
    "OrderDirectDebitContract",
    "OrderDirectDebitContractCycleType",
    "OrderEnv",
    "OrderGoods",
    "OrderGoodsCategory",
    "OrderGoodsType",
    "OrderGoodsUnitAmount",
    "OrderMerchant",
    "OrderOsType",
    "OrderPayerInformation",
    "OrderPayerInformationCategory",
    "OrderPayerVerificationRequest",
    "OrderPayerVerificationRequestPayerType",
    "OrderPaymentInfo",
    "OrderPaymentInstruction",
    "OrderPersonName",
    "OrderQueryRequest",
    "OrderQueryResult",
    "OrderResult",
    "OrderShipping",
    "OrderShippingAddress",
    "OrderShippingAddressShippingAddressType",
    "OrderTags",
    "OrderTerminalType",
    "OrderV2Request",
    "OrderV3Request",
    "PayoutBizScene",
    "PayoutDetailStatusFilter",
    "PayoutQueryRequest",
    "PayoutQueryResult",
    "PayoutReceiverCheckRequest",
    "PayoutReceiverCheckRequestReceiveType",
    "PayoutReceiveType",
    "PayoutRequest",
    "PayoutResult",
    "PayoutTransferDetail",
    "PayoutTransferDetailRequest",
    "ProfitSharingReceiver",
    "ProfitSharingReceiverPage",
    "ProfitSharingReceiverQueryRequest",
    "ProfitSharingReceiverRequest",
    "ProfitSharingReturn",
    "ProfitSharingReturnRequest",
    "ProfitSharingSplit",
    "ProfitSharingSplitDetail",
    "ProfitSharingSplitQueryRequest",
    "ProfitSharingSplitReceiver",
    "ProfitSharingSplitRequest",
    "QueryBalanceReportResponse200",
    "QueryCertificatesResponse200",
    "QueryCollectionResponse200",
    "QueryConvertOrderResponse200",
    "QueryDirectDebitContractResponse200",
    "QueryOrderV2Response200",
    "QueryPayoutResponse200",
    "QueryProfitSharingReceiversResponse200",
    "QueryProfitSharingSplitResponse200",
    "QueryRefundResponse200",
    "QueryServiceProviderRecordsResponse200",
    "QueryServiceProviderScopesResponse200",
    "QueryTransferResponse200",
    "QueryWalletBalanceResponse200",
    "QueryWalletBalanceV2Response200",
    "RefundOrderResponse200",
    "RefundQueryRequest",
    "RefundQueryResult",
    "RefundRequest",
    "RefundResult",
    "ReportFile",
    "ReportFileRequest",
    "ReportTransactionType",
    "ReportType",
    "ReturnProfitSharingSplitResponse200",
    "ServiceProviderAuthorization",
    "ServiceProviderAuthorizationRequest",
    "ServiceProviderRecord",
    "ServiceProviderRecordDetail",
    "ServiceProviderRecordGetRequest",
    "ServiceProviderRecordPage",
    "ServiceProviderRecordQueryRequest",
    "ServiceProviderScope",
    "ServiceProviderScopes",
    "ServiceProviderScopesQueryRequest",
    "ShareAccountIdRequest",
    "ShareAccountIdResponse200",
    "ShareAccountIdResult",
    "Status",
    "SubMerchantModifyRequest",
    "SubMerchantRequest",
    "SubMerchantResult",
    "SubmitProfitSharingSplitResponse200",
    "TerminateDirectDebitContractResponse200",
    "TransferQueryRequest",
    "TransferQueryResult",
    "TransferRequest",
    "TransferResult",
    "TransferType",
    "VerifyPaymentPayerResponse200",
    "Wallet",
    "WalletBalanceV2",
    "WalletBalanceV2Asset",
    "WalletBalanceV2Request",
    "WebhookBalanceReportData",
    "WebhookCollectionNotification",
    "WebhookDirectDebitContractData",
    "WebhookMerchantQrCodeData",
    "WebhookNotification",
    "WebhookPayData",
    "WebhookPaymentInfo",
    "WebhookPayoutData",
    "WebhookPayoutNonBnData",
    "WebhookRefundData",
    "WebhookRefundInfo",
    "WebhookShareAccountIdData",
]
