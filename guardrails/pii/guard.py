"""The PII guard: pseudonymizes at the model boundary, restores and masks on the way out.

What it needs from the caller travels in the guard context's cache:
- `pii.vault`: the conversation's `Vault` (boundary and output stages);
- `pii.fragments`: texts whose spans are already known (chunks analysed at
  ingest), as (text, spans, origin); the guard finds them in a message and
  runs NER only on the rest;
- `pii.allowed`: a predicate over vault entries: may the reader see this value;
- `llm.remote`: whether the model behind the boundary is remote.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable

from pydantic import ValidationError

from guardrails.base import Guard, GuardContext, GuardResult, Span, Verdict
from guardrails.errors import GuardConfigError
from guardrails.pii.analyzer import PiiAnalyzer, PiiConfig, merge_overlapping
from guardrails.pii.pseudonymize import placeholder_spans, pseudonymize, restore
from guardrails.pii.vault import Vault, VaultEntry

_ANALYZERS: dict[str, PiiAnalyzer] = {}


def shared_analyzer(config: PiiConfig) -> PiiAnalyzer:
    """One analyzer (and one spaCy model in memory) per configuration and process."""
    key = json.dumps(config.model_dump(), sort_keys=True)
    if key not in _ANALYZERS:
        _ANALYZERS[key] = PiiAnalyzer(config)
    return _ANALYZERS[key]


class PiiGuard(Guard):
    kind = "pii"
    pseudonymizes = True

    def __init__(self, name: str, local_model: bool = True, mask_unknown: bool = True, **options) -> None:
        super().__init__(name)
        try:
            self.config = PiiConfig(**options)
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err["loc"])
            raise GuardConfigError(f"guard {name!r}: {where}: {err['msg']}") from None
        self.analyzer = shared_analyzer(self.config)
        # Spans stored with chunks at ingest are reused only while the analyzer is configured the same way.
        self.fingerprint = hashlib.sha256(json.dumps(self.config.model_dump(), sort_keys=True).encode()).hexdigest()[:16]
        self.local_model = local_model
        self.mask_unknown = mask_unknown

    def spans(self, text: str, ctx: GuardContext) -> list[Span]:
        """Spans of known fragments where they occur, NER on everything else in one pass."""
        found: list[Span] = []
        masked = list(text)
        for fragment, spans, _origin in ctx.cache.get("pii.fragments", []):
            at = text.find(fragment) if fragment else -1
            if at < 0:
                continue
            found += [Span(start=at + s.start, end=at + s.end, label=s.label, score=s.score) for s in spans]
            # Blanked out, not cut out: offsets stay true and the rest is analysed in a single call.
            masked[at:at + len(fragment)] = [c if c == "\n" else " " for c in fragment]
        rest = "".join(masked)
        if rest.strip():
            found += self.analyzer.analyze(rest)
        return merge_overlapping(found)

    def scan(self, text: str, ctx: GuardContext) -> GuardResult:
        if ctx.stage == "boundary":
            return self._boundary(text, ctx)
        if ctx.stage == "output":
            return self._output(text, ctx)
        spans = self.analyzer.analyze(text)
        return GuardResult(guard=self.name, verdict=Verdict.ALLOW, text=text, spans=tuple(spans),
                           risk=min(1.0, 0.2 * len(spans)))

    def _vault(self, ctx: GuardContext) -> Vault:
        vault = ctx.cache.get("pii.vault")
        if vault is None:
            raise GuardConfigError(f"guard {self.name!r} needs a conversation vault in the guard context")
        return vault

    def _boundary(self, text: str, ctx: GuardContext) -> GuardResult:
        if not ctx.cache.get("llm.remote") and not self.local_model and not ctx.cache.get("pii.storage"):
            return GuardResult(guard=self.name, verdict=Verdict.ALLOW, text=text, reason="local model: not applied")
        vault = self._vault(ctx)
        spans = self.spans(text, ctx)
        origins = _origins(text, ctx)
        out = []
        last = 0
        for span in spans:
            if span.start < last:
                continue
            out.append(text[last:span.start])
            out.append(pseudonymize(text[span.start:span.end], [span.model_copy(update={"start": 0, "end": span.end - span.start})],
                                    vault, origins(span.start)))
            last = span.end
        out.append(text[last:])
        verdict = Verdict.TRANSFORM if spans else Verdict.ALLOW
        return GuardResult(guard=self.name, verdict=verdict, text="".join(out), spans=tuple(spans),
                           risk=min(1.0, 0.1 * len(spans)))

    def _output(self, text: str, ctx: GuardContext) -> GuardResult:
        vault = ctx.cache.get("pii.vault")
        if vault is None:
            return GuardResult(guard=self.name, verdict=Verdict.ALLOW, text=text)
        invented: list[Span] = []
        if self.mask_unknown:
            held = placeholder_spans(text, vault)
            shown = _shown_in_clear(ctx)
            # Masked: what looks like personal data, is no placeholder, and the model was not shown in clear
            # (a product or system name that ingest did not take for personal data, e.g. a VPN client's name,
            # is the sources' own word, not one the model invented).
            invented = [s for s in self.analyzer.analyze(text)
                        if all(s.end <= a or s.start >= b for a, b in held)
                        and not _occurs(text[s.start:s.end], shown)]
            for s in sorted(invented, key=lambda s: s.start, reverse=True):
                text = text[:s.start] + f"[{s.label}]" + text[s.end:]
        allowed: Callable[[VaultEntry], bool] = ctx.cache.get("pii.allowed", lambda _e: False)
        restored, masked = restore(text, vault, allowed)
        verdict = Verdict.TRANSFORM if (invented or restored != text or masked) else Verdict.ALLOW
        reason = f"masked {len(invented)} personal data values the sources did not contain" if invented else ""
        return GuardResult(guard=self.name, verdict=verdict, text=restored, spans=tuple(invented),
                           risk=min(1.0, 0.3 * len(invented)), reason=reason)


def _shown_in_clear(ctx: GuardContext) -> str:
    """The parts of the known fragments (system prompt, chunks) the model saw in clear: their spans blanked."""
    key = "pii.shown_in_clear"
    if key not in ctx.cache:
        parts = []
        for fragment, spans, _origin in ctx.cache.get("pii.fragments", []):
            out, last = [], 0
            for span in sorted(spans, key=lambda sp: sp.start):
                if span.start >= last:
                    out += [fragment[last:span.start], "\0"]
                    last = span.end
            parts.append("".join(out) + fragment[last:])
        ctx.cache[key] = "\n".join(parts)
    return ctx.cache[key]


def _occurs(value: str, text: str) -> bool:
    """`value` stands in `text` as a whole word or phrase."""
    value = value.strip()
    return bool(value) and re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text) is not None


def _origins(text: str, ctx: GuardContext) -> Callable[[int], str]:
    """Which fragment (document) an offset falls in; anything else came from the asker."""
    ranges = []
    for fragment, _spans, origin in ctx.cache.get("pii.fragments", []):
        at = text.find(fragment) if fragment else -1
        if at >= 0:
            ranges.append((at, at + len(fragment), origin))

    default = ctx.cache.get("pii.default_origin", "question")

    def origin(offset: int) -> str:
        return next((o for a, b, o in ranges if a <= offset < b), default)

    return origin
