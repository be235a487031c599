"""The Slack bot end to end: signed requests in, Web API calls to the fake Slack out, the real model between."""

from __future__ import annotations

import json
import time

import pytest
from sqlalchemy import select

from assistant.api import create_app
from assistant.slack.bot import ONLY_ASKER, THANKS
from assistant.state.tables import AuditRow, FeedbackRow, MessageRow
from tests.conftest import make_settings
from tests.slack.conftest import (
    ALICE,
    BOB,
    BOT,
    CAROL,
    DM_ALICE,
    FINANCE,
    GENERAL,
    TEAM,
    answer_id,
    event_callback,
    final_reply,
    mention,
    message,
    post_event,
    post_form,
)

pytestmark = pytest.mark.slow


def audit(runtime, answer: str) -> AuditRow:
    with runtime.db.session() as s:
        return s.get(AuditRow, answer)


def cited_docs(runtime, reply: dict) -> list[str]:
    return [src["doc_id"] for src in audit(runtime, answer_id(reply)).sources]


def block_text(reply: dict) -> str:
    return "\n".join(b["text"]["text"] for b in reply["blocks"] if b["type"] == "section")


@pytest.fixture(scope="module")
def bob_thread(client, fake_slack, slack_runtime):
    """Bob mentions the bot in #general; the answer's thread."""
    event = mention(BOB, GENERAL, "How do I reset my password?")
    started = time.monotonic()
    response = post_event(client, event_callback(event))
    assert response.status_code == 200
    assert time.monotonic() - started < 3, "Slack needs its acknowledgement within 3 s"
    return event["ts"], final_reply(fake_slack, GENERAL, event["ts"])


def test_mention_is_answered_in_its_thread_with_numbered_source_links(bob_thread, fake_slack, slack_runtime):
    thread_ts, reply = bob_thread
    posts = fake_slack.calls_of("chat.postMessage", channel=GENERAL, thread_ts=thread_ts)
    assert len(posts) == 1 and posts[0].params["text"] == slack_runtime.settings.slack.placeholder
    assert all(c.params.get("thread_ts") for c in fake_slack.calls_of("chat.postMessage"))
    updates = fake_slack.calls_of("chat.update", channel=GENERAL, ts=reply["ts"])
    assert updates and updates[-1].params["blocks"] == reply["blocks"]
    sources = next(b["text"]["text"] for b in reply["blocks"] if b["type"] == "section" and "*Sources*" in b["text"]["text"])
    assert "<https://docs.example.com/sample%3A" in sources and "|[1]>" in sources
    assert "[1]" in reply["text"]
    buttons = next(b for b in reply["blocks"] if b["type"] == "actions")["elements"]
    assert [b["action_id"] for b in buttons] == ["feedback_up", "feedback_down"]
    row = audit(slack_runtime, buttons[0]["value"])
    assert row.principal == "bob@example.com" and row.channel == "slack"


def test_follow_up_in_the_thread_continues_the_conversation(bob_thread, client, fake_slack, slack_runtime):
    thread_ts, first = bob_thread
    # Someone else talking in the thread is left alone; the asker's follow-up needs no mention.
    assert post_event(client, event_callback(message(ALICE, GENERAL, "thanks Bob!", thread_ts=thread_ts))).status_code == 200
    follow_up = message(BOB, GENERAL, "And how do I set up MFA?", thread_ts=thread_ts)
    assert post_event(client, event_callback(follow_up)).status_code == 200

    def second_answer():
        done = [m for m in fake_slack.thread_replies(GENERAL, thread_ts)
                if m["ts"] != first["ts"] and any(b.get("type") == "actions" for b in m.get("blocks") or ())]
        return done[0] if done else None

    reply = fake_slack.wait_for(second_answer, 180, "the follow-up's answer")
    assert len(fake_slack.calls_of("chat.postMessage", channel=GENERAL, thread_ts=thread_ts)) == 2
    before, after = audit(slack_runtime, answer_id(first)), audit(slack_runtime, answer_id(reply))
    assert after.conversation_id == before.conversation_id
    assert "rewrite" in after.timings_ms, "the follow-up was rewritten with the thread's history"
    with slack_runtime.db.session() as s:
        turns = s.scalars(select(MessageRow).where(MessageRow.conversation_id == after.conversation_id)).all()
    assert [t.role for t in turns] == ["user", "assistant", "user", "assistant"]


