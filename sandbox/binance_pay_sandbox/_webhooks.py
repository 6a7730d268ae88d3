"""Webhook notifications as Binance sends them: signed with the sandbox's RSA key, delivered off the request path.

Every body is checked against the spec's webhook schemas (`WebhookNotification` and the `Webhook*Data` its `data`
string holds) before it is signed. Deliveries run as asyncio tasks on the server's loop and never block an answer;
one that is not answered HTTP 200 with JSON `returnCode: SUCCESS` is retried after each of
`SandboxConfig.webhook_retry_delays` (default 1, 2, 4, 8, 16, 32 s: up to 6 retries).

A receiver is whatever an order's `webhookUrl` names, so its answer is untrusted: at most
`webhook_max_answer_bytes` of it are read (then the connection is closed), and each attempt as a whole, answer
included, must end within `webhook_timeout_s`. A larger or slower answer is a failed attempt.

The control surface can make delivery hostile on purpose (`_hostile.WebhookMode`): duplicated, shuffled, delayed,
its first attempts failed.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import json
import logging
import secrets
import string
import threading
import time
import urllib.parse
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass
from typing import Any

import httpx
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from jsonschema.protocols import Validator

from ._config import SandboxConfig
from ._deliveries import Attempt, Delivery, DeliveryLog
from ._hostile import SHUFFLE_WINDOW_S, ShuffledBatches, WebhookMode
from ._schema import ResponseSchemaValidator, decode_exact, encode_plain, inline, make_validator, registry_for
from ._spec import Spec
from ._violations import describe, first_violation

logger = logging.getLogger("binance_pay_sandbox")

ENVELOPE_SCHEMA = "WebhookNotification"
DATA_SCHEMAS = {
    "PAY": "WebhookPayData",
    "PAY_REFUND": "WebhookRefundData",
    "PAYOUT": "WebhookPayoutData",
    "DIRECT_DEBIT_CT": "WebhookDirectDebitContractData",
}
KEY_BITS = 2048
# A PEM RSA private key of 16384 bits is about 12 KB; a --webhook-key file larger than this is refused unread.
MAX_WEBHOOK_KEY_FILE_BYTES = 64 * 1024
_NONCE_ALPHABET = string.ascii_letters  # Binance: "32 random letters"
_NONCE_LENGTH = 32
FAILED_ON_PURPOSE = "failed on purpose (webhook mode fail_first), not sent"


class WebhookKeyError(ValueError):
    """The configured webhook key is not a usable RSA private key (PEM)."""


def load_private_key(pem: bytes) -> rsa.RSAPrivateKey:
    """An RSA private key (at least 2048 bits) from PEM text; WebhookKeyError otherwise."""
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as exc:
        raise WebhookKeyError(f"webhook key: not an unencrypted PEM private key ({type(exc).__name__})") from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise WebhookKeyError("webhook key: must be an RSA private key (Binance signs webhooks with RSA SHA-256)")
    if key.key_size < KEY_BITS:
        raise WebhookKeyError(f"webhook key: must have at least {KEY_BITS} bits, got {key.key_size}")
    return key


class WebhookKey:
    """The key pair webhooks are signed with; its public half is what queryCertificates returns.

    Made on first use (2048 bits, about 0.2 s) unless a PEM was configured. `other` is a second key, used only by
    the planted fault `webhook_wrong_key`.
    """

    def __init__(self, pem: bytes | None) -> None:
        self._lock = threading.Lock()
        self._key = load_private_key(pem) if pem is not None else None
        self._other: rsa.RSAPrivateKey | None = None
        self._public: tuple[str, str] | None = None

    @property
    def private(self) -> rsa.RSAPrivateKey:
        with self._lock:
            if self._key is None:
                self._key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
            return self._key

    @property
    def other(self) -> rsa.RSAPrivateKey:
        with self._lock:
            if self._other is None:
                self._other = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
            return self._other

    def public(self) -> tuple[str, str]:
        """(certSerial, certPublic): the MD5 hex of the public key's DER, and its PEM ("BEGIN PUBLIC KEY")."""
        if self._public is None:
            public = self.private.public_key()
            der = public.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
            pem = public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
            self._public = (hashlib.md5(der, usedforsecurity=False).hexdigest(), pem.decode("ascii").strip())
        return self._public


