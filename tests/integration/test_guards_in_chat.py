"""The output guards of issue 7 inside the ChatService: they see what the model was given."""

from __future__ import annotations

import pytest

from assistant.chat import Answer, AnswerDelta, Question, Retracted, Sources
from assistant.runtime import SAMPLE_CORPUS, Runtime, folder_source
from tests.conftest import make_settings

OUTPUT = [{"name": "pii", "kind": "pii"}, {"name": "grounding", "kind": "grounding"}, {"name": "ip", "kind": "ip"}]


@pytest.fixture(scope="module")
def guarded(tmp_path_factory, embedder):
    settings = make_settings(tmp_path_factory.mktemp("guarded") / "data", llm={"max_tokens": 48, "temperature": 0},
                             guards={"output": OUTPUT,
                                     "context": [{"name": "injection", "kind": "injection"}],
                                     "document": [{"name": "injection", "kind": "injection"}]})
    rt = Runtime(settings)
    rt.__dict__["embedder"] = embedder
    rt.sync.register("sample", "filesystem", folder_source(SAMPLE_CORPUS, public=True))
    rt.sync.sync("sample")
    yield rt
    rt.close()


def ask(rt: Runtime, text: str) -> list:
    return list(rt.chat.ask(Question(text=text, principal=rt.principal("ann@corp.example"))))


@pytest.mark.slow
def test_an_answer_is_checked_against_the_sources_it_was_given(guarded):
    events = ask(guarded, "What is the VPN client called?")
    answer = next(e for e in events if isinstance(e, Answer))
    sources = next(e for e in events if isinstance(e, Sources))
    assert sources.citations
    assert any(f.guard == "grounding" for f in answer.findings), [f.guard for f in answer.findings]
    grounding = [f for f in answer.findings if f.guard == "grounding"]
    # Each finding's spans are offsets into the answer's sentences: never outside the text.
    for f in grounding:
        for span in f.spans:
            assert 0 <= span.start < span.end


@pytest.mark.slow
def test_an_answer_nothing_supports_is_replaced_by_an_honest_one(guarded):
    events = ask(guarded, "What is the capital city of Mongolia, and who founded it?")
    answer = next(e for e in events if isinstance(e, Answer))
    shown = "".join(e.text for e in events if isinstance(e, AnswerDelta))
    retracted = [e for e in events if isinstance(e, Retracted)]
    # SmolLM answers from what it remembers; nothing in the handbook supports it.
    assert retracted, shown
    # The honest message is shown as it is, not wrapped in the deployment's block message.
    assert "could not find" in retracted[-1].message.lower()
    assert retracted[-1].message == answer.text and answer.blocked
    assert not guarded.settings.guards.block_message.split("{")[0].strip() in retracted[-1].message
