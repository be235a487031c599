"""Verbatim reproduction: long runs of an answer that copy a protected text word for word.

Texts are shingled into hashed word n-grams; a run is a stretch of the answer
where consecutive n-grams all occur in the same protected text. Exact
shingles rather than MinHash, because the question is "which words were
copied", which MinHash cannot answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

_WORD = re.compile(r"\w+(?:['’]\w+)*")
TEXT_SUFFIXES = {".txt", ".md", ".rst", ".text"}


@dataclass(frozen=True)
class Word:
    norm: str
    start: int
    end: int


def words(text: str, offset: int = 0) -> list[Word]:
    return [Word(m.group().lower().replace("’", "'"), m.start() + offset, m.end() + offset) for m in _WORD.finditer(text)]


@dataclass(frozen=True)
class Run:
    """Words [first, last] of the scanned sequence copy `source`."""

    first: int
    last: int
    source: str

    @property
    def length(self) -> int:
        return self.last - self.first + 1


class ShingleIndex:
    """Hashed word n-grams of protected texts, each mapped to the texts that contain it."""

    def __init__(self, n: int = 8) -> None:
        self.n = n
        self.grams: dict[int, set[str]] = {}
        self.sources: list[str] = []

    def add(self, label: str, text: str) -> None:
        self.sources.append(label)
        norms = [w.norm for w in words(text)]
        for i in range(len(norms) - self.n + 1):
            self.grams.setdefault(hash(tuple(norms[i:i + self.n])), set()).add(label)

    @classmethod
    def from_folder(cls, folder: Path, n: int = 8) -> ShingleIndex:
        index = cls(n)
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix.lower() in TEXT_SUFFIXES:
                index.add(str(path.relative_to(folder)), path.read_text(encoding="utf-8", errors="replace"))
        return index

    def __bool__(self) -> bool:
        return bool(self.grams)

    def runs(self, seq: list[Word]) -> list[Run]:
        """Maximal runs of copied words; a run continues while the same source keeps matching."""
        hits: list[set[str]] = []
        for i in range(len(seq) - self.n + 1):
            hits.append(self.grams.get(hash(tuple(w.norm for w in seq[i:i + self.n])), set()))
        runs: list[Run] = []
        i = 0
        while i < len(hits):
            if not hits[i]:
                i += 1
                continue
            common = set(hits[i])
            j = i
            while j + 1 < len(hits) and common & hits[j + 1]:
                common &= hits[j + 1]
                j += 1
            runs.append(Run(i, j + self.n - 1, min(common)))
            i = j + 1
        return runs


def merge(indexes: Iterable[ShingleIndex], seq: list[Word]) -> list[Run]:
    found = [r for index in indexes if index for r in index.runs(seq)]
    return sorted(found, key=lambda r: (r.first, -r.length))