def test_feedback_click_is_stored_for_the_asker_and_refused_to_others(bob_thread, client, fake_slack, slack_runtime):
    thread_ts, reply = bob_thread
    answer = answer_id(reply)

    def click(user: str, action_id: str):
        payload = {
            "type": "block_actions", "user": {"id": user, "username": user.lower(), "team_id": TEAM},
            "api_app_id": "A0APP", "token": "XXYYZZ", "trigger_id": "13345224609.738474920.8088930838d88f008e0",
            "container": {"type": "message", "message_ts": reply["ts"], "channel_id": GENERAL, "is_ephemeral": False,
                          "thread_ts": thread_ts},
            "team": {"id": TEAM, "domain": "example"}, "channel": {"id": GENERAL, "name": "general"},
            "message": {"type": "message", "ts": reply["ts"], "thread_ts": thread_ts, "text": reply["text"]},
            "response_url": f"{fake_slack.url}/respond/{user}",
            "actions": [{"action_id": action_id, "block_id": "feedback", "value": answer, "type": "button",
                         "action_ts": str(time.time()), "text": {"type": "plain_text", "text": ":thumbsup:"}}],
        }
        assert post_form(client, {"payload": json.dumps(payload)}).status_code == 200
        return fake_slack.wait_for(lambda: fake_slack.calls_of("chat.postEphemeral", user=user), 30,
                                   f"the ephemeral note to {user}")

    notes = click(BOB, "feedback_down")
    assert notes[-1].params["text"] == THANKS and notes[-1].params["thread_ts"] == thread_ts
    notes = click(ALICE, "feedback_up")
    assert notes[-1].params["text"] == ONLY_ASKER
    with slack_runtime.db.session() as s:
        rows = s.scalars(select(FeedbackRow).where(FeedbackRow.answer_id == answer)).all()
    assert [(r.principal, r.rating, r.channel) for r in rows] == [("bob@example.com", -1, "slack")]


def test_a_private_document_stays_out_of_a_channel_whose_members_cannot_all_read_it(client, fake_slack,
                                                                                     slack_runtime):
    question = "What is the budget of Project Falcon?"
    # Alice is in finance (through the Slack user group), Bob is not: #general gets public documents only.
    in_general = mention(ALICE, GENERAL, question)
    # Everyone in #finance is in finance (Carol through the configured mapping).
    in_finance = mention(ALICE, FINANCE, question)
    # In a direct message the asker's own access decides.
    in_dm = message(ALICE, DM_ALICE, question, channel_type="im")
    for event in (in_general, in_finance, in_dm):
        assert post_event(client, event_callback(event)).status_code == 200
    general = final_reply(fake_slack, GENERAL, in_general["ts"])
    finance = final_reply(fake_slack, FINANCE, in_finance["ts"])
    dm = final_reply(fake_slack, DM_ALICE, in_dm["ts"])
    assert not any(d.startswith("finance") for d in cited_docs(slack_runtime, general))
    # The question names Falcon, and the small model may repeat it; the document's title and figure stay out.
    assert "Project Falcon budget" not in block_text(general) and "4.2 million" not in block_text(general)
    assert any(d.startswith("finance") for d in cited_docs(slack_runtime, finance))
    assert any(d.startswith("finance") for d in cited_docs(slack_runtime, dm))
    assert "Project Falcon budget" in block_text(dm)
    assert fake_slack.calls_of("chat.postMessage", channel=DM_ALICE, thread_ts=in_dm["ts"])


