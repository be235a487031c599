"""The small internal protocol every LLM provider implements."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

import numpy as np

Role = Literal["system", "user", "assistant"]

# llama.cpp's logits processor signature: (input_ids, scores) -> scores.
LogitsHook = Callable[[np.ndarray, np.ndarray], np.ndarray]


@dataclass(frozen=True)
class ChatMessage:
    role: Role
    content: str


@dataclass(frozen=True)
class ChatRequest:
    messages: tuple[ChatMessage, ...]
    max_tokens: int = 256
    temperature: float = 0.2
    stop: tuple[str, ...] = ()
    # Who asks: the local queue serves requesters in turn, so one cannot starve the others.
    requester: str = "anonymous"
    # Local providers only; a remote provider refuses a request that sets it.
    logits_hook: LogitsHook | None = None
    # The provenance watermark (assistant/watermark.py): local providers apply it after `logits_hook`; a remote
    # provider cannot, and answers unmarked.
    watermark: LogitsHook | None = None
    # The temperature a local provider samples at when it applies `watermark` (llm.watermark.temperature);
    # None: `temperature`. A remote provider, which cannot mark, keeps `temperature`.
    watermark_temperature: float | None = None
    # Set by the ChatService when a pseudonymizing guard saw every message; remote providers refuse the rest.
    pseudonymized: bool = False


@dataclass(frozen=True)
class Usage:
    """What one generation cost. Providers fill the token counts (and `busy_ms` when they know it); the
    router adds who answered, the speed as the caller saw it and the energy estimate."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    # Time the provider spent on this request itself (a local model: from the start of prompt processing, not
    # the queue wait); 0 when the provider cannot tell, and the router uses the stream's duration.
    busy_ms: float = 0.0
    provider: str = ""
    model: str = ""
    # From the request to the first token, queue wait included: what the caller waited.
    ttft_ms: float = 0.0
    # From the first token to the last.
    generation_ms: float = 0.0
    energy_wh: float = 0.0

    @property
    def tokens_per_s(self) -> float:
        """Generation speed after the first token; 0 for fewer than two tokens."""
        if self.completion_tokens < 2 or self.generation_ms <= 0:
            return 0.0
        return (self.completion_tokens - 1) / (self.generation_ms / 1000)


@dataclass(frozen=True)
class TokenDelta:
    """A piece of generated text."""

    text: str


@dataclass(frozen=True)
class StreamEnd:
    """The last item of every stream."""

    usage: Usage
    finish_reason: str = "stop"
    model: str = ""


StreamItem = TokenDelta | StreamEnd


@dataclass
class Cancellation:
    """Set by the caller when it goes away; providers stop generating soon after."""

    _event: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


@runtime_checkable
class LLMProvider(Protocol):
    name: str
    # True when requests leave this process's machine: local-only content is withheld from it.
    remote: bool

    def stream(self, request: ChatRequest, cancel: Cancellation | None = None) -> Iterator[StreamItem]:
        """Yield TokenDelta items, then exactly one StreamEnd.

        Raises assistant.errors.LLMError subclasses: QueueFullError at once
        when a local queue is full, LLMTimeoutError, LLMCancelledError,
        ProviderUnavailableError. Closing the iterator early cancels the request.
        """
        ...

    def count_tokens(self, text: str) -> int:
        """Tokens `text` takes in this model's vocabulary (an estimate for remote models)."""
        ...

    def close(self) -> None:
        """Release the model or connections."""
        ...
