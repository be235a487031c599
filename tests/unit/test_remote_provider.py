"""The OpenAI-compatible provider against httpx.MockTransport."""

from __future__ import annotations

import json

import httpx
import numpy as np
import pytest

from assistant.errors import (
    LLMCancelledError,
    LLMError,
    LLMTimeoutError,
    ProviderUnavailableError,
)
from assistant.llm import remote
from assistant.llm.base import (
    Cancellation,
    ChatMessage,
    ChatRequest,
    StreamEnd,
    TokenDelta,
    Usage,
)
from assistant.llm.remote import OpenAICompatibleProvider
from assistant.settings import OpenAICompatibleSettings

KEY = "sk-test-secret-0123456789"
REQUEST = ChatRequest(
    messages=(ChatMessage("system", "Answer briefly."), ChatMessage("user", "What is Qdrant?")),
    max_tokens=64,
    temperature=0.3,
    stop=("\n\n",),
    pseudonymized=True,
)


class FakeClock:
    """Virtual time for the provider, so backoff waits are recorded instead of slept."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    @property
    def slept(self) -> float:
        return sum(self.sleeps)


@pytest.fixture
def clock(monkeypatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(remote, "time", fake)
    return fake


def sse(*events: object, done: bool = True) -> bytes:
    lines = [f"data: {json.dumps(e)}\n\n" for e in events]
    if done:
        lines.append("data: [DONE]\n\n")
    return "".join(lines).encode()


def chunk(content: str | None = None, finish: str | None = None, role: str | None = None) -> dict:
    delta = {}
    if role:
        delta["role"] = role
    if content is not None:
        delta["content"] = content
    return {"model": "served-model", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


ANSWER = sse(
    chunk(role="assistant"),
    chunk("Qdrant is"),
    chunk(" a vector"),
    chunk(" database."),
    chunk(finish="stop"),
    {"model": "served-model", "choices": [], "usage": {"prompt_tokens": 21, "completion_tokens": 5, "total_tokens": 26}},
)


def ok(body: bytes = ANSWER) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)


def provider(handler, **settings) -> OpenAICompatibleProvider:
    settings = {"base_url": "http://llm.test/v1/", "api_key": KEY, "model": "m1", **settings}
    return OpenAICompatibleProvider(OpenAICompatibleSettings(**settings), transport=httpx.MockTransport(handler))


class Scripted:
    """A handler that answers each call with the next scripted response or exception."""

    def __init__(self, *responses) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.responses.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


class BreaksAfter(httpx.SyncByteStream):
    """A response body that sends some bytes, then loses the connection."""

    def __init__(self, first: bytes) -> None:
        self.first = first
        self.closed = False

    def __iter__(self):
        yield self.first
        raise httpx.ReadError("connection reset")

    def close(self) -> None:
        self.closed = True


class Endless(httpx.SyncByteStream):
    def __init__(self) -> None:
        self.closed = False

    def __iter__(self):
        while True:
            yield sse(chunk("more"), done=False)

    def close(self) -> None:
        self.closed = True


def text_of(items) -> str:
    return "".join(i.text for i in items if isinstance(i, TokenDelta))


def test_the_request_has_the_openai_shape(clock):
    handler = Scripted(ok())
    list(provider(handler).stream(REQUEST))
    [request] = handler.requests
    assert request.method == "POST"
    assert str(request.url) == "http://llm.test/v1/chat/completions"
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert request.headers["accept"] == "text/event-stream"
    assert json.loads(request.content) == {
        "model": "m1",
        "messages": [
            {"role": "system", "content": "Answer briefly."},
            {"role": "user", "content": "What is Qdrant?"},
        ],
        "stream": True,
        "stream_options": {"include_usage": True},
        "max_tokens": 64,
        "temperature": 0.3,
        "stop": ["\n\n"],
    }


def test_no_authorization_header_without_a_key(clock):
    handler = Scripted(ok())
    list(provider(handler, api_key="").stream(REQUEST))
    assert "authorization" not in handler.requests[0].headers


def test_server_sent_events_become_deltas_then_one_end(clock):
    body = b": keep-alive\n\n" + ANSWER.replace(b"data: ", b"data:", 1)
    items = list(provider(Scripted(ok(body))).stream(REQUEST))
    assert [i.text for i in items[:-1]] == ["Qdrant is", " a vector", " database."]
    assert items[-1] == StreamEnd(usage=Usage(prompt_tokens=21, completion_tokens=5), finish_reason="stop", model="served-model")


def test_usage_is_estimated_when_the_server_sends_none(clock):
    body = sse(chunk("x" * 10), chunk(finish="length"))
    end = list(provider(Scripted(ok(body))).stream(REQUEST))[-1]
    assert end.finish_reason == "length"
    assert end.usage == Usage(prompt_tokens=4 + 4, completion_tokens=3)


def test_429_is_retried_after_the_time_the_server_asks(clock):
    handler = Scripted(httpx.Response(429, headers={"Retry-After": "3"}, json={"error": {"message": "slow down"}}), ok())
    items = list(provider(handler).stream(REQUEST))
    assert text_of(items) == "Qdrant is a vector database."
    assert len(handler.requests) == 2
    assert clock.slept == pytest.approx(3.0)


def test_5xx_is_retried_with_backoff(clock):
    handler = Scripted(httpx.Response(503, text="overloaded"), httpx.Response(502, text="bad gateway"), ok())
    items = list(provider(handler, max_retries=2).stream(REQUEST))
    assert isinstance(items[-1], StreamEnd)
    assert len(handler.requests) == 3
    # Two waits: 0.25-0.5 s, then 0.5-1 s.
    assert 0.75 <= clock.slept <= 1.5


@pytest.mark.parametrize("attempt", range(6))
def test_backoff_doubles_up_to_a_cap_with_jitter(attempt):
    ceiling = min(8.0, 0.5 * 2**attempt)
    waits = {remote._backoff(attempt) for _ in range(50)}
    assert all(ceiling / 2 <= w <= ceiling for w in waits)
    assert len(waits) > 1


def test_connection_errors_are_retried(clock):
    handler = Scripted(httpx.ConnectError("refused"), ok())
    assert text_of(provider(handler).stream(REQUEST)) == "Qdrant is a vector database."
    assert len(handler.requests) == 2


def test_retries_stop_at_the_limit_with_the_server_message(clock):
    handler = Scripted(*[httpx.Response(503, json={"error": {"message": "model is loading"}}) for _ in range(3)])
    with pytest.raises(ProviderUnavailableError, match="503: model is loading"):
        list(provider(handler, max_retries=2).stream(REQUEST))
    assert len(handler.requests) == 3


def test_no_retry_once_a_token_was_streamed(clock):
    body = BreaksAfter(sse(chunk("Qdrant is"), done=False))
    handler = Scripted(httpx.Response(200, stream=body), ok())
    stream = provider(handler).stream(REQUEST)
    assert next(stream) == TokenDelta("Qdrant is")
    with pytest.raises(ProviderUnavailableError, match="cannot reach http://llm.test/v1"):
        next(stream)
    assert len(handler.requests) == 1


def test_a_client_error_is_not_retried_and_never_shows_the_key(clock):
    handler = Scripted(
        httpx.Response(401, json={"error": {"message": f"Incorrect API key provided: {KEY}", "type": "invalid_request_error"}})
    )
    with pytest.raises(ProviderUnavailableError) as info:
        list(provider(handler).stream(REQUEST))
    message = str(info.value)
    assert "401" in message and "Incorrect API key provided" in message
    assert KEY not in message
    assert len(handler.requests) == 1


def test_fastapi_style_errors_are_readable(clock):
    handler = Scripted(httpx.Response(422, json={"detail": "messages: field required"}))
    with pytest.raises(ProviderUnavailableError, match="422: messages: field required"):
        list(provider(handler).stream(REQUEST))


def test_a_retry_after_beyond_the_timeout_fails_at_once(clock):
    handler = Scripted(httpx.Response(429, headers={"Retry-After": "600"}, json={"error": {"message": "quota"}}))
    with pytest.raises(ProviderUnavailableError, match="429: quota"):
        list(provider(handler, timeout_s=30).stream(REQUEST))
    assert clock.slept == 0


def test_an_error_event_in_the_stream_fails_the_request(clock):
    body = sse(chunk("Qdrant"), {"error": {"message": "out of memory"}})
    with pytest.raises(ProviderUnavailableError, match="out of memory"):
        list(provider(Scripted(ok(body))).stream(REQUEST))


def test_a_stream_that_ends_early_is_an_error_not_an_empty_answer(clock):
    body = sse(chunk(role="assistant"), chunk("Qdrant"), done=False)
    with pytest.raises(ProviderUnavailableError, match="ended the stream before the answer was complete"):
        list(provider(Scripted(ok(body))).stream(REQUEST))


def test_a_finish_reason_without_done_completes_the_answer(clock):
    body = sse(chunk("Qdrant"), chunk(finish="stop"), done=False)
    assert text_of(provider(Scripted(ok(body))).stream(REQUEST)) == "Qdrant"


def test_a_timeout_raises_llm_timeout(clock):
    handler = Scripted(httpx.ReadTimeout("slow"))
    with pytest.raises(LLMTimeoutError, match="did not answer within 120 s"):
        list(provider(handler).stream(REQUEST))


def test_cancellation_between_chunks_closes_the_response(clock):
    body = Endless()
    cancel = Cancellation()
    stream = provider(Scripted(httpx.Response(200, stream=body))).stream(REQUEST, cancel)
    assert next(stream) == TokenDelta("more")
    cancel.cancel()
    with pytest.raises(LLMCancelledError):
        list(stream)
    assert body.closed


def test_closing_the_iterator_closes_the_response(clock):
    body = Endless()
    stream = provider(Scripted(httpx.Response(200, stream=body))).stream(REQUEST)
    next(stream)
    stream.close()
    assert body.closed


def test_text_no_pseudonymizing_guard_has_seen_is_refused():
    import dataclasses

    transport = Scripted()
    with pytest.raises(LLMError, match="no pseudonymizing guard has seen"):
        provider(transport).stream(dataclasses.replace(REQUEST, pseudonymized=False))
    assert transport.requests == [], "nothing was sent"


def test_a_logits_hook_is_refused():
    request = ChatRequest(messages=REQUEST.messages, logits_hook=lambda ids, scores: np.asarray(scores))
    with pytest.raises(LLMError, match="remote provider cannot take a logits hook"):
        provider(Scripted()).stream(request)


@pytest.mark.parametrize(("text", "tokens"), [("", 0), ("abc", 1), ("abcd", 1), ("abcde", 2), ("x" * 400, 100)])
def test_tokens_are_estimated_at_four_characters(text, tokens):
    assert provider(Scripted()).count_tokens(text) == tokens
