"""Prompt injection: instructions aimed at the model, in documents, retrieved context and questions."""

from guardrails.injection.guard import InjectionGuard, quote_as_data

__all__ = ["InjectionGuard", "quote_as_data"]
