"""Normalize parsed text before it is chunked and embedded.

Guards read the parsed text first, so hidden characters are still there for
them to flag; this only makes what is indexed uniform.
"""

import re
import unicodedata

# Zero-width and format characters, bidi controls and Unicode tags: invisible
# to a reader, but they split tokens and can smuggle instructions.
_INVISIBLE = re.compile(
    "[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f]"
)
# Control characters other than tab and newline carry no text.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x85\u2028]")
_PAGE_BREAKS = re.compile("[\x0c\u2029]")
_HYPHENATED = re.compile(r"([^\W\d_])-[ \t]*\n[ \t]*([^\W\d_])")
# NFKC has already turned non-breaking and other wide spaces into plain ones.
_SPACES = re.compile(r"[ \t]+")
_TRAILING_SPACE = re.compile(r" +$", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n{3,}")


def _join_hyphenated(match: re.Match[str]) -> str:
    # A capital after the break means a real compound ("Jean-\nPierre"), kept as written.
    return match.group(1) + match.group(2) if match.group(2).islower() else match.group(0)


def clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _PAGE_BREAKS.sub("\n\n", text)
    text = _CONTROL.sub("", text)
    text = _HYPHENATED.sub(_join_hyphenated, text)
    text = _SPACES.sub(" ", text)
    text = _TRAILING_SPACE.sub("", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()
