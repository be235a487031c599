"""Grounding: every answer sentence checked against the context the model was given."""

from guardrails.grounding.guard import NOT_FOUND, GroundingGuard

__all__ = ["NOT_FOUND", "GroundingGuard"]
