"""The IP and watermark guard: invisible marks, carried-over notices, verbatim reproduction.

Document stage (raw text at ingest): invisible marks are reported, so the
chunks they sit in carry them as findings. Output stage (the answer, whole or
segment by segment): marks are stripped, notices get the configured policy
for their kind, and long verbatim runs from protected texts are blocked or
cut to a short quote that names its source.

What it reads from the guard context's cache:
- `ip.protected`: texts of this request's context that their source marks
  as not to be reproduced beyond short quotes, as (label, text) pairs.
Its own streaming state lives under `ip:<guard name>`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from guardrails.base import Guard, GuardContext, GuardResult, Span, Verdict
from guardrails.errors import GuardConfigError
from guardrails.ip.marks import Mark, find_marks
from guardrails.ip.notices import KINDS, find_notices
from guardrails.ip.verbatim import ShingleIndex, merge, words

Policy = Literal["allow", "warn", "block"]
_POLICIES = ("allow", "warn", "block")
_INDEXES: dict[tuple[str, int], ShingleIndex] = {}


def _folder_index(folder: str, n: int) -> ShingleIndex:
    """One index per folder and n-gram size per process: guards are built per runtime, the corpus is shared."""
    key = (str(Path(folder).resolve()), n)
    if key not in _INDEXES:
        _INDEXES[key] = ShingleIndex.from_folder(Path(folder), n)
    return _INDEXES[key]


def _stripped(text: str, marks: list[Mark]) -> tuple[str, list[int]]:
    """The text without marks, and for each of its characters the offset it came from."""
    out: list[str] = []
    origin: list[int] = []
    last = 0
    for m in marks:
        if m.start < last:
            continue
        out.append(text[last:m.start])
        origin += range(last, m.start)
        out.append(m.replacement)
        origin += [m.start] * len(m.replacement)
        last = m.end
    out.append(text[last:])
    origin += range(last, len(text))
    return "".join(out), origin


class IpGuard(Guard):
    kind = "ip"

    def __init__(
        self,
        name: str,
        marks: Literal["strip", "warn", "block", "allow"] = "strip",
        notices: dict[str, Policy] | None = None,
        protected_dir: str | None = None,
        ngram: int = 8,
        max_verbatim_words: int = 30,
        verbatim: Literal["quote", "block"] = "quote",
    ) -> None:
        super().__init__(name)
        if marks not in ("strip", "warn", "block", "allow"):
            raise GuardConfigError(f"guard {name!r}: marks must be strip, warn, block or allow, not {marks!r}")
        policies = {kind: "warn" for kind in KINDS}
        for kind, policy in (notices or {}).items():
            if kind not in KINDS:
                raise GuardConfigError(f"guard {name!r}: unknown notice kind {kind!r}; known: {', '.join(KINDS)}")
            if policy not in _POLICIES:
                raise GuardConfigError(f"guard {name!r}: notice policy for {kind} must be allow, warn or block")
            policies[kind] = policy
        if verbatim not in ("quote", "block"):
            raise GuardConfigError(f"guard {name!r}: verbatim must be 'quote' or 'block', not {verbatim!r}")
        if ngram < 3 or max_verbatim_words < ngram:
            raise GuardConfigError(f"guard {name!r}: need 3 <= ngram <= max_verbatim_words")
        if protected_dir is not None and not Path(protected_dir).is_dir():
            raise GuardConfigError(f"guard {name!r}: protected_dir {protected_dir!r} is not a folder")
        self.marks = marks
        self.policies: dict[str, str] = policies
        self.protected_dir = protected_dir
        self.ngram = ngram
        self.limit = max_verbatim_words
        self.verbatim = verbatim

    def _indexes(self, ctx: GuardContext) -> list[ShingleIndex]:
        indexes = [_folder_index(self.protected_dir, self.ngram)] if self.protected_dir else []
        protected = ctx.cache.get("ip.protected")
        if protected:
            key = f"ip:{self.name}:request-index"
            if key not in ctx.cache:
                index = ShingleIndex(self.ngram)
                for label, text in protected:
                    index.add(label, text)
                ctx.cache[key] = index
            indexes.append(ctx.cache[key])
        return indexes

    def scan(self, text: str, ctx: GuardContext) -> GuardResult:
        if ctx.stage != "output":
            return self._report_marks(text, ctx)
        return self._output(text, ctx, state=None)

    def feed(self, segment: str, ctx: GuardContext) -> GuardResult:
        if ctx.stage != "output":
            return self._report_marks(segment, ctx)
        state = ctx.cache.setdefault(f"ip:{self.name}", {"words": [], "offset": 0, "cited": set()})
        return self._output(segment, ctx, state)

    def _report_marks(self, text: str, ctx: GuardContext) -> GuardResult:
        marks = find_marks(text, document=ctx.stage == "document")
        spans = tuple(Span(start=m.start, end=m.end, label=m.kind) for m in marks)
        if not marks:
            return GuardResult(guard=self.name, verdict=Verdict.ALLOW, text=text)
        kinds = sorted({m.kind for m in marks})
        return GuardResult(guard=self.name, verdict=Verdict.WARN, text=text, spans=spans,
                           risk=min(1.0, 0.2 + 0.1 * len(marks)),
                           reason=f"invisible marks in the text ({', '.join(kinds)})")

    def _output(self, text: str, ctx: GuardContext, state: dict | None) -> GuardResult:
        spans: list[Span] = []
        reasons: list[str] = []
        verdict = Verdict.ALLOW

        def raise_to(v: Verdict) -> None:
            nonlocal verdict
            if v.severity > verdict.severity:
                verdict = v

        marks = find_marks(text) if self.marks != "allow" else []
        clean, origin = _stripped(text, marks)
        origin.append(len(text))
        spans += [Span(start=m.start, end=m.end, label=m.kind) for m in marks]
        if marks:
            reasons.append("invisible marks " + ("removed" if self.marks == "strip" else "found"))
            raise_to({"strip": Verdict.TRANSFORM, "warn": Verdict.WARN, "block": Verdict.BLOCK}[self.marks])
        out = clean if self.marks == "strip" else text

        for notice in find_notices(clean):
            policy = self.policies[notice.kind]
            if policy == "allow":
                continue
            spans.append(Span(start=origin[notice.start], end=origin[notice.end], label=notice.kind))
            reasons.append(f"a carried-over {notice.kind.replace('-', ' ')} notice")
            raise_to(Verdict.BLOCK if policy == "block" else Verdict.WARN)

        indexes = self._indexes(ctx)
        if indexes:
            cut, run_spans, quoted = self._verbatim(clean, indexes, state)
            spans += [Span(start=origin[s.start], end=origin[min(s.end, len(clean))], label=s.label) for s in run_spans]
            if run_spans:
                reasons.append(f"it reproduces protected text word for word beyond {self.limit} words")
                if self.verbatim == "block":
                    raise_to(Verdict.BLOCK)
                else:
                    raise_to(Verdict.TRANSFORM)
                    # The cut applies to the stripped text; marks are dropped with it even when only warned about.
                    out = quoted if cut else out
        if state is not None:
            state["offset"] += len(clean)
        if verdict is Verdict.ALLOW:
            return GuardResult(guard=self.name, verdict=verdict, text=text)
        risk = {Verdict.WARN: 0.5, Verdict.TRANSFORM: 0.6, Verdict.BLOCK: 1.0}[verdict]
        return GuardResult(guard=self.name, verdict=verdict, text=out if verdict is Verdict.TRANSFORM else text,
                           risk=risk, spans=tuple(sorted(spans, key=lambda s: s.start)),
                           reason="; ".join(dict.fromkeys(reasons)))

    def _verbatim(self, text: str, indexes: list[ShingleIndex], state: dict | None) -> tuple[bool, list[Span], str]:
        """Runs longer than the limit: their spans, and the text with each cut to a quote."""
        if state is None:
            seq = words(text)
            base = 0
        else:
            # The whole answer so far is matched again, so a run that began in an earlier segment keeps counting.
            seq = state["words"] + words(text, state["offset"])
            state["words"] = seq
            base = state["offset"]
        long_runs = [r for r in merge(indexes, seq) if r.length > self.limit]
        spans: list[Span] = []
        pieces: list[tuple[int, int, str]] = []  # (start, end, replacement) in segment offsets
        for run in long_runs:
            first_cut = run.first + self.limit
            cut_from = seq[first_cut].start
            cut_to = seq[run.last].end
            if cut_to <= base:
                continue
            spans.append(Span(start=max(seq[run.first].start, base) - base, end=cut_to - base, label="verbatim"))
            citation = f" [quoted from {run.source}]"
            if state is None:
                start = seq[run.first].start
                quote = text[start:seq[first_cut - 1].end]
                pieces.append((start, cut_to, f"“{quote} …”{citation}"))
            else:
                first_time = (run.first, run.source) not in state["cited"]
                state["cited"].add((run.first, run.source))
                pieces.append((max(cut_from, base) - base, cut_to - base, f" …{citation}" if first_time else ""))
        if not pieces:
            return False, spans, text
        out, last = [], 0
        for start, end, replacement in sorted(pieces):
            if start < last:
                continue
            out.append(text[last:start].rstrip() if replacement.startswith(" ") else text[last:start])
            out.append(replacement)
            last = end
        out.append(text[last:])
        return True, spans, "".join(out)

