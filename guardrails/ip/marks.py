"""Invisible marks: characters a reader cannot see that can carry a watermark or a hidden message.

Zero-width and format characters, Unicode tag characters (which spell ASCII
invisibly), variation selectors outside emoji, bidi controls outside
right-to-left text, unusual space characters, and homoglyphs (Cyrillic,
Greek, full-width or mathematical letters standing in for Latin ones inside
Latin words). Joiners that real scripts need (ZWJ in emoji sequences, ZWNJ
and ZWJ next to Arabic, Persian or Indic letters) are not marks.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

ZERO_WIDTH = "zero-width"
TAG = "tag-characters"
VARIATION = "variation-selector"
BIDI = "bidi-control"
WHITESPACE = "unusual-whitespace"
HOMOGLYPH = "homoglyph"
WHITESPACE_PATTERN = "whitespace-pattern"

_ZERO_WIDTH = set("\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u034f\u180e\u115f\u1160\u3164\uffa0")
_JOINERS = set("\u200c\u200d")
_BIDI = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")
# The no-break space is ordinary typography in office documents, so it is not among these.
_SPACES = set("\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000")

# Letters that render like Latin ones. Only the commonly abused set: enough to catch
# substitution watermarks without flagging every Greek or Cyrillic word.
CONFUSABLES = {
    "а": "a", "в": "B", "е": "e", "к": "k", "м": "M", "н": "H", "о": "o", "р": "p", "с": "c", "т": "T",
    "у": "y", "х": "x", "ѕ": "s", "і": "i", "ј": "j", "ԁ": "d", "ɡ": "g", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Ү": "Y",
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "ι": "i", "κ": "k", "τ": "t", "υ": "u",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}
_WORD = re.compile(r"\w+", re.UNICODE)
_TRAILING = re.compile(r"[ \t]+$", re.MULTILINE)


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str
    replacement: str  # what the characters become when stripped


def _is_rtl_or_indic(ch: str) -> bool:
    if not ch:
        return False
    cp = ord(ch)
    # Hebrew, Arabic, Syriac, Thaana, N'Ko and the Indic blocks, plus Arabic presentation forms.
    return 0x0590 <= cp <= 0x0DFF or 0xFB1D <= cp <= 0xFEFC or 0x1000 <= cp <= 0x109F


def _is_emoji(ch: str) -> bool:
    if not ch:
        return False
    cp = ord(ch)
    return cp >= 0x1F000 or 0x2600 <= cp <= 0x27BF or cp in (0x2764, 0xFE0F) or 0x1F3FB <= cp <= 0x1F3FF


def _is_variation(cp: int) -> bool:
    return 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF


def _is_tag(cp: int) -> bool:
    return 0xE0000 <= cp <= 0xE007F


# A black flag, a region code in tag letters, a cancel tag: how the flags of England, Scotland and Wales are written
# (Unicode TS #51, emoji tag sequences). The only ordinary use of tag characters.
_FLAG_TAGS = re.compile("\U0001F3F4([\U000E0030-\U000E0039\U000E0061-\U000E007A]{2,7}\U000E007F)")


def flag_tag_spans(text: str) -> dict[int, int]:
    """Start -> end of the tag characters of every emoji subdivision flag in `text`."""
    return {m.start(1): m.end(1) for m in _FLAG_TAGS.finditer(text)}


def _is_styled_letter(ch: str) -> bool:
    cp = ord(ch)
    return 0xFF21 <= cp <= 0xFF3A or 0xFF41 <= cp <= 0xFF5A or 0x1D400 <= cp <= 0x1D7FF


def _latin(ch: str) -> bool:
    return ("a" <= ch.lower() <= "z") and ch.isascii()


def find_marks(text: str, document: bool = False) -> list[Mark]:
    """Every invisible mark in `text`, in order; runs of the same kind are one mark.

    `document` says the text is a whole raw document, where a leading byte-order
    mark is normal and trailing-whitespace patterns are worth reporting.
    """
    marks: list[Mark] = []
    flags = flag_tag_spans(text)
    n = len(text)
    i = 0
    while i < n:
        if i in flags:
            i = flags[i]
            continue
        ch = text[i]
        cp = ord(ch)
        kind = ""
        if _is_tag(cp):
            kind = TAG
        elif _is_variation(cp):
            prev = text[i - 1] if i else ""
            # A text-or-emoji selector after an emoji or a symbol is how emoji are written.
            if not (0xFE00 <= cp <= 0xFE0F and prev and (_is_emoji(prev) or not prev.isalnum())):
                kind = VARIATION
        elif ch in _ZERO_WIDTH:
            prev, nxt = (text[i - 1] if i else ""), (text[i + 1] if i + 1 < n else "")
            leading_bom = ch == "\ufeff" and i == 0 and document
            script_joiner = ch in _JOINERS and any(_is_emoji(c) or _is_rtl_or_indic(c) for c in (prev, nxt))
            kind = "" if leading_bom or script_joiner else ZERO_WIDTH
        elif ch in _BIDI:
            window = text[max(0, i - 3):i + 4]
            if not any(_is_rtl_or_indic(c) for c in window):
                kind = BIDI
        elif ch in _SPACES:
            kind = WHITESPACE
        if kind:
            j = i + 1
            while j < n and _kind_at(text, j, document) == kind:
                j += 1
            marks.append(Mark(i, j, kind, " " if kind == WHITESPACE else ""))
            i = j
            continue
        i += 1
    marks += _homoglyphs(text)
    if document:
        marks += _whitespace_pattern(text)
    return sorted(marks, key=lambda m: m.start)


def _kind_at(text: str, i: int, document: bool) -> str:
    cp = ord(text[i])
    if _is_tag(cp):
        return TAG
    if text[i] in _SPACES:
        return WHITESPACE
    if text[i] in _ZERO_WIDTH and text[i] not in _JOINERS:
        return ZERO_WIDTH
    return ""


def _homoglyphs(text: str) -> list[Mark]:
    """Confusable letters inside words that are otherwise Latin, and Latin words spelt in look-alikes."""
    marks: list[Mark] = []
    for match in _WORD.finditer(text):
        word = match.group()
        latin = sum(_latin(c) for c in word)
        odd = [k for k, c in enumerate(word) if c in CONFUSABLES or _is_styled_letter(c)]
        if not odd:
            continue
        foreign = sum(1 for c in word if c.isalpha() and not _latin(c))
        all_lookalike = foreign == len(odd) and latin == 0 and len(word) >= 3 and _latin_neighbourhood(text, match.start())
        if (latin and foreign == len(odd)) or all_lookalike:
            for k in odd:
                at = match.start() + k
                marks.append(Mark(at, at + 1, HOMOGLYPH, _to_latin(word[k])))
    return marks


def _latin_neighbourhood(text: str, at: int) -> bool:
    """A word of look-alikes only counts inside mostly Latin text, not in real Cyrillic or Greek."""
    window = text[max(0, at - 80):at + 80]
    letters = [c for c in window if c.isalpha()]
    return bool(letters) and sum(_latin(c) or _is_styled_letter(c) for c in letters) / len(letters) > 0.6


def _to_latin(ch: str) -> str:
    if ch in CONFUSABLES:
        return CONFUSABLES[ch]
    return unicodedata.normalize("NFKC", ch)


def _whitespace_pattern(text: str) -> list[Mark]:
    """Trailing runs that mix tabs and spaces on several lines: the shape of whitespace steganography."""
    runs = [m for m in _TRAILING.finditer(text) if "\t" in m.group() and " " in m.group()]
    if len(runs) < 3:
        return []
    return [Mark(m.start(), m.end(), WHITESPACE_PATTERN, "") for m in runs]


def strip_marks(text: str, marks: list[Mark]) -> str:
    out: list[str] = []
    last = 0
    for m in sorted(marks, key=lambda m: m.start):
        if m.start < last:
            continue
        out.append(text[last:m.start])
        out.append(m.replacement)
        last = m.end
    out.append(text[last:])
    return "".join(out)
