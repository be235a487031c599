"""LLM providers: the protocol, the built-ins and the factory that picks one from settings."""

from __future__ import annotations

import importlib
from importlib.metadata import entry_points

from assistant.errors import SettingsError
from assistant.llm.base import (
    Cancellation,
    ChatMessage,
    ChatRequest,
    LLMProvider,
    LogitsHook,
    StreamEnd,
    StreamItem,
    TokenDelta,
    Usage,
)
from assistant.llm.models import default_gguf_path, resolve_gguf
from assistant.settings import LLMSettings

GROUP = "assistant.llms"

# Used when the project runs from a checkout that is not installed as a distribution,
# so its own entry points are not registered.
_BUILT_INS = {
    "llama_cpp": "assistant.llm.llama:LlamaCppProvider",
    "openai_compatible": "assistant.llm.remote:OpenAICompatibleProvider",
}

__all__ = [
    "Cancellation",
    "ChatMessage",
    "ChatRequest",
    "LLMProvider",
    "LogitsHook",
    "StreamEnd",
    "StreamItem",
    "TokenDelta",
    "Usage",
    "build_provider",
    "default_gguf_path",
    "provider_names",
    "resolve_gguf",
]


def provider_names() -> list[str]:
    return sorted({ep.name for ep in entry_points(group=GROUP)} | set(_BUILT_INS))


def _provider_class(name: str) -> type[LLMProvider]:
    for ep in entry_points(group=GROUP):
        if ep.name == name:
            return ep.load()
    if name not in _BUILT_INS:
        raise SettingsError(f"llm.provider: no provider named {name!r}; known: {', '.join(provider_names())}")
    module, _, attr = _BUILT_INS[name].partition(":")
    return getattr(importlib.import_module(module), attr)


def build_provider(settings: LLMSettings) -> LLMProvider:
    """The provider `settings.provider` names, built from its settings section."""
    cls = _provider_class(settings.provider)
    return cls(getattr(settings, settings.provider))
