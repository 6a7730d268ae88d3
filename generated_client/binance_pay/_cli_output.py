"""What `binance-pay` prints: results as a table or exact JSON, server text escaped so a terminal cannot act on it."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from enum import Enum
from typing import Any, TextIO

_PLAIN_EXPONENT = 100
"""Decimals are printed in plain digits (`0E-8` as 0.00000000), except past 10**±100: an unknown field may hold
1e999999999, a gigabyte of digits in plain notation. Those keep exponent notation, exact and still a JSON number."""

_ERROR_CHARS = 300
"""Server text in an error line is cut after this many (escaped) characters: an error is one readable line."""

_JSON_STRING = json.JSONEncoder(ensure_ascii=False)


def _plain(value: Any) -> Any:
    """A model as its dict (wire names), an enum as its value; anything else as it is."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Enum):
        return value.value
    return value


def escape(char: str) -> str:
    """`char` as a JSON \\u escape (a surrogate pair past U+FFFF)."""
    code = ord(char)
    if code > 0xFFFF:
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def json_string(text: str) -> str:
    """`text` as a JSON string whose every character a terminal could act on (C0, C1, bidi controls, lone
    surrogates, ...) is a \\u escape: it decodes back to `text` exactly, and prints inert."""
    literal = _JSON_STRING.encode(text)
    if literal.isprintable():
        return literal
    return "".join(char if char.isprintable() else escape(char) for char in literal)


def _shown_char(char: str) -> str:
    return char if char.isprintable() else repr(char)[1:-1]


def shown(text: str) -> str:
    """Server text for a person, on one line: each character that is not printable (line breaks too) escaped."""
    if text.isprintable():
        return text
    return "".join(_shown_char(char) for char in text)


def one_line(text: str) -> str:
    """Server text for an error line: escaped (`shown`) and cut after `_ERROR_CHARS` characters."""
    parts: list[str] = []
    size = 0
    for index, char in enumerate(text):
        piece = _shown_char(char)
        size += len(piece)
        if size > _ERROR_CHARS:
            parts.append(f"... ({len(text) - index} more characters)")
            break
        parts.append(piece)
    return "".join(parts)


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, Decimal):
        exponent = value.as_tuple().exponent
        # (always finite: the JSON reader refuses NaN and Infinity, and reads no number as a float)
        if isinstance(exponent, int) and -_PLAIN_EXPONENT <= exponent <= _PLAIN_EXPONENT:
            return format(value, "f")
        return str(value)
    if isinstance(value, int):
        return str(value)
    return json_string(value if isinstance(value, str) else str(value))


def to_json(value: Any, indent: int | None = None) -> str:
    """`value` as JSON text: decimals digit for digit, strings inert (`json_string`).

    Iterative rather than recursive: the library passes unknown fields through as they came, and one may nest
    as deep as the JSON reader allows, past Python's recursion limit for a recursive writer.
    """
    parts: list[str] = []
    colon = ":" if indent is None else ": "
    stack: list[Any] = [(value, 0)]  # (a value, its depth) to write, or text to copy
    while stack:
        top = stack.pop()
        if isinstance(top, str):
            parts.append(top)
            continue
        item, level = top
        item = _plain(item)
        if not isinstance(item, (dict, list, tuple)):
            parts.append(_scalar(item))
            continue
        is_dict = isinstance(item, dict)
        entries = list(item.items()) if isinstance(item, dict) else [(None, element) for element in item]
        opening, closing = ("{", "}") if is_dict else ("[", "]")
        if not entries:
            parts.append(opening + closing)
            continue
        inner = "" if indent is None else "\n" + " " * (indent * (level + 1))
        outer = "" if indent is None else "\n" + " " * (indent * level)
        pending: list[Any] = [opening]
        for index, (key, element) in enumerate(entries):
            lead = ("," if index else "") + inner
            pending.append(lead + json_string(str(key)) + colon if is_dict else lead)
            pending.append((element, level + 1))
        pending.append(outer + closing)
        stack.extend(reversed(pending))
    return "".join(parts)


def table(result: Any) -> str:
    """One row per field: `name  value`, each on its own line whatever the server sent."""
    result = _plain(result)
    if not isinstance(result, dict) or not result:
        return to_json(result)
    names = {key: shown(str(key)) for key in result}
    width = min(max(len(name) for name in names.values()), 40)
    return "\n".join(
        f"{names[key]:<{width}}  {shown(item) if isinstance(item, str) else to_json(item)}"
        for key, item in result.items()
    )


def emit(text: str, stream: TextIO | None = None) -> None:
    """Print `text` to `stream` (stdout). Characters its encoding cannot hold (an ASCII or cp1252 console or
    pipe) become \\u escapes, not a UnicodeEncodeError; they can only be inside strings, so JSON stays JSON."""
    stream = sys.stdout if stream is None else stream
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        text = "".join(char if _encodable(char, encoding) else escape(char) for char in text)
    except LookupError:
        pass
    print(text, file=stream)


def _encodable(char: str, encoding: str) -> bool:
    try:
        char.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True
