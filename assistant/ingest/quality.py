"""Data quality on the way in: boilerplate, language, near-duplicates."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence

from assistant.ingest.parsing import Section

NUM_PERM = 64
BANDS = 16  # 16 bands of 4 rows: pairs above ~0.7 Jaccard become candidates; the exact check decides.
ROWS = NUM_PERM // BANDS
DUPLICATE_JACCARD = 0.9
_MASK = (1 << 61) - 1
_WORD = re.compile(r"\w+", re.UNICODE)
# Fixed odd multipliers and offsets: the same text gives the same signature in every process and release.
_PERMS = [
    (int.from_bytes(hashlib.sha256(f"a{i}".encode()).digest()[:8], "big") | 1,
     int.from_bytes(hashlib.sha256(f"b{i}".encode()).digest()[:8], "big"))
    for i in range(NUM_PERM)
]


def drop_repeated_lines(sections: Sequence[Section], min_sections: int = 3, share: float = 0.6) -> list[Section]:
    """Remove short lines that repeat on most pages or slides: running headers, footers, page furniture."""
    if len(sections) < min_sections:
        return list(sections)
    counts: Counter[str] = Counter()
    for section in sections:
        counts.update({line.strip() for line in section.text.splitlines() if 0 < len(line.strip()) <= 80})
    repeated = {line for line, n in counts.items() if n >= max(min_sections, share * len(sections))}
    if not repeated:
        return list(sections)
    return [
        Section(s.heading_path, "\n".join(line for line in s.text.splitlines() if line.strip() not in repeated))
        for s in sections
    ]


def language(text: str) -> str:
    """ISO 639-1 code of the main language, or '' when the text is too short to tell."""
    sample = text[:5000]
    if len(_WORD.findall(sample)) < 5:
        return ""
    import py3langid

    return str(py3langid.classify(sample)[0])


def _shingles(text: str, size: int = 5) -> set[int]:
    words = [w.lower() for w in _WORD.findall(text)]
    grams = [" ".join(words[i:i + size]) for i in range(max(len(words) - size + 1, 1))] if words else []
    return {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "big") for g in grams}


def minhash(text: str) -> list[int]:
    shingles = _shingles(text)
    if not shingles:
        return []
    return [min(((a * s + b) & _MASK) for s in shingles) for a, b in _PERMS]


def bands(signature: Sequence[int]) -> list[str]:
    if not signature:
        return []
    return [
        f"{i}:" + hashlib.blake2b(repr(tuple(signature[i * ROWS:(i + 1) * ROWS])).encode(), digest_size=12).hexdigest()
        for i in range(BANDS)
    ]


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of the two documents' shingle sets."""
    if not a or not b or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)
