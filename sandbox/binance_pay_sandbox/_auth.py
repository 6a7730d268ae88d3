"""The signed-request checks every operation shares: API key, timestamp window, nonce, signature, replay."""

from __future__ import annotations

import time

from ._config import API_KEY_PATTERN, SandboxConfig
from ._nonces import NonceCache, capacity_for
from ._signing import Signer
from ._spec import Signing

Failure = tuple[str, str]  # (result code name, errorMessage)

_MAX_TIMESTAMP_DIGITS = 19  # keeps int() cheap and bounded; any real ms timestamp fits


class RequestAuth:
    """Checks in the documented order: key format, known key, timestamp, nonce shape, signature, nonce reuse."""

    __slots__ = (
        "_api_key",
        "_bad_signature",
        "_check_signature",
        "_factor_ms",
        "_key_name",
        "_nonce_name",
        "_nonce_pattern",
        "_nonce_rule",
        "_nonces",
        "_offset_ms",
        "_sig_name",
        "_signer",
        "_ts_name",
        "_window_ms",
        "header_names",
    )

    def __init__(self, signing: Signing, config: SandboxConfig) -> None:
        self._api_key = config.api_key.encode()
        self._signer = Signer(signing, config.secret_key)
        self._check_signature = "accept_bad_signature" not in config.faults
        self._window_ms = config.recv_window_ms
        self._offset_ms = config.clock_offset_ms
        self._factor_ms = signing.timestamp_factor_ms
        self._ts_name = signing.timestamp_header
        self._nonce_name = signing.nonce_header
        self._key_name = signing.api_key_header
        self._sig_name = signing.signature_header
        template = "".join(lit.decode() + field for lit, field in signing.template).encode("unicode_escape")
        self._bad_signature = (
            f"{signing.signature_header}: must be the {'uppercase ' if signing.upper else ''}hex "
            f"{signing.algorithm} of {template.decode()} keyed with the secret key"
        )
        self._nonce_pattern = signing.nonce_pattern
        self._nonce_rule = signing.nonce_pattern_text
        self._nonces = NonceCache(capacity_for(config.recv_window_ms))
        # lowercase, as ASGI servers deliver header names: timestamp, nonce, API key, signature
        self.header_names = tuple(
            name.lower().encode()
            for name in (
                signing.timestamp_header,
                signing.nonce_header,
                signing.api_key_header,
                signing.signature_header,
            )
        )

    def check(
        self,
        ts: bytes | None,
        nonce: bytes | None,
        key: bytes | None,
        sig: bytes | None,
        body: bytes,
    ) -> Failure | None:
        if key is None or not API_KEY_PATTERN.match(key.decode("latin-1")):
            return "BAD_API_KEY_FMT", f"{self._key_name}: must match ^[A-Za-z0-9]{{16,128}}$"
        if key != self._api_key:
            return "INVALID_API_KEY_OR_IP", f"{self._key_name}: API key not found"
        if ts is None or not ts.isdigit() or len(ts) > _MAX_TIMESTAMP_DIGITS:
            return "INVALID_TIMESTAMP", f"{self._ts_name}: must be milliseconds since the Unix epoch"
        now_ms = time.time() * 1000.0 + self._offset_ms
        ts_ms = int(ts) * self._factor_ms
        if abs(now_ms - ts_ms) > self._window_ms:
            return (
                "INVALID_TIMESTAMP",
                f"{self._ts_name}: outside the recvWindow of {self._window_ms} ms around server time {int(now_ms)}",
            )
        if nonce is None or not self._nonce_pattern.fullmatch(nonce.decode("latin-1")):
            return "INVALID_REQUEST", f"{self._nonce_name}: must be {self._nonce_rule}"
        if self._check_signature:
            if sig is None:
                return "INVALID_SIGNATURE", f"{self._sig_name}: is required"
            if not self._signer.verify(ts, nonce, body, sig):
                return "INVALID_SIGNATURE", self._bad_signature
        # Only signed requests use up a nonce, so nobody can burn another client's nonces.
        if self._nonces.seen(nonce, now_ms, max(ts_ms, now_ms) + self._window_ms):
            return "INVALID_REQUEST", f"{self._nonce_name}: already used within the recvWindow"
        return None
