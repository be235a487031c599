"""The OpenAI-compatible remote provider: streamed chat completions over HTTP.

It speaks to anything that serves `/v1/chat/completions` with server-sent
events: llama.cpp's server, vLLM, a cloud API. Failures before the first
token (connection errors, 429, 5xx) are retried with exponential backoff and
jitter; once text has been streamed a retry would repeat it, so none happens.
"""

from __future__ import annotations

import itertools
import json
import math
import random
import time
from collections.abc import Iterator
from email.utils import parsedate_to_datetime

import httpx

from assistant.errors import (
    LLMCancelledError,
    LLMError,
    LLMTimeoutError,
    ProviderUnavailableError,
)
from assistant.llm.base import (
    Cancellation,
    ChatRequest,
    StreamEnd,
    StreamItem,
    TokenDelta,
    Usage,
)
from assistant.settings import OpenAICompatibleSettings

_BACKOFF_BASE_S = 0.5
_BACKOFF_CAP_S = 8.0
# Backoff waits in steps this long so a cancelled caller is let go soon.
_PAUSE_STEP_S = 0.1
_MAX_ERROR_CHARS = 300


class _Retryable(Exception):
    """A failure before the first token that another attempt may not meet."""

    def __init__(self, error: LLMError, retry_after: float | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.retry_after = retry_after


class OpenAICompatibleProvider:
    """A model behind an OpenAI-compatible HTTP API."""

    remote = True

    def __init__(self, settings: OpenAICompatibleSettings, *, transport: httpx.BaseTransport | None = None) -> None:
        self.settings = settings
        self.name = f"openai_compatible:{settings.model}"
        self._base_url = settings.base_url.rstrip("/")
        headers = {"Accept": "text/event-stream"}
        if settings.api_key:
            headers["Authorization"] = f"Bearer {settings.api_key}"
        self._client = httpx.Client(headers=headers, transport=transport, timeout=settings.timeout_s)

    def stream(self, request: ChatRequest, cancel: Cancellation | None = None) -> Iterator[StreamItem]:
        if request.logits_hook is not None:
            raise LLMError(
                "a remote provider cannot take a logits hook: the hook must run inside the model's "
                "sampling loop, which only the local llama.cpp provider has"
            )
        if not request.pseudonymized:
            raise LLMError(
                "refusing to send text to a remote model that no pseudonymizing guard has seen: "
                "configure the 'pii' guard at the boundary stage (guards.boundary)"
            )
        return self._stream(request, cancel or Cancellation(), time.monotonic() + self.settings.timeout_s)

    def count_tokens(self, text: str) -> int:
        # The remote tokenizer is unknown; about four characters a token holds for English text.
        return math.ceil(len(text) / 4)

    def close(self) -> None:
        self._client.close()

    def _stream(self, request: ChatRequest, cancel: Cancellation, deadline: float) -> Iterator[StreamItem]:
        body: dict[str, object] = {
            "model": self.settings.model,
            "messages": [{"role": m.role, "content": m.content} for m in request.messages],
            "stream": True,
            "stream_options": {"include_usage": True},
            "max_tokens": request.max_tokens,
            "temperature": request.temperature,
        }
        if request.stop:
            body["stop"] = list(request.stop)
        for attempt in itertools.count():
            try:
                yield from self._attempt(request, body, cancel, deadline)
                return
            except _Retryable as failure:
                if attempt >= self.settings.max_retries:
                    raise failure.error from failure.__cause__
                delay = failure.retry_after if failure.retry_after is not None else _backoff(attempt)
                if time.monotonic() + delay >= deadline:
                    raise failure.error from failure.__cause__
                self._pause(delay, cancel)

    def _attempt(
        self, request: ChatRequest, body: dict[str, object], cancel: Cancellation, deadline: float
    ) -> Iterator[StreamItem]:
        if cancel.cancelled:
            raise LLMCancelledError("the request was cancelled")
        started = False
        try:
            timeout = max(deadline - time.monotonic(), 0.001)
            with self._client.stream("POST", f"{self._base_url}/chat/completions", json=body, timeout=timeout) as response:
                if response.status_code != 200:
                    response.read()
                    error = ProviderUnavailableError(
                        f"{self._base_url} answered {response.status_code}: {self._error_message(response)}"
                    )
                    # The router falls back to another provider on 429 and 5xx, not on a request it got wrong.
                    error.status = response.status_code
                    if response.status_code == 429 or response.status_code >= 500:
                        raise _Retryable(error, _retry_after(response))
                    raise error
                for item in self._events(request, response, cancel, deadline):
                    started = True
                    yield item
        except httpx.TimeoutException as exc:
            raise LLMTimeoutError(f"{self._base_url} did not answer within {self.settings.timeout_s:g} s") from exc
        except httpx.TransportError as exc:
            error = ProviderUnavailableError(f"cannot reach {self._base_url}: {type(exc).__name__}")
            if started:
                raise error from exc
            raise _Retryable(error) from exc

    def _events(
        self, request: ChatRequest, response: httpx.Response, cancel: Cancellation, deadline: float
    ) -> Iterator[StreamItem]:
        model = self.settings.model
        finish_reason: str | None = None
        done = False
        usage: Usage | None = None
        texts: list[str] = []
        for line in response.iter_lines():
            if cancel.cancelled:
                raise LLMCancelledError("the request was cancelled")
            if time.monotonic() >= deadline:
                raise LLMTimeoutError(f"{self._base_url} did not finish within {self.settings.timeout_s:g} s")
            if not line.startswith("data:"):
                continue
            data = line[len("data:"):].strip()
            if data == "[DONE]":
                done = True
                break
            try:
                chunk = json.loads(data)
            except json.JSONDecodeError:
                raise ProviderUnavailableError(f"{self._base_url} sent a malformed stream event") from None
            if not isinstance(chunk, dict):
                raise ProviderUnavailableError(f"{self._base_url} sent a malformed stream event")
            if chunk.get("error"):
                raise ProviderUnavailableError(
                    f"{self._base_url} failed while answering: {self._redact(_message_of(chunk))}"
                )
            model = chunk.get("model") or model
            if chunk.get("usage"):
                usage = Usage(
                    prompt_tokens=int(chunk["usage"].get("prompt_tokens", 0)),
                    completion_tokens=int(chunk["usage"].get("completion_tokens", 0)),
                )
            for choice in chunk.get("choices") or ():
                text = (choice.get("delta") or {}).get("content")
                if text:
                    texts.append(text)
                    yield TokenDelta(text)
                if choice.get("finish_reason"):
                    finish_reason = choice["finish_reason"]
        if not done and finish_reason is None:
            # llama.cpp's server, failing after it sent its 200 (a prompt beyond the context), just ends the stream.
            raise ProviderUnavailableError(
                f"{self._base_url} ended the stream before the answer was complete; its log may say why"
            )
        if usage is None:
            # Servers that ignore stream_options (llama.cpp's among them) send no usage.
            usage = Usage(
                prompt_tokens=sum(self.count_tokens(m.content) for m in request.messages),
                completion_tokens=self.count_tokens("".join(texts)),
            )
        yield StreamEnd(usage=usage, finish_reason=finish_reason or "stop", model=model)

    def _error_message(self, response: httpx.Response) -> str:
        try:
            message = _message_of(response.json())
        except ValueError:
            message = response.text.strip() or response.reason_phrase
        return self._redact(message)[:_MAX_ERROR_CHARS]

    def _redact(self, text: str) -> str:
        # Some APIs echo a rejected key in their error message.
        key = self.settings.api_key
        return text.replace(key, "***") if key else text

    def _pause(self, seconds: float, cancel: Cancellation) -> None:
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            if cancel.cancelled:
                raise LLMCancelledError("the request was cancelled")
            time.sleep(min(_PAUSE_STEP_S, left))


def _message_of(payload: object) -> str:
    """The human-readable message in an OpenAI-style, FastAPI-style or plain error body."""
    if isinstance(payload, dict):
        for key in ("error", "detail", "message"):
            value = payload.get(key)
            if isinstance(value, dict) and "message" in value:
                return str(value["message"])
            if value:
                return value if isinstance(value, str) else json.dumps(value)
    return json.dumps(payload)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _backoff(attempt: int) -> float:
    ceiling = min(_BACKOFF_CAP_S, _BACKOFF_BASE_S * 2**attempt)
    return ceiling / 2 + random.uniform(0, ceiling / 2)
