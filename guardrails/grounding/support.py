"""Does the context support a sentence? Lexical alignment, fact checks, and embeddings where words are not enough.

A claim is aligned with the context sentence (or pair of neighbouring
sentences) that covers most of its content words. Then the facts a small
model gets wrong while keeping almost every word are checked against the
source: numbers and dates must occur there, names (capitalised words and
their runs) must occur there, and a claim that is aligned closely must not
flip the aligned sentence's negation. Only when word coverage is in between,
neither clearly copied nor clearly foreign, does the embedding model decide,
comparing the claim with its best few candidate sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

# A sentence ends at . ! ? followed by white space (so "1.5" and "e.g" stay whole), or at a line break.
_END = re.compile(r"(?<=[.!?])[\"')\]]*(?=\s)|\n")
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d+(?:[.,]\d+)*")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?![\w])")
_CITATION = re.compile(r"\s*\[(\d{1,3})\]")
NEGATIONS = {"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "without", "n't", "nowhere"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
          "december"}
# Spelt-out numbers count as their digits, so "six weeks" is supported by "6 weeks".
NUMBER_WORDS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
NUMBER_WORDS |= {"twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100", "thousand": "1000",
                 "first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "half": "half",
                 "dozen": "12", "million": "million", "billion": "billion"}
STOPWORDS = set("""a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he her here hers
herself him himself his how i if in into is it its itself just me more most my myself of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them themselves then there these they this
those through to too under until up very was we were what when where which while who whom why will with would you your
yours yourself yourselves however although though also yet still even may might must shall upon within whose""".split())


def _stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    w = w.removesuffix("'s")
    for suffix in ("ies", "es", "s", "ed", "ing", "ly"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return w


def _number(token: str) -> str:
    """1,000 and 1000 are the same number; 80.000 (a European thousands mark) too."""
    t = token.replace(",", "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", t):
        t = t.replace(".", "")
    return t.rstrip("0").rstrip(".") if "." in t else t


@dataclass(frozen=True)
class Features:
    content: frozenset[str]
    numbers: frozenset[str]
    names: frozenset[str]
    negations: int

    @classmethod
    def of(cls, text: str) -> Features:
        tokens = _TOKEN.findall(text)
        content = frozenset(_stem(t) for t in tokens if t.lower() not in STOPWORDS and len(t) > 1)
        numbers = {_number(n) for n in _NUMBER.findall(text)}
        numbers |= {NUMBER_WORDS[t.lower()] for t in tokens if t.lower() in NUMBER_WORDS}
        # "may" is a month only when written as one.
        numbers |= {t.lower() for i, t in enumerate(tokens) if t.lower() in MONTHS and (t != "May" or i > 0) and t != "may"}
        names = frozenset(t.lower() for i, t in enumerate(tokens)
                          if i > 0 and len(t) > 1 and t[0].isupper() and t.lower() not in STOPWORDS and t.lower() not in MONTHS)
        negations = sum(1 for t in tokens if t.lower() in NEGATIONS or t.lower().endswith("n't"))
        return cls(content, frozenset(numbers), names, negations)


@dataclass(frozen=True)
class Unit:
    """A context sentence, or a sentence with its neighbour, from one numbered source."""

    source: int
    text: str
    features: Features
    pair: bool = False
    position: int = 0  # index of the (first) sentence within its source
    heading: bool = False  # a short line without closing punctuation: names in it apply to what follows


@dataclass
class ContextIndex:
    """The context an answer was given, split and featurized once per request."""

    units: list[Unit]
    vocabulary: dict[int, set[str]]  # per source: every lower-cased token, for names and numbers
    titles: dict[int, str]

    @classmethod
    def build(cls, sources: Sequence[tuple[int, str, str]]) -> ContextIndex:
        units: list[Unit] = []
        vocabulary: dict[int, set[str]] = {}
        titles: dict[int, str] = {}
        for number, title, text in sources:
            titles.setdefault(number, title)
            sentences = [text[a:b].strip() for a, b in sentences_of(text)]
            for i, sentence in enumerate(sentences):
                heading = len(sentence.split()) <= 8 and not sentence.rstrip("*_ ").endswith((".", "!", "?", ":"))
                units.append(Unit(number, sentence, Features.of(sentence), position=i, heading=heading))
                if i + 1 < len(sentences):
                    pair = f"{sentence} {sentences[i + 1]}"
                    units.append(Unit(number, pair, Features.of(pair), pair=True, position=i))
            words = vocabulary.setdefault(number, set())
            words.update(t.lower() for t in _TOKEN.findall(f"{title} {text}"))
            words.update(_number(n) for n in _NUMBER.findall(text))
            words.update(NUMBER_WORDS[t.lower()] for t in _TOKEN.findall(text) if t.lower() in NUMBER_WORDS)
            words.update(_stem(t) for t in _TOKEN.findall(text))
        return cls(units, vocabulary, titles)


@dataclass(frozen=True)
class Support:
    supported: bool
    score: float  # 0..1, how well the best source covers the claim
    source: int | None  # the number of the source that supports it best
    problem: str = ""  # why not: "unsupported", "number", "name", "negation"
    checked: bool = True  # False for sentences that make no claim ("I hope this helps.")


@dataclass(frozen=True)
class Thresholds:
    lexical: float = 0.75  # coverage at which a sentence counts as supported by words alone
    floor: float = 0.35  # below this, no embedding similarity rescues it
    semantic: float = 0.66  # cosine with a candidate sentence that supports an in-between sentence
    negation_alignment: float = 0.6  # alignment above which a flipped negation is a changed fact


def _coverage(claim: Features, unit: Features) -> float:
    if not claim.content:
        return 0.0
    return len(claim.content & unit.content) / len(claim.content)


def check(claim: str, index: ContextIndex, embed: Callable[[list[str]], np.ndarray] | None,
          limits: Thresholds = Thresholds(), only_source: int | None = None) -> Support:
    """How `claim` stands against the context, or against one source when `only_source` is given."""
    f = Features.of(claim)
    if len(f.content) < 3:
        return Support(True, 1.0, None, checked=False)
    units = [u for u in index.units if only_source is None or u.source == only_source]
    if not units:
        return Support(False, 0.0, None, "unsupported")
    scored = sorted(((_coverage(f, u.features), k) for k, u in enumerate(units)), reverse=True)
    best_cov, best_k = scored[0]
    best = units[best_k]
    source = best.source
    vocab = index.vocabulary.get(source, set())
    single = max((u for u in units if not u.pair), key=lambda u: _coverage(f, u.features))
    # Units that align about as well as the best one all count as "where the claim comes from".
    near = [units[k] for c, k in scored if c >= best_cov - 0.1][:6]
    local = [u for u in units if u.source == source and not u.pair and (u.heading or any(
        n.source == source and n.position - 3 <= u.position <= n.position + 2 for n in near))]
    facts = _fact_problem(f, near, local, single, _coverage(f, single.features), vocab, best_cov, limits)
    if facts:
        return Support(False, best_cov, source, facts)
    if best_cov >= limits.lexical:
        return Support(True, best_cov, source)
    if best_cov < limits.floor or embed is None:
        return Support(False, best_cov, source, "unsupported")
    candidates = [units[k] for _, k in scored[:3]]
    vectors = embed([claim] + [u.text for u in candidates])
    sims = vectors[1:] @ vectors[0]
    k = int(np.argmax(sims))
    if float(sims[k]) >= limits.semantic:
        return Support(True, max(best_cov, float(sims[k])), candidates[k].source)
    return Support(False, max(best_cov, float(sims[k])) * 0.9, source, "unsupported")


def _fact_problem(f: Features, near: list[Unit], local: list[Unit], single: Unit, single_cov: float, vocab: set[str],
                  coverage: float, limits: Thresholds) -> str:
    """A changed number, name or negation in a claim that otherwise follows the source.

    A claim that follows a passage closely must take its numbers from that passage and its names from the
    passage's neighbourhood (a heading a few lines up), not from anywhere in the source: "a 7-3 record"
    when the sentence says 8-2 and a 7 occurs further down is a changed number.
    """
    close = coverage >= limits.negation_alignment
    numbers = set().union(*(u.features.numbers for u in near)) if close else vocab
    if any(n not in vocab or n not in numbers for n in f.numbers):
        return "number"
    missing = {n for n in f.names if n not in vocab and _stem(n) not in vocab}
    if close:
        around = set().union(*(u.features.content for u in local)) if local else set()
        missing |= {n for n in f.names if _stem(n) not in around}
    if missing and coverage >= limits.floor:
        return "name"
    # Negation is compared with the one sentence the claim follows most closely, not with a pair; by presence,
    # since "must never ... are not widely accepted" and "may not" say the same thing.
    if single_cov >= limits.negation_alignment and bool(f.negations) != bool(single.features.negations):
        return "negation"
    return ""


def strip_citations(sentence: str) -> tuple[str, list[tuple[int, int, int]]]:
    """The sentence without [n] markers, and each marker as (number, start, end) in the original."""
    markers = [(int(m.group(1)), m.start(), m.end()) for m in _CITATION.finditer(sentence)]
    return _CITATION.sub("", sentence), markers


def sentences_of(text: str) -> list[tuple[int, int]]:
    """Offsets of the sentences of a text, each with its closing punctuation."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if text[start:m.end()].strip():
            spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans
