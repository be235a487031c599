"""Guardrails between the documents, the model and the user."""

from guardrails.base import Guard, GuardContext, GuardResult, Span, Stage, Verdict
from guardrails.pipeline import GuardPipeline, PipelineResult, StreamGuard

__all__ = [
    "Guard",
    "GuardContext",
    "GuardPipeline",
    "GuardResult",
    "PipelineResult",
    "Span",
    "Stage",
    "StreamGuard",
    "Verdict",
]
