# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""The spec's constants for the runtime: where the API lives, how requests are signed, its result codes."""

from __future__ import annotations

from typing import Any

from ._operation import SpecInfo
from ._signing import SigningScheme
from ._webhook_events import WebhookDataType, WebhookSpec
from .errors import RESULT_CODE_ERRORS

API_TITLE = "Binance Pay Merchant API"
API_VERSION = "1.0.0"
"""The version of the Binance Pay API spec this client was generated from (`binance_pay.__version__` is the SDK's)."""
SPEC_FILE = "openapi/binance-pay.yaml"
DEFAULT_BASE_URL = "https://bpay.binanceapi.com"
"""The first `servers` entry of the spec."""


def _load_schemas() -> dict[str, Any]:
    from ._schema import link
    from ._schemas import SCHEMAS

    return link(SCHEMAS)


SPEC = SpecInfo(
    title=API_TITLE,
    api_version=API_VERSION,
    spec_file=SPEC_FILE,
    default_base_url=DEFAULT_BASE_URL,
    signing=SigningScheme(
        timestamp_header="BinancePay-Timestamp",
        nonce_header="BinancePay-Nonce",
        api_key_header="BinancePay-Certificate-SN",
        signature_header="BinancePay-Signature",
        nonce_length=32,
        nonce_alphabet=b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    ),
    result_errors=RESULT_CODE_ERRORS,
    timestamp_error_code="400003",
    load_schemas=_load_schemas,
)


def _load_webhook_data_types() -> dict[str, WebhookDataType]:
    from .models.webhook_balance_report_data import WebhookBalanceReportData
    from .models.webhook_direct_debit_contract_data import WebhookDirectDebitContractData
    from .models.webhook_merchant_qr_code_data import WebhookMerchantQrCodeData
    from .models.webhook_pay_data import WebhookPayData
    from .models.webhook_payout_data import WebhookPayoutData
    from .models.webhook_payout_non_bn_data import WebhookPayoutNonBnData
    from .models.webhook_refund_data import WebhookRefundData
    from .models.webhook_share_account_id_data import WebhookShareAccountIdData

    return {
        "PAY": WebhookDataType("WebhookPayData", WebhookPayData),
        "PAY_REFUND": WebhookDataType("WebhookRefundData", WebhookRefundData),
        "PAYOUT": WebhookDataType("WebhookPayoutData", WebhookPayoutData),
        "PAYOUT_NON_BN": WebhookDataType("WebhookPayoutNonBnData", WebhookPayoutNonBnData),
        "DIRECT_DEBIT_CT": WebhookDataType("WebhookDirectDebitContractData", WebhookDirectDebitContractData),
        "BALANCE": WebhookDataType("WebhookBalanceReportData", WebhookBalanceReportData),
        "SHARE_ACCOUNT_ID": WebhookDataType("WebhookShareAccountIdData", WebhookShareAccountIdData),
        "MERCHANT_QR_CODE": WebhookDataType("WebhookMerchantQrCodeData", WebhookMerchantQrCodeData),
    }


WEBHOOKS: WebhookSpec | None = WebhookSpec(
    timestamp_header="BinancePay-Timestamp",
    nonce_header="BinancePay-Nonce",
    signature_header="BinancePay-Signature",
    serial_header="BinancePay-Certificate-SN",
    load_data_types=_load_webhook_data_types,
    load_schemas=_load_schemas,
)
"""Webhook notifications (`binance_pay.webhooks`): their headers, and the model of each `bizType`'s `data` (imported on first use)."""
