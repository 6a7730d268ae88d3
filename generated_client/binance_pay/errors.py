# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""Every exception `binance_pay` raises.

    BinancePayError                      base; also raised as-is for an undocumented result code
    ├── MissingCredentialsError          no API key or secret key given or in the environment
    ├── RequestValidationError           (also ValueError) bad input: nothing was sent
    ├── ResponseValidationError          the response breaks the spec; `.body` holds the raw bytes
    ├── APIConnectionError               the request did not get a response (refused, reset, ...)
    │   └── APITimeoutError              ... because a timeout fired
    ├── APIStatusError                   a response that is not the JSON envelope (an HTML 502, ...)
    │   ├── ResponseTooLargeError        ... larger than the client's `max_response_bytes`
    │   └── UnexpectedStatus             ... (openapi-python-client's name, kept for its functions)
    ├── UnknownError                     `status: FAIL`, code 400000 (UNKNOWN_ERROR)
    ├── InvalidRequestError              `status: FAIL`, code 400001 (INVALID_REQUEST)
    ├── InvalidSignatureError            `status: FAIL`, code 400002 (INVALID_SIGNATURE)
    ├── InvalidTimestampError            `status: FAIL`, code 400003 (INVALID_TIMESTAMP)
    ├── InvalidApiKeyOrIpError           `status: FAIL`, code 400004 (INVALID_API_KEY_OR_IP)
    ├── BadApiKeyFmtError                `status: FAIL`, code 400005 (BAD_API_KEY_FMT)
    ├── BadHttpMethodError               `status: FAIL`, code 400006 (BAD_HTTP_METHOD)
    ├── MediaTypeNotSupportedError       `status: FAIL`, code 400007 (MEDIA_TYPE_NOT_SUPPORTED)
    ├── InvalidRequestBodyError          `status: FAIL`, code 400008 (INVALID_REQUEST_BODY)
    ├── MandatoryParamEmptyOrMalformedError `status: FAIL`, code 400100 (MANDATORY_PARAM_EMPTY_OR_MALFORMED)
    ├── InvalidParamWrongLengthError     `status: FAIL`, code 400101 (INVALID_PARAM_WRONG_LENGTH)
    ├── InvalidParamWrongValueError      `status: FAIL`, code 400102 (INVALID_PARAM_WRONG_VALUE)
    ├── InvalidParamIllegalCharError     `status: FAIL`, code 400103 (INVALID_PARAM_ILLEGAL_CHAR)
    └── InvalidRequestTooLargeError      `status: FAIL`, code 400104 (INVALID_REQUEST_TOO_LARGE)

Errors from a response carry `.code`, `.name`, `.error_message` (the server's text), `.reason` and
`.solution` (from the spec), `.status_code` and `.request` (an `httpx.Request`, whose repr shows no
headers, so no signature or key).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    import httpx

_BODY_EXCERPT_BYTES = 200


def _excerpt(body: bytes) -> str:
    text = body[:_BODY_EXCERPT_BYTES].decode("utf-8", errors="replace")
    return text + ("..." if len(body) > _BODY_EXCERPT_BYTES else "")


class BinancePayError(Exception):
    """Base of every error raised by `binance_pay`.

    Raised as-is for a FAIL whose result code the spec does not document.
    """

    code: str | None
    name: str | None
    reason: str | None = None
    solution: str | None = None

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        name: str | None = None,
        error_message: str | None = None,
        status_code: int | None = None,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.name = name
        self.error_message = error_message
        self.status_code = status_code
        self.request = request

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses take keyword-only fields, so the default `cls(*args)` cannot rebuild them.
        return _rebuild, (type(self), self.args, self.__dict__.copy())


def _rebuild(cls: type[BinancePayError], args: tuple[Any, ...], state: dict[str, Any]) -> BinancePayError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class MissingCredentialsError(BinancePayError):
    """No API key or secret key was passed, and the environment variable is not set either."""


class RequestValidationError(BinancePayError, ValueError):
    """An argument breaks the spec's request schema; nothing was sent.

    `.field` names the field (`currency`), `.rule` the rule it breaks (`must match ^[A-Z0-9]+$`).
    """

    def __init__(self, field: str, rule: str) -> None:
        super().__init__(f"{field}: {rule}")
        self.field = field
        self.rule = rule


class ResponseValidationError(BinancePayError):
    """The response breaks the spec: a missing field, a wrong type, a 9th decimal place, ...

    `.field` and `.rule` say what is wrong; `.body` holds the raw response bytes.
    """

    def __init__(
        self,
        field: str,
        rule: str,
        *,
        body: bytes,
        status_code: int | None = None,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(f"response {field}: {rule} (HTTP {status_code})", status_code=status_code, request=request)
        self.field = field
        self.rule = rule
        self.body = body


class APIConnectionError(BinancePayError):
    """The request did not get a complete response: refused, reset, closed early, a TLS failure."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """A connect, read, write, pool or total timeout fired."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APIStatusError(BinancePayError):
    """The response is not Binance Pay's JSON envelope (for example an HTML 502 from a proxy).

    `.body` is a bounded excerpt of what came back.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: bytes,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(
            f"{message} (HTTP {status_code}): {_excerpt(body)!r}", status_code=status_code, request=request
        )
        self.body = body[:_BODY_EXCERPT_BYTES]


class ResponseTooLargeError(APIStatusError):
    """The response body is larger than the client's `max_response_bytes`; reading stopped there."""


class UnexpectedStatus(APIStatusError):
    """Raised by the low-level api functions for an undocumented status when `raise_on_unexpected_status` is set."""

    def __init__(self, status_code: int, content: bytes) -> None:
        super().__init__("Unexpected status code", status_code=status_code, body=content)
        self.content = content


class _ResultCodeError(BinancePayError):
    """A documented `status: FAIL` result code; one subclass per code, generated from the spec."""

    result_code: ClassVar[str]
    result_name: ClassVar[str]
    default_reason: ClassVar[str]
    default_solution: ClassVar[str]

    def __init__(
        self,
        error_message: str | None = None,
        *,
        status_code: int | None = None,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(
            _describe(self.result_code, self.result_name, error_message, status_code),
            code=self.result_code,
            name=self.result_name,
            error_message=error_message,
            status_code=status_code,
            request=request,
        )
        self.reason = self.default_reason
        self.solution = self.default_solution


def _describe(code: str | None, name: str | None, error_message: str | None, status_code: int | None) -> str:
    label = " ".join(part for part in (code, name) if part)
    return f"[{label}] {error_message or 'no message'} (HTTP {status_code})"


class UnknownError(_ResultCodeError):
    """400000 UNKNOWN_ERROR: An unknown error occurred while processing the request. Try again later"""

    result_code = "400000"
    result_name = "UNKNOWN_ERROR"
    default_reason = "An unknown error occurred while processing the request."
    default_solution = "Try again later"


class InvalidRequestError(_ResultCodeError):
    """400001 INVALID_REQUEST: Parameter format is wrong or parameter transferring doesn't follow the rules. Please check whether the parameters are correct."""

    result_code = "400001"
    result_name = "INVALID_REQUEST"
    default_reason = "Parameter format is wrong or parameter transferring doesn\u0027t follow the rules."
    default_solution = "Please check whether the parameters are correct."


class InvalidSignatureError(_ResultCodeError):
    """400002 INVALID_SIGNATURE: Incorrect signature result Check whether the signature parameter and method comply with signature algorithm requirements."""

    result_code = "400002"
    result_name = "INVALID_SIGNATURE"
    default_reason = "Incorrect signature result"
    default_solution = "Check whether the signature parameter and method comply with signature algorithm requirements."


class InvalidTimestampError(_ResultCodeError):
    """400003 INVALID_TIMESTAMP: Timestamp for this request is outside of the time window. Sync server clock"""

    result_code = "400003"
    result_name = "INVALID_TIMESTAMP"
    default_reason = "Timestamp for this request is outside of the time window."
    default_solution = "Sync server clock"


class InvalidApiKeyOrIpError(_ResultCodeError):
    """400004 INVALID_API_KEY_OR_IP: API identity key not found or invalid. Check API identity key"""

    result_code = "400004"
    result_name = "INVALID_API_KEY_OR_IP"
    default_reason = "API identity key not found or invalid."
    default_solution = "Check API identity key"


class BadApiKeyFmtError(_ResultCodeError):
    """400005 BAD_API_KEY_FMT: API identity key format invalid. Check API identity key."""

    result_code = "400005"
    result_name = "BAD_API_KEY_FMT"
    default_reason = "API identity key format invalid."
    default_solution = "Check API identity key."


class BadHttpMethodError(_ResultCodeError):
    """400006 BAD_HTTP_METHOD: Request method not supported. Check Request method."""

    result_code = "400006"
    result_name = "BAD_HTTP_METHOD"
    default_reason = "Request method not supported."
    default_solution = "Check Request method."


class MediaTypeNotSupportedError(_ResultCodeError):
    """400007 MEDIA_TYPE_NOT_SUPPORTED: Media type not supported. Check Request Media type."""

    result_code = "400007"
    result_name = "MEDIA_TYPE_NOT_SUPPORTED"
    default_reason = "Media type not supported."
    default_solution = "Check Request Media type."


class InvalidRequestBodyError(_ResultCodeError):
    """400008 INVALID_REQUEST_BODY: Request body is not a valid json object. Check Request body"""

    result_code = "400008"
    result_name = "INVALID_REQUEST_BODY"
    default_reason = "Request body is not a valid json object."
    default_solution = "Check Request body"


class MandatoryParamEmptyOrMalformedError(_ResultCodeError):
    """400100 MANDATORY_PARAM_EMPTY_OR_MALFORMED: A parameter was missing/empty/null, or malformed."""

    result_code = "400100"
    result_name = "MANDATORY_PARAM_EMPTY_OR_MALFORMED"
    default_reason = "A parameter was missing/empty/null, or malformed."
    default_solution = ""


class InvalidParamWrongLengthError(_ResultCodeError):
    """400101 INVALID_PARAM_WRONG_LENGTH: A parameter was not valid, was empty/null, or too long/short, or wrong format."""

    result_code = "400101"
    result_name = "INVALID_PARAM_WRONG_LENGTH"
    default_reason = "A parameter was not valid, was empty/null, or too long/short, or wrong format."
    default_solution = ""


class InvalidParamWrongValueError(_ResultCodeError):
    """400102 INVALID_PARAM_WRONG_VALUE: A parameter was not valid, the value is out of range."""

    result_code = "400102"
    result_name = "INVALID_PARAM_WRONG_VALUE"
    default_reason = "A parameter was not valid, the value is out of range."
    default_solution = ""


class InvalidParamIllegalCharError(_ResultCodeError):
    """400103 INVALID_PARAM_ILLEGAL_CHAR: A parameter was not valid, contains illegal characters"""

    result_code = "400103"
    result_name = "INVALID_PARAM_ILLEGAL_CHAR"
    default_reason = "A parameter was not valid, contains illegal characters"
    default_solution = ""


class InvalidRequestTooLargeError(_ResultCodeError):
    """400104 INVALID_REQUEST_TOO_LARGE: Invalid request, content length too large"""

    result_code = "400104"
    result_name = "INVALID_REQUEST_TOO_LARGE"
    default_reason = "Invalid request, content length too large"
    default_solution = ""


RESULT_CODE_ERRORS: dict[str, type[_ResultCodeError]] = {
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

RETRYABLE_RESULT_ERRORS: tuple[type[BinancePayError], ...] = (UnknownError,)
"""Result codes the spec marks `retryable` (a transient server-side failure)."""


def error_for_result(
    code: str | None,
    error_message: str | None,
    *,
    status_code: int | None = None,
    request: httpx.Request | None = None,
) -> BinancePayError:
    """The exception for a `status: FAIL` envelope: its result code's class, or `BinancePayError` itself."""
    error_class = RESULT_CODE_ERRORS.get(code) if code is not None else None
    if error_class is not None:
        return error_class(error_message, status_code=status_code, request=request)
    return BinancePayError(
        _describe(code, None, error_message, status_code),
        code=code,
        error_message=error_message,
        status_code=status_code,
        request=request,
    )


__all__ = [
    "RESULT_CODE_ERRORS",
    "RETRYABLE_RESULT_ERRORS",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "BinancePayError",
    "MissingCredentialsError",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "UnexpectedStatus",
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
    "error_for_result",
]
