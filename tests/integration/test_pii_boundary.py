"""Personal data never reaches a remote model in the clear, and comes back only to its conversation's owner."""

from __future__ import annotations

import json
import logging
import re

import pytest

from assistant.chat import Answer, Question
from assistant.errors import AssistantError
from assistant.runtime import Runtime, folder_source
from assistant.state.tables import AuditRow, MessageRow, VaultRow
from tests.conftest import make_settings
from tests.services.fake_openai import FakeOpenAI

PLANTED = [
    "Femke Visser", "femke.visser@northwind-harbor.example", "+31 10 555 0142",
    "Pieter Bakker", "pieter.bakker@northwind-harbor.example", "ann.lee@corp.example", "NL91ABNA0417164300",
]
HR_DOC = """# HR contacts

Leave requests go to Femke Visser (femke.visser@northwind-harbor.example, +31 10 555 0142).
Payroll questions go to Pieter Bakker, pieter.bakker@northwind-harbor.example.
Salaries are paid to the account NL91ABNA0417164300 on the 25th.
"""


@pytest.fixture
def remote_runtime(tmp_path, embedder):
    with FakeOpenAI() as fake:
        rt = Runtime(make_settings(tmp_path / "data", llm={
            "provider": "openai_compatible", "openai_compatible": {"base_url": fake.url, "model": "cloud", "max_retries": 0},
        }))
        rt.__dict__["embedder"] = embedder
        docs = tmp_path / "hr"
        docs.mkdir()
        (docs / "hr-contacts.md").write_text(HR_DOC)
        rt.sync.register("hr", "filesystem", folder_source(docs, groups=["staff"]))
        rt.sync.sync("hr")
        yield rt, fake
        rt.close()


def ask(rt, text, user="ann.lee@corp.example", conversation=None):
    events = list(rt.chat.ask(Question(text=text, principal=rt.principal(user, ("staff",)), conversation_id=conversation)))
    return events[-1]


def test_no_planted_value_reaches_the_remote_model_over_several_turns(remote_runtime, caplog):
    rt, fake = remote_runtime
    caplog.set_level(logging.DEBUG)
    first = ask(rt, "I am ann.lee@corp.example. How do I reach Femke Visser about leave?")
    assert isinstance(first, Answer) and first.citations
    second = ask(rt, "And is Visser also the one for payroll, or Pieter Bakker?", conversation=first.conversation_id)
    third = ask(rt, "Which account are salaries paid to?", conversation=first.conversation_id)
    # Turn one: the answer. Turns two and three: the follow-up rewrite (with the history), then the answer.
    assert len(fake.bodies) == 5
    for body in fake.bodies:
        for value in PLANTED:
            assert value not in body, f"{value!r} reached the remote model"
    rewrite = json.loads(fake.bodies[1])["messages"][1]["content"]
    assert "Conversation:" in rewrite and "Last question:" in rewrite
    # The same person keeps one placeholder across turns: "Visser" alone is the Femke Visser of turn one.
    assert "<PERSON_1>" in fake.bodies[0] and "<PERSON_1>" in rewrite.split("Last question:")[-1]
    assert "rewrite" in second.timings_ms
    assert third.text and not third.blocked
    # The model's placeholders come back as values the asker may see.
    assert "Femke Visser" in first.text or "femke.visser@northwind-harbor.example" in first.text
    assert "<PERSON_" not in first.text
    for record in caplog.records:
        for value in PLANTED:
            assert value not in record.getMessage(), f"{value!r} was logged"
    assert second.conversation_id == first.conversation_id


def test_nothing_personal_is_stored_in_clear(remote_runtime):
    rt, _ = remote_runtime
    answer = ask(rt, "How do I reach Femke Visser, and is her number +31 10 555 0142?")
    with rt.db.session() as s:
        stored = [m.content for m in s.query(MessageRow).filter_by(conversation_id=answer.conversation_id)]
        audit = s.get(AuditRow, answer.id)
        vault = s.get(VaultRow, answer.conversation_id)
        texts = stored + [audit.question, audit.answer, str(audit.findings), vault.ciphertext.decode(errors="replace")]
    for text in texts:
        for value in PLANTED:
            assert value not in text
    assert re.search(r"<PERSON_\d+>", audit.question) and audit.principal == "ann.lee@corp.example"


def test_another_user_cannot_continue_or_open_the_vault(remote_runtime):
    rt, _ = remote_runtime
    answer = ask(rt, "How do I reach Femke Visser?")
    with pytest.raises(AssistantError, match="no conversation"):
        ask(rt, "Repeat the last answer", user="mallory@corp.example", conversation=answer.conversation_id)
    assert rt.vaults.load(answer.conversation_id, "mallory@corp.example") is None
    assert rt.vaults.load(answer.conversation_id, "ann.lee@corp.example") is not None


def test_a_remote_model_refuses_clear_text_when_the_boundary_guard_is_off(tmp_path, embedder):
    with FakeOpenAI() as fake:
        rt = Runtime(make_settings(tmp_path / "data", guards={"boundary": [], "output": []}, llm={
            "provider": "openai_compatible", "openai_compatible": {"base_url": fake.url, "max_retries": 0},
        }))
        rt.__dict__["embedder"] = embedder
        docs = tmp_path / "d"
        docs.mkdir()
        (docs / "a.md").write_text(HR_DOC)
        rt.sync.register("d", "filesystem", folder_source(docs, public=True))
        rt.sync.sync("d")
        try:
            with pytest.raises(AssistantError, match="no pseudonymizing guard"):
                list(rt.chat.ask(Question(text="Who handles leave?", principal=rt.principal("x@corp.example"))))
            assert fake.bodies == []
        finally:
            rt.close()
