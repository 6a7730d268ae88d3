"""A secret that never shows itself in a repr, a str, a log line or a traceback."""

from __future__ import annotations

import hmac
from typing import Final

_REDACTED: Final = "**********"


class Secret:
    """Holds a secret string; `repr()` and `str()` print asterisks. Use `reveal()` to read it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret({_REDACTED!r})"

    def __str__(self) -> str:
        return _REDACTED

    def __eq__(self, other: object) -> bool:
        # In constant time: how long a comparison takes must not tell how much of a guess was right.
        return isinstance(other, Secret) and hmac.compare_digest(other._value.encode(), self._value.encode())

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> str:
        raise TypeError("Secret values cannot be pickled")


def redact_api_key(api_key: str) -> str:
    """The first four characters of an API key, enough to tell keys apart in logs."""
    return api_key[:4] + "..." if len(api_key) > 4 else "..."
