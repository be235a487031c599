"""Both providers with the real SmolLM2 model: in-process, and behind llama.cpp's OpenAI-compatible server."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from assistant.errors import (
    LLMCancelledError,
    LLMError,
    ProviderUnavailableError,
    QueueFullError,
)
from assistant.llm import build_provider
from assistant.llm.base import (
    Cancellation,
    ChatMessage,
    ChatRequest,
    StreamEnd,
    TokenDelta,
)
from assistant.llm.llama import LlamaCppProvider
from assistant.llm.remote import OpenAICompatibleProvider
from assistant.settings import LlamaCppSettings, LLMSettings, OpenAICompatibleSettings

pytestmark = pytest.mark.slow

QUESTION = ChatRequest(
    messages=(
        ChatMessage("system", "You are a helpful assistant. Answer in one short sentence."),
        ChatMessage("user", "What is the capital of France?"),
    ),
    max_tokens=48,
    temperature=0.0,
    pseudonymized=True,
)
LONG = ChatRequest(
    messages=(ChatMessage("user", "Write a long story about a lighthouse keeper and the sea."),),
    max_tokens=400,
    temperature=0.7,
)


def text_of(items) -> str:
    return "".join(i.text for i in items if isinstance(i, TokenDelta))


def wait_idle(provider: LlamaCppProvider, within_s: float = 10.0) -> float:
    t0 = time.monotonic()
    while provider.stats().running or provider.stats().waiting:
        assert time.monotonic() - t0 < within_s, "the model stayed busy"
        time.sleep(0.01)
    return time.monotonic() - t0


@pytest.fixture(scope="module")
def local():
    provider = build_provider(LLMSettings(llama_cpp=LlamaCppSettings(n_ctx=2048, queue_depth=1, timeout_s=60)))
    assert isinstance(provider, LlamaCppProvider)
    yield provider
    provider.close()


def test_local_model_streams_an_answer_with_usage(local):
    items = list(local.stream(QUESTION))
    end = items[-1]
    assert isinstance(end, StreamEnd) and all(isinstance(i, TokenDelta) for i in items[:-1])
    assert text_of(items).strip()
    assert end.model == "llama_cpp:SmolLM2-135M-Instruct.Q4_1.gguf"
    # The chat template wraps the messages, so the prompt is longer than their text.
    assert end.usage.prompt_tokens > sum(local.count_tokens(m.content) for m in QUESTION.messages)
    assert 0 < end.usage.completion_tokens <= QUESTION.max_tokens + 1


def test_the_logits_hook_steers_sampling(local):
    eos = local._model().token_eos()

    def only_eos(input_ids: np.ndarray, scores: np.ndarray) -> np.ndarray:
        forced = np.full_like(scores, -np.inf)
        forced[eos] = 0.0
        return forced

    items = list(local.stream(ChatRequest(messages=QUESTION.messages, max_tokens=32, logits_hook=only_eos)))
    assert text_of(items) == ""
    assert items[-1].usage.completion_tokens == 1


def test_a_failing_logits_hook_fails_the_request(local):
    def broken(input_ids: np.ndarray, scores: np.ndarray) -> np.ndarray:
        raise RuntimeError("hook bug")

    with pytest.raises(LLMError, match="the logits hook failed: hook bug"):
        list(local.stream(ChatRequest(messages=QUESTION.messages, max_tokens=8, logits_hook=broken)))


def test_closing_the_iterator_stops_generation_early(local):
    sampled = []

    def count(input_ids: np.ndarray, scores: np.ndarray) -> np.ndarray:
        sampled.append(1)
        return scores

    request = ChatRequest(messages=LONG.messages, max_tokens=LONG.max_tokens, temperature=0.7, logits_hook=count)
    stream = local.stream(request)
    deltas = [next(stream) for _ in range(3)]
    assert all(isinstance(d, TokenDelta) for d in deltas)
    stream.close()
    wait_idle(local)
    assert len(sampled) < 40
    assert text_of(local.stream(QUESTION)).strip()


def test_a_cancellation_stops_a_running_request(local):
    cancel = Cancellation()
    received = []
    with pytest.raises(LLMCancelledError):
        for item in local.stream(LONG, cancel):
            received.append(item)
            if len(received) == 3:
                cancel.cancel()
    assert len(received) < 40
    wait_idle(local)


def test_with_depth_one_extra_requests_are_refused_at_once(local):
    barrier = threading.Barrier(4)
    outcomes: list[str] = []
    lock = threading.Lock()

    def ask() -> None:
        barrier.wait()
        t0 = time.monotonic()
        try:
            stream = local.stream(QUESTION)
        except QueueFullError as exc:
            assert time.monotonic() - t0 < 0.5
            assert "busy" in str(exc)
            result = "refused"
        else:
            result = "answered" if text_of(stream).strip() else "empty"
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(outcomes) == ["answered", "answered", "refused", "refused"]


def test_a_prompt_beyond_the_context_is_a_clear_error(local):
    too_long = ChatRequest(messages=(ChatMessage("user", "lighthouse " * 6000),), max_tokens=16, pseudonymized=True)
    with pytest.raises(LLMError, match="does not fit the model's 2048-token context"):
        list(local.stream(too_long))
    assert text_of(local.stream(QUESTION)).strip()


def test_local_count_tokens_uses_the_model_tokenizer(local):
    assert local.count_tokens("Hello world") == 2
    assert local.count_tokens("") == 0


@pytest.fixture
def remote(server_url):
    provider = build_provider(
        LLMSettings(
            provider="openai_compatible",
            openai_compatible=OpenAICompatibleSettings(base_url=server_url, model="smollm2", timeout_s=60),
        )
    )
    assert isinstance(provider, OpenAICompatibleProvider)
    yield provider
    provider.close()


def test_remote_provider_streams_an_answer_from_llama_server(remote):
    items = list(remote.stream(QUESTION))
    end = items[-1]
    assert isinstance(end, StreamEnd)
    assert len(items) > 2 and text_of(items).strip()
    assert end.usage.prompt_tokens > 0 and end.usage.completion_tokens > 0


def test_a_server_failing_mid_stream_is_an_error_not_an_empty_answer(remote):
    # The server accepts the stream, then fails on a prompt beyond its 2048-token context.
    too_long = ChatRequest(messages=(ChatMessage("user", "lighthouse " * 6000),), max_tokens=16, pseudonymized=True)
    with pytest.raises(ProviderUnavailableError, match="ended the stream before the answer was complete"):
        list(remote.stream(too_long))
