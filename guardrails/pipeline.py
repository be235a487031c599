"""The guard pipeline: a plain function over an ordered list of guards per stage."""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from guardrails.base import Guard, GuardContext, GuardResult, Stage, Verdict


@dataclass(frozen=True)
class PipelineResult:
    """What a stage's guards made of a text, in order."""

    text: str
    verdict: Verdict
    results: tuple[GuardResult, ...]

    @property
    def blocked(self) -> bool:
        return self.verdict is Verdict.BLOCK

    @property
    def reason(self) -> str:
        return next((r.reason for r in self.results if r.verdict is Verdict.BLOCK and r.reason), "")


def _timed(call, guard: Guard) -> GuardResult:
    t0 = time.perf_counter()
    result = call()
    return result.model_copy(update={"guard": guard.name, "elapsed_ms": (time.perf_counter() - t0) * 1000})


def run_guards(guards: Sequence[Guard], text: str, ctx: GuardContext, streaming: bool = False) -> PipelineResult:
    """Run guards in order; a TRANSFORM hands its text to the next guard, a BLOCK stops the stage."""
    results: list[GuardResult] = []
    verdict = Verdict.ALLOW
    for guard in guards:
        call = (lambda g=guard, t=text: g.feed(t, ctx)) if streaming else (lambda g=guard, t=text: g.scan(t, ctx))
        result = _timed(call, guard)
        results.append(result)
        if result.verdict.severity > verdict.severity:
            verdict = result.verdict
        if result.verdict is Verdict.TRANSFORM:
            text = result.text
        if result.verdict is Verdict.BLOCK:
            break
    return PipelineResult(text=text, verdict=verdict, results=tuple(results))


class GuardPipeline:
    """Ordered guards for each stage, built from settings by the caller."""

    def __init__(self, stages: Mapping[Stage, Sequence[Guard]] | None = None) -> None:
        self.stages: dict[Stage, list[Guard]] = {k: list(v) for k, v in (stages or {}).items()}

    def guards(self, stage: Stage) -> list[Guard]:
        return self.stages.get(stage, [])

    def pseudonymizes(self, stage: Stage) -> bool:
        return any(g.pseudonymizes for g in self.guards(stage))

    def run(self, stage: Stage, text: str, ctx: GuardContext) -> PipelineResult:
        return run_guards(self.guards(stage), text, ctx.for_stage(stage))

    def stream(self, ctx: GuardContext, max_segment_chars: int = 400) -> StreamGuard:
        return StreamGuard(self.guards("output"), ctx.for_stage("output"), max_segment_chars)


@dataclass(frozen=True)
class Release:
    """Guarded text that may be shown."""

    text: str


@dataclass(frozen=True)
class Retraction:
    """Everything released so far must be withdrawn; `message` replaces it."""

    message: str
    result: PipelineResult


StreamEvent = Release | Retraction

# A sentence ends at . ! ? (optionally closed by quotes or brackets) followed by
# white space, or at a line break.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n+")


@dataclass
class StreamGuard:
    """Releases a token stream in sentence-sized guarded segments, never raw."""

    guards: list[Guard]
    ctx: GuardContext
    max_segment_chars: int = 400
    results: list[GuardResult] = field(default_factory=list)
    released: str = ""
    retracted: bool = False
    _buffer: str = ""

    def push(self, token: str) -> list[StreamEvent]:
        if self.retracted:
            return []
        self._buffer += token
        events: list[StreamEvent] = []
        for segment in self._cut():
            events += self._check(segment)
            if self.retracted:
                break
        return events

    def close(self) -> list[StreamEvent]:
        if self.retracted:
            return []
        events: list[StreamEvent] = []
        if self._buffer:
            segment, self._buffer = self._buffer, ""
            events += self._check(segment)
        if self.retracted:
            return events
        for guard in self.guards:
            result = _timed(lambda g=guard: g.finish(self.ctx), guard)
            self.results.append(result)
            if result.verdict is Verdict.BLOCK:
                events.append(self._retract(PipelineResult(self.released, Verdict.BLOCK, (result,))))
                break
            if result.text:
                # A guard that held text back across segments releases it at the end.
                events.append(Release(result.text))
                self.released += result.text
        return events

    def _cut(self) -> Iterable[str]:
        while True:
            match = _BOUNDARY.search(self._buffer)
            if match:
                cut = match.end()
            elif len(self._buffer) > self.max_segment_chars:
                # No sentence end in sight: cut at the last space so no word is split.
                cut = self._buffer.rfind(" ", 0, self.max_segment_chars) + 1 or self.max_segment_chars
            else:
                return
            segment, self._buffer = self._buffer[:cut], self._buffer[cut:]
            yield segment

    def _check(self, segment: str) -> list[StreamEvent]:
        outcome = run_guards(self.guards, segment, self.ctx, streaming=True)
        self.results += outcome.results
        if outcome.blocked:
            return [self._retract(outcome)]
        self.released += outcome.text
        return [Release(outcome.text)] if outcome.text else []

    def _retract(self, outcome: PipelineResult) -> Retraction:
        self.retracted = True
        return Retraction(message=outcome.reason, result=outcome)

    def verdict(self) -> Verdict:
        return max((r.verdict for r in self.results), key=lambda v: v.severity, default=Verdict.ALLOW)
