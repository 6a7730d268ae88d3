"""A string `pattern` said in words, for error messages: "1 to 32 letters and digits", never the regex.

Simple patterns are described here: a sequence of character classes and literal characters, each with
a quantifier (`+`, `*`, `?`, `{n}`, `{m,n}`), anchored or a prefix, plus two idioms (a decimal
`[0-9]{1,15}(\\.[0-9]{1,8})?` and a list `X(,X)*`). Anything else needs `x-pattern-description` next
to the pattern; `describe` returns None for it and the generator refuses the spec.

A description completes "must be ...": "letters and digits only", "text starting with https://".
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

_NAMED_RANGES = {
    "A-Z": "uppercase letters",
    "a-z": "lowercase letters",
    "0-9": "digits",
}
_NAMED_SETS = {
    frozenset({"uppercase letters", "lowercase letters"}): "letters",
    frozenset({"uppercase letters", "lowercase letters", "digits"}): "letters and digits",
    frozenset({"uppercase letters", "digits"}): "uppercase letters and digits",
    frozenset({"lowercase letters", "digits"}): "lowercase letters and digits",
}
_SINGULAR = {
    "uppercase letters": "uppercase letter",
    "lowercase letters": "lowercase letter",
    "letters": "letter",
    "digits": "digit",
    "letters and digits": "letter or digit",
    "uppercase letters and digits": "uppercase letter or digit",
    "lowercase letters and digits": "lowercase letter or digit",
}
_CHAR_NAMES = {",": "commas", ";": "semicolons", "|": "bars", " ": "spaces", "-": "hyphens", "/": "slashes"}
_PUNCTUATION = frozenset(string.punctuation)
_QUANTIFIER = re.compile(r"\+|\*|\?|\{(\d+)(?:(,)(\d*))?\}")


@dataclass(frozen=True)
class _Atom:
    """One character class or literal character, repeated `low` to `high` times (`high` None: unbounded)."""

    kind: str  # "class" (a set of characters, in words), "literal" or "group"
    text: str  # the class in words, the literal character, or the group's own pattern
    low: int
    high: int | None


class _Unsupported(Exception):
    pass


def _class_words(body: str) -> str:
    """`A-Za-z0-9` -> "letters and digits"; `^"` -> "text without \"" (a negated class)."""
    if body.startswith("^"):
        return _negated_words(_class_chars(body[1:]))
    names: set[str] = set()
    rest = body
    for span, name in _NAMED_RANGES.items():
        if span in rest:
            names.add(name)
            rest = rest.replace(span, "")
    if rest or not names:
        raise _Unsupported(body)
    return _NAMED_SETS.get(frozenset(names), " and ".join(sorted(names)))


def _class_chars(body: str) -> set[str]:
    """The characters of a class body made only of single (possibly escaped) characters."""
    chars: set[str] = set()
    index = 0
    while index < len(body):
        char = body[index]
        if char == "\\":
            index += 1
            char = body[index]
        elif char == "-" and 0 < index < len(body) - 1:
            raise _Unsupported(body)  # a range inside a negated class
        chars.add(char)
        index += 1
    return chars


def _negated_words(chars: set[str]) -> str:
    if chars <= _PUNCTUATION and len(chars) > len(_PUNCTUATION) // 2:
        allowed = " ".join(sorted(_PUNCTUATION - chars))
        return f"text with no punctuation other than {allowed}" if allowed else "text with no punctuation"
    return "text without " + " or ".join(f"{char}" for char in sorted(chars))


def _parse(pattern: str) -> list[_Atom]:
    atoms: list[_Atom] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "[":
            end = _class_end(pattern, index)
            kind, text, index = "class", _class_words(pattern[index + 1 : end]), end + 1
        elif char == "(":
            end = _group_end(pattern, index)
            body = pattern[index + 1 : end]
            kind, text, index = "group", body[2:] if body.startswith("?:") else body, end + 1
        elif char == "\\":
            if index + 1 >= len(pattern) or pattern[index + 1].isalnum():
                raise _Unsupported(pattern)  # \d, \w, \b ...: say it with x-pattern-description
            kind, text, index = "literal", pattern[index + 1], index + 2
        elif char in ".|^$)]{}*+?":
            raise _Unsupported(pattern)
        else:
            kind, text, index = "literal", char, index + 1
        low, high, index = _quantifier(pattern, index)
        atoms.append(_Atom(kind, text, low, high))
    return atoms


def _class_end(pattern: str, start: int) -> int:
    index = start + 1
    while index < len(pattern):
        if pattern[index] == "\\":
            index += 2
            continue
        if pattern[index] == "]" and index > start + 1:
            return index
        index += 1
    raise _Unsupported(pattern)


def _group_end(pattern: str, start: int) -> int:
    depth = 0
    for index in range(start, len(pattern)):
        if pattern[index] == "(" and pattern[index - 1 : index] != "\\":
            depth += 1
        elif pattern[index] == ")" and pattern[index - 1 : index] != "\\":
            depth -= 1
            if depth == 0:
                body = pattern[start + 1 : index]
                if "|" in body:
                    raise _Unsupported(pattern)
                return index
    raise _Unsupported(pattern)


def _quantifier(pattern: str, index: int) -> tuple[int, int | None, int]:
    match = _QUANTIFIER.match(pattern, index)
    if match is None:
        return 1, 1, index
    token = match.group(0)
    if token == "+":
        return 1, None, match.end()
    if token == "*":
        return 0, None, match.end()
    if token == "?":
        return 0, 1, match.end()
    low = int(match.group(1))
    if match.group(2) is None:
        return low, low, match.end()
    return low, int(match.group(3)) if match.group(3) else None, match.end()


def _count(low: int, high: int | None, noun: str) -> str:
    """`4 digits`, `1 to 32 digits`, `at least 2 digits`, `a digit`."""
    single = _SINGULAR.get(noun, noun)
    if high == low:
        return f"a {single}" if low == 1 else f"{low} {noun}"
    if high is None:
        return f"at least {low} {noun}" if low > 1 else noun
    return f"at most {high} {noun}" if low == 0 else f"{low} to {high} {noun}"


def _atom_words(atom: _Atom) -> str:
    if atom.kind == "class":
        if atom.text.startswith("text "):
            raise _Unsupported(atom.text)  # a negated class inside a sequence
        return _count(atom.low, atom.high, atom.text)
    if atom.kind == "literal":
        if (atom.low, atom.high) != (1, 1):
            raise _Unsupported(atom.text)
        return atom.text
    raise _Unsupported(atom.text)


def _sequence_words(atoms: list[_Atom]) -> str:
    """`4 digits, then -, then 2 digits`: each part in turn."""
    parts: list[str] = []
    literal = ""
    for atom in atoms:
        if atom.kind == "literal" and (atom.low, atom.high) == (1, 1):
            literal += atom.text
            continue
        if literal:
            parts.append(literal)
            literal = ""
        parts.append(_atom_words(atom))
    if literal:
        parts.append(literal)
    return ", then ".join(parts)


def _literal_choices(atoms: list[_Atom]) -> list[str] | None:
    """`https?://` -> ["http://", "https://"]: literal characters, some optional (None if not only those)."""
    choices = [""]
    for atom in atoms:
        if atom.kind != "literal" or atom.high != 1:
            return None
        choices = [choice + atom.text for choice in choices] + (choices if atom.low == 0 else [])
    return sorted(set(choices), key=len)


def _decimal_idiom(atoms: list[_Atom]) -> str | None:
    """`[0-9]{1,15}(\\.[0-9]{1,8})?` -> "a decimal number with at most 15 digits before the point and 8 after"."""
    if len(atoms) != 2 or atoms[0].kind != "class" or atoms[0].text != "digits" or atoms[0].low != 1:
        return None
    group = atoms[1]
    if group.kind != "group" or (group.low, group.high) != (0, 1):
        return None
    inner = _parse(group.text)
    if len(inner) != 2 or inner[0] != _Atom("literal", ".", 1, 1) or inner[1].text != "digits" or inner[1].low != 1:
        return None
    before = f"at most {atoms[0].high} digits" if atoms[0].high else "digits"
    after = f"at most {inner[1].high} decimal places" if inner[1].high else "any number of decimal places"
    return f"a decimal number with {before} before the point and {after}"


def _list_idiom(atoms: list[_Atom]) -> str | None:
    """`[A-Z]{2}(,[A-Z]{2})*` -> "2 uppercase letters, or several separated by commas"."""
    if len(atoms) < 2 or atoms[-1].kind != "group" or (atoms[-1].low, atoms[-1].high) != (0, None):
        return None
    inner = _parse(atoms[-1].text)
    if len(inner) < 2 or inner[0].kind != "literal" or (inner[0].low, inner[0].high) != (1, 1):
        return None
    if inner[1:] != atoms[:-1]:
        return None
    separator = _CHAR_NAMES.get(inner[0].text, f"{inner[0].text!r}")
    return f"{_sequence_words(atoms[:-1])}, or several of those separated by {separator}"


def _whole_words(atoms: list[_Atom]) -> str:
    """The words for a pattern anchored at both ends."""
    if len(atoms) == 1 and atoms[0].kind == "class":
        atom = atoms[0]
        if atom.text.startswith("text "):
            return atom.text if atom.low == 0 else f"{atom.text}, not empty"
        if atom.high is None:
            return f"{atom.text} only" if atom.low <= 1 else f"at least {atom.low} {atom.text}, and only those"
        return _count(atom.low, atom.high, atom.text)
    for idiom in (_decimal_idiom, _list_idiom):
        words = idiom(atoms)
        if words is not None:
            return words
    choices = _literal_choices(atoms)
    if choices is not None:
        return "exactly " + " or ".join(choices)
    return _sequence_words(atoms)


def describe(pattern: str) -> str | None:
    """`pattern` in words completing "must be ...", or None when it is not simple enough to say here."""
    anchored_start = pattern.startswith("^")
    anchored_end = pattern.endswith("$") and not pattern.endswith("\\$")
    body = pattern[1 if anchored_start else 0 : -1 if anchored_end else None]
    if not anchored_start:
        return None  # a match anywhere in the text: rare, and best said by hand
    try:
        atoms = _parse(body)
        if anchored_end:
            return _whole_words(atoms)
        choices = _literal_choices(atoms)
        if choices is not None:
            return "text starting with " + " or ".join(choices)
        return "text starting with " + _sequence_words(atoms)
    except (_Unsupported, IndexError):
        return None
