# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._dataclasses import define as _attrs_define
from ..models.payout_receiver_check_request_receive_type import PayoutReceiverCheckRequestReceiveType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutReceiverCheckRequest")


@_attrs_define
class PayoutReceiverCheckRequest:
    """Payout Validate Receiver request.

    Attributes:
        receive_type (PayoutReceiverCheckRequestReceiveType): Type of receiverId; only BINANCE_ID.
        receiver_id (str): The receiver's Binance ID.
        registration_email (str | Unset): The receiver's registration e-mail address.
        registration_mobile_number (str | Unset): The receiver's mobile number.
        registration_mobile_code (str | Unset): The receiver's mobile country code, e.g. "971" for the UAE.
        open_user_id (str | Unset): The receiver's openUserId, from a webhook notification.
    """

    receive_type: PayoutReceiverCheckRequestReceiveType
    receiver_id: str
    registration_email: str | Unset = UNSET
    registration_mobile_number: str | Unset = UNSET
    registration_mobile_code: str | Unset = UNSET
    open_user_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        receive_type = self.receive_type.value

        receiver_id = self.receiver_id

        registration_email = self.registration_email

        registration_mobile_number = self.registration_mobile_number

        registration_mobile_code = self.registration_mobile_code

        open_user_id = self.open_user_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "receiveType": receive_type,
                "receiverId": receiver_id,
            }
        )
        if registration_email is not UNSET:
            field_dict["registrationEmail"] = registration_email
        if registration_mobile_number is not UNSET:
            field_dict["registrationMobileNumber"] = registration_mobile_number
        if registration_mobile_code is not UNSET:
            field_dict["registrationMobileCode"] = registration_mobile_code
        if open_user_id is not UNSET:
            field_dict["openUserId"] = open_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        receive_type = PayoutReceiverCheckRequestReceiveType(d.pop("receiveType"))

        receiver_id = d.pop("receiverId")

        registration_email = d.pop("registrationEmail", UNSET)

        registration_mobile_number = d.pop("registrationMobileNumber", UNSET)

        registration_mobile_code = d.pop("registrationMobileCode", UNSET)

        open_user_id = d.pop("openUserId", UNSET)

        payout_receiver_check_request = cls(
            receive_type=receive_type,
            receiver_id=receiver_id,
            registration_email=registration_email,
            registration_mobile_number=registration_mobile_number,
            registration_mobile_code=registration_mobile_code,
            open_user_id=open_user_id,
        )

        return payout_receiver_check_request
