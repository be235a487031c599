"""Fast checks without the model: rendering to mrkdwn and Block Kit, and Slack users as principals."""

from __future__ import annotations

import pytest

from assistant.chat import Answer, Citation
from assistant.llm.base import Usage
from assistant.retrieval import ANYONE, Principal
from assistant.settings import SlackSettings
from assistant.slack.bot import web_client
from assistant.slack.people import SlackPeople
from assistant.slack.render import answer_message, question_text, to_mrkdwn
from tests.slack.fake_slack import FakeSlack, Workspace, slack_user


@pytest.mark.parametrize("markdown, links, expected", [
    ("**Bold** and *it*", None, "*Bold* and _it_"),
    ("## Steps\n- one\n* two", None, "*Steps*\n• one\n• two"),
    ("see [1] and [2]", {1: "https://d.example/a_b*c"}, "see <https://d.example/a_b*c|[1]> and [2]"),
    ("[site](https://x.example/p?a=1&b=2)", None, "<https://x.example/p?a=1&amp;b=2|site>"),
    ("<!channel> <@U1> & <https://evil.example|click>", None,
     "&lt;!channel&gt; &lt;@U1&gt; &amp; &lt;https://evil.example|click&gt;"),
    ("`a*b*` and ~~old~~", None, "`a*b*` and ~old~"),
    ("[x](javascript:alert(1))", None, "[x](javascript:alert(1))"),
])
def test_markdown_becomes_escaped_mrkdwn(markdown, links, expected):
    assert to_mrkdwn(markdown, links) == expected


@pytest.mark.parametrize("text, expected", [
    ("<@U0BOT> how do I reset my password?", "how do I reset my password?"),
    ("<@U0BOT> ask <@U2|bob> in <#C1|general> about <https://x.example|this> &amp; &lt;that&gt;",
     "ask @bob in #general about this & <that>"),
    ("<@U0BOT>", ""),
])
def test_slack_text_becomes_the_question(text, expected):
    assert question_text(text, "U0BOT") == expected


def test_answer_message_has_sections_sources_and_feedback_buttons():
    citations = (Citation(1, "sample:a.md", "Expense <policy>", "/srv/a.md", ("Meals",)),
                 Citation(2, "web:b", "Travel", "https://intranet.example/b", ()))
    answer = Answer(id="ans-1", conversation_id="c", text="Meals are refunded [1]; book trains [2]. " + "x" * 4000,
                    citations=citations, findings=(), blocked=False, model="m", prompt_version="p@1", usage=Usage())
    text, blocks = answer_message(answer, "https://docs.example/{doc_id}")
    sections = [b["text"]["text"] for b in blocks if b["type"] == "section"]
    assert all(len(s) <= 3000 for s in sections) and len(text) <= 3900
    assert sections[0].startswith("Meals are refunded <https://docs.example/sample%3Aa.md|[1]>; book trains "
                                  "<https://intranet.example/b|[2]>.")
    assert "<https://docs.example/sample%3Aa.md|Expense &lt;policy&gt;> · Meals" in sections[-1]
    assert [e["value"] for e in blocks[-1]["elements"]] == ["ans-1", "ans-1"]
    _, unlinked = answer_message(answer, "")
    assert "[1] Expense &lt;policy&gt;" in unlinked[-2]["text"]["text"]


@pytest.fixture(scope="module")
def fake():
    ws = Workspace(users={
        "U1": slack_user("U1", "ann", "Ann@Example.com"),
        "U2": slack_user("U2", "ben", "ben@example.com"),
        "U3": slack_user("U3", "noemail", None),
        "U4": slack_user("U4", "gone", "gone@example.com", deleted=True),
        "UB": slack_user("UB", "otherbot", None, is_bot=True),
        "U0BOT": slack_user("U0BOT", "assistant", None, is_bot=True),
    }, channels={"C1": ["U1", "U2", "U4", "U0BOT"], "C2": ["U1", "U3"], "C3": ["U1", "UB"],
                 "C4": [f"U{i}" for i in range(300)]},
        usergroups=[{"id": "S1", "handle": "fin-team", "date_delete": 0, "users": ["U1"]},
                    {"id": "S2", "handle": "self-made", "date_delete": 0, "users": ["U2"]}])
    with FakeSlack(ws) as f:
        yield f


def people(fake, **overrides) -> SlackPeople:
    settings = SlackSettings(bot_token=fake.ws.bot_token, api_url=fake.api_url, max_retries=0,
                             usergroups={"fin-team": "finance"}, user_groups={"ben@example.com": ["Ops"]}, **overrides)
    return SlackPeople(settings, web_client(settings), lambda email, groups: Principal(email, groups))


def test_users_become_principals_with_mapped_groups_only(fake):
    p = people(fake)
    assert p.principal("T1", "U1") == Principal("ann@example.com", ("finance",))
    assert p.principal("T1", "U2") == Principal("ben@example.com", ("ops",))
    assert p.principal("T1", "U3") == Principal("slack:t1:u3")
    assert p.principal("T1", "UNKNOWN").acl_tokens() == ("public", "user:slack:t1:unknown")


def test_audience_is_every_member_and_fails_closed(fake):
    p = people(fake)
    assert p.audience("C1", "U0BOT") == (Principal("ann@example.com", ("finance",)),
                                         Principal("ben@example.com", ("ops",)))
    assert p.audience("C2", "U0BOT") == (ANYONE,), "a member without an email reads public documents only"
    assert p.audience("C3", "U0BOT") == (ANYONE,), "another app's bot could repeat what it reads"
    assert p.audience("C4", "U0BOT") == (ANYONE,), "over max_channel_members"
    assert p.audience("C-missing", "U0BOT") == (ANYONE,)
    assert people(fake, channel_access="public").audience("C1", "U0BOT") == (ANYONE,)


class RecordingClient:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict]] = []

    def chat_postMessage(self, **kw):
        self.calls.append(("post", kw))
        return {"ok": True, "ts": "1.000001"}

    def chat_update(self, **kw):
        self.calls.append(("update", kw))
        return {"ok": True}


def test_stream_updates_at_most_once_per_interval_and_shows_a_retraction_at_once():
    from assistant.slack.stream import SlackStream

    now = [0.0]
    client = RecordingClient()
    stream = SlackStream(client, "C1", "9.000001", interval_s=1.0, placeholder="Thinking…", clock=lambda: now[0])
    stream.start()
    assert client.calls == [("post", {"channel": "C1", "thread_ts": "9.000001", "text": "Thinking…",
                                      "unfurl_links": False, "unfurl_media": False})]
    for i in range(10):
        now[0] += 0.25
        stream.add(f"word{i} ")
    updates = [kw for kind, kw in client.calls if kind == "update"]
    assert len(updates) == 2 and all(u["ts"] == "1.000001" for u in updates)
    assert updates[-1]["text"].startswith("word0") and updates[-1]["text"].endswith(" …")
    stream.retract("I can't give that answer: it names a person.")
    assert client.calls[-1][1]["text"] == "I can't give that answer: it names a person."
    stream.finish("final", [{"type": "section"}])
    assert client.calls[-1][1] == {"channel": "C1", "ts": "1.000001", "text": "final", "blocks": [{"type": "section"}]}
