# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""Every exception `binance_pay` raises: the hand-written tree of `_exceptions`, and one class per
result code of the spec.

    BinancePayError                      base; also raised as-is for an undocumented result code
    ├── MissingCredentialsError          no API key or secret key given or in the environment
    ├── ClientClosedError                a call on a client after `close()`
    ├── RequestValidationError           (also ValueError) bad input: nothing was sent
    ├── ResponseValidationError          the response breaks the spec; `.body` holds the raw bytes
    ├── IdempotencyConflictError         the id of a request already names something else: nothing was done
    ├── OutcomeUnknownError              the request may have been carried out; reconcile before resending
    ├── WebhookVerificationError         a webhook notification was rejected; `.reason` says why
    ├── APIConnectionError               the request did not get a response (refused, reset, ...)
    │   └── APITimeoutError              ... because a timeout fired
    ├── APIStatusError                   a response that is not the JSON envelope (an HTML 502, ...)
    │   └── ResponseTooLargeError        ... larger than the client's `max_response_bytes`
    └── ResultCodeError                  `status: FAIL` with a documented code:
        ├── UnknownError                 400000 UNKNOWN_ERROR
        ├── InvalidRequestError          400001 INVALID_REQUEST
        ├── InvalidSignatureError        400002 INVALID_SIGNATURE
        ├── InvalidTimestampError        400003 INVALID_TIMESTAMP
        ├── InvalidApiKeyOrIpError       400004 INVALID_API_KEY_OR_IP
        ├── BadApiKeyFmtError            400005 BAD_API_KEY_FMT
        ├── BadHttpMethodError           400006 BAD_HTTP_METHOD
        ├── MediaTypeNotSupportedError   400007 MEDIA_TYPE_NOT_SUPPORTED
        ├── InvalidRequestBodyError      400008 INVALID_REQUEST_BODY
        ├── MandatoryParamEmptyOrMalformedError 400100 MANDATORY_PARAM_EMPTY_OR_MALFORMED
        ├── InvalidParamWrongLengthError 400101 INVALID_PARAM_WRONG_LENGTH
        ├── InvalidParamWrongValueError  400102 INVALID_PARAM_WRONG_VALUE
        ├── InvalidParamIllegalCharError 400103 INVALID_PARAM_ILLEGAL_CHAR
        ├── InvalidRequestTooLargeError  400104 INVALID_REQUEST_TOO_LARGE
        ├── InvalidMerchantTradeNoError  400201 INVALID_MERCHANT_TRADE_NO
        ├── OrderNotFoundError           400202 ORDER_NOT_FOUND
        ├── InvalidAccountStatusError    400203 INVALID_ACCOUNT_STATUS
        ├── InvalidOrderStatusError      400204 INVALID_ORDER_STATUS
        ├── SubMerchantInvalidError      400206 SUB_MERCHANT_INVALID
        ├── InvalidPrepayIdError         400301 INVALID_PREPAY_ID
        ├── TooManyRefundAttemptsError   400302 TOO_MANY_REFUND_ATTEMPTS
        ├── InvalidRefundAmountError     400303 INVALID_REFUND_AMOUNT
        ├── AccountRemainingAmountNotEnoughError 400304 ACCOUNT_REMAINING_AMOUNT_NOT_ENOUGH
        ├── AccountNotFoundError         400601 ACCOUNT_NOT_FOUND
        ├── SubMerchantExistsError       400205 SUB_MERCHANT_EXISTS
        ├── PaymentC2cCollectionOrderNotFoundError 400207 PAYMENT_C2C_COLLECTION_ORDER_NOT_FOUND
        ├── PayoutReceiverCheckFailRateHighError 406108 PAYOUT_RECEIVER_CHECK_FAIL_RATE_HIGH
        ├── TimeOutError                 345231 TIME_OUT
        ├── OrderNotFoundOrNotSuccessError 400209 ORDER_NOT_FOUND_OR_NOT_SUCCESS
        ├── MerchantAccessForbiddenError 400606 MERCHANT_ACCESS_FORBIDDEN
        ├── PaymentDirectDebitContractNotFoundError 406207 PAYMENT_DIRECT_DEBIT_CONTRACT_NOT_FOUND
        └── PaymentDirectDebitContractNotSignedError 406212 PAYMENT_DIRECT_DEBIT_CONTRACT_NOT_SIGNED

