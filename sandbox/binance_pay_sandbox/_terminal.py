"""Text for a terminal: whatever a server, a file name or an option says is printed inert, on one line.

The same rule as the `binance-pay` client CLI's (`shown` / `one_line` in `binance_pay/_cli_output.py`), written
again here on purpose: that module is private to the client, and the sandbox imports nothing private from
the client, so either can change without breaking the other. The rule is small: every character that is not
printable (C0 and C1 controls, so ESC and every ANSI/OSC sequence, line breaks, bidi overrides, lone surrogates)
is shown as its Python escape (`\\x1b`, `\\n`, `\\u202e`).
"""

from __future__ import annotations

import logging
from typing import TextIO

MAX_LINE_CHARS = 500


def _shown_char(char: str) -> str:
    return char if char.isprintable() else repr(char)[1:-1]


def shown(text: object) -> str:
    """`text` on one line, each character that is not printable escaped."""
    value = str(text)
    if value.isprintable():
        return value
    return "".join(_shown_char(char) for char in value)


def one_line(text: object, limit: int = MAX_LINE_CHARS) -> str:
    """`shown(text)`, cut after `limit` characters (saying how many more there were)."""
    value = str(text)
    parts: list[str] = []
    size = 0
    for index, char in enumerate(value):
        piece = _shown_char(char)
        size += len(piece)
        if size > limit:
            parts.append(f"... ({len(value) - index} more characters)")
            break
        parts.append(piece)
    return "".join(parts)


def emit(text: str, stream: TextIO) -> None:
    """Print already escaped `text`; characters the stream's encoding cannot hold (an ASCII console) as escapes."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        text = text.encode(encoding, "backslashreplace").decode(encoding)
    except LookupError:
        pass
    print(text, file=stream, flush=True)


class InertFormatter(logging.Formatter):
    """Log lines with every message escaped: a webhookUrl or a receiver's answer cannot reach the terminal raw."""

    def format(self, record: logging.LogRecord) -> str:
        return shown(super().format(record))
