# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""`client.sub_merchants`: Sub-merchants of a partner account (partners only)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal

from .._base_client import TimeoutArg, async_to_raw_response_wrapper, to_raw_response_wrapper
from .._operation import Operation
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.sub_merchant_result import SubMerchantResult

_CREATE: Operation = Operation(
    operation_id="createSubMerchant",
    method="POST",
    path="/binancepay/openapi/submerchant/add",
    request_schema="SubMerchantRequest",
    response_schemas={200: "createSubMerchant:200"},
    fail_schema="createSubMerchant:fail",
    parse_data=SubMerchantResult.from_dict,
)

_MODIFY: Operation = Operation(
    operation_id="modifySubMerchant",
    method="POST",
    path="/binancepay/openapi/submerchant/modify",
    request_schema="SubMerchantModifyRequest",
    response_schemas={200: "modifySubMerchant:200"},
    fail_schema="modifySubMerchant:fail",
    parse_data=SubMerchantResult.from_dict,
)


class SubMerchantsResource(SyncAPIResource):
    """Sub-merchants of a partner account (partners only)."""

    __slots__ = ("__dict__",)

    @cached_property
    def with_raw_response(self) -> SubMerchantsResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return SubMerchantsResourceWithRawResponse(self)

    def create(
        self,
        *,
        merchant_name: str,
        store_type: int,
        merchant_mcc: str,
        registration_country: str,
        merchant_type: int | None = None,
        country: str | None = None,
        site_url: str | None = None,
        address: str | None = None,
        pay_industry_description: str | None = None,
        sub_pay_mcc_code: str | None = None,
        sub_pay_industry_description: str | None = None,
        brand_logo: str | None = None,
        company_name: str | None = None,
        registration_number: str | None = None,
        registration_address: str | None = None,
        incorporation_date: int | None = None,
        certificate_type: int | None = None,
        certificate_country: str | None = None,
        certificate_number: str | None = None,
        certificate_valid_date: int | None = None,
        site_type: int | None = None,
        site_name: str | None = None,
        contract_time_isv: int | None = None,
        block_payer_kyc_countries: Sequence[str] | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SubMerchantResult:
        """Create Sub-merchant: Create a sub-merchant under the partner's main merchant (partners only). `siteUrl` is needed for
        online stores, `address` for physical ones, `payIndustryDescription` when the MCC is 9999 (Binance
        checks these conditions, the schema cannot).

        `POST /binancepay/openapi/submerchant/add`.

        Args:
            merchant_name: The sub-merchant's name, unique under the main merchant.
            store_type: 0 online, 1 physical, -1 both.
            merchant_mcc: Merchant category code, four digits (from Binance's list).
            merchant_type: 1 individual, 2 sole proprietor, 3 partnership, 4 private company, 5 other company. Optional.
            country: Countries/regions of business operation, ISO 3166-1 alpha-2, comma-separated (e.g. "SG,US"); "GO" for global. Optional.
            site_url: The store's URL (required for online stores; an app's store link for an app). Optional.
            address: The store's address (required for physical stores). Optional.
            pay_industry_description: The sub-merchant's industry; required when merchantMcc is 9999. Optional.
            sub_pay_mcc_code: A secondary merchant category code, four digits. Optional.
            sub_pay_industry_description: The secondary industry; required when subPayMccCode is 9999. Optional.
            brand_logo: URL of the sub-merchant's logo. Optional.
            company_name: Registered legal name. Optional.
            registration_number: Registration number / company tax id. Optional.
            registration_country: Country of registration, ISO 3166-1 alpha-2. Required: the current page marks it so, and a Binance support FAQ lists it as mandatory since December 2024.
            registration_address: Registered address. Optional.
            incorporation_date: Date the business registration took effect, milliseconds since the epoch. Optional.
            certificate_type: Identity document of an individual, 1 ID card, 2 passport. Optional.
            certificate_country: Issuing country of the identity document, ISO 3166-1 alpha-2. Optional.
            certificate_number: Number of the identity document. Optional.
            certificate_valid_date: Expiry date of the identity document, milliseconds since the epoch. Optional.
            site_type: 1 web, 2 app, 3 Binance applets, 4 others. Optional.
            site_name: Name of the website or app. Optional.
            contract_time_isv: Contract date with the ISV, milliseconds since the epoch. Optional.
            block_payer_kyc_countries: Countries whose payers (by KYC country) are blocked. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            SubMerchantExistsError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_CREATE, locals())  # type: ignore[no-any-return]

    def modify(
        self,
        *,
        sub_merchant_id: str,
        merchant_name: str,
        store_type: int,
        merchant_mcc: str,
        merchant_type: int | None = None,
        country: str | None = None,
        site_url: str | None = None,
        address: str | None = None,
        pay_industry_description: str | None = None,
        sub_pay_mcc_code: str | None = None,
        sub_pay_industry_description: str | None = None,
        brand_logo: str | None = None,
        company_name: str | None = None,
        registration_number: str | None = None,
        registration_country: str | None = None,
        registration_address: str | None = None,
        incorporation_date: int | None = None,
        certificate_type: int | None = None,
        certificate_country: str | None = None,
        certificate_number: str | None = None,
        certificate_valid_date: int | None = None,
        contract_time_isv: int | None = None,
        block_payer_kyc_countries: Sequence[str] | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SubMerchantResult:
        """Modify Sub-merchant: Update a sub-merchant's details (partners only; released 2024-08). The same fields as Create Sub-
        merchant plus `subMerchantId`, a numeric string.

        `POST /binancepay/openapi/submerchant/modify`.

        Args:
            sub_merchant_id: The id Create Sub-merchant returned, as a string of digits.
            merchant_name: The sub-merchant's name, unique under the main merchant.
            store_type: 0 online, 1 physical, -1 both.
            merchant_mcc: Merchant category code, four digits (from Binance's list).
            merchant_type: 1 individual, 2 sole proprietor, 3 partnership, 4 private company, 5 other company. Optional.
            country: Countries/regions of business operation, ISO 3166-1 alpha-2, comma-separated (e.g. "AR,MX"); "GO" for global. Optional.
            site_url: The store's URL (required for online stores; an app's store link for an app). Optional.
            address: The store's address (required for physical stores). Optional.
            pay_industry_description: The sub-merchant's industry; required when merchantMcc is 9999. Optional.
            sub_pay_mcc_code: A secondary merchant category code, four digits. Optional.
            sub_pay_industry_description: The secondary industry; required when subPayMccCode is 9999. Optional.
            brand_logo: URL of the sub-merchant's logo. Optional.
            company_name: Registered legal name. Optional.
            registration_number: Registration number / company tax id. Optional.
            registration_country: Country of registration, ISO 3166-1 alpha-2. Optional.
            registration_address: Registered address. Optional.
            incorporation_date: Date the business registration took effect, milliseconds since the epoch. Optional.
            certificate_type: Identity document of an individual, 1 ID card, 2 passport. Optional.
            certificate_country: Issuing country of the identity document, ISO 3166-1 alpha-2. Optional.
            certificate_number: Number of the identity document. Optional.
            certificate_valid_date: Expiry date of the identity document, milliseconds since the epoch. Optional.
            contract_time_isv: Contract date with the ISV, milliseconds since the epoch. Optional.
            block_payer_kyc_countries: Countries whose payers (by KYC country) are blocked. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            SubMerchantInvalidError, SubMerchantExistsError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_MODIFY, locals())  # type: ignore[no-any-return]


