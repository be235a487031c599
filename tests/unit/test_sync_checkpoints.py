"""The sync engine stores a connector's marks mid-run, so a stopped sync resumes near where it stopped.

The store and the embedding work are replaced by fakes that count what was written: the engine's
bookkeeping (ledger, checkpoints, pruning) runs for real on SQLite, the SQL connector on a SQLite file.
"""

from __future__ import annotations

import os
import sqlite3
from collections import Counter

import pytest

from assistant.identity import IdentityStore
from assistant.ingest.pipeline import Prepared
from assistant.ingest.sync import SyncEngine
from assistant.settings import CheckpointEvery
from assistant.state import Database
from assistant.state.tables import DocumentRow, SourceRow
from connectors.sql import SqlCheckpoint

ROWS = 40


class FakeIndex:
    def __init__(self) -> None:
        self.flushes = 0
        self.deleted: list[str] = []

    def flush(self) -> None:
        self.flushes += 1

    def delete_document(self, doc_id: str) -> None:
        self.deleted.append(doc_id)

    def set_payload(self, doc_id: str, payload: dict) -> None:
        pass


class FakeProcessor:
    def __init__(self, batch_chunks: int = 1) -> None:
        self.written: Counter[str] = Counter()
        # Chunks embedded together across documents; 1 writes each document as it comes, so a progress callback
        # sees the engine's state right after that document (the connector fakes arm failures that way).
        self.batch_chunks = batch_chunks

    def embed_many(self, prepared: list[Prepared]) -> list[Prepared]:
        return prepared

    def prepare(self, doc, access) -> Prepared:
        return Prepared(doc=doc, access=access, title=doc.title, chunks=[], language="en", minhash=[])

    def write(self, prepared: Prepared, digest: str, duplicate_of: str | None, local_only: bool) -> int:
        self.written[prepared.doc.id] += 1
        return 1


class Stop(Exception):
    pass


@pytest.fixture
def table(tmp_path):
    path = tmp_path / "kb.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table articles (id integer primary key, title text, body text, updated_at text)")
        # Several rows share each updated-at value, so batches (and marks) split runs of equal values.
        conn.executemany("insert into articles values (?, ?, ?, ?)",
                         [(i, f"Article {i}", f"Body {i}", f"2026-01-{i // 3 + 1:02d}") for i in range(ROWS)])
    return path


@pytest.fixture
def engine(tmp_path, table):
    db = Database(f"sqlite:///{tmp_path / 'state.db'}")
    db.migrate()
    engine = SyncEngine(db, FakeIndex(), FakeProcessor(batch_chunks=4), IdentityStore(db),
                        checkpoint_every=CheckpointEvery(documents=10))
    engine.register("kb", "sql", {"options": {"url": f"sqlite:///{table}", "table": "articles", "batch_size": 5},
                                  "access": {"public": True}})
    return engine


def stored(engine: SyncEngine) -> SqlCheckpoint | None:
    with engine.db.session() as s:
        raw = s.get(SourceRow, "kb").checkpoint
    return SqlCheckpoint.model_validate_json(raw) if raw else None


def ledger(engine: SyncEngine) -> set[str]:
    with engine.db.session() as s:
        return {r.id for r in s.query(DocumentRow).filter_by(source="kb")}


def stop_after(engine: SyncEngine, count: int, seen: list):
    """A progress callback that notes the stored checkpoint at each item, then stops the run after `count`."""
    def on_progress(_outcome: str, _doc_id: str) -> None:
        seen.append(stored(engine))
        if len(seen) == count:
            raise Stop

    return on_progress


