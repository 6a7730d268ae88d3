"""Webhook notifications once their signature is verified: the spec's facts (`WebhookSpec`, rendered
into `_spec.WEBHOOKS`), the events `binance_pay.webhooks` returns, the exact parse of a body, and
the error every rejection raises.

Cheap to import (no cryptography): the generated `_spec` imports it with the package.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

from ._json import DECODER, dumps_exact
from ._schema import Node, SchemaViolation, from_wire

DataT = TypeVar("DataT")


class WebhookDataType:
    """The `data` of one `bizType`: the schema that checks it and the generated model it becomes."""

    __slots__ = ("model", "schema")

    def __init__(self, schema: str, model: Any) -> None:
        self.schema = schema
        self.model = model  # a generated model class: `model.from_dict(mapping)`


class WebhookSpec:
    """What the spec says about webhook notifications, generated into `_spec.WEBHOOKS`.

    Plain slotted classes here, not dataclasses: this module loads with the package, and each
    dataclass costs about a millisecond of import time.
    """

    __slots__ = (
        "load_data_types",
        "load_schemas",
        "nonce_header",
        "serial_header",
        "signature_header",
        "timestamp_header",
    )

    def __init__(
        self,
        *,
        timestamp_header: str,
        nonce_header: str,
        signature_header: str,
        serial_header: str,
        load_data_types: Callable[[], Mapping[str, WebhookDataType]],
        load_schemas: Callable[[], dict[str, Node]],
    ) -> None:
        self.timestamp_header = timestamp_header
        self.nonce_header = nonce_header
        self.signature_header = signature_header
        self.serial_header = serial_header
        self.load_data_types = load_data_types  # bizType -> its data type, the models imported on first use
        self.load_schemas = load_schemas


class WebhookEvent(Generic[DataT]):
    """A verified notification.

    `data` is the generated model of its `bizType` (`WebhookPayData` for PAY, `WebhookRefundData`
    for PAY_REFUND, ...), read exactly: amounts are `Decimal`, integers `int`. `biz_id` is the
    exact id, from `bizIdStr` (or the JSON number `bizId`, read as an exact `int`, when the
    notification has no `bizIdStr`). `timestamp` (milliseconds), `nonce` and `certificate_serial`
    come from the headers; `notification` is the whole body as parsed.

    `dedup_key` identifies the event itself (notifications carry no event id): the same for every
    redelivery of it (Binance resends the same body under a new timestamp, nonce and signature),
    different for two events, even two partial refunds of one order. Process an event once per key.
    """

    __slots__ = (
        "biz_id",
        "biz_status",
        "biz_type",
        "certificate_serial",
        "data",
        "dedup_key",
        "nonce",
        "notification",
        "timestamp",
    )

    def __init__(
        self,
        biz_type: str,
        biz_id: str,
        biz_status: str,
        data: DataT,
        timestamp: int,
        nonce: str,
        certificate_serial: str,
        notification: dict[str, Any],
        dedup_key: str = "",
    ) -> None:
        self.biz_type = biz_type
        self.biz_id = biz_id
        self.biz_status = biz_status
        self.data = data
        self.timestamp = timestamp
        self.nonce = nonce
        self.certificate_serial = certificate_serial
        self.notification = notification
        self.dedup_key = dedup_key

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(biz_type={self.biz_type!r}, biz_id={self.biz_id!r}, "
            f"biz_status={self.biz_status!r}, data={self.data!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        """The event as plain JSON-able data (wire names; `Decimal` amounts kept)."""
        to_dict = getattr(self.data, "to_dict", None)
        return {
            "bizType": self.biz_type,
            "bizIdStr": self.biz_id,
            "bizStatus": self.biz_status,
            "data": to_dict() if callable(to_dict) else self.data,
        }


class UnknownWebhookEvent(WebhookEvent[dict[str, Any]]):
    """A verified notification whose `bizType` the spec gives no model for: `data` is the parsed
    object as a dict (numbers with a fraction as `Decimal`, integers as `int`)."""

    __slots__ = ()


class InvalidNotification(Exception):
    """The (verified) body is not a notification; `binance_pay.webhooks` turns it into its error."""


# Exact numbers: a fraction is a `Decimal`, an integer an `int` (exact however long: bizId > 2**63).
_DECODER = DECODER


def _decode(text: str | bytes, what: str) -> Any:
    try:
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        return _DECODER.decode(text)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise InvalidNotification(f"{what} is not JSON ({type(exc).__name__})") from None


def dedup_key(biz_type: str, biz_id: str, biz_status: str, data_text: str) -> str:
    """SHA-256 hex over the event's type, id, status and its `data` text exactly as received.

    Not over the timestamp, nonce or signature: a redelivery changes those, not the event.
    """
    identity = json.dumps([biz_type, biz_id, biz_status, data_text])  # ASCII: lone surrogates escaped
    return hashlib.sha256(identity.encode("ascii")).hexdigest()


def _text(notification: dict[str, Any], name: str) -> str:
    value = notification.get(name)
    if type(value) is not str:
        raise InvalidNotification(f"{name} is missing or not a string")
    return value


class EventParser:
    """Turns a verified body into its event; the data types and schemas load on first use."""

    __slots__ = ("_data_types", "_schemas", "_spec")

    def __init__(self, spec: WebhookSpec) -> None:
        self._spec = spec
        self._data_types: Mapping[str, WebhookDataType] | None = None
        self._schemas: dict[str, Node] | None = None

    def parse(self, body: bytes, timestamp: int, nonce: str, serial: str) -> WebhookEvent[Any]:
        notification = _decode(body, "the body")
        if type(notification) is not dict:
            raise InvalidNotification("the body is not a JSON object")
        biz_type, biz_id, biz_status = _envelope(notification)
        data, data_text = _data(notification)
        key = dedup_key(biz_type, biz_id, biz_status, data_text)
        header = (timestamp, nonce, serial, notification, key)
        if self._data_types is None:
            self._data_types = self._spec.load_data_types()
        data_type = self._data_types.get(biz_type)
        if data_type is None:
            return UnknownWebhookEvent(biz_type, biz_id, biz_status, data, *header)
        return WebhookEvent(biz_type, biz_id, biz_status, self._model(data_type, data), *header)

    def _model(self, data_type: WebhookDataType, data: dict[str, Any]) -> Any:
        if self._schemas is None:
            self._schemas = self._spec.load_schemas()
        try:
            from_wire(self._schemas[data_type.schema], data)  # every decimal, number or string, as Decimal
        except SchemaViolation as violation:
            raise InvalidNotification(f"data.{violation.field}: {violation.rule}") from None
        try:
            return data_type.model.from_dict(data)
        except Exception as exc:  # a model that cannot be built from checked data: still not a notification
            raise InvalidNotification(f"data does not fit {data_type.schema} ({type(exc).__name__})") from None


def _envelope(notification: dict[str, Any]) -> tuple[str, str, str]:
    """bizType, the exact bizId (text), bizStatus."""
    biz_type = _text(notification, "bizType")
    biz_status = _text(notification, "bizStatus")
    biz_id = notification.get("bizIdStr")
    if biz_id is None:
        number = notification.get("bizId")
        if type(number) not in (int, str):
            raise InvalidNotification("bizIdStr and bizId are both missing")
        biz_id = str(number)
    elif type(biz_id) is not str:
        raise InvalidNotification("bizIdStr is not a string")
    return biz_type, biz_id, biz_status


def _data(notification: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The `data` object, and its text as received (a nested object: its exact re-serialisation)."""
    raw = notification.get("data")
    if type(raw) is str:
        data, text = _decode(raw, "data"), raw
    elif type(raw) is dict:  # the Merchant QR Code notification's sample nests the object
        data, text = raw, dumps_exact(raw)
    else:
        raise InvalidNotification("data is missing or neither a JSON string nor an object")
    if type(data) is not dict:
        raise InvalidNotification("data is not a JSON object")
    return data, text
