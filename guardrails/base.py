"""The guard extension point.

A guard looks at a text at one stage (document, input, model boundary,
output) and returns a verdict with the spans that explain it. Streamed
answers reach a guard segment by segment through `feed`, then `finish`,
so a guard can keep state across segments.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from enum import Enum
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

Stage = Literal["document", "input", "context", "boundary", "output"]


class Verdict(str, Enum):
    ALLOW = "allow"
    WARN = "warn"
    TRANSFORM = "transform"
    BLOCK = "block"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_SEVERITY = {Verdict.ALLOW: 0, Verdict.WARN: 1, Verdict.TRANSFORM: 2, Verdict.BLOCK: 3}


class Span(BaseModel):
    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    label: str = Field(description="What was found, e.g. 'PERSON' or 'blocked-term'.")
    score: float = Field(1.0, ge=0.0, le=1.0)


class GuardResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    guard: str = Field(description="The configured name of the guard.")
    verdict: Verdict
    text: str = Field(description="The text after the guard: changed only on TRANSFORM.")
    risk: float = Field(0.0, ge=0.0, le=1.0, description="Normalized risk score.")
    spans: tuple[Span, ...] = ()
    reason: str = Field("", description="Why, in general terms fit to show a user.")
    elapsed_ms: float = 0.0


class GuardContext:
    """Shared work for one request (sentences, embeddings, NER results), computed once.

    Guards read and fill `cache` under their own keys; `principal` and
    `stage` say who asks and where the text sits in the flow.
    """

    def __init__(self, stage: Stage, principal: str | None = None, request_id: str = "") -> None:
        self.stage = stage
        self.principal = principal
        self.request_id = request_id
        self.cache: dict[str, Any] = {}

    def for_stage(self, stage: Stage) -> GuardContext:
        other = GuardContext(stage, self.principal, self.request_id)
        other.cache = self.cache
        return other


class Guard(ABC):
    """One guard. `scan` for whole texts; `feed`/`finish` for streamed ones.

    The default streaming behaviour scans each segment on its own, which is
    right for guards that need no cross-segment state.
    """

    kind: ClassVar[str]
    # A guard that replaces personal data with placeholders at the model boundary says so;
    # remote providers refuse requests that no such guard has seen.
    pseudonymizes: ClassVar[bool] = False
    # A guard whose block reason is itself the message to show (e.g. grounding's honest "I could not find
    # this"), instead of the deployment's block message around it.
    block_reason_is_answer: ClassVar[bool] = False

    def __init__(self, name: str) -> None:
        self.name = name

    @abstractmethod
    def scan(self, text: str, ctx: GuardContext) -> GuardResult:
        """Judge a whole text."""

    def feed(self, segment: str, ctx: GuardContext) -> GuardResult:
        return self.scan(segment, ctx)

    def finish(self, ctx: GuardContext) -> GuardResult:
        return GuardResult(guard=self.name, verdict=Verdict.ALLOW, text="")
