"""Routing among several providers: the caller's choice, fallback, and content that never leaves.

The remote provider is the recording fake OpenAI-compatible server; the local one is a stand-in behind the
real fair queue, so a full queue is the real QueueFullError, and what it was asked is recorded too.
"""

from __future__ import annotations

import threading

import pytest

from assistant.chat import Answer, Question
from assistant.errors import QueueFullError
from assistant.llm.base import StreamEnd, TokenDelta, Usage
from assistant.llm.queue import FairQueue
from assistant.llm.router import Entry, LLMRouter, ModelNotAllowed
from assistant.runtime import Runtime, folder_source
from tests.conftest import make_settings
from tests.services.fake_openai import FakeOpenAI

SECRET = "Project Bluefin launches on the ninth of March with a budget of 4.2 million."
CLASSIFIED = "---\ntags: [confidential]\n---\n# Merger\n\nThe merger with Contoso closes in the spring; the codename is Heron.\n"
PUBLIC = "# Leave\n\nLeave requests go to Femke Visser (femke.visser@northwind-harbor.example) two weeks ahead.\n"


class LocalStandIn:
    """A local provider: one generation at a time behind a FairQueue; records every prompt."""

    remote = False
    name = "llama_cpp:stand-in"

    def __init__(self) -> None:
        self.prompts: list[str] = []
        self.hold = threading.Event()
        self.hold.set()
        self._queue = FairQueue(1, name="stand-in")

    def stream(self, request, cancel=None):
        prompt = "\n".join(m.content for m in request.messages)

        def work(emit, cancellation):
            self.hold.wait(10)
            self.prompts.append(prompt)
            emit(TokenDelta("From the documents [1]."))
            emit(StreamEnd(Usage(1, 1), model=self.name))

        return self._queue.submit(request.requester, work, 30, cancel)

    def count_tokens(self, text: str) -> int:
        return len(text) // 4 + 1

    def close(self) -> None:
        self.hold.set()
        self._queue.close()


@pytest.fixture
def routed(tmp_path, embedder):
    with FakeOpenAI() as fake:
        rt = Runtime(make_settings(tmp_path / "data", llm={
            "providers": [
                {"name": "local", "kind": "llama_cpp", "users": ["ann.lee@corp.example"]},
                {"name": "cloud", "kind": "openai_compatible",
                 "openai_compatible": {"base_url": fake.url, "model": "cloud", "max_retries": 0}},
            ],
            "fallback": ["local", "cloud"],
        }))
        rt.__dict__["embedder"] = embedder
        assert isinstance(rt.llm, LLMRouter)
        local = LocalStandIn()
        rt.llm.entries["local"].provider.close()
        rt.llm.entries["local"] = Entry("local", local, frozenset({"ann.lee@corp.example"}))
        for name, text, local_only in (("vault", SECRET, True), ("board", CLASSIFIED, False), ("hr", PUBLIC, False)):
            folder = tmp_path / name
            folder.mkdir()
            (folder / f"{name}.md").write_text(text)
            rt.sync.register(name, "filesystem", {**folder_source(folder, public=True), "local_only": local_only})
            rt.sync.sync(name)
        yield rt, fake, local
        rt.close()


def ask(rt, text, model="", user="ann.lee@corp.example", sources=()):
    events = list(rt.chat.ask(Question(text=text, principal=rt.principal(user), model=model, sources=sources)))
    assert isinstance(events[-1], Answer)
    return events[-1]


def test_each_caller_sees_the_models_they_may_choose(routed):
    rt, _, _ = routed
    assert rt.llm.available(rt.principal("ann.lee@corp.example")) == ["assistant", "default", "local", "cloud"]
    # 'local' is Ann's only: Bob's default is the one he may use.
    assert rt.llm.available(rt.principal("bob@corp.example")) == ["assistant", "default", "cloud"]
    with pytest.raises(ModelNotAllowed):
        rt.llm.plan("local", rt.principal("bob@corp.example"))
    with pytest.raises(ModelNotAllowed):
        rt.llm.plan("gpt-9", rt.principal("ann.lee@corp.example"))


def test_restricted_context_with_a_full_local_queue_is_not_sent_remote(routed):
    rt, fake, local = routed
    local.hold.clear()
    busy = [local.stream(_request("other@corp.example")) for _ in range(2)]
    try:
        with pytest.raises(QueueFullError):
            ask(rt, "When does Project Bluefin launch and what is its budget?", model="local")
    finally:
        local.hold.set()
        for job in busy:
            list(job)
    assert fake.bodies == []


def test_local_only_content_goes_to_the_local_model_never_the_remote(routed):
    rt, fake, local = routed
    answer = ask(rt, "When does Project Bluefin launch and what is its budget?", model="cloud")
    # The answer names the provider by the router's name for it (what /v1/models lists), its usage the model.
    assert answer.model == "local" and answer.usage.model == local.name and answer.citations
    assert any("Bluefin" in p for p in local.prompts)
    assert all("Bluefin" not in body for body in fake.bodies)


def test_classified_content_is_refused_when_only_a_remote_model_may_answer(routed):
    rt, fake, _ = routed
    answer = ask(rt, "What is the codename of the merger with Contoso?", user="bob@corp.example")
    assert answer.blocked and "may not leave" in answer.text
    assert fake.bodies == []


def test_local_only_sources_are_not_even_retrieved_for_a_remote_only_caller(routed):
    rt, fake, _ = routed
    answer = ask(rt, "When does Project Bluefin launch and what is its budget?", user="bob@corp.example")
    assert all("Bluefin" not in c.title for c in answer.citations)
    assert all("Bluefin" not in body and "4.2 million" not in body for body in fake.bodies)


def test_a_full_local_queue_falls_back_to_the_remote_model_pseudonymized(routed):
    rt, fake, local = routed
    local.hold.clear()
    principal = rt.principal("someone-else@corp.example")
    busy = [local.stream(_request(principal.user)), local.stream(_request(principal.user))]
    with pytest.raises(QueueFullError):
        next(iter(local.stream(_request(principal.user))))
    try:
        # Only the public source: with the others in the context, the question could not go remote at all.
        answer = ask(rt, "Who handles leave requests for Femke Visser?", model="local", sources=("hr",))
    finally:
        local.hold.set()
        for job in busy:
            list(job)
    assert answer.model == "cloud" and answer.usage.provider == "cloud" and not answer.blocked
    assert len(fake.bodies) == 1
    assert "Femke Visser" not in fake.bodies[0] and "femke.visser@" not in fake.bodies[0]
    assert "<PERSON_" in fake.bodies[0] or "<EMAIL_ADDRESS_" in fake.bodies[0]


def _request(user):
    from assistant.llm.base import ChatMessage, ChatRequest

    return ChatRequest(messages=(ChatMessage("user", "hold"),), requester=user)
