"""The Slack bot against a fake Slack Web API on loopback: signed events posted to the app's /slack/events.

One runtime for the module's tests: a few public sample documents and the private finance document, the
real local model with a small `max_tokens`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import shutil
import time
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient

from assistant.api import create_app
from assistant.runtime import SAMPLE_CORPUS, Runtime, folder_source
from tests.api.conftest import FINANCE_DOC
from tests.conftest import make_settings
from tests.slack.fake_slack import FakeSlack, Workspace, slack_user

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
TEAM = "T0001"
BOT = "U0BOT"
ALICE, BOB, CAROL = "U0ALICE", "U0BOB", "U0CAROL"
GENERAL, FINANCE, DM_ALICE, DM_BOB = "C0GENERAL", "C0FINANCE", "D0ALICE", "D0BOB"
DOCS = "https://docs.example.com/{doc_id}"
PUBLIC_DOCS = ("password-reset-and-mfa.md", "expense-policy.md", "leave-and-vacation-policy.md")


def workspace() -> Workspace:
    return Workspace(
        team_id=TEAM, bot_user_id=BOT,
        users={
            ALICE: slack_user(ALICE, "alice", "alice@example.com"),
            BOB: slack_user(BOB, "bob", "bob@example.com"),
            CAROL: slack_user(CAROL, "carol", "Carol@Example.com"),
            BOT: slack_user(BOT, "assistant", None, is_bot=True, bot_id="B0BOT"),
        },
        channels={GENERAL: [ALICE, BOB, BOT], FINANCE: [ALICE, CAROL, BOT], DM_ALICE: [ALICE, BOT],
                  DM_BOB: [BOB, BOT]},
        usergroups=[{"id": "S0FIN", "team_id": TEAM, "is_usergroup": True, "name": "Finance team",
                     "handle": "fin-team", "date_delete": 0, "user_count": 1, "users": [ALICE]}],
    )


@pytest.fixture(scope="session")
def fake_slack():
    with FakeSlack(workspace()) as fake:
        yield fake


@pytest.fixture(scope="session")
def slack_runtime(tmp_path_factory, embedder, fake_slack):
    root = tmp_path_factory.mktemp("slack")
    public, private = root / "sample", root / "finance"
    public.mkdir()
    private.mkdir()
    for name in PUBLIC_DOCS:
        shutil.copy(SAMPLE_CORPUS / name, public / name)
    (private / "falcon-budget.md").write_text(FINANCE_DOC, encoding="utf-8")
    settings = make_settings(root / "data", llm={"max_tokens": 32}, slack={
        "bot_token": fake_slack.ws.bot_token, "signing_secret": SECRET, "api_url": fake_slack.api_url,
        "document_url": DOCS, "usergroups": {"fin-team": "finance"}, "user_groups": {"carol@example.com": ["finance"]},
        "update_interval_s": 0.2, "max_retries": 3, "timeout_s": 10,
    })
    rt = Runtime(settings)
    rt.__dict__["embedder"] = embedder
    rt.sync.register("sample", "filesystem", folder_source(public, public=True))
    rt.sync.register("finance", "filesystem", folder_source(private, groups=["finance"]))
    rt.sync.sync("sample")
    rt.sync.sync("finance")
    yield rt
    rt.close()


@pytest.fixture(scope="session")
def slack_app(slack_runtime):
    return create_app(slack_runtime.settings, slack_runtime, scheduler=False)


@pytest.fixture(scope="session")
def client(slack_app):
    with TestClient(slack_app) as c:
        yield c
    bot = getattr(slack_app.state, "slack_bot", None)
    if bot is not None:
        bot.close()


def signature(body: str, timestamp: int | None = None, secret: str = SECRET) -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


_counter = iter(range(1, 1_000_000))


def new_ts() -> str:
    return f"{int(time.time())}.{next(_counter):06d}"


def event_callback(event: dict, event_id: str | None = None) -> dict:
    """An Events API envelope as in Slack's documented examples."""
    return {"token": "XXYYZZ", "team_id": TEAM, "context_team_id": TEAM, "api_app_id": "A0APP",
            "event": event, "type": "event_callback", "event_id": event_id or f"Ev{next(_counter):08d}",
            "event_time": int(time.time()), "authorizations": [{"enterprise_id": None, "team_id": TEAM,
                                                                 "user_id": BOT, "is_bot": True,
                                                                 "is_enterprise_install": False}],
            "is_ext_shared_channel": False, "event_context": "4-eyJldCI6ImFwcF9tZW50aW9uIn0"}


def mention(user: str, channel: str, text: str, ts: str | None = None, thread_ts: str | None = None) -> dict:
    ts = ts or new_ts()
    event = {"type": "app_mention", "user": user, "text": f"<@{BOT}> {text}", "ts": ts, "channel": channel,
             "event_ts": ts, "client_msg_id": f"m-{ts}", "team": TEAM}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def message(user: str, channel: str, text: str, channel_type: str = "channel", ts: str | None = None,
            thread_ts: str | None = None) -> dict:
    ts = ts or new_ts()
    event = {"type": "message", "channel": channel, "user": user, "text": text, "ts": ts, "event_ts": ts,
             "channel_type": channel_type, "client_msg_id": f"m-{ts}", "team": TEAM}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def post_event(client, payload: dict, headers: dict | None = None, timestamp: int | None = None):
    body = json.dumps(payload)
    return client.post("/slack/events", content=body, headers={
        "Content-Type": "application/json", **signature(body, timestamp), **(headers or {})})


def post_form(client, fields: dict, path: str = "/slack/events"):
    body = urlencode(fields)
    return client.post(path, content=body, headers={
        "Content-Type": "application/x-www-form-urlencoded", **signature(body)})


def final_reply(fake: FakeSlack, channel: str, thread_ts: str, timeout: float = 180.0) -> dict:
    """The bot's message in the thread once it carries the final blocks (the feedback buttons)."""

    def done():
        return next((m for m in fake.thread_replies(channel, thread_ts)
                     if any(b.get("type") == "actions" for b in m.get("blocks") or ())), None)

    return fake.wait_for(done, timeout, f"the final answer in {channel}/{thread_ts}")


def answer_id(reply: dict) -> str:
    actions = next(b for b in reply["blocks"] if b["type"] == "actions")
    return actions["elements"][0]["value"]
