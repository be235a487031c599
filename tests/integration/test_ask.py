"""The whole path on the sample corpus: retrieval finds the right document, the real model answers."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.chat import Answer, AnswerDelta, Question, Sources
from assistant.retrieval import Principal, RetrievalQuery
from assistant.runtime import SAMPLE_CORPUS, Runtime, folder_source
from guardrails.pii.pseudonymize import restore
from tests.conftest import make_settings

QUESTIONS = yaml.safe_load((Path(__file__).resolve().parents[1] / "fixtures" / "sample_questions.yaml").read_text())
# Ten questions spread over every format answered end to end by the model; retrieval is checked for all.
ANSWERED = [q for i, q in enumerate(QUESTIONS) if i % 3 == 0][:10]
ASKER = Principal(user="employee@northwind-harbor.example")


@pytest.fixture(scope="module")
def sample_runtime(tmp_path_factory, embedder):
    rt = Runtime(make_settings(tmp_path_factory.mktemp("sample")))
    rt.__dict__["embedder"] = embedder
    rt.sync.register("sample", "filesystem", folder_source(SAMPLE_CORPUS, public=True))
    summary = rt.sync.sync("sample")
    assert summary.failed == 0 and summary.added >= 15
    yield rt
    rt.close()


def ask(rt: Runtime, text: str, principal: Principal = ASKER) -> tuple[list, Answer]:
    events = list(rt.chat.ask(Question(text=text, principal=principal)))
    assert isinstance(events[-1], Answer)
    return events, events[-1]


@pytest.mark.parametrize("case", QUESTIONS, ids=[q["expected"] + ":" + q["question"][:30] for q in QUESTIONS])
def test_retrieval_puts_the_expected_document_in_the_top_k(sample_runtime, case):
    chunks = sample_runtime.chat.retriever.retrieve(RetrievalQuery(text=case["question"], principal=ASKER))
    assert case["expected"] in [c.doc_id.split(":", 1)[1] for c in chunks]


@pytest.mark.slow
@pytest.mark.parametrize("case", ANSWERED, ids=[q["expected"] for q in ANSWERED])
def test_the_model_answers_with_the_expected_document_among_the_sources(sample_runtime, case):
    events, answer = ask(sample_runtime, case["question"])
    listed = [Path(c.uri).name for c in answer.citations]
    assert case["expected"] in listed
    assert [c.number for c in answer.citations] == list(range(1, len(listed) + 1))
    sources = next(e for e in events if isinstance(e, Sources))
    assert sources.citations == answer.citations, "the sources listed are those given to the model"
    text = "".join(e.text for e in events if isinstance(e, AnswerDelta))
    assert text.strip() and text.strip() == answer.text
    assert answer.usage.completion_tokens > 0 and answer.usage.prompt_tokens > 0
    assert not answer.blocked


def test_a_question_nobody_may_answer_gets_no_model_call(sample_runtime, tmp_path):
    private = tmp_path / "private"
    private.mkdir()
    (private / "salaries.md").write_text("# Salaries\nThe CEO earns 900,000 per year.")
    sample_runtime.sync.register("hr", "filesystem", folder_source(private, groups=["hr"]))
    sample_runtime.sync.sync("hr")
    nobody = Principal(user="nobody@example.com", groups=("ops",))
    chunks = sample_runtime.chat.retriever.retrieve(RetrievalQuery(text="How much does the CEO earn?", principal=nobody))
    assert all(c.source != "hr" for c in chunks)
    hr = Principal(user="hr@example.com", groups=("HR",))
    chunks = sample_runtime.chat.retriever.retrieve(RetrievalQuery(text="How much does the CEO earn?", principal=hr))
    assert chunks[0].source == "hr"


def test_the_conversation_is_stored_and_belongs_to_its_principal(sample_runtime):
    from assistant.errors import AssistantError
    from assistant.state.tables import MessageRow

    _, answer = ask(sample_runtime, "What is the guest wifi network called?")
    with sample_runtime.db.session() as s:
        rows = s.query(MessageRow).filter_by(conversation_id=answer.conversation_id).order_by(MessageRow.id).all()
        assert [r.role for r in rows] == ["user", "assistant"]
        # Stored pseudonymized: the turn's vault turns it back into the answer the asker saw.
        assert rows[1].sources and rows[0].content
    vault = sample_runtime.vaults.load(answer.conversation_id, ASKER.user)
    assert restore(rows[1].content, vault, lambda e: True)[0] == answer.text
    stranger = Question(text="and then?", principal=Principal(user="other@example.com"),
                        conversation_id=answer.conversation_id)
    with pytest.raises(AssistantError, match="no conversation"):
        list(sample_runtime.chat.ask(stranger))


def guarded_runtime(tmp_path, embedder, guards: dict) -> Runtime:
    rt = Runtime(make_settings(tmp_path / "data", guards=guards))
    rt.__dict__["embedder"] = embedder
    rt.sync.register("sample", "filesystem", folder_source(SAMPLE_CORPUS, public=True))
    rt.sync.sync("sample")
    return rt


def test_a_blocked_question_never_reaches_retrieval_or_the_model(tmp_path, embedder):
    rt = guarded_runtime(tmp_path, embedder, {
        "input": [{"name": "no-salary", "kind": "blocklist", "options": {"patterns": ["salar(y|ies)"]}}],
    })
    try:
        _, answer = ask(rt, "What is my boss's salary?")
        assert answer.blocked and answer.citations == () and answer.usage.completion_tokens == 0
        assert [r.guard for r in answer.findings] == ["no-salary"]
        assert answer.text.startswith("I can't give that answer")
    finally:
        rt.close()


@pytest.mark.slow
def test_an_output_guard_retracts_the_streamed_answer(tmp_path, embedder):
    from assistant.chat import Retracted

    rt = guarded_runtime(tmp_path, embedder, {
        "output": [{"name": "everything", "kind": "blocklist",
                    "options": {"patterns": ["[a-z]"], "reason": "this test blocks every answer."}}],
    })
    try:
        events, answer = ask(rt, "How many days a week can I work from home?")
        retractions = [e for e in events if isinstance(e, Retracted)]
        assert len(retractions) == 1 and "this test blocks every answer." in retractions[0].message
        assert not any(isinstance(e, AnswerDelta) for e in events), "nothing unguarded was released"
        assert answer.blocked and answer.text == retractions[0].message
        assert any(r.guard == "everything" and r.verdict.value == "block" for r in answer.findings)
    finally:
        rt.close()


@pytest.fixture(scope="module")
def remote_chat(sample_runtime, server_url):
    """The sample corpus answered by llama-cpp-python's OpenAI-compatible server through the remote provider."""
    from assistant.chat import ChatService
    from assistant.llm.remote import OpenAICompatibleProvider
    from assistant.settings import OpenAICompatibleSettings

    provider = OpenAICompatibleProvider(OpenAICompatibleSettings(base_url=server_url, model="smollm2"))
    base = sample_runtime.chat
    chat = ChatService(base.settings, base.retriever, provider, base.guards, base.prompt, base.db, base.vaults)
    yield chat
    provider.close()


