"""Feedback from the API, the widget and Slack lands in one store under the right answer id; bad feedback is
refused with a clear status; Prometheus shows satisfaction and feedback rate per channel; the sample Grafana
dashboard uses only metrics the app exports."""

from __future__ import annotations

import json
import re
import time

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from assistant.api import create_app
from assistant.feedback import MAX_COMMENT_CHARS
from assistant.slack.bot import THANKS
from assistant.state.tables import AuditRow, FeedbackRow
from tests.api.conftest import auth
from tests.conftest import REPO
from tests.integration.test_feedback_regression import echo_runtime
from tests.slack.conftest import (
    BOB,
    GENERAL,
    SECRET,
    TEAM,
    answer_id,
    event_callback,
    final_reply,
    mention,
    post_event,
    post_form,
    workspace,
)
from tests.slack.fake_slack import FakeSlack

SITE = "https://intranet.example"


@pytest.fixture(scope="module")
def world(tmp_path_factory, embedder):
    """(test client, runtime, fake Slack): one app serving the API, the widget and the Slack bot."""
    with FakeSlack(workspace()) as fake:
        rt = echo_runtime(tmp_path_factory.mktemp("channels"), embedder, slack={
            "bot_token": fake.ws.bot_token, "signing_secret": SECRET, "api_url": fake.api_url,
            "update_interval_s": 0.2, "timeout_s": 10})
        app = create_app(rt.settings, rt, scheduler=False)
        try:
            with TestClient(app) as client:
                yield client, rt, fake
        finally:
            bot = getattr(app.state, "slack_bot", None)
            if bot is not None:
                bot.close()
            rt.close()


def ask(client, headers: dict, question: str) -> str:
    r = client.post("/v1/chat/completions", headers=headers, json={
        "model": "assistant", "messages": [{"role": "user", "content": question}]})
    assert r.status_code == 200, r.text
    return r.json()["answer_id"]


def click(client, fake: FakeSlack, user: str, reply: dict, thread_ts: str, action_id: str) -> None:
    payload = {
        "type": "block_actions", "user": {"id": user, "username": user.lower(), "team_id": TEAM},
        "api_app_id": "A0APP", "token": "XXYYZZ", "trigger_id": "1.2.3",
        "container": {"type": "message", "message_ts": reply["ts"], "channel_id": GENERAL, "is_ephemeral": False,
                      "thread_ts": thread_ts},
        "team": {"id": TEAM, "domain": "example"}, "channel": {"id": GENERAL, "name": "general"},
        "message": {"type": "message", "ts": reply["ts"], "thread_ts": thread_ts, "text": reply["text"]},
        "response_url": f"{fake.url}/respond/{user}",
        "actions": [{"action_id": action_id, "block_id": "feedback", "value": answer_id(reply), "type": "button",
                     "action_ts": str(time.time())}],
    }
    assert post_form(client, {"payload": json.dumps(payload)}).status_code == 200
    notes = fake.wait_for(lambda: fake.calls_of("chat.postEphemeral", user=user), 60, f"the note to {user}")
    assert notes[-1].params["text"] == THANKS