def sign_payload(key: rsa.RSAPrivateKey, timestamp: str, nonce: str, body: bytes) -> str:
    """Base64 RSA PKCS#1 v1.5 SHA-256 over timestamp + "\\n" + nonce + "\\n" + body + "\\n"."""
    payload = timestamp.encode("ascii") + b"\n" + nonce.encode("ascii") + b"\n" + body + b"\n"
    return base64.b64encode(key.sign(payload, padding.PKCS1v15(), hashes.SHA256())).decode("ascii")


@dataclass(frozen=True, slots=True)
class Notification:
    """One webhook: bizType, bizId (the JSON number; bizIdStr is its text), bizStatus, the data object, where to."""

    biz_type: str
    biz_id: int
    biz_status: str
    data: Mapping[str, Any]  # numbers as Decimal, written with their digits
    url: str | None


class WebhookSchemas:
    """Validators for the notification envelope and each data schema the sandbox sends; empty if the spec lacks them."""

    def __init__(self, spec: Spec) -> None:
        document = spec.document
        schemas = (document.get("components") or {}).get("schemas") or {}
        registry = registry_for(document)
        self._validators: dict[str, tuple[Any, Validator]] = {}
        for name in (ENVELOPE_SCHEMA, *DATA_SCHEMAS.values()):
            if name in schemas:
                schema = inline(document, {"$ref": f"#/components/schemas/{name}"})
                self._validators[name] = (schema, make_validator(ResponseSchemaValidator, schema, registry))

    @property
    def available(self) -> bool:
        return ENVELOPE_SCHEMA in self._validators and all(name in self._validators for name in DATA_SCHEMAS.values())

    def violation(self, name: str, value: Any) -> str | None:
        schema, validator = self._validators[name]
        if validator.is_valid(value):
            return None
        return describe(first_violation(validator.iter_errors(value), schema), name)

    def check(self, body: bytes, biz_type: str) -> str | None:
        """Why `body` is not a valid notification of `biz_type` (its data string parsed too); None if it is."""
        envelope = decode_exact(body.decode("utf-8"))
        problem = self.violation(ENVELOPE_SCHEMA, envelope)
        if problem is None:
            problem = self.violation(DATA_SCHEMAS[biz_type], decode_exact(envelope["data"]))
        return problem


def notification_body(notification: Notification) -> bytes:
    data = encode_plain(notification.data)
    envelope = {
        "bizType": notification.biz_type,
        "bizId": notification.biz_id,
        "bizIdStr": str(notification.biz_id),
        "bizStatus": notification.biz_status,
        "data": data,
    }
    return encode_plain(envelope).encode("utf-8")


def _where(url: str) -> str:
    """The URL without query, fragment or user info, for the log."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or "?"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"


class AnswerTooLargeError(ValueError):
    """The receiver's answer is longer than the sandbox reads."""


def _accepted(status_code: int, content: bytes) -> bool:
    if status_code != 200:
        return False
    try:
        reply = json.loads(content)
    except ValueError:
        return False
    return isinstance(reply, dict) and reply.get("returnCode") == "SUCCESS"


