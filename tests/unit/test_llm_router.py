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
