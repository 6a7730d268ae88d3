"""The spec's descriptions as a caller reads them in `help()` and `--help`: without their provenance notes.

The spec's descriptions also record where a fact comes from ("From third-party SDKs: ...", "Unconfirmed:
...", "(newer revision of the page only)"). That belongs on the API reference page, which renders the
spec's text whole; a docstring keeps what a caller needs to make the call.
"""

from __future__ import annotations

import re

_MARKERS = re.compile(
    r"unconfirmed|third-party|\bSDKs?\b|connector|(?<!-)readable|\brevisions?\b|official page|\bsamples?\b|field table"
    r"|\bthe reference\b|ShepelevAndrew|\[(?:3P|O-ex|official)\]|stored copy|mirror of|contested|could not be read"
    r"|the docs say|older official|\bmirrors?\b|unsourced",
    re.IGNORECASE,
)
_KEEP_ASIDE = re.compile(r"enforced", re.IGNORECASE)  # "(unconfirmed, not enforced)" says what the client does
_UNCONFIRMED = re.compile(r"\bunconfirmed,\s*|,\s*\bunconfirmed\b", re.IGNORECASE)  # left in a kept "not enforced"
_ASIDE = re.compile(r"\s*\(([^()]*)\)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z`\"(\[])")
_SOURCE_PREFIX = re.compile(r"^From third-party SDKs(?: only)?(?: \([^()]*\))?[:,] ", re.IGNORECASE)
_VAGUE_REST = re.compile(
    r"^(?:this|these|every|the fields?|the path|the response|the request|the JSON types?)\b", re.IGNORECASE
)


def _without_asides(text: str) -> str:
    def aside(match: re.Match[str]) -> str:
        inner = match.group(1)
        return "" if _MARKERS.search(inner) and not _KEEP_ASIDE.search(inner) else match.group(0)

    return _ASIDE.sub(aside, text)


def _kept(sentence: str) -> str | None:
    """The sentence for a caller, or None when it only says where a fact came from."""
    rest = _SOURCE_PREFIX.sub("", sentence)
    if rest != sentence:
        if _VAGUE_REST.match(rest):
            return None
        sentence = rest[:1].upper() + rest[1:]
    if _MARKERS.search(sentence) and not _KEEP_ASIDE.search(sentence):
        return None
    return sentence


def for_caller(text: str | None) -> str:
    """`text` without its provenance notes, on one line ("" when nothing else is left)."""
    flat = " ".join(str(text or "").split())
    sentences = (_kept(sentence) for sentence in _SENTENCE_END.split(_without_asides(flat)))
    return _UNCONFIRMED.sub("", " ".join(sentence for sentence in sentences if sentence)).strip()
