"""The bias guard: flags sentences that generalize about a protected group.

A sentence is flagged only when it names a protected group (lexicon) AND
either a generalization pattern matches or the classifier says it
generalizes (with a higher bar for sentences that read as a rule, a right or
a protection). Naming a group is not enough: "employees may take leave for
religious holidays" passes. A sentence that names no group right after one
that does is judged together with it, as it often goes on about that group
("Many people live in X. They are all...").

The embedding model is loaded on the first sentence that names a group, so
an answer that names none costs a lexicon scan (a tenth of a millisecond for
a paragraph). A caller that already holds the same model hands it over in the
guard context as `ctx.cache["embedder"]` (anything with `name` and
`embed(texts)`, like `assistant.embeddings.Embedder`); vectors are shared
with the other guards through `ctx.cache["embeddings"]`, keyed by (model,
text), as `guardrails.grounding.encoder.embed` does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from guardrails.base import Guard, GuardContext, GuardResult, Span, Verdict
from guardrails.bias.classifier import ARTIFACT, Classifier
from guardrails.bias.lexicon import CATEGORIES, Mention, compile_lexicon, find_mentions
from guardrails.bias.patterns import find_generalizations, policy_cue
from guardrails.bias.sentences import Sentence, split_sentences
from guardrails.errors import GuardConfigError
from guardrails.grounding.encoder import embed

_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s*$|\n\s*$")
PATTERN_RISK = 0.9
_CATEGORY_WORDS = {
    "gender": "gender", "race_ethnicity": "race or ethnicity", "religion": "religion", "age": "age",
    "disability": "disability", "nationality": "nationality or origin", "sexual_orientation": "sexual orientation",
}


@dataclass(frozen=True)
class Finding:
    """One judged sentence: where it is, which groups it names, how it scored."""

    start: int
    end: int
    categories: tuple[str, ...]
    probability: float
    patterns: tuple[str, ...]
    flagged: bool

    @property
    def risk(self) -> float:
        return max(self.probability, PATTERN_RISK if self.patterns else 0.0)


_NOTHING = Finding(0, 0, (), 0.0, (), False)


@dataclass(frozen=True)
class _Unit:
    """A sentence to judge and the text the classifier reads for it (with the sentence before, for a continuation)."""

    sentence: Sentence
    text: str
    mentions: list[Mention]
    patterns: tuple[str, ...]
    continues: bool


@dataclass
class _Stream:
    previous: Sentence | None = None
    previous_mentions: list[Mention] = field(default_factory=list)
    previous_finding: Finding | None = None
    # The unfinished last sentence of earlier segments, judged again with what follows.
    pending: str = ""


class BiasGuard(Guard):
    kind = "bias"

    def __init__(
        self,
        name: str,
        action: Literal["warn", "block"] = "warn",
        threshold: float | None = None,
        policy_threshold: float | None = None,
        categories: list[str] | None = None,
        patterns: bool = True,
        artifact: str | None = None,
        reason: str = "The answer generalizes about people by their {groups}; read it with care.",
    ) -> None:
        super().__init__(name)
        if action not in ("warn", "block"):
            raise GuardConfigError(f"guard {name!r}: action must be 'warn' or 'block', not {action!r}")
        unknown = sorted(set(categories or ()) - set(CATEGORIES))
        if unknown:
            raise GuardConfigError(f"guard {name!r}: unknown categories {unknown}; choose from {', '.join(CATEGORIES)}")
        self.classifier = Classifier.load(Path(artifact) if artifact else ARTIFACT)
        # Both bars default to what training chose and stored with the weights (see eval/bias_train.py).
        self.threshold = float(self.classifier.meta["threshold"] if threshold is None else threshold)
        policy = float(self.classifier.meta["policy_threshold"] if policy_threshold is None else policy_threshold)
        for label, value in (("threshold", self.threshold), ("policy_threshold", policy)):
            if not 0.0 < value <= 1.0:
                raise GuardConfigError(f"guard {name!r}: {label} must be in (0, 1], not {value}")
        # Rules, rights and protections name groups to protect them: the classifier alone needs more to flag them.
        self.policy_threshold = max(self.threshold, policy)
        self.action = action
        self.categories = frozenset(categories or CATEGORIES)
        self.use_patterns = patterns
        self.reason = reason
        # Compiled here, not on the first answer (a third of a second).
        compile_lexicon()

    def scan(self, text: str, ctx: GuardContext) -> GuardResult:
        return self._result(text, self.judge(split_sentences(text), ctx))

    def feed(self, segment: str, ctx: GuardContext) -> GuardResult:
        state: _Stream = ctx.cache.setdefault(f"bias.stream.{self.name}", _Stream())
        joined = state.pending + segment
        shift = len(state.pending)
        sentences = split_sentences(joined)
        findings = self.judge(sentences, ctx, state.previous, state.previous_mentions, state.previous_finding)
        complete = bool(_SENTENCE_END.search(joined))
        if sentences and not complete:
            state.pending = joined[sentences[-1].start:]
            done = sentences[:-1]
        else:
            state.pending = ""
            done = sentences
        if done:
            state.previous = done[-1]
            state.previous_mentions = self._mentions(done[-1].text)
            state.previous_finding = next((f for f in findings if f.start == done[-1].start), None)
        # Offsets come back relative to this segment; a sentence begun earlier starts at 0.
        local = [Finding(max(0, f.start - shift), max(0, f.end - shift), f.categories, f.probability, f.patterns,
                         f.flagged) for f in findings if f.end > shift]
        return self._result(segment, local)

    def finish(self, ctx: GuardContext) -> GuardResult:
        ctx.cache.pop(f"bias.stream.{self.name}", None)
        return GuardResult(guard=self.name, verdict=Verdict.ALLOW, text="")

    def judge(self, sentences: list[Sentence], ctx: GuardContext, previous_sentence: Sentence | None = None,
              previous_mentions: list[Mention] | None = None, previous_finding: Finding | None = None) -> list[Finding]:
        """Findings for every sentence that names a group or directly follows one that does.

        A continuation is judged together with the sentence before it; when that sentence is
        flagged already and the continuation adds nothing (it scores no higher), the span stays
        on the sentence that says it.
        """
        previous = previous_finding or _NOTHING
        units = self._units(sentences, previous_sentence, previous_mentions or [])
        if not units:
            return []
        texts = [u.text for u in units]
        views = [v for t in texts for v in self.classifier.view_texts(t)]
        probabilities = self.classifier.proba(texts, embed(views, ctx, self.classifier.model))
        findings = []
        for u, p in zip(units, probabilities, strict=True):
            bar = self.policy_threshold if policy_cue(u.sentence.text) else self.threshold
            flagged = bool(u.patterns) or float(p) >= bar
            if u.continues:
                before = findings[-1] if findings else previous
                if before.flagged and float(p) <= before.probability:
                    flagged = False
            categories = tuple(sorted({m.category for m in u.mentions}))
            findings.append(Finding(u.sentence.start, u.sentence.end, categories, float(p), u.patterns, flagged))
        return findings

    def classifier_inputs(self, text: str) -> list[str]:
        """What `scan(text)` would embed, so an evaluation can embed many texts in one batch."""
        units = self._units(split_sentences(text), None, [])
        return [v for u in units for v in self.classifier.view_texts(u.text)]

    def _units(self, sentences: list[Sentence], prev: Sentence | None, prev_mentions: list[Mention]) -> list[_Unit]:
        units = []
        for s in sentences:
            mentions = self._mentions(s.text)
            if mentions:
                found = find_generalizations(s.text, mentions) if self.use_patterns else []
                units.append(_Unit(s, s.text, mentions, tuple(sorted({p.name for p in found})), continues=False))
            elif prev is not None and prev_mentions:
                units.append(_Unit(s, prev.text + " " + s.text, prev_mentions, (), continues=True))
            prev, prev_mentions = s, mentions
        return units

    def _mentions(self, text: str) -> list[Mention]:
        return [m for m in find_mentions(text) if m.category in self.categories]

    def _result(self, text: str, findings: list[Finding]) -> GuardResult:
        flagged = [f for f in findings if f.flagged]
        risk = max((f.risk for f in findings), default=0.0)
        if not flagged:
            return GuardResult(guard=self.name, verdict=Verdict.ALLOW, text=text, risk=risk)
        spans = tuple(Span(start=f.start, end=f.end, label="generalization:" + "+".join(f.categories),
                           score=round(f.risk, 4)) for f in flagged)
        groups = sorted({c for f in flagged for c in f.categories})
        words = [_CATEGORY_WORDS[c] for c in groups]
        listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
        verdict = Verdict.BLOCK if self.action == "block" else Verdict.WARN
        return GuardResult(guard=self.name, verdict=verdict, text=text, risk=max(f.risk for f in flagged), spans=spans,
                           reason=self.reason.format(groups=listed))
