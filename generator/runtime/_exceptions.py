"""The hand-written part of the exception tree; `errors` adds one class per result code of the spec.

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
    └── ResultCodeError                  `status: FAIL` with a documented code; one subclass per code

Three outcomes, never confused. A call that returns succeeded. A call that changes state (it creates,
moves money or carries the merchant's own id) and raises `OutcomeUnknownError` may or may not have been
carried out: its body may have reached Binance and nothing since proved otherwise (`client.reconcile`
settles it). Any other error means it was not carried out.

Every error raised for a request that was built carries `.request`, a `RequestInfo` (method and
URL only: never headers, so never the API key or a signature); `RequestValidationError` is raised
before there is one.
"""

from __future__ import annotations

from typing import Any, ClassVar

_BODY_EXCERPT_BYTES = 200


class RequestInfo:
    """What an error says about the request that failed: no headers, no body."""

    __slots__ = ("method", "url")

    def __init__(self, method: str, url: str) -> None:
        self.method = method
        self.url = url

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RequestInfo) and (self.method, self.url) == (other.method, other.url)

    def __hash__(self) -> int:
        return hash((self.method, self.url))

    def __repr__(self) -> str:
        return f"<Request({self.method!r}, {self.url!r})>"

    def __reduce__(self) -> tuple[Any, ...]:
        return RequestInfo, (self.method, self.url)


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
        request: RequestInfo | None = None,
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


class ClientClosedError(BinancePayError):
    """The client was closed; create a new one."""


class RequestValidationError(BinancePayError, ValueError):
    """An argument breaks the spec's request schema; nothing was sent.

    `.field` names the field by its JSON path (`goodsDetails[0].goodsName`), `.rule` the rule it
    breaks (`must be at most 256 characters, got 300`).
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
        request: RequestInfo | None = None,
    ) -> None:
        super().__init__(f"response {field}: {rule} (HTTP {status_code})", status_code=status_code, request=request)
        self.field = field
        self.rule = rule
        self.body = body


class IdempotencyConflictError(BinancePayError):
    """The merchant's id of a request already names something that does not match it (another
    request used the same id): found by the lookup after a retry was refused, or described by an
    answer that says the id was seen before (`x-repeat-answer`).

    `.id_field` and `.id_value` name the id; `.mismatches` lists `(request field, sent, found)`.
    """

    def __init__(self, id_field: str, id_value: Any, mismatches: list[tuple[str, Any, Any]]) -> None:
        shown = "; ".join(f"{field}: this request {sent!r}, existing {found!r}" for field, sent, found in mismatches)
        super().__init__(f"{id_field} {id_value!r} already names a different request ({shown})")
        self.id_field = id_field
        self.id_value = id_value
        self.mismatches = mismatches


class OutcomeUnknownError(BinancePayError):
    """The request may have been carried out, and nothing since proved it was or was not.

    Raised only by operations that change state, when an attempt's body may have reached Binance
    without a usable answer (a lost or cut answer, a 5xx, `UNKNOWN_ERROR`, a 2xx that breaks the
    spec) and the client could not settle it: no lookup exists for the operation, or the lookup
    failed. Never resend under a new id: reconcile first (`client.reconcile(error)` looks the id up
    again), or resend with the same id.

    `.operation_id` names the operation, `.id_field` and `.id_value` the merchant's id (None where
    the operation has none), `.last_error` what the last attempt raised, `.lookup_error` why the
    lookup failed (None if there was none).
    """

    def __init__(
        self,
        operation_id: str,
        id_field: str | None,
        id_value: Any,
        last_error: BinancePayError,
        lookup_error: BinancePayError | None = None,
        *,
        request: RequestInfo | None = None,
    ) -> None:
        named = f" ({id_field} {id_value!r})" if id_field is not None else ""
        lookup = f"; the lookup failed: {lookup_error}" if lookup_error is not None else ""
        super().__init__(
            f"{operation_id}{named}: the outcome is unknown, it may have been carried out. Last attempt: "
            f"{type(last_error).__name__}: {last_error}{lookup}. Reconcile (client.reconcile) before resending",
            status_code=last_error.status_code,
            request=request or last_error.request,
        )
        self.operation_id = operation_id
        self.id_field = id_field
        self.id_value = id_value
        self.last_error = last_error
        self.lookup_error = lookup_error
        self._operation: Any = None  # what `client.reconcile` needs: the operation and the fields sent
        self._sent: dict[str, Any] = {}

    def __reduce__(self) -> tuple[Any, ...]:
        state = {key: value for key, value in self.__dict__.items() if key not in ("_operation",)}
        return _rebuild, (type(self), self.args, {**state, "_operation": None})


class WebhookVerificationError(BinancePayError):
    """A webhook notification was rejected; `.reason` names why (see `binance_pay.webhooks`).

    Answer with a non-2xx status (or `reply(success=False)`): nothing in it is to be trusted.
    """

    reason: str

    def __init__(self, reason: str, message: str, *, header: str | None = None) -> None:
        super().__init__(f"webhook rejected ({reason}): {message}")
        self.reason = reason
        self.header = header


class APIConnectionError(BinancePayError):
    """The request did not get a complete response: refused, reset, closed early, a TLS failure.

    `.sent` is False when the request provably never left this machine (so resending is safe).
    """

    def __init__(
        self, message: str = "Connection error.", *, request: RequestInfo | None = None, sent: bool = True
    ) -> None:
        super().__init__(message, request=request)
        self.sent = sent


class APITimeoutError(APIConnectionError):
    """A connect, read, write, pool or total timeout fired."""

    def __init__(
        self, message: str = "Request timed out.", *, request: RequestInfo | None = None, sent: bool = True
    ) -> None:
        super().__init__(message, request=request, sent=sent)


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
        request: RequestInfo | None = None,
    ) -> None:
        super().__init__(
            f"{message} (HTTP {status_code}): {_excerpt(body)!r}", status_code=status_code, request=request
        )
        self.body = body[:_BODY_EXCERPT_BYTES]


class ResponseTooLargeError(APIStatusError):
    """The response body is larger than the client's `max_response_bytes`; reading stopped there."""


class ResultCodeError(BinancePayError):
    """A documented `status: FAIL` result code; one subclass per code, generated from the spec."""

    result_code: ClassVar[str]
    result_name: ClassVar[str]
    default_reason: ClassVar[str]
    default_solution: ClassVar[str]
    retryable: ClassVar[bool] = False

    def __init__(
        self,
        error_message: str | None = None,
        *,
        status_code: int | None = None,
        request: RequestInfo | None = None,
    ) -> None:
        super().__init__(
            describe_result(self.result_code, self.result_name, error_message, status_code),
            code=self.result_code,
            name=self.result_name,
            error_message=error_message,
            status_code=status_code,
            request=request,
        )
        self.reason = self.default_reason
        self.solution = self.default_solution


def describe_result(code: str | None, name: str | None, error_message: str | None, status_code: int | None) -> str:
    label = " ".join(part for part in (code, name) if part)
    return f"[{label}] {error_message or 'no message'} (HTTP {status_code})"