def test_a_retried_or_doubled_event_is_answered_once(client, fake_slack):
    event = mention(BOB, GENERAL, "How many vacation days do I get?")
    payload = event_callback(event)
    assert post_event(client, payload).status_code == 200
    retry = post_event(client, payload, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    assert retry.status_code == 200
    # The same message also arrives as a plain message event, with its own event id.
    same = message(BOB, GENERAL, event["text"], ts=event["ts"])
    assert post_event(client, event_callback(same)).status_code == 200
    final_reply(fake_slack, GENERAL, event["ts"])
    time.sleep(1)
    assert len(fake_slack.calls_of("chat.postMessage", channel=GENERAL, thread_ts=event["ts"])) == 1


def test_a_ratelimited_call_is_retried_after_retry_after(client, fake_slack):
    fake_slack.rate_limit("chat.postMessage", times=1, retry_after=1)
    event = message(BOB, "D0BOB", "What can I expense?", channel_type="im")
    assert post_event(client, event_callback(event)).status_code == 200
    final_reply(fake_slack, "D0BOB", event["ts"])
    calls = fake_slack.calls_of("chat.postMessage", channel="D0BOB", thread_ts=event["ts"])
    assert [c.status for c in calls] == [429, 200]
    assert calls[1].at - calls[0].at >= 1.0


def test_ask_command_answers_ephemerally(client, fake_slack, slack_runtime):
    fields = {"token": "XXYYZZ", "team_id": TEAM, "team_domain": "example", "channel_id": GENERAL,
              "channel_name": "general", "user_id": CAROL, "user_name": "carol", "command": "/ask",
              "text": "What is the budget of Project Falcon?", "api_app_id": "A0APP", "is_enterprise_install": "false",
              "response_url": f"{fake_slack.url}/respond/ask-carol", "trigger_id": "13345224609.738474920.8088930838d"}
    posts_before = len(fake_slack.calls_of("chat.postMessage"))
    response = post_form(client, fields)
    assert response.status_code == 200
    assert response.json() == {"text": slack_runtime.settings.slack.placeholder, "response_type": "ephemeral"}
    responded = fake_slack.wait_for(lambda: [c for c in fake_slack.calls_of("response_url") if c.params.get("blocks")
                                             and "Sources" in json.dumps(c.params["blocks"])], 180, "the /ask answer")
    assert responded[-1].params["response_type"] == "ephemeral"
    # Only Carol sees it, so her own access (finance) counts, whoever else is in the channel.
    assert "Project Falcon budget" in json.dumps(responded[-1].params["blocks"])
    assert len(fake_slack.calls_of("chat.postMessage")) == posts_before
    assert post_form(client, {**fields, "text": "  "}).json()["text"].startswith("Usage")


def test_socket_mode_requests_reach_the_same_listeners(client, slack_app, fake_slack):
    from slack_bolt import BoltRequest

    event = message(ALICE, DM_ALICE, "How do I reset my password?", channel_type="im")
    response = slack_app.state.slack_bot.app.dispatch(BoltRequest(body=event_callback(event), mode="socket_mode"))
    assert response.status == 200
    final_reply(fake_slack, DM_ALICE, event["ts"])


def test_bad_signature_and_stale_timestamp_are_refused(client, fake_slack):
    calls = len(fake_slack.calls)
    payload = event_callback(mention(BOB, GENERAL, "hello"))
    forged = post_event(client, payload, headers={"X-Slack-Signature": "v0=" + "0" * 64})
    assert forged.status_code == 401 and forged.json()["error"]["type"] == "authentication_error"
    stale = post_event(client, payload, timestamp=int(time.time()) - 10 * 60)
    assert stale.status_code == 401
    time.sleep(0.5)
    assert len(fake_slack.calls) == calls


def test_url_verification_answers_the_challenge(client):
    body = {"token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
            "type": "url_verification"}
    response = post_event(client, body)
    assert response.status_code == 200
    assert response.json()["challenge"] == body["challenge"]


def test_endpoint_is_404_while_the_bot_is_not_configured(tmp_path):
    from fastapi.testclient import TestClient

    with TestClient(create_app(make_settings(tmp_path / "data"), scheduler=False)) as c:
        response = c.post("/slack/events", content="{}", headers={"Content-Type": "application/json"})
    assert response.status_code == 404


def test_the_bot_never_answers_itself(client, fake_slack):
    own = message(BOT, DM_ALICE, "an answer", channel_type="im")
    own["bot_id"] = "B0BOT"
    posts = len(fake_slack.calls_of("chat.postMessage"))
    assert post_event(client, event_callback(own)).status_code == 200
    time.sleep(0.5)
    assert len(fake_slack.calls_of("chat.postMessage")) == posts
