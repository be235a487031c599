"""The sync engine: drives connectors, keeps the ledger, stores checkpoints.

The ledger row of a document is written only after its points are in the
store, so a run interrupted at any point (Ctrl-C, kill -9) and run again
converges on the same store as one uninterrupted run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Literal

from sqlalchemy import delete, select

from assistant.errors import AssistantError
from assistant.index import VectorIndex
from assistant.ingest.pipeline import DocumentProcessor, DocumentRejected, content_hash
from assistant.state import Database
from assistant.state.tables import DocumentRow, SourceRow
from connectors import (
    Access,
    Checkpoint,
    Connector,
    ConnectorFailure,
    Deletion,
    Document,
    connector_class,
)
from connectors.errors import ConnectorError

Outcome = Literal["added", "updated", "unchanged", "access", "deleted", "failed"]


class SyncError(AssistantError):
    """A source cannot be synced at all (bad configuration or credentials)."""


@dataclass
class SyncSummary:
    source: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    access_changed: int = 0
    deleted: int = 0
    chunks_written: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def as_dict(self) -> dict:
        return {
            "added": self.added, "updated": self.updated, "unchanged": self.unchanged,
            "access_changed": self.access_changed, "deleted": self.deleted,
            "chunks_written": self.chunks_written, "failed": self.failed,
            "failures": [{"id": i, "reason": r} for i, r in self.failures[:200]],
        }


ProgressCallback = Callable[[Outcome, str], None]


def build_connector(name: str, kind: str, config: dict) -> Connector:
    options = dict(config)
    access = Access(**options.pop("access", {}))
    try:
        return connector_class(kind)(name, access=access, **options)
    except ConnectorError as exc:
        raise SyncError(str(exc)) from None
    except TypeError as exc:
        raise SyncError(f"source {name!r} ({kind}): bad options: {exc}") from None


class SyncEngine:
    def __init__(self, db: Database, index: VectorIndex, processor: DocumentProcessor) -> None:
        self.db = db
        self.index = index
        self.processor = processor

    def register(self, name: str, kind: str, config: dict) -> None:
        """Add a source or update its configuration; its checkpoint is reset when the configuration changes."""
        build_connector(name, kind, config)  # fail now, with the source's name, rather than at sync time
        with self.db.session() as s:
            row = s.get(SourceRow, name)
            if row is None:
                s.add(SourceRow(name=name, kind=kind, config=config, checkpoint=None, last_status="never", last_summary={}))
            elif row.kind != kind or row.config != config:
                row.kind, row.config, row.checkpoint = kind, config, None

    def sources(self) -> list[SourceRow]:
        with self.db.session() as s:
            return list(s.scalars(select(SourceRow).order_by(SourceRow.name)))

    def sync(self, name: str, on_progress: ProgressCallback | None = None) -> SyncSummary:
        with self.db.session() as s:
            row = s.get(SourceRow, name)
            if row is None:
                raise SyncError(f"no source named {name!r}")
            kind, config, raw_cp = row.kind, dict(row.config), row.checkpoint
        connector = build_connector(name, kind, config)
        checkpoint = connector.checkpoint_model.model_validate_json(raw_cp) if raw_cp else None
        summary = SyncSummary(source=name)
        seen: set[str] = set()
        notify = on_progress or (lambda _o, _i: None)
        gen = connector.load(checkpoint)
        while True:
            try:
                item = next(gen)
            except StopIteration as stop:
                new_checkpoint: Checkpoint | None = stop.value
                break
            except ConnectorError as exc:
                self._record(name, "failed", summary, None)
                raise SyncError(str(exc)) from None
            seen.add(item.id)
            outcome = self._apply(item, summary)
            notify(outcome, item.id)
        if checkpoint is None:
            # A full load lists every live document: whatever the ledger holds beyond it is gone.
            for doc_id in self._ledger_ids(name) - seen:
                self._delete(doc_id)
                summary.deleted += 1
                notify("deleted", doc_id)
        self.index.flush()
        # Connectors may skip what did not change; count it from the ledger instead.
        summary.unchanged = len(self._ledger_ids(name)) - summary.added - summary.updated - summary.access_changed
        self._record(name, "ok" if not summary.failures else "partial", summary, new_checkpoint)
        return summary

    def _apply(self, item: Document | Deletion | ConnectorFailure, summary: SyncSummary) -> Outcome:
        if isinstance(item, ConnectorFailure):
            summary.failures.append((item.id, item.reason))
            return "failed"
        if isinstance(item, Deletion):
            if self._delete(item.id):
                summary.deleted += 1
            return "deleted"
        digest = content_hash(item)
        acl = item.access.tokens()
        with self.db.session() as s:
            row = s.get(DocumentRow, item.id)
            known = (row.content_hash, list(row.access)) if row else None
        if known and known[0] == digest:
            if known[1] == acl:
                return "unchanged"
            self.index.set_access(item.id, acl)
            self._save(item, digest, acl, row.chunk_count, row.title)
            summary.access_changed += 1
            return "access"
        try:
            indexed = self.processor.process(item, digest)
        except DocumentRejected as exc:
            # A new version that cannot be read leaves the previous version searchable.
            summary.failures.append((item.id, exc.reason))
            return "failed"
        self._save(item, digest, acl, indexed.chunk_count, indexed.title)
        summary.chunks_written += indexed.chunk_count
        if known:
            summary.updated += 1
            return "updated"
        summary.added += 1
        return "added"

    def _save(self, doc: Document, digest: str, acl: list[str], chunks: int, title: str) -> None:
        with self.db.session() as s:
            s.merge(DocumentRow(
                id=doc.id, source=doc.source, uri=doc.uri, title=title, content_hash=digest,
                chunk_count=chunks, access=acl, modified=doc.modified, status="indexed", error="",
                updated_at=datetime.now(timezone.utc),
            ))

    def _delete(self, doc_id: str) -> bool:
        self.index.delete_document(doc_id)
        with self.db.session() as s:
            return s.execute(delete(DocumentRow).where(DocumentRow.id == doc_id)).rowcount > 0

    def _ledger_ids(self, source: str) -> set[str]:
        with self.db.session() as s:
            return set(s.scalars(select(DocumentRow.id).where(DocumentRow.source == source)))

    def _record(self, name: str, status: str, summary: SyncSummary, checkpoint: Checkpoint | None) -> None:
        with self.db.session() as s:
            row = s.get(SourceRow, name)
            row.last_sync_at = datetime.now(timezone.utc)
            row.last_status = status
            row.last_summary = summary.as_dict()
            if checkpoint is not None:
                row.checkpoint = checkpoint.model_dump_json()

    def reset_checkpoint(self, name: str) -> None:
        """The next sync of `name` is a full load, which also prunes what the source no longer has."""
        with self.db.session() as s:
            row = s.get(SourceRow, name)
            if row is None:
                raise SyncError(f"no source named {name!r}")
            row.checkpoint = None

    def forget_all(self) -> None:
        """Drop the ledger and every checkpoint (reindex), keeping the sources' configuration."""
        with self.db.session() as s:
            s.execute(delete(DocumentRow))
            for row in s.scalars(select(SourceRow)):
                row.checkpoint = None


__all__ = ["SyncEngine", "SyncError", "SyncSummary", "build_connector"]