@pytest.mark.slow
@pytest.mark.parametrize("case", ANSWERED[:4], ids=[q["expected"] for q in ANSWERED[:4]])
def test_the_same_through_the_remote_provider_and_llama_server(remote_chat, case):
    events = list(remote_chat.ask(Question(text=case["question"], principal=ASKER)))
    answer = events[-1]
    assert isinstance(answer, Answer)
    assert case["expected"] in [Path(c.uri).name for c in answer.citations]
    assert answer.text.strip() and not answer.blocked
    assert answer.model.startswith("openai_compatible")
    assert answer.usage.completion_tokens > 0


@pytest.mark.parametrize(("keep", "expected"), [
    (True, "What is the VPN client called? And which version?"),
    (False, "What is the VPN client called?"),
])
def test_a_follow_up_is_searched_with_its_rewrite_and_by_default_its_own_words(sample_runtime, monkeypatch, keep,
                                                                               expected):
    chat = sample_runtime.chat
    searched: list[str] = []
    retrieve = chat.retriever.retrieve
    monkeypatch.setattr(chat, "_rewrite", lambda question, *_a: "What is the VPN client called?")
    monkeypatch.setattr(chat.retriever, "retrieve", lambda q: searched.append(q.text) or retrieve(q))
    monkeypatch.setattr(chat, "settings", chat.settings.model_copy(update={
        "chat": chat.settings.chat.model_copy(update={"rewrite_keeps_question": keep})}))
    history = (("user", "How do I connect from home?"), ("assistant", "Use the VPN client."))
    events = list(chat.ask(Question(text="And which version?", principal=ASKER, history=history)))
    assert isinstance(events[-1], Answer)
    assert searched == [expected]
