"""Blocks or redacts configured terms and patterns: the simplest policy guard."""

from __future__ import annotations

import re
from typing import Literal

from guardrails.base import Guard, GuardContext, GuardResult, Span, Verdict
from guardrails.errors import GuardConfigError


class BlocklistGuard(Guard):
    """Finds case-insensitive regular expressions; `action` says what a hit does."""

    kind = "blocklist"

    def __init__(
        self,
        name: str,
        patterns: list[str],
        action: Literal["block", "redact", "warn"] = "block",
        replacement: str = "[redacted]",
        reason: str = "The text contains terms this deployment does not allow.",
    ) -> None:
        super().__init__(name)
        if not patterns:
            raise GuardConfigError(f"guard {name!r}: 'patterns' is empty")
        if action not in ("block", "redact", "warn"):
            raise GuardConfigError(f"guard {name!r}: action must be 'block', 'redact' or 'warn', not {action!r}")
        try:
            self.regex = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
        except re.error as exc:
            raise GuardConfigError(f"guard {name!r}: bad pattern: {exc}") from exc
        self.action = action
        self.replacement = replacement
        self.reason = reason

    def scan(self, text: str, ctx: GuardContext) -> GuardResult:
        spans = tuple(Span(start=m.start(), end=m.end(), label="blocked-term") for m in self.regex.finditer(text))
        if not spans:
            return GuardResult(guard=self.name, verdict=Verdict.ALLOW, text=text)
        if self.action == "redact":
            return GuardResult(
                guard=self.name, verdict=Verdict.TRANSFORM, text=self.regex.sub(self.replacement, text),
                risk=0.5, spans=spans, reason=self.reason,
            )
        verdict = Verdict.BLOCK if self.action == "block" else Verdict.WARN
        return GuardResult(guard=self.name, verdict=verdict, text=text, risk=1.0, spans=spans, reason=self.reason)
