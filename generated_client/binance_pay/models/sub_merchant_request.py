# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from .._dataclasses import define as _attrs_define
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubMerchantRequest")


@_attrs_define
class SubMerchantRequest:
    """Create Sub-merchant request.

    Attributes:
        merchant_name (str): The sub-merchant's name, unique under the main merchant.
        store_type (int): 0 online, 1 physical, -1 both.
        merchant_mcc (str): Merchant category code, four digits (from Binance's list).
        merchant_type (int | Unset): 1 individual, 2 sole proprietor, 3 partnership, 4 private company, 5 other company.
        country (str | Unset): Countries/regions of business operation, ISO 3166-1 alpha-2, comma-separated (e.g.
            "SG,US"); "GO" for global.
        site_url (str | Unset): The store's URL (required for online stores; an app's store link for an app).
        address (str | Unset): The store's address (required for physical stores).
        pay_industry_description (str | Unset): The sub-merchant's industry; required when merchantMcc is 9999.
        sub_pay_mcc_code (str | Unset): A secondary merchant category code, four digits.
        sub_pay_industry_description (str | Unset): The secondary industry; required when subPayMccCode is 9999.
        brand_logo (str | Unset): URL of the sub-merchant's logo.
        company_name (str | Unset): Registered legal name.
        registration_number (str | Unset): Registration number / company tax id.
        registration_country (str | Unset): Country of registration, ISO 3166-1 alpha-2. Unconfirmed whether it is
            required (one mirror of the page says so; a Binance support FAQ lists it as mandatory since December 2024).
        registration_address (str | Unset): Registered address.
        incorporation_date (int | Unset): Date the business registration took effect, milliseconds since the epoch.
        certificate_type (int | Unset): Identity document of an individual, 1 ID card, 2 passport.
        certificate_country (str | Unset): Issuing country of the identity document, ISO 3166-1 alpha-2.
        certificate_number (str | Unset): Number of the identity document.
        certificate_valid_date (int | Unset): Expiry date of the identity document, milliseconds since the epoch.
        site_type (int | Unset): 1 web, 2 app, 3 Binance applets, 4 others. Unconfirmed: only on an older revision of
            the page (and in the official Python connector); the current page does not list it.
        site_name (str | Unset): Name of the website or app. Unconfirmed: only on an older revision of the page (and in
            the official Python connector); the current page does not list it.
        contract_time_isv (int | Unset): Contract date with the ISV, milliseconds since the epoch. From third-party SDKs
            and the official Python connector; not on the readable official page (unconfirmed).
        block_payer_kyc_countries (list[str] | Unset): Countries whose payers (by KYC country) are blocked. From third-
            party SDKs (ShepelevAndrew) only; unconfirmed.
    """

    merchant_name: str
    store_type: int
    merchant_mcc: str
    merchant_type: int | Unset = UNSET
    country: str | Unset = UNSET
    site_url: str | Unset = UNSET
    address: str | Unset = UNSET
    pay_industry_description: str | Unset = UNSET
    sub_pay_mcc_code: str | Unset = UNSET
    sub_pay_industry_description: str | Unset = UNSET
    brand_logo: str | Unset = UNSET
    company_name: str | Unset = UNSET
    registration_number: str | Unset = UNSET
    registration_country: str | Unset = UNSET
    registration_address: str | Unset = UNSET
    incorporation_date: int | Unset = UNSET
    certificate_type: int | Unset = UNSET
    certificate_country: str | Unset = UNSET
    certificate_number: str | Unset = UNSET
    certificate_valid_date: int | Unset = UNSET
    site_type: int | Unset = UNSET
    site_name: str | Unset = UNSET
    contract_time_isv: int | Unset = UNSET
    block_payer_kyc_countries: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        merchant_name = self.merchant_name

        store_type = self.store_type

        merchant_mcc = self.merchant_mcc

        merchant_type = self.merchant_type

        country = self.country

        site_url = self.site_url

        address = self.address

        pay_industry_description = self.pay_industry_description

        sub_pay_mcc_code = self.sub_pay_mcc_code

        sub_pay_industry_description = self.sub_pay_industry_description

        brand_logo = self.brand_logo

        company_name = self.company_name

        registration_number = self.registration_number

        registration_country = self.registration_country

        registration_address = self.registration_address

        incorporation_date = self.incorporation_date

        certificate_type = self.certificate_type

        certificate_country = self.certificate_country

        certificate_number = self.certificate_number

        certificate_valid_date = self.certificate_valid_date

        site_type = self.site_type

        site_name = self.site_name

        contract_time_isv = self.contract_time_isv

        block_payer_kyc_countries: list[str] | Unset = UNSET
        if not isinstance(self.block_payer_kyc_countries, Unset):
            block_payer_kyc_countries = self.block_payer_kyc_countries

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "merchantName": merchant_name,
                "storeType": store_type,
                "merchantMcc": merchant_mcc,
            }
        )
        if merchant_type is not UNSET:
            field_dict["merchantType"] = merchant_type
        if country is not UNSET:
            field_dict["country"] = country
        if site_url is not UNSET:
            field_dict["siteUrl"] = site_url
        if address is not UNSET:
            field_dict["address"] = address
        if pay_industry_description is not UNSET:
            field_dict["payIndustryDescription"] = pay_industry_description
        if sub_pay_mcc_code is not UNSET:
            field_dict["subPayMccCode"] = sub_pay_mcc_code
        if sub_pay_industry_description is not UNSET:
            field_dict["subPayIndustryDescription"] = sub_pay_industry_description
        if brand_logo is not UNSET:
            field_dict["brandLogo"] = brand_logo
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if registration_number is not UNSET:
            field_dict["registrationNumber"] = registration_number
        if registration_country is not UNSET:
            field_dict["registrationCountry"] = registration_country
        if registration_address is not UNSET:
            field_dict["registrationAddress"] = registration_address
        if incorporation_date is not UNSET:
            field_dict["incorporationDate"] = incorporation_date
        if certificate_type is not UNSET:
            field_dict["certificateType"] = certificate_type
        if certificate_country is not UNSET:
            field_dict["certificateCountry"] = certificate_country
        if certificate_number is not UNSET:
            field_dict["certificateNumber"] = certificate_number
        if certificate_valid_date is not UNSET:
            field_dict["certificateValidDate"] = certificate_valid_date
        if site_type is not UNSET:
            field_dict["siteType"] = site_type
        if site_name is not UNSET:
            field_dict["siteName"] = site_name
        if contract_time_isv is not UNSET:
            field_dict["contractTimeIsv"] = contract_time_isv
        if block_payer_kyc_countries is not UNSET:
            field_dict["blockPayerKycCountries"] = block_payer_kyc_countries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merchant_name = d.pop("merchantName")

        store_type = d.pop("storeType")

        merchant_mcc = d.pop("merchantMcc")

        merchant_type = d.pop("merchantType", UNSET)

        country = d.pop("country", UNSET)

        site_url = d.pop("siteUrl", UNSET)

        address = d.pop("address", UNSET)

        pay_industry_description = d.pop("payIndustryDescription", UNSET)

        sub_pay_mcc_code = d.pop("subPayMccCode", UNSET)

        sub_pay_industry_description = d.pop("subPayIndustryDescription", UNSET)

        brand_logo = d.pop("brandLogo", UNSET)

        company_name = d.pop("companyName", UNSET)

        registration_number = d.pop("registrationNumber", UNSET)

        registration_country = d.pop("registrationCountry", UNSET)

        registration_address = d.pop("registrationAddress", UNSET)

        incorporation_date = d.pop("incorporationDate", UNSET)

        certificate_type = d.pop("certificateType", UNSET)

        certificate_country = d.pop("certificateCountry", UNSET)

        certificate_number = d.pop("certificateNumber", UNSET)

        certificate_valid_date = d.pop("certificateValidDate", UNSET)

        site_type = d.pop("siteType", UNSET)

        site_name = d.pop("siteName", UNSET)

        contract_time_isv = d.pop("contractTimeIsv", UNSET)

        block_payer_kyc_countries = cast(list[str], d.pop("blockPayerKycCountries", UNSET))

        sub_merchant_request = cls(
            merchant_name=merchant_name,
            store_type=store_type,
            merchant_mcc=merchant_mcc,
            merchant_type=merchant_type,
            country=country,
            site_url=site_url,
            address=address,
            pay_industry_description=pay_industry_description,
            sub_pay_mcc_code=sub_pay_mcc_code,
            sub_pay_industry_description=sub_pay_industry_description,
            brand_logo=brand_logo,
            company_name=company_name,
            registration_number=registration_number,
            registration_country=registration_country,
            registration_address=registration_address,
            incorporation_date=incorporation_date,
            certificate_type=certificate_type,
            certificate_country=certificate_country,
            certificate_number=certificate_number,
            certificate_valid_date=certificate_valid_date,
            site_type=site_type,
            site_name=site_name,
            contract_time_isv=contract_time_isv,
            block_payer_kyc_countries=block_payer_kyc_countries,
        )

        return sub_merchant_request
