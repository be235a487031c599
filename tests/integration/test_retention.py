"""Retention periods and `forget`, on SQLite and on a real PostgreSQL started by the test run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from assistant.admin_log import query_admin, record_admin
from assistant.api import create_app
from assistant.feedback import record_feedback
from assistant.regression import load_cases, promote, regression_file
from assistant.retention import forget_user, run_retention
from assistant.retrieval import Principal
from assistant.runtime import Runtime
from assistant.slack.threads import ThreadStore
from assistant.state import Database
from assistant.state.tables import (
    AuditRow,
    Base,
    ConversationRow,
    FeedbackRow,
    MessageRow,
    SlackThreadRow,
    VaultRow,
)
from tests.conftest import CONFIGS, make_settings
from tests.integration.test_feedback_regression import ask, echo_runtime
from tests.services.postgres import postgres_fixture

postgres = postgres_fixture()
NOW = datetime.now(timezone.utc)
PII_GUARDS = {"boundary": [{"name": "pii", "kind": "pii", "options": {"local_model": True}}],
              "output": [{"name": "pii", "kind": "pii"}]}
RETENTION = {"conversations_days": 30, "vaults_days": 10, "audit_days": 90, "feedback_days": 60}


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request) -> dict:
    """The `database` settings of one backend."""
    if request.param == "sqlite":
        return {}
    return {"url": request.getfixturevalue("postgres").create_database()}


def ago(**kw) -> datetime:
    return NOW - timedelta(**kw)


def seed_old_and_new(db: Database) -> None:
    with db.session() as s:
        for cid, created, last_message in (("old", ago(days=45), ago(days=40)), ("revived", ago(days=45), ago(days=2)),
                                           ("new", ago(days=3), ago(days=3))):
            s.add(ConversationRow(id=cid, principal="ann@example.com", channel="api", created_at=created))
            s.flush()
            s.add(MessageRow(conversation_id=cid, role="user", content=f"question in {cid}", sources=[],
                             created_at=created))
            s.add(MessageRow(conversation_id=cid, role="assistant", content="answer", sources=[],
                             created_at=last_message))
        s.add(SlackThreadRow(team_id="T1", channel_id="C1", thread_ts="1.1", user_id="U1", conversation_id="old"))
        # TTL 720 h: a vault expiring in 29 days was made a day ago, one expiring in 5 days 25 days ago.
        for cid, expires in (("old", ago(days=-29)), ("expired", ago(hours=1)), ("made-25d-ago", ago(days=-5)),
                             ("fresh", ago(days=-29))):
            s.add(VaultRow(conversation_id=cid, owner="ann@example.com", expires_at=expires, ciphertext=b"x"))
        for aid, created in (("a-old", ago(days=100)), ("a-new", ago(days=10))):
            s.add(AuditRow(id=aid, created_at=created, principal="ann@example.com", channel="api",
                           conversation_id="new", question="q", answer="a", model="m", prompt_version="answer@1"))
        for aid, created in (("a-old", ago(days=70)), ("a-new", ago(days=10))):
            s.add(FeedbackRow(answer_id=aid, conversation_id="new", channel="api", principal="ann@example.com",
                              rating=1, created_at=created))


def ids(db: Database, column) -> set:
    with db.session() as s:
        return set(s.scalars(select(column)))


def test_retention_removes_what_is_past_its_period(tmp_path, database):
    settings = make_settings(tmp_path / "data", database=database, retention=RETENTION)
    db = Database(settings.database_url)
    db.migrate()
    try:
        seed_old_and_new(db)
        summary = run_retention(db, settings)
        assert summary.as_dict() == {"conversations": 1, "messages": 2, "vaults": 3, "audit": 1, "feedback": 1}
        assert ids(db, ConversationRow.id) == {"revived", "new"}
        assert ids(db, MessageRow.conversation_id) == {"revived", "new"}
        assert ids(db, VaultRow.conversation_id) == {"fresh"}
        assert ids(db, AuditRow.id) == {"a-new"} and ids(db, FeedbackRow.answer_id) == {"a-new"}
        assert ids(db, SlackThreadRow.conversation_id) == set()
        assert [(e.actor, e.action, e.detail) for e in query_admin(db)] == [
            ("retention", "retention.run", summary.as_dict())]
        assert run_retention(db, settings).total == 0 and len(query_admin(db)) == 1
        # With no period set nothing but expired vaults goes.
        assert run_retention(db, make_settings(tmp_path / "data", database=database)).total == 0
    finally:
        db.close()


ZOE = "zoe.planted@example.com"
PLANTED = ("zoe.planted", "zebracorn", "quokkafeld")


def test_forget_leaves_nothing_of_the_user_behind(tmp_path, embedder, database):
    rt = echo_runtime(tmp_path, embedder, database=database, guards=PII_GUARDS)
    try:
        zoe, max_ = Principal(user=ZOE), Principal(user="max@example.com")
        first = ask(rt, "Where are the Zebracorn lockers? Mail me at zoe.planted@example.com", zoe)
        ask(rt, "And who has the Zebracorn key?", zoe, conversation_id=first.conversation_id)
        theirs = ask(rt, "When is lunch served?", max_)
        record_feedback(rt.db, answer_id=first.id, principal=ZOE, rating="up", comment="Quokkafeld was right",
                        scrub=lambda c, t: rt.chat.pseudonymize_for_storage(c, ZOE, t))
        record_feedback(rt.db, answer_id=theirs.id, principal=max_.user, rating="down", comment="too short")
        promote(rt.db, regression_file(rt.settings), [first.id])
        promote(rt.db, regression_file(rt.settings), [theirs.id], expected_docs=["docs:canteen.md"])
        rt.keys.create(user=ZOE, scopes=("chat",), label="zoe's laptop")
        record_admin(rt.db, "admin@example.com", "audit.export", ZOE, records=2)
        record_admin(rt.db, ZOE, "document.upload", "uploads:notes.md", groups=[], user=ZOE)
        ThreadStore(rt.db).remember("T1", "C1", "1.1", "U0ZOE", first.conversation_id)
        assert ids(rt.db, VaultRow.owner) == {ZOE, max_.user}
        assert any(p in dump_tables(rt.db) for p in PLANTED)

        summary = forget_user(rt.db, "Zoe.Planted@example.com", actor="dpo@example.com",
                              regression_file=regression_file(rt.settings))

        assert (summary.conversations, summary.messages, summary.vaults, summary.feedback, summary.audit_erased,
                summary.api_keys, summary.admin_events, summary.regression_cases) == (1, 4, 1, 1, 2, 1, 3, 1)
        everything = dump_tables(rt.db) + regression_file(rt.settings).read_text().lower()
        assert [p for p in PLANTED if p in everything] == []
        with rt.db.session() as s:
            kept = s.scalars(select(AuditRow).where(AuditRow.principal == summary.token)).all()
            assert len(kept) == 2 and all(r.question == r.answer == "" for r in kept)
            assert all(r.timings_ms.get("total") and r.sources for r in kept), "counts and timings stay"
            assert s.get(AuditRow, theirs.id).question == "When is lunch served?"
        assert ids(rt.db, ConversationRow.principal) == {max_.user} and ids(rt.db, VaultRow.owner) == {max_.user}
        assert ids(rt.db, FeedbackRow.principal) == {max_.user}
        assert [c.id for c in load_cases(regression_file(rt.settings))] == [theirs.id]
        event = query_admin(rt.db, limit=1)[0]
        assert (event.actor, event.action, event.target) == ("dpo@example.com", "user.forget", summary.token)
        assert event.detail["conversations"] == 1 and event.detail["audit_erased"] == 2
    finally:
        rt.close()


def dump_tables(db: Database) -> str:
    """Every value of every table, as lower-case text."""
    parts = []
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for row in conn.execute(select(table)):
                for value in row:
                    if isinstance(value, bytes):
                        value = value.decode("latin-1")
                    parts.append(value if isinstance(value, str) else json.dumps(value, default=str))
    return "\n".join(parts).lower()


def test_the_server_enforces_retention_on_its_schedule(tmp_path):
    settings = make_settings(tmp_path / "data", retention={"audit_days": 1, "schedule": "1s"})
    rt = Runtime(settings)
    seed_old_and_new(rt.db)
    try:
        with TestClient(create_app(settings, rt)):
            deadline = time.monotonic() + 30
            while "a-old" in ids(rt.db, AuditRow.id) and time.monotonic() < deadline:
                time.sleep(0.2)
        assert ids(rt.db, AuditRow.id) == set(), "both are older than a day"
        assert ids(rt.db, ConversationRow.id) == {"old", "revived", "new"}, "no period set for conversations"
    finally:
        rt.close()


def test_retention_and_forget_from_the_command_line(tmp_path):
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "data"), "ASSISTANT_CONFIG_DIR": str(CONFIGS)}
    db = Database(make_settings(tmp_path / "data").database_url)
    db.migrate()
    seed_old_and_new(db)
    db.close()

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "assistant", *args], env=env, cwd=tmp_path, capture_output=True,
                              text=True, timeout=300)

    ran = cli("retention", "run")
    assert ran.returncode == 0, ran.stderr
    assert "only expired vaults" in ran.stdout and "0 messages, 1 vaults, 0 audit" in ran.stdout
    forgot = cli("forget", "--user", "ann@example.com", "--yes")
    assert forgot.returncode == 0, forgot.stderr
    assert "3 conversations" in forgot.stdout and "recorded in the admin log as user.forget erased:" in forgot.stdout
    bad = cli("forget", "--user", "ann")
    assert bad.returncode == 1 and "takes the person's email" in bad.stderr