class SubMerchantsResourceWithRawResponse:
    """`client.sub_merchants.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: SubMerchantsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.modify = to_raw_response_wrapper(resource.modify)


class AsyncSubMerchantsResource(AsyncAPIResource):
    """Sub-merchants of a partner account (partners only)."""

    __slots__ = ("__dict__",)

    @cached_property
    def with_raw_response(self) -> AsyncSubMerchantsResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return AsyncSubMerchantsResourceWithRawResponse(self)

    async def create(
        self,
        *,
        merchant_name: str,
        store_type: int,
        merchant_mcc: str,
        registration_country: str,
        merchant_type: int | None = None,
        country: str | None = None,
        site_url: str | None = None,
        address: str | None = None,
        pay_industry_description: str | None = None,
        sub_pay_mcc_code: str | None = None,
        sub_pay_industry_description: str | None = None,
        brand_logo: str | None = None,
        company_name: str | None = None,
        registration_number: str | None = None,
        registration_address: str | None = None,
        incorporation_date: int | None = None,
        certificate_type: int | None = None,
        certificate_country: str | None = None,
        certificate_number: str | None = None,
        certificate_valid_date: int | None = None,
        site_type: int | None = None,
        site_name: str | None = None,
        contract_time_isv: int | None = None,
        block_payer_kyc_countries: Sequence[str] | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SubMerchantResult:
        """Create Sub-merchant: Create a sub-merchant under the partner's main merchant (partners only). `siteUrl` is needed for
        online stores, `address` for physical ones, `payIndustryDescription` when the MCC is 9999 (Binance
        checks these conditions, the schema cannot).

        `POST /binancepay/openapi/submerchant/add`.

        Args:
            merchant_name: The sub-merchant's name, unique under the main merchant.
            store_type: 0 online, 1 physical, -1 both.
            merchant_mcc: Merchant category code, four digits (from Binance's list).
            merchant_type: 1 individual, 2 sole proprietor, 3 partnership, 4 private company, 5 other company. Optional.
            country: Countries/regions of business operation, ISO 3166-1 alpha-2, comma-separated (e.g. "SG,US"); "GO" for global. Optional.
            site_url: The store's URL (required for online stores; an app's store link for an app). Optional.
            address: The store's address (required for physical stores). Optional.
            pay_industry_description: The sub-merchant's industry; required when merchantMcc is 9999. Optional.
            sub_pay_mcc_code: A secondary merchant category code, four digits. Optional.
            sub_pay_industry_description: The secondary industry; required when subPayMccCode is 9999. Optional.
            brand_logo: URL of the sub-merchant's logo. Optional.
            company_name: Registered legal name. Optional.
            registration_number: Registration number / company tax id. Optional.
            registration_country: Country of registration, ISO 3166-1 alpha-2. Required: the current page marks it so, and a Binance support FAQ lists it as mandatory since December 2024.
            registration_address: Registered address. Optional.
            incorporation_date: Date the business registration took effect, milliseconds since the epoch. Optional.
            certificate_type: Identity document of an individual, 1 ID card, 2 passport. Optional.
            certificate_country: Issuing country of the identity document, ISO 3166-1 alpha-2. Optional.
            certificate_number: Number of the identity document. Optional.
            certificate_valid_date: Expiry date of the identity document, milliseconds since the epoch. Optional.
            site_type: 1 web, 2 app, 3 Binance applets, 4 others. Optional.
            site_name: Name of the website or app. Optional.
            contract_time_isv: Contract date with the ISV, milliseconds since the epoch. Optional.
            block_payer_kyc_countries: Countries whose payers (by KYC country) are blocked. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            SubMerchantExistsError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_CREATE, locals())  # type: ignore[no-any-return]

    async def modify(
        self,
        *,
        sub_merchant_id: str,
        merchant_name: str,
        store_type: int,
        merchant_mcc: str,
        merchant_type: int | None = None,
        country: str | None = None,
        site_url: str | None = None,
        address: str | None = None,
        pay_industry_description: str | None = None,
        sub_pay_mcc_code: str | None = None,
        sub_pay_industry_description: str | None = None,
        brand_logo: str | None = None,
        company_name: str | None = None,
        registration_number: str | None = None,
        registration_country: str | None = None,
        registration_address: str | None = None,
        incorporation_date: int | None = None,
        certificate_type: int | None = None,
        certificate_country: str | None = None,
        certificate_number: str | None = None,
        certificate_valid_date: int | None = None,
        contract_time_isv: int | None = None,
        block_payer_kyc_countries: Sequence[str] | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SubMerchantResult:
        """Modify Sub-merchant: Update a sub-merchant's details (partners only; released 2024-08). The same fields as Create Sub-
        merchant plus `subMerchantId`, a numeric string.

        `POST /binancepay/openapi/submerchant/modify`.

        Args:
            sub_merchant_id: The id Create Sub-merchant returned, as a string of digits.
            merchant_name: The sub-merchant's name, unique under the main merchant.
            store_type: 0 online, 1 physical, -1 both.
            merchant_mcc: Merchant category code, four digits (from Binance's list).
            merchant_type: 1 individual, 2 sole proprietor, 3 partnership, 4 private company, 5 other company. Optional.
            country: Countries/regions of business operation, ISO 3166-1 alpha-2, comma-separated (e.g. "AR,MX"); "GO" for global. Optional.
            site_url: The store's URL (required for online stores; an app's store link for an app). Optional.
            address: The store's address (required for physical stores). Optional.
            pay_industry_description: The sub-merchant's industry; required when merchantMcc is 9999. Optional.
            sub_pay_mcc_code: A secondary merchant category code, four digits. Optional.
            sub_pay_industry_description: The secondary industry; required when subPayMccCode is 9999. Optional.
            brand_logo: URL of the sub-merchant's logo. Optional.
            company_name: Registered legal name. Optional.
            registration_number: Registration number / company tax id. Optional.
            registration_country: Country of registration, ISO 3166-1 alpha-2. Optional.
            registration_address: Registered address. Optional.
            incorporation_date: Date the business registration took effect, milliseconds since the epoch. Optional.
            certificate_type: Identity document of an individual, 1 ID card, 2 passport. Optional.
            certificate_country: Issuing country of the identity document, ISO 3166-1 alpha-2. Optional.
            certificate_number: Number of the identity document. Optional.
            certificate_valid_date: Expiry date of the identity document, milliseconds since the epoch. Optional.
            contract_time_isv: Contract date with the ISV, milliseconds since the epoch. Optional.
            block_payer_kyc_countries: Countries whose payers (by KYC country) are blocked. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            SubMerchantInvalidError, SubMerchantExistsError: this operation's own result codes.
            OutcomeUnknownError: it may have been carried out; reconcile (`client.reconcile`) before resending.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_MODIFY, locals())  # type: ignore[no-any-return]


class AsyncSubMerchantsResourceWithRawResponse:
    """`client.sub_merchants.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: AsyncSubMerchantsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.modify = async_to_raw_response_wrapper(resource.modify)


__all__ = [
    "AsyncSubMerchantsResource",
    "AsyncSubMerchantsResourceWithRawResponse",
    "SubMerchantsResource",
    "SubMerchantsResourceWithRawResponse",
]