async def read_capped(response: httpx.Response, limit: int) -> bytes:
    """The raw body of `response`, or AnswerTooLargeError as soon as it (or its Content-Length) passes `limit`.

    Raw bytes: the request asks for no content coding, and a compressed answer is not expanded (it could grow a
    thousandfold); it is simply not the JSON expected.
    """
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and (len(declared) > len(str(limit)) or int(declared) > limit):
        raise AnswerTooLargeError(f"answer of {declared} bytes, over {limit}")
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_raw():
        size += len(chunk)
        if size > limit:
            raise AnswerTooLargeError(f"answer over {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


class Notifier:
    """Builds, checks, signs and delivers notifications as tasks on the running loop; runs the expiry sweep."""

    def __init__(self, config: SandboxConfig, spec: Spec, key: WebhookKey) -> None:
        self._config = config
        self._key = key
        self._schemas = WebhookSchemas(spec)
        self._wrong_key = "webhook_wrong_key" in config.faults
        self._body_changed = "webhook_body_changed" in config.faults
        self._tasks: set[asyncio.Task[None]] = set()
        self._client: httpx.AsyncClient | None = None
        self._client_loop: asyncio.AbstractEventLoop | None = None
        self._sweeper: asyncio.Task[None] | None = None
        self.sent = 0  # deliveries answered with returnCode SUCCESS
        self.failed = 0  # deliveries given up after the last retry
        self.log = DeliveryLog()
        self._mode = WebhookMode()
        self._batches: ShuffledBatches[tuple[Delivery, str, WebhookMode]] = ShuffledBatches()

    @property
    def key(self) -> WebhookKey:
        return self._key

    @property
    def enabled(self) -> bool:
        return self._schemas.available

    @property
    def retries(self) -> int:
        return len(self._config.webhook_retry_delays)

    def set_mode(self, mode: WebhookMode) -> None:
        """Deliver the notifications from now on as `mode` says (those already queued keep theirs)."""
        self._batches.reseed(mode.seed)
        self._mode = mode

    def notify(self, notification: Notification) -> None:
        """Queue `notification` for delivery (never blocks); logs and drops it if it cannot be sent."""
        if not self.enabled:
            return
        body = notification_body(notification)
        label = f"{notification.biz_type} {notification.biz_status} bizId {notification.biz_id}"
        problem = self._schemas.check(body, notification.biz_type)
        if problem is not None:
            logger.error("sandbox bug: webhook %s breaks the spec, not sent: %s", label, problem)
            return
        url = notification.url or self._config.webhook_url
        if url is None:
            logger.info("sandbox webhook %s: no webhookUrl and no --webhook-url, not sent", label)
            return
        mode = self._mode
        first = self.log.add(notification.biz_type, notification.biz_status, notification.biz_id, url, body)
        jobs = [(first, label, mode)]
        for copy in range(1, mode.duplicates + 1):
            duplicate = self.log.add(first.biz_type, first.biz_status, first.biz_id, url, body, first.delivery_id)
            jobs.append((duplicate, f"{label} (duplicate {copy})", mode))
        if not mode.shuffle:
            for job in jobs:
                self._spawn(self._deliver(*job))
        elif self._batches.add(jobs):
            self._spawn(self._deliver_batch())

    def resend(self, delivery: Delivery) -> bool:
        """Deliver a recorded notification again (the same body, freshly signed, with its retries); False when
        it is being delivered already."""
        if delivery.in_flight:
            return False
        self.log.restart(delivery)
        label = f"{delivery.biz_type} {delivery.biz_status} bizId {delivery.biz_id} (resent)"
        self._spawn(self._deliver(delivery, label))
        return True

    def ensure_sweeper(self, sweep: Callable[[], None]) -> None:
        """Run `sweep` every `expiry_sweep_s` on the running loop (started once per loop)."""
        loop = _running_loop()
        if loop is None:
            return
        if self._sweeper is not None and not self._sweeper.done() and self._sweeper.get_loop() is loop:
            return
        self._sweeper = loop.create_task(self._sweep(sweep))

    async def _sweep(self, sweep: Callable[[], None]) -> None:
        while True:
            await asyncio.sleep(self._config.expiry_sweep_s)
            try:
                sweep()
            except Exception as exc:  # the sweep must keep running
                logger.error("sandbox: expiry sweep failed (%s)", type(exc).__name__)

    def _spawn(self, coroutine: Coroutine[Any, Any, None]) -> None:
        loop = _running_loop()
        if loop is None:
            coroutine.close()
            logger.warning("sandbox webhook: no running event loop, not sent")
            return
        task = loop.create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _http(self) -> httpx.AsyncClient:
        loop = asyncio.get_running_loop()
        if self._client is None or self._client_loop is not loop:
            self._client = httpx.AsyncClient(timeout=self._config.webhook_timeout_s, trust_env=False)
            self._client_loop = loop
        return self._client

    def signed(self, body: bytes) -> tuple[dict[str, str], bytes]:
        """(headers, body) of one attempt: a fresh timestamp and nonce, signed (planted faults applied here)."""
        timestamp = str(int(time.time() * 1000 + self._config.clock_offset_ms))
        nonce = "".join(secrets.choice(_NONCE_ALPHABET) for _ in range(_NONCE_LENGTH))
        serial, _pem = self._key.public()
        signer = self._key.other if self._wrong_key else self._key.private
        signature = sign_payload(signer, timestamp, nonce, body)
        if self._body_changed:
            body = b"{ " + body[1:]  # still the same JSON, but not the bytes that were signed
        headers = {
            "Content-Type": "application/json",
            "BinancePay-Timestamp": timestamp,
            "BinancePay-Nonce": nonce,
            "BinancePay-Certificate-SN": serial,
            "BinancePay-Signature": signature,
        }
        return headers, body

    async def _attempt(self, url: str, body: bytes) -> tuple[bool, str, int | None, dict[str, str]]:
        """(accepted, what happened, HTTP status, signed headers) of one signed POST, its answer read up to the
        limit, all within the timeout."""
        headers, sent = self.signed(body)
        headers["Accept-Encoding"] = "identity"
        try:
            async with asyncio.timeout(self._config.webhook_timeout_s):
                async with self._http().stream("POST", url, content=sent, headers=headers) as response:
                    content = await read_capped(response, self._config.webhook_max_answer_bytes)
        except TimeoutError:
            return False, f"no complete answer within {self._config.webhook_timeout_s:g} s", None, headers
        except AnswerTooLargeError as exc:
            return False, str(exc), None, headers
        except (httpx.HTTPError, OSError, ValueError) as exc:
            return False, type(exc).__name__, None, headers
        ok = _accepted(response.status_code, content)
        outcome = f"HTTP {response.status_code}"
        if response.status_code == 200 and not ok:
            outcome += " without returnCode SUCCESS"
        return ok, outcome, response.status_code, headers

    async def _deliver_batch(self) -> None:
        """One shuffled batch, a delivery at a time: each next one starts once the previous made its first attempt,
        so the receiver sees them in the shuffled order."""
        await asyncio.sleep(SHUFFLE_WINDOW_S)
        for delivery, label, mode in self._batches.take():
            first_attempt = asyncio.Event()
            self._spawn(self._deliver(delivery, label, mode, first_attempt))
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(mode.delay_seconds + self._config.webhook_timeout_s + 1.0):
                    await first_attempt.wait()

    async def _deliver(
        self,
        delivery: Delivery,
        label: str,
        mode: WebhookMode | None = None,
        first_attempt: asyncio.Event | None = None,
    ) -> None:
        try:
            await self._deliver_with_retries(delivery, label, mode or WebhookMode(), first_attempt)
        finally:
            self.log.finish(delivery)
            if first_attempt is not None:
                first_attempt.set()

    async def _try(self, delivery: Delivery, attempt: int, mode: WebhookMode) -> tuple[bool, str]:
        """One attempt, recorded in the log: (accepted, what happened)."""
        if attempt <= mode.fail_first:
            ok, outcome, status, headers = False, FAILED_ON_PURPOSE, None, delivery.headers
        else:
            ok, outcome, status, headers = await self._attempt(delivery.url, delivery.body)
        self.log.record(delivery, Attempt(time.time(), "delivered" if ok else outcome, status, ok), headers)
        return ok, outcome

    async def _deliver_with_retries(
        self, delivery: Delivery, label: str, mode: WebhookMode, first_attempt: asyncio.Event | None
    ) -> None:
        delays = self._config.webhook_retry_delays
        attempts = len(delays) + 1
        where = _where(delivery.url)
        if mode.delay_seconds:
            await asyncio.sleep(mode.delay_seconds)
        for attempt in range(1, attempts + 1):
            ok, outcome = await self._try(delivery, attempt, mode)
            if first_attempt is not None:
                first_attempt.set()
            if ok:
                self.sent += 1
                logger.info("sandbox webhook %s -> %s: attempt %d/%d: delivered", label, where, attempt, attempts)
                return
            if attempt == attempts:
                self.failed += 1
                logger.warning(
                    "sandbox webhook %s -> %s: attempt %d/%d: %s; giving up", label, where, attempt, attempts, outcome
                )
                return
            delay = delays[attempt - 1]
            logger.info(
                "sandbox webhook %s -> %s: attempt %d/%d: %s; retrying in %g s",
                label,
                where,
                attempt,
                attempts,
                outcome,
                delay,
            )
            await asyncio.sleep(delay)


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None
