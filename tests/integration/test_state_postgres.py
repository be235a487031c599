"""The same state code on PostgreSQL: migrations, ledger, identities, conversations."""

from __future__ import annotations

from assistant.chat import Answer, Question
from assistant.retrieval import RetrievalQuery
from assistant.runtime import Runtime, folder_source
from assistant.state import Database
from connectors import Directory, GroupRecord, UserRecord
from tests.conftest import make_settings
from tests.services.postgres import postgres_fixture

postgres = postgres_fixture()


def test_migrations_apply_and_reapply(postgres):
    db = Database(postgres.create_database())
    db.migrate()
    db.migrate()
    assert {"documents", "sources", "conversations", "messages", "identity_members"} <= set(db.tables())
    db.close()


def test_sync_and_ask_with_state_in_postgresql(postgres, tmp_path, embedder):
    url = postgres.create_database()
    rt = Runtime(make_settings(tmp_path / "data", database={"url": url}))
    rt.__dict__["embedder"] = embedder
    try:
        assert rt.db.engine.dialect.name == "postgresql"
        docs = tmp_path / "docs"
        docs.mkdir()
        (docs / "lockers.md").write_text("# Lockers\nLockers on floor 2 are assigned by facilities.")
        rt.sync.register("docs", "filesystem", folder_source(docs, groups=["facilities"]))
        assert rt.sync.sync("docs").added == 1
        assert rt.sync.sync("docs").unchanged == 1
        rt.identities.replace("dir", Directory(
            users=[UserRecord(email="ann@corp.example")],
            groups=[GroupRecord(name="facilities", groups=frozenset({"ops"})),
                    GroupRecord(name="ops", users=frozenset({"ann@corp.example"}))],
        ))
        ann = rt.principal("ann@corp.example")
        assert set(ann.groups) == {"facilities", "ops"}
        chunks = rt.chat.retriever.retrieve(RetrievalQuery(text="Who assigns lockers?", principal=ann))
        assert chunks and chunks[0].doc_id == "docs:lockers.md"
        answer = [e for e in rt.chat.ask(Question(text="Who assigns lockers?", principal=ann)) if isinstance(e, Answer)][0]
        assert answer.citations and answer.conversation_id
    finally:
        rt.close()