def test_feedback_from_every_channel_lands_in_one_store(world):
    client, rt, fake = world
    alice = {**auth(rt.keys.create(user="alice@example.com", scopes=("chat",))[1])}
    widget, widget_secret = rt.keys.create(kind="widget", origins=(SITE,), label="intranet")
    visitor = {**auth(widget_secret), "Origin": SITE}

    from_api = ask(client, alice, "Who assigns the lockers?")
    assert client.post("/v1/feedback", headers=alice, json={"answer_id": from_api, "rating": "up"}).status_code == 201
    from_widget = ask(client, visitor, "When is lunch served?")
    rated = client.post("/v1/feedback", headers=visitor, json={"answer_id": from_widget, "rating": "down",
                                                               "comment": "it closes earlier on Fridays"})
    assert rated.status_code == 201, rated.text
    event = mention(BOB, GENERAL, "Where do employees park?")
    assert post_event(client, event_callback(event)).status_code == 200
    reply = final_reply(fake, GENERAL, event["ts"], timeout=120)
    from_slack = answer_id(reply)
    click(client, fake, BOB, reply, event["ts"], "feedback_down")

    with rt.db.session() as s:
        rows = {r.answer_id: r for r in s.scalars(select(FeedbackRow))}
        audits = {a.id: a for a in s.scalars(select(AuditRow))}
    assert {(a, r.channel, r.principal, r.rating) for a, r in rows.items()} == {
        (from_api, "api", "alice@example.com", 1), (from_widget, "widget", f"widget:{widget.id}", -1),
        (from_slack, "slack", "bob@example.com", -1)}
    for answer, row in rows.items():
        audit = audits[answer]
        assert (row.question, row.answer, row.sources, row.prompt_version, row.channel) == (
            audit.question, audit.answer, audit.sources, audit.prompt_version, audit.channel)
    assert rows[from_widget].comment == "it closes earlier on Fridays"
    assert rows[from_slack].question == "Where do employees park?"

    # Prometheus: satisfaction and feedback rate per channel, from the store.
    metrics = client.get("/metrics").text
    assert 'assistant_satisfaction_ratio{channel="api"} 1.0' in metrics
    assert 'assistant_satisfaction_ratio{channel="widget"} 0.0' in metrics
    assert 'assistant_satisfaction_ratio{channel="slack"} 0.0' in metrics
    assert 'assistant_feedback_rate_ratio{channel="api"} 1.0' in metrics
    assert 'assistant_feedback_total{channel="widget",rating="down"} 1.0' in metrics
    assert 'assistant_feedback_total{channel="slack",rating="down"} 1.0' in metrics


def test_bad_feedback_is_refused_with_a_clear_status(world):
    client, rt, _ = world
    dana = auth(rt.keys.create(user="dana@example.com", scopes=("chat",))[1])
    erin = auth(rt.keys.create(user="erin@example.com", scopes=("chat",))[1])
    answer = ask(client, dana, "Who assigns the lockers?")

    def post(headers, **body):
        return client.post("/v1/feedback", headers=headers, json={"answer_id": answer, "rating": "up", **body})

    unknown = post(dana, answer_id="00000000-0000-4000-8000-000000000000")
    assert unknown.status_code == 404 and unknown.json()["error"]["message"] == "answer not found"
    assert post(erin).json() == unknown.json(), "someone else's answer looks like an unknown one"
    too_long = post(dana, comment="x" * (MAX_COMMENT_CHARS + 1))
    assert too_long.status_code == 413
    assert too_long.json()["error"]["code"] == "comment_too_long"
    assert str(MAX_COMMENT_CHARS) in too_long.json()["error"]["message"]
    assert post(dana, rating="sideways").status_code == 422
    assert post(dana, comment="y" * MAX_COMMENT_CHARS).status_code == 201
    with rt.db.session() as s:
        row = s.scalars(select(FeedbackRow).where(FeedbackRow.answer_id == answer)).one()
    assert len(row.comment) == MAX_COMMENT_CHARS and row.principal == "dana@example.com"


def test_the_grafana_dashboard_uses_only_exported_metrics(world):
    client, _, _ = world
    exported = set(re.findall(r"^# TYPE (\S+) (\w+)$", client.get("/metrics").text, re.M))
    series = set()
    for name, kind in exported:
        series |= {name, f"{name}_total"} if kind == "counter" else {name}
        if kind == "histogram":
            series |= {f"{name}_bucket", f"{name}_sum", f"{name}_count"}
    dashboard = json.loads((REPO / "configs" / "grafana" / "assistant.json").read_text())
    exprs = [t["expr"] for p in dashboard["panels"] for t in p.get("targets", [])]
    used = {m for e in exprs for m in re.findall(r"\bassistant_[a-z_]+", e)}
    assert used and used <= series, f"not exported: {sorted(used - series)}"
    assert {"assistant_satisfaction_ratio", "assistant_feedback_rate_ratio", "assistant_feedback_total"} <= used
    assert len({p["id"] for p in dashboard["panels"]}) == len(dashboard["panels"])
