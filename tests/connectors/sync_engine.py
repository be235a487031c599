"""A real SyncEngine on SQLite for the connector tests, with the store and the embedding work faked.

The SaaS connectors' bad-input tests go through it: an expired credential stops the source and keeps its
documents and checkpoint; a server that keeps failing leaves the checkpoint of the last complete batch.
"""

from __future__ import annotations

from pathlib import Path

from assistant.identity import IdentityStore
from assistant.ingest.sync import SyncEngine
from assistant.settings import CheckpointEvery
from assistant.state import Database
from assistant.state.tables import DocumentRow, SourceRow
from connectors import Checkpoint
from tests.unit.test_sync_checkpoints import FakeIndex, FakeProcessor


def sync_engine(tmp_path: Path, name: str, kind: str, options: dict) -> SyncEngine:
    """One source registered; every mark is stored as soon as it comes."""
    db = Database(f"sqlite:///{tmp_path / 'state.db'}")
    db.migrate()
    engine = SyncEngine(db, FakeIndex(), FakeProcessor(), IdentityStore(db),
                        checkpoint_every=CheckpointEvery(documents=1))
    engine.register(name, kind, {"options": options})
    return engine


def stored(engine: SyncEngine, name: str, model: type[Checkpoint]) -> Checkpoint | None:
    with engine.db.session() as s:
        raw = s.get(SourceRow, name).checkpoint
    return model.model_validate_json(raw) if raw else None


def ledger(engine: SyncEngine, name: str) -> set[str]:
    with engine.db.session() as s:
        return {r.id for r in s.query(DocumentRow).filter_by(source=name)}