Three outcomes, never confused: a call that returns succeeded; `OutcomeUnknownError` means it may or
may not have been carried out (reconcile with `client.reconcile(error)` before resending under a new
id); any other error means it was not carried out.

Errors from a response carry `.code`, `.name`, `.error_message` (the server's text), `.reason` and
`.solution` (from the spec), `.status_code` and `.request` (method and URL only: no headers, so no
signature or key).
"""

from __future__ import annotations

from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BinancePayError,
    ClientClosedError,
    IdempotencyConflictError,
    MissingCredentialsError,
    OutcomeUnknownError,
    RequestInfo,
    RequestValidationError,
    ResponseTooLargeError,
    ResponseValidationError,
    ResultCodeError,
    WebhookVerificationError,
)


class UnknownError(ResultCodeError):
    """400000 UNKNOWN_ERROR: An unknown error occurred while processing the request. Try again later"""

    result_code = "400000"
    result_name = "UNKNOWN_ERROR"
    default_reason = "An unknown error occurred while processing the request."
    default_solution = "Try again later"
    retryable = True


class InvalidRequestError(ResultCodeError):
    """400001 INVALID_REQUEST: Parameter format is wrong or parameter transferring doesn't follow the rules. Please check whether the parameters are correct."""

    result_code = "400001"
    result_name = "INVALID_REQUEST"
    default_reason = "Parameter format is wrong or parameter transferring doesn\u0027t follow the rules."
    default_solution = "Please check whether the parameters are correct."


class InvalidSignatureError(ResultCodeError):
    """400002 INVALID_SIGNATURE: Incorrect signature result Check whether the signature parameter and method comply with signature algorithm requirements."""

    result_code = "400002"
    result_name = "INVALID_SIGNATURE"
    default_reason = "Incorrect signature result"
    default_solution = "Check whether the signature parameter and method comply with signature algorithm requirements."


class InvalidTimestampError(ResultCodeError):
    """400003 INVALID_TIMESTAMP: Timestamp for this request is outside of the time window. Sync server clock"""

    result_code = "400003"
    result_name = "INVALID_TIMESTAMP"
    default_reason = "Timestamp for this request is outside of the time window."
    default_solution = "Sync server clock"


class InvalidApiKeyOrIpError(ResultCodeError):
    """400004 INVALID_API_KEY_OR_IP: API identity key not found or invalid. Check API identity key"""

    result_code = "400004"
    result_name = "INVALID_API_KEY_OR_IP"
    default_reason = "API identity key not found or invalid."
    default_solution = "Check API identity key"


class BadApiKeyFmtError(ResultCodeError):
    """400005 BAD_API_KEY_FMT: API identity key format invalid. Check API identity key."""

    result_code = "400005"
    result_name = "BAD_API_KEY_FMT"
    default_reason = "API identity key format invalid."
    default_solution = "Check API identity key."


class BadHttpMethodError(ResultCodeError):
    """400006 BAD_HTTP_METHOD: Request method not supported. Check Request method."""

    result_code = "400006"
    result_name = "BAD_HTTP_METHOD"
    default_reason = "Request method not supported."
    default_solution = "Check Request method."


class MediaTypeNotSupportedError(ResultCodeError):
    """400007 MEDIA_TYPE_NOT_SUPPORTED: Media type not supported. Check Request Media type."""

    result_code = "400007"
    result_name = "MEDIA_TYPE_NOT_SUPPORTED"
    default_reason = "Media type not supported."
    default_solution = "Check Request Media type."


class InvalidRequestBodyError(ResultCodeError):
    """400008 INVALID_REQUEST_BODY: Request body is not a valid json object. Check Request body"""

    result_code = "400008"
    result_name = "INVALID_REQUEST_BODY"
    default_reason = "Request body is not a valid json object."
    default_solution = "Check Request body"


class MandatoryParamEmptyOrMalformedError(ResultCodeError):
    """400100 MANDATORY_PARAM_EMPTY_OR_MALFORMED: A parameter was missing/empty/null, or malformed."""

    result_code = "400100"
    result_name = "MANDATORY_PARAM_EMPTY_OR_MALFORMED"
    default_reason = "A parameter was missing/empty/null, or malformed."
    default_solution = ""


class InvalidParamWrongLengthError(ResultCodeError):
    """400101 INVALID_PARAM_WRONG_LENGTH: A parameter was not valid, was empty/null, or too long/short, or wrong format."""

    result_code = "400101"
    result_name = "INVALID_PARAM_WRONG_LENGTH"
    default_reason = "A parameter was not valid, was empty/null, or too long/short, or wrong format."
    default_solution = ""


class InvalidParamWrongValueError(ResultCodeError):
    """400102 INVALID_PARAM_WRONG_VALUE: A parameter was not valid, the value is out of range."""

    result_code = "400102"
    result_name = "INVALID_PARAM_WRONG_VALUE"
    default_reason = "A parameter was not valid, the value is out of range."
    default_solution = ""


class InvalidParamIllegalCharError(ResultCodeError):
    """400103 INVALID_PARAM_ILLEGAL_CHAR: A parameter was not valid, contains illegal characters"""

    result_code = "400103"
    result_name = "INVALID_PARAM_ILLEGAL_CHAR"
    default_reason = "A parameter was not valid, contains illegal characters"
    default_solution = ""


class InvalidRequestTooLargeError(ResultCodeError):
    """400104 INVALID_REQUEST_TOO_LARGE: Invalid request, content length too large"""

    result_code = "400104"
    result_name = "INVALID_REQUEST_TOO_LARGE"
    default_reason = "Invalid request, content length too large"
    default_solution = ""


class InvalidMerchantTradeNoError(ResultCodeError):
    """400201 INVALID_MERCHANT_TRADE_NO: merchantTradeNo is invalid or duplicated. Use a new merchantTradeNo for a new order; look the existing order up with Query Order."""

    result_code = "400201"
    result_name = "INVALID_MERCHANT_TRADE_NO"
    default_reason = "merchantTradeNo is invalid or duplicated."
    default_solution = "Use a new merchantTradeNo for a new order; look the existing order up with Query Order."


class OrderNotFoundError(ResultCodeError):
    """400202 ORDER_NOT_FOUND: Order not found."""

    result_code = "400202"
    result_name = "ORDER_NOT_FOUND"
    default_reason = "Order not found."
    default_solution = ""


class InvalidAccountStatusError(ResultCodeError):
    """400203 INVALID_ACCOUNT_STATUS: Not supported for this account. Check the account status."""

    result_code = "400203"
    result_name = "INVALID_ACCOUNT_STATUS"
    default_reason = "Not supported for this account."
    default_solution = "Check the account status."


class InvalidOrderStatusError(ResultCodeError):
    """400204 INVALID_ORDER_STATUS: The order cannot be closed: it is paid or has payment activity in progress. From third-party SDKs (Tusquito/binance-pay-dotnet-sdk); not seen on an official page."""

    result_code = "400204"
    result_name = "INVALID_ORDER_STATUS"
    default_reason = "The order cannot be closed: it is paid or has payment activity in progress. From third-party SDKs (Tusquito/binance-pay-dotnet-sdk); not seen on an official page."
    default_solution = ""


class SubMerchantInvalidError(ResultCodeError):
    """400206 SUB_MERCHANT_INVALID: The sub-merchant does not exist or is unavailable. From third-party SDKs (Tusquito/binance-pay-dotnet-sdk, ShepelevAndrew/BinancePayConnector); not seen on an official page."""

    result_code = "400206"
    result_name = "SUB_MERCHANT_INVALID"
    default_reason = "The sub-merchant does not exist or is unavailable. From third-party SDKs (Tusquito/binance-pay-dotnet-sdk, ShepelevAndrew/BinancePayConnector); not seen on an official page."
    default_solution = ""


class InvalidPrepayIdError(ResultCodeError):
    """400301 INVALID_PREPAY_ID: Invalid prepayId. From third-party SDKs (Tusquito/binance-pay-dotnet-sdk); not seen on an official page."""

    result_code = "400301"
    result_name = "INVALID_PREPAY_ID"
    default_reason = (
        "Invalid prepayId. From third-party SDKs (Tusquito/binance-pay-dotnet-sdk); not seen on an official page."
    )
    default_solution = ""


class TooManyRefundAttemptsError(ResultCodeError):
    """400302 TOO_MANY_REFUND_ATTEMPTS: More than 10 refund attempts for the order. From third-party SDKs (Tusquito/binance-pay-dotnet-sdk); not seen on an official page."""

    result_code = "400302"
    result_name = "TOO_MANY_REFUND_ATTEMPTS"
    default_reason = "More than 10 refund attempts for the order. From third-party SDKs (Tusquito/binance-pay-dotnet-sdk); not seen on an official page."
    default_solution = ""


class InvalidRefundAmountError(ResultCodeError):
    """400303 INVALID_REFUND_AMOUNT: The refund amount is greater than the order's remaining amount. From third-party SDKs (Tusquito/binance-pay-dotnet-sdk); not seen on an official page."""

    result_code = "400303"
    result_name = "INVALID_REFUND_AMOUNT"
    default_reason = "The refund amount is greater than the order\u0027s remaining amount. From third-party SDKs (Tusquito/binance-pay-dotnet-sdk); not seen on an official page."
    default_solution = ""


class AccountRemainingAmountNotEnoughError(ResultCodeError):
    """400304 ACCOUNT_REMAINING_AMOUNT_NOT_ENOUGH: The merchant's balance is not enough for the refund. From third-party SDKs (Tusquito/binance-pay-dotnet-sdk); not seen on an official page."""

    result_code = "400304"
    result_name = "ACCOUNT_REMAINING_AMOUNT_NOT_ENOUGH"
    default_reason = "The merchant\u0027s balance is not enough for the refund. From third-party SDKs (Tusquito/binance-pay-dotnet-sdk); not seen on an official page."
    default_solution = ""


class AccountNotFoundError(ResultCodeError):
    """400601 ACCOUNT_NOT_FOUND: Account not found (Binance's sample message for Payment Payer Verification). Unconfirmed: Binance's name for this code is unknown; ACCOUNT_NOT_FOUND is ours, taken from the message."""

    result_code = "400601"
    result_name = "ACCOUNT_NOT_FOUND"
    default_reason = "Account not found (Binance\u0027s sample message for Payment Payer Verification). Unconfirmed: Binance\u0027s name for this code is unknown; ACCOUNT_NOT_FOUND is ours, taken from the message."
    default_solution = ""


class SubMerchantExistsError(ResultCodeError):
    """400205 SUB_MERCHANT_EXISTS: The sub-merchant already exists. From third-party SDKs (Tusquito/binance-pay-dotnet-sdk): not seen on an official page; unconfirmed. Check the sub-merchant name."""

    result_code = "400205"
    result_name = "SUB_MERCHANT_EXISTS"
    default_reason = "The sub-merchant already exists. From third-party SDKs (Tusquito/binance-pay-dotnet-sdk): not seen on an official page; unconfirmed."
    default_solution = "Check the sub-merchant name."


class PaymentC2cCollectionOrderNotFoundError(ResultCodeError):
    """400207 PAYMENT_C2C_COLLECTION_ORDER_NOT_FOUND: The collection order was not found. (Official, Query Collection Result page.)"""

    result_code = "400207"
    result_name = "PAYMENT_C2C_COLLECTION_ORDER_NOT_FOUND"
    default_reason = "The collection order was not found. (Official, Query Collection Result page.)"
    default_solution = ""


class PayoutReceiverCheckFailRateHighError(ResultCodeError):
    """406108 PAYOUT_RECEIVER_CHECK_FAIL_RATE_HIGH: Fail rate is high, please try again later. Code and message are from the official Payout Validate Receiver sample; Binance's name for this code is unknown, the name here is ours (unconfirmed). Try again later."""

    result_code = "406108"
    result_name = "PAYOUT_RECEIVER_CHECK_FAIL_RATE_HIGH"
    default_reason = "Fail rate is high, please try again later. Code and message are from the official Payout Validate Receiver sample; Binance\u0027s name for this code is unknown, the name here is ours (unconfirmed)."
    default_solution = "Try again later."


class TimeOutError(ResultCodeError):
    """345231 TIME_OUT: System failed to execute the quote, which has expired. Please request for quote again."""

    result_code = "345231"
    result_name = "TIME_OUT"
    default_reason = "System failed to execute the quote, which has expired. Please request for quote again."
    default_solution = ""


class OrderNotFoundOrNotSuccessError(ResultCodeError):
    """400209 ORDER_NOT_FOUND_OR_NOT_SUCCESS: Order not found or order status is not success (the errorMessage of Binance's Query Split sample). Unconfirmed: Binance's name for 400209 is not documented; this name is ours."""

    result_code = "400209"
    result_name = "ORDER_NOT_FOUND_OR_NOT_SUCCESS"
    default_reason = "Order not found or order status is not success (the errorMessage of Binance\u0027s Query Split sample). Unconfirmed: Binance\u0027s name for 400209 is not documented; this name is ours."
    default_solution = ""


class MerchantAccessForbiddenError(ResultCodeError):
    """400606 MERCHANT_ACCESS_FORBIDDEN: From third-party SDKs only (ShepelevAndrew/BinancePayConnector's code list, which gives the name without a description); unconfirmed."""

    result_code = "400606"
    result_name = "MERCHANT_ACCESS_FORBIDDEN"
    default_reason = "From third-party SDKs only (ShepelevAndrew/BinancePayConnector\u0027s code list, which gives the name without a description); unconfirmed."
    default_solution = ""


class PaymentDirectDebitContractNotFoundError(ResultCodeError):
    """406207 PAYMENT_DIRECT_DEBIT_CONTRACT_NOT_FOUND: The direct debit contract was not found. From third-party SDKs only (ShepelevAndrew/BinancePayConnector's code list, which gives the name without a description); unconfirmed."""

    result_code = "406207"
    result_name = "PAYMENT_DIRECT_DEBIT_CONTRACT_NOT_FOUND"
    default_reason = "The direct debit contract was not found. From third-party SDKs only (ShepelevAndrew/BinancePayConnector\u0027s code list, which gives the name without a description); unconfirmed."
    default_solution = ""


class PaymentDirectDebitContractNotSignedError(ResultCodeError):
    """406212 PAYMENT_DIRECT_DEBIT_CONTRACT_NOT_SIGNED: The direct debit contract has not been signed by the user. From third-party SDKs only (ShepelevAndrew/BinancePayConnector's code list, which gives the name without a description); unconfirmed."""

    result_code = "406212"
    result_name = "PAYMENT_DIRECT_DEBIT_CONTRACT_NOT_SIGNED"
    default_reason = "The direct debit contract has not been signed by the user. From third-party SDKs only (ShepelevAndrew/BinancePayConnector\u0027s code list, which gives the name without a description); unconfirmed."
    default_solution = ""


RESULT_CODE_ERRORS: dict[str, type[ResultCodeError]] = {
    "400000": UnknownError,
    "400001": InvalidRequestError,
    "400002": InvalidSignatureError,
    "400003": InvalidTimestampError,
    "400004": InvalidApiKeyOrIpError,
    "400005": BadApiKeyFmtError,
    "400006": BadHttpMethodError,
    "400007": MediaTypeNotSupportedError,
    "400008": InvalidRequestBodyError,
    "400100": MandatoryParamEmptyOrMalformedError,
    "400101": InvalidParamWrongLengthError,
    "400102": InvalidParamWrongValueError,
    "400103": InvalidParamIllegalCharError,
    "400104": InvalidRequestTooLargeError,
    "400201": InvalidMerchantTradeNoError,
    "400202": OrderNotFoundError,
    "400203": InvalidAccountStatusError,
    "400204": InvalidOrderStatusError,
    "400206": SubMerchantInvalidError,
    "400301": InvalidPrepayIdError,
    "400302": TooManyRefundAttemptsError,
    "400303": InvalidRefundAmountError,
    "400304": AccountRemainingAmountNotEnoughError,
    "400601": AccountNotFoundError,
    "400205": SubMerchantExistsError,
    "400207": PaymentC2cCollectionOrderNotFoundError,
    "406108": PayoutReceiverCheckFailRateHighError,
    "345231": TimeOutError,
    "400209": OrderNotFoundOrNotSuccessError,
    "400606": MerchantAccessForbiddenError,
    "406207": PaymentDirectDebitContractNotFoundError,
    "406212": PaymentDirectDebitContractNotSignedError,
}
"""Result code -> exception class, for every code the spec documents."""

RETRYABLE_RESULT_ERRORS: tuple[type[ResultCodeError], ...] = (UnknownError,)
"""Result codes the spec marks `retryable` (a transient server-side failure)."""

DEFAULT_RETRY_ON: tuple[type[BinancePayError], ...] = (APIConnectionError, *RETRYABLE_RESULT_ERRORS)
"""Connection errors and timeouts, plus the retryable result codes. Non-envelope responses with a
status in `RETRYABLE_STATUS_CODES` (429, 5xx) are retried as well."""

__all__ = [
    "DEFAULT_RETRY_ON",
    "RESULT_CODE_ERRORS",
    "RETRYABLE_RESULT_ERRORS",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "BinancePayError",
    "ClientClosedError",
    "IdempotencyConflictError",
    "MissingCredentialsError",
    "OutcomeUnknownError",
    "RequestInfo",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ResultCodeError",
    "WebhookVerificationError",
    "UnknownError",
    "InvalidRequestError",
    "InvalidSignatureError",
    "InvalidTimestampError",
    "InvalidApiKeyOrIpError",
    "BadApiKeyFmtError",
    "BadHttpMethodError",
    "MediaTypeNotSupportedError",
    "InvalidRequestBodyError",
    "MandatoryParamEmptyOrMalformedError",
    "InvalidParamWrongLengthError",
    "InvalidParamWrongValueError",
    "InvalidParamIllegalCharError",
    "InvalidRequestTooLargeError",
    "InvalidMerchantTradeNoError",
    "OrderNotFoundError",
    "InvalidAccountStatusError",
    "InvalidOrderStatusError",
    "SubMerchantInvalidError",
    "InvalidPrepayIdError",
    "TooManyRefundAttemptsError",
    "InvalidRefundAmountError",
    "AccountRemainingAmountNotEnoughError",
    "AccountNotFoundError",
    "SubMerchantExistsError",
    "PaymentC2cCollectionOrderNotFoundError",
    "PayoutReceiverCheckFailRateHighError",
    "TimeOutError",
    "OrderNotFoundOrNotSuccessError",
    "MerchantAccessForbiddenError",
    "PaymentDirectDebitContractNotFoundError",
    "PaymentDirectDebitContractNotSignedError",
]
