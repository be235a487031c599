"""The router's fallback chain: which failures move on to the next provider, and which do not."""

from __future__ import annotations

import httpx
import pytest

from assistant.errors import LLMTimeoutError, ProviderUnavailableError, QueueFullError
from assistant.llm.base import ChatMessage, ChatRequest, StreamEnd, TokenDelta, Usage
from assistant.llm.remote import OpenAICompatibleProvider
from assistant.llm.router import Entry, LLMRouter, restricted
from assistant.settings import LLMSettings, OpenAICompatibleSettings

REQUEST = ChatRequest(messages=(ChatMessage("user", "hi"),), pseudonymized=True)


class Scripted:
    def __init__(self, name, remote=False, error=None, after_token=False):
        self.name, self.remote, self.error, self.after_token = name, remote, error, after_token
        self.calls = 0

    def stream(self, request, cancel=None):
        self.calls += 1
        if self.error is not None and not self.after_token:
            raise self.error
        return self._items()

    def _items(self):
        yield TokenDelta(f"from {self.name}")
        if self.error is not None:
            raise self.error
        yield StreamEnd(Usage(1, 1), model=self.name)

    def count_tokens(self, text):
        return len(text)

    def close(self):
        pass


def router(*providers, fallback=None):
    names = [p.name for p in providers]
    settings = LLMSettings(providers=[{"name": n, "kind": "llama_cpp"} for n in names], fallback=fallback or names)
    return LLMRouter(settings, [Entry(p.name, p) for p in providers])


def text(plan, request=REQUEST):
    return "".join(i.text for i in plan.stream(request) if isinstance(i, TokenDelta))


@pytest.mark.parametrize("error", [QueueFullError("full"), LLMTimeoutError("slow")])
def test_a_busy_or_slow_first_provider_hands_over(error):
    r = router(Scripted("a", error=error), Scripted("b", remote=True))
    plan = r.plan()
    assert text(plan) == "from b" and plan.name == "b"


def test_a_remote_5xx_after_its_retries_hands_over_but_a_4xx_does_not():
    def failing(status):
        transport = httpx.MockTransport(lambda _req: httpx.Response(status, json={"error": {"message": "no"}}))
        return OpenAICompatibleProvider(OpenAICompatibleSettings(base_url="http://x/v1", max_retries=1),
                                        transport=transport)

    flaky = failing(503)
    flaky._pause = lambda _s, _c: None
    r = router(Scripted("local"), fallback=["local"])
    r.entries = {"cloud": Entry("cloud", flaky), **r.entries}
    r.settings = r.settings.model_copy(update={"fallback": ["cloud", "local"]})
    r.default = "cloud"
    assert text(r.plan()) == "from local"
    r.entries["cloud"] = Entry("cloud", failing(401))
    with pytest.raises(ProviderUnavailableError, match="401"):
        text(r.plan())


def test_no_fallback_once_text_was_streamed():
    second = Scripted("b")
    r = router(Scripted("a", error=ProviderUnavailableError("broke"), after_token=True), second)
    with pytest.raises(ProviderUnavailableError):
        text(r.plan())
    assert second.calls == 0


def test_remote_providers_are_skipped_for_clear_text():
    remote = Scripted("cloud", remote=True)
    r = router(remote, Scripted("local"))
    clear = ChatRequest(messages=(ChatMessage("user", "hi"),), pseudonymized=False)
    assert text(r.plan(), clear) == "from local" and remote.calls == 0


def test_unreadable_payloads_count_as_restricted():
    class Chunk:
        doc_id, chunk_index = "d", 0

    class EmptyIndex:
        def fetch(self, flt, limit):
            return []

    assert restricted([Chunk()], EmptyIndex(), frozenset())
    assert restricted([Chunk()], object(), frozenset())


class Timed(Scripted):
    """Two tokens 50 ms apart, after 20 ms; reports its own busy time like the llama.cpp provider."""

    def _items(self):
        import time

        time.sleep(0.02)
        yield TokenDelta("one ")
        time.sleep(0.05)
        yield TokenDelta("two")
        yield StreamEnd(Usage(10, 2, busy_ms=72.0), model="smol.gguf")


def test_the_router_accounts_for_who_answered_how_fast_and_the_energy():
    settings = LLMSettings(providers=[{"name": "gpu", "kind": "llama_cpp"}])
    r = LLMRouter(settings, [Entry("gpu", Timed("gpu"), watts=360.0)])
    end = next(i for i in r.plan().stream(REQUEST) if isinstance(i, StreamEnd))
    u = end.usage
    assert (u.provider, u.model, u.prompt_tokens, u.completion_tokens) == ("gpu", "smol.gguf", 10, 2)
    assert 15 <= u.ttft_ms < 5000 and 40 <= u.generation_ms < 5000  # bounds of correctness, not speed
    assert u.tokens_per_s == pytest.approx(1 / (u.generation_ms / 1000))
    # 360 W for the provider's own 72 ms: 360 * 0.072 / 3600 Wh.
    assert u.energy_wh == pytest.approx(0.0072)


def test_without_a_busy_time_the_stream_duration_counts():
    r = router(Scripted("a"))
    r.entries["a"] = Entry("a", Scripted("a"), watts=3600.0)
    end = next(i for i in r.plan().stream(REQUEST) if isinstance(i, StreamEnd))
    assert end.usage.busy_ms > 0 and end.usage.energy_wh == pytest.approx(end.usage.busy_ms / 1000)


def test_power_figures_per_kind_and_per_provider():
    from assistant.llm.router import provider_watts
    from assistant.settings import LlamaCppSettings, ProviderSpec

    s = LLMSettings(accounting={"cpu_watts": 50, "gpu_watts": 300, "remote_watts": 5})
    assert provider_watts(s, "llama_cpp", LlamaCppSettings()) == 50
    assert provider_watts(s, "llama_cpp", LlamaCppSettings(n_gpu_layers=-1)) == 300
    assert provider_watts(s, "openai_compatible", None) == 5
    spec = ProviderSpec(name="big", kind="llama_cpp", power_watts=700)
    assert provider_watts(s, "llama_cpp", LlamaCppSettings(), spec) == 700


def test_a_stream_closed_early_still_accounts_for_what_was_generated():
    r = router(Scripted("a"))
    r.entries["a"] = Entry("a", Timed("a"), watts=3600.0)
    plan = r.plan()
    stream = plan.stream(REQUEST)
    assert isinstance(next(stream), TokenDelta)
    stream.close()  # a guard retracted the answer after its first piece
    u = plan.partial_usage
    assert u is not None and (u.provider, u.completion_tokens) == ("a", 1)
    assert u.busy_ms > 0 and u.energy_wh == pytest.approx(u.busy_ms / 1000)
    assert r.plan().partial_usage is None
