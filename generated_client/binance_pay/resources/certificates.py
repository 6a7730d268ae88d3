# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""`client.certificates`: Binance's public keys, used to verify the signature of webhook notifications."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, Literal

from .._base_client import TimeoutArg, async_to_raw_response_wrapper, to_raw_response_wrapper
from .._operation import Operation, _list_of
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.certificate import Certificate

_LIST: Operation = Operation(
    operation_id="queryCertificates",
    method="POST",
    path="/binancepay/openapi/certificates",
    request_schema="CertificateQueryRequest",
    response_schemas={200: "queryCertificates:200"},
    fail_schema="queryCertificates:fail",
    parse_data=_list_of(Certificate.from_dict),
    retry_safe=True,
)


class CertificatesResource(SyncAPIResource):
    """Binance's public keys, used to verify the signature of webhook notifications."""

    __slots__ = ("__dict__",)

    @cached_property
    def with_raw_response(self) -> CertificatesResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return CertificatesResourceWithRawResponse(self)

    def list(
        self,
        *,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[Certificate]:
        """Query Certificate: Returns Binance's public key(s) for verifying webhook notifications: pick the entry whose
        `certSerial` equals the notification's `BinancePay-Certificate-SN` header, and verify the base64
        `BinancePay-Signature` with `certPublic` as RSA PKCS#1 v1.5 with SHA-256 over timestamp + "\n" +
        nonce + "\n" + raw body + "\n". The request has no parameters; Binance's example code sends and
        signs the body `{}`. The doc table lists only `certSerial` and `certPublic`; that `data` is an array
        comes from Binance's own webhook example, which reads `data[0].certPublic`.

        `POST /binancepay/openapi/certificates`; safe to retry.

        Args:
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_LIST, locals())  # type: ignore[no-any-return]


class CertificatesResourceWithRawResponse:
    """`client.certificates.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: CertificatesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncCertificatesResource(AsyncAPIResource):
    """Binance's public keys, used to verify the signature of webhook notifications."""

    __slots__ = ("__dict__",)

    @cached_property
    def with_raw_response(self) -> AsyncCertificatesResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return AsyncCertificatesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[Certificate]:
        """Query Certificate: Returns Binance's public key(s) for verifying webhook notifications: pick the entry whose
        `certSerial` equals the notification's `BinancePay-Certificate-SN` header, and verify the base64
        `BinancePay-Signature` with `certPublic` as RSA PKCS#1 v1.5 with SHA-256 over timestamp + "\n" +
        nonce + "\n" + raw body + "\n". The request has no parameters; Binance's example code sends and
        signs the body `{}`. The doc table lists only `certSerial` and `certPublic`; that `data` is an array
        comes from Binance's own webhook example, which reads `data[0].certPublic`.

        `POST /binancepay/openapi/certificates`; safe to retry.

        Args:
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_LIST, locals())  # type: ignore[no-any-return]


class AsyncCertificatesResourceWithRawResponse:
    """`client.certificates.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: AsyncCertificatesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)


__all__ = [
    "AsyncCertificatesResource",
    "AsyncCertificatesResourceWithRawResponse",
    "CertificatesResource",
    "CertificatesResourceWithRawResponse",
]