def test_the_checkpoint_advances_during_the_run_and_the_rerun_fetches_only_the_rest(engine):
    seen: list[SqlCheckpoint | None] = []
    with pytest.raises(Stop):
        engine.sync("kb", stop_after(engine, 23, seen))
    # Stored while the run went on, every 10 items at the next mark (marks come every 5 rows).
    assert seen[:10] == [None] * 10 and seen[10] is not None and seen[19] == seen[10]
    assert len(seen[10].at_mark) >= 1 and seen[20] != seen[10]
    at_stop = stored(engine)
    assert at_stop == seen[22] and len(ledger(engine)) == 23

    resumed = engine.sync("kb")
    assert resumed.fetched == ROWS - 20, "only the rows after the last stored mark are fetched again"
    assert (resumed.added, resumed.unchanged, resumed.failed) == (ROWS - 23, 23, 0)
    assert ledger(engine) == {f"kb:{i}" for i in range(ROWS)}
    assert set(engine.processor.written.values()) == {1}, "every document was written exactly once"
    assert engine.sync("kb").fetched == 0


def test_an_interrupted_run_keeps_the_last_mark_it_reached(engine):
    seen: list = []
    with pytest.raises(Stop):
        engine.sync("kb", stop_after(engine, 8, seen))
    # Fewer items than `documents`: nothing was stored while running, the mark after row 5 on the way out.
    assert seen == [None] * 8
    assert engine.sync("kb").fetched == ROWS - 5


def test_seconds_bound_the_time_between_stored_checkpoints(engine):
    engine.checkpoint_every = CheckpointEvery(documents=10_000, seconds=1e-9)
    seen: list = []
    with pytest.raises(Stop):
        engine.sync("kb", stop_after(engine, 6, seen))
    assert seen[4] is None and seen[5] is not None


def test_a_full_reload_stores_no_mark_that_would_skip_its_prune(engine, table):
    engine.sync("kb")
    with sqlite3.connect(table) as conn:
        conn.execute("delete from articles where id = 2")
    engine.reset_checkpoint("kb")
    seen: list = []
    with pytest.raises(Stop):
        engine.sync("kb", stop_after(engine, 30, seen))
    # kb:2 is in the ledger and was not seen: a stored mark would make the next run incremental, and
    # an incremental run never learns that kb:2 is gone.
    assert seen == [None] * 30 and stored(engine) is None
    summary = engine.sync("kb")
    assert summary.deleted == 1 and "kb:2" not in ledger(engine) and engine.index.deleted == ["kb:2"]


def test_a_full_load_stores_marks_once_it_has_seen_the_whole_ledger(engine):
    with pytest.raises(Stop):
        engine.sync("kb", stop_after(engine, 8, []))
    engine.reset_checkpoint("kb")  # as if killed before a mark was stored: 8 documents, no checkpoint
    seen: list = []
    with pytest.raises(Stop):
        engine.sync("kb", stop_after(engine, 30, seen))
    assert seen[9] is None and seen[10] is not None
    # The mark after row 25 had not been stored yet when the run stopped; it was on the way out.
    assert engine.sync("kb").fetched == ROWS - 25


def test_folder_marks_resume_without_loss_repeat_or_false_deletion(tmp_path):
    from connectors.filesystem import FilesystemConnector
    from tests.contract import check_marks

    root = tmp_path / "folder"
    for i in range(30):
        (root / f"team-{i % 3}").mkdir(parents=True, exist_ok=True)
        (root / f"team-{i % 3}" / f"note-{i:02d}.md").write_text(f"note {i}")
    files = FilesystemConnector("files", root)
    first = check_marks(files)
    assert [at for at, _ in first.marks] == [10, 20, 30]

    for i in range(0, 30, 2):
        path = root / f"team-{i % 3}" / f"note-{i:02d}.md"
        path.write_text(f"note {i}, edited")
        os.utime(path, ns=(0, 10**18 + i))
    for i in (1, 5, 29):
        (root / f"team-{i % 3}" / f"note-{i:02d}.md").unlink()
    later = check_marks(files, first.checkpoint)
    assert len(later.documents) == 15 and len(later.deletions) == 3 and later.marks
    # Deletions come at the end, after every mark: each mark still lists the files that went.
    assert all({"team-1/note-01.md", "team-2/note-29.md"} <= mark.files.keys() for _, mark in later.marks)
