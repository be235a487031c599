"""The grounding guard: is each answer sentence supported by the context the model was given?

What it reads from the guard context's cache (the ChatService puts it there
before the output stage):
- `context.sources`: the packed context as (citation number, title, chunk
  text) triples, one per chunk; chunks of one document share its number;
- `embedder` (optional, with `similarity="transformer"`): an object with
  `name` and `embed(texts) -> unit vectors`, so the model already in memory
  is reused.

Where words alone do not decide, similarity comes from the MiniLM model:
by default its static token embeddings (`similarity="static"`, a fraction
of a millisecond per sentence), or its full sentence embeddings
(`similarity="transformer"`, better on paraphrase, tens of milliseconds per
sentence on two cores).
Its per-answer state lives under `grounding:<guard name>`.

Per sentence: an unsupported sentence is flagged with a span (or removed,
`unsupported="remove"`), and a citation [n] whose source does not support
the sentence is removed. Per answer: when no sentence that makes a claim is
supported, the answer is replaced by an honest "I could not find this in the
documents I can see" with the closest sources; whole-text `scan` returns the
replacement, a stream (whose earlier segments are already out) ends with a
BLOCK whose reason is that message, which the pipeline turns into a
retraction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from guardrails.base import Guard, GuardContext, GuardResult, Span, Verdict
from guardrails.errors import GuardConfigError
from guardrails.grounding.encoder import DEFAULT_MODEL, embed
from guardrails.grounding.support import ContextIndex, Thresholds, check, sentences_of, strip_citations

NOT_FOUND = "I could not find this in the documents I can see."
# Cosine above which an in-between sentence counts as supported, per kind of embedding (chosen on the dev claims
# and the paraphrase set, see eval.grounding_eval).
SEMANTIC = {"static": 0.65, "transformer": 0.66}


@dataclass
class _Answer:
    claims: int = 0
    supported: int = 0
    best: dict[int, float] = field(default_factory=dict)  # source number -> best support score seen


class GroundingGuard(Guard):
    kind = "grounding"
    block_reason_is_answer = True

    def __init__(
        self,
        name: str,
        unsupported: Literal["flag", "remove"] = "flag",
        no_support: Literal["replace", "flag"] = "replace",
        lexical: float = 0.75,
        floor: float = 0.35,
        semantic: float | None = None,
        similarity: Literal["static", "transformer"] = "static",
        closest_sources: int = 3,
        model: str = DEFAULT_MODEL,
        message: str = NOT_FOUND,
    ) -> None:
        super().__init__(name)
        if unsupported not in ("flag", "remove"):
            raise GuardConfigError(f"guard {name!r}: unsupported must be 'flag' or 'remove', not {unsupported!r}")
        if no_support not in ("replace", "flag"):
            raise GuardConfigError(f"guard {name!r}: no_support must be 'replace' or 'flag', not {no_support!r}")
        if similarity not in SEMANTIC:
            raise GuardConfigError(f"guard {name!r}: similarity must be 'static' or 'transformer', not {similarity!r}")
        semantic = SEMANTIC[similarity] if semantic is None else semantic
        if not 0 <= floor <= lexical <= 1 or not 0 < semantic <= 1:
            raise GuardConfigError(f"guard {name!r}: need 0 <= floor <= lexical <= 1 and 0 < semantic <= 1")
        self.static = similarity == "static"
        self.unsupported = unsupported
        self.no_support = no_support
        self.limits = Thresholds(lexical=lexical, floor=floor, semantic=semantic)
        self.closest = closest_sources
        self.model = model
        self.message = message

    def _index(self, ctx: GuardContext) -> ContextIndex | None:
        sources = ctx.cache.get("context.sources")
        if not sources:
            return None
        key = f"grounding:{self.name}:index"
        if key not in ctx.cache:
            ctx.cache[key] = ContextIndex.build([(int(n), str(t), str(x)) for n, t, x in sources])
        return ctx.cache[key]

    def scan(self, text: str, ctx: GuardContext) -> GuardResult:
        index = self._index(ctx)
        if index is None or ctx.stage != "output":
            return GuardResult(guard=self.name, verdict=Verdict.ALLOW, text=text)
        answer = _Answer()
        result = self._check(text, index, ctx, answer)
        if self.no_support == "replace" and answer.claims and not answer.supported:
            return GuardResult(guard=self.name, verdict=Verdict.TRANSFORM, text=self._not_found(index, answer), risk=1.0,
                               spans=result.spans, reason="no sentence of the answer is supported by its sources")
        return result

    def feed(self, segment: str, ctx: GuardContext) -> GuardResult:
        index = self._index(ctx)
        if index is None or ctx.stage != "output":
            return GuardResult(guard=self.name, verdict=Verdict.ALLOW, text=segment)
        answer = ctx.cache.setdefault(f"grounding:{self.name}", _Answer())
        return self._check(segment, index, ctx, answer)

    def finish(self, ctx: GuardContext) -> GuardResult:
        answer: _Answer | None = ctx.cache.get(f"grounding:{self.name}")
        index = self._index(ctx)
        if (index is None or answer is None or self.no_support != "replace" or not answer.claims
                or answer.supported):
            return GuardResult(guard=self.name, verdict=Verdict.ALLOW, text="")
        return GuardResult(guard=self.name, verdict=Verdict.BLOCK, text="", risk=1.0,
                           reason=self._not_found(index, answer))

    def _not_found(self, index: ContextIndex, answer: _Answer) -> str:
        ranked = sorted(answer.best.items(), key=lambda kv: -kv[1]) or [(n, 0.0) for n in index.titles]
        names = [f"[{n}] {index.titles.get(n) or 'untitled'}" for n, _ in ranked[: self.closest]]
        return f"{self.message} The closest sources are: {'; '.join(names)}." if names else self.message

    def _check(self, text: str, index: ContextIndex, ctx: GuardContext, answer: _Answer) -> GuardResult:
        def vectors(texts: list[str]):
            return embed(texts, ctx, self.model, static=self.static)

        spans: list[Span] = []
        cuts: list[tuple[int, int]] = []  # character ranges dropped from the text
        unsupported = claims = 0
        for start, end in sentences_of(text):
            sentence = text[start:end]
            claim, markers = strip_citations(sentence)
            support = check(claim, index, vectors, self.limits)
            if not support.checked:
                continue
            answer.claims += 1
            claims += 1
            if support.source is not None:
                answer.best[support.source] = max(answer.best.get(support.source, 0.0), support.score)
            if support.supported:
                answer.supported += 1
            else:
                unsupported += 1
                label = "unsupported" if support.problem == "unsupported" else f"unsupported-{support.problem}"
                lead = len(sentence) - len(sentence.lstrip())
                spans.append(Span(start=start + lead, end=end, label=label, score=round(1.0 - min(support.score, 1.0), 3)))
                if self.unsupported == "remove":
                    cuts.append((start, end))
                    continue
            for number, a, b in markers:
                backed = number in index.titles and (
                    (support.supported and support.source == number)
                    or check(claim, index, vectors, self.limits, only_source=number).supported)
                if not backed:
                    spans.append(Span(start=start + a, end=start + b, label="citation-removed"))
                    cuts.append((start + a, start + b))
        if not spans:
            return GuardResult(guard=self.name, verdict=Verdict.ALLOW, text=text)
        out, last = [], 0
        for a, b in sorted(cuts):
            out.append(text[last:a])
            last = max(last, b)
        out.append(text[last:])
        cleaned = "".join(out)
        reason = (f"{unsupported} sentence(s) not supported by the sources" if unsupported
                  else "removed citations to sources that do not say this")
        verdict = Verdict.TRANSFORM if cuts else Verdict.WARN
        return GuardResult(guard=self.name, verdict=verdict, text=cleaned if cuts else text,
                           risk=unsupported / max(1, claims), spans=tuple(spans), reason=reason)
