# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""Every exception `binance_pay` raises: the hand-written tree of `_exceptions`, and one class per
result code of the spec.

    BinancePayError                      base; also raised as-is for an undocumented result code
    ├── MissingCredentialsError          no API key or secret key given or in the environment
    ├── ClientClosedError                a call on a client after `close()`
    ├── RequestValidationError           (also ValueError) bad input: nothing was sent
    ├── ResponseValidationError          the response breaks the spec; `.body` holds the raw bytes
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
        └── InvalidRequestTooLargeError  400104 INVALID_REQUEST_TOO_LARGE

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
    MissingCredentialsError,
    RequestInfo,
    RequestValidationError,
    ResponseTooLargeError,
    ResponseValidationError,
    ResultCodeError,
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
    "MissingCredentialsError",
    "RequestInfo",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ResultCodeError",
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
]
