"""The sync engine: drives connectors, keeps the ledger, stores checkpoints.

The ledger row of a document is written only after its points are in the
store, so a run interrupted at any point (Ctrl-C, kill -9) and run again
converges on the same store as one uninterrupted run. A connector's
`CheckpointMark` is stored mid-run (now and then, after the store is flushed
and the ledger rows of every item before it are committed), so the run after
a crash resumes from the last mark instead of fetching everything again.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from sqlalchemy import delete, select

from assistant.errors import AssistantError
from assistant.identity import IdentityStore
from assistant.index import VectorIndex
from assistant.ingest.pipeline import (
    DocumentProcessor,
    DocumentRejected,
    Prepared,
    content_hash,
)
from assistant.ingest.quality import DUPLICATE_JACCARD, bands, similarity
from assistant.settings import CheckpointEvery
from assistant.state import Database
from assistant.state.tables import DocumentBandRow, DocumentRow, SourceRow
from connectors import (
    Access,
    Checkpoint,
    Connector,
    ConnectorFailure,
    Deletion,
    Document,
    connector_class,
)
from connectors.base import CheckpointMark
from connectors.errors import ConnectorError

Outcome = Literal["added", "updated", "unchanged", "access", "deleted", "failed", "duplicate"]


class SyncError(AssistantError):
    """A source cannot be synced at all (bad configuration, credentials, an unreachable server)."""


@dataclass
class SyncSummary:
    source: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    access_changed: int = 0
    deleted: int = 0
    duplicates: int = 0
    chunks_written: int = 0
    fetched: int = 0  # documents the connector delivered, changed or not: what a resumed run fetched again
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def as_dict(self) -> dict:
        return {
            "added": self.added, "updated": self.updated, "unchanged": self.unchanged,
            "access_changed": self.access_changed, "deleted": self.deleted, "duplicates": self.duplicates,
            "chunks_written": self.chunks_written, "fetched": self.fetched, "failed": self.failed,
            "failures": [{"id": i, "reason": r} for i, r in self.failures[:200]],
        }


ProgressCallback = Callable[[Outcome, str], None]


def build_connector(name: str, kind: str, config: dict, cache_root: Path | None = None) -> Connector:
    options = dict(config.get("options", {}))
    access = Access(**config.get("access", {}))
    try:
        cls = connector_class(kind)
        # Connectors that keep local copies (a git mirror) keep them in the data dir unless told otherwise.
        if cache_root is not None and "cache_dir" in inspect.signature(cls).parameters and "cache_dir" not in options:
            options["cache_dir"] = str(cache_root / name)
        return cls(name, access=access, **options)
    except ConnectorError as exc:
        raise SyncError(str(exc)) from None
    except TypeError as exc:
        raise SyncError(f"source {name!r} ({kind}): bad options: {exc}") from None


class _Marks:
    """Decides when a connector's mark is stored, and stores it.

    A full load prunes, at its end, the ledger documents it did not see. A mark stored before it has seen
    every document the ledger held would make the next run incremental and that prune would never happen,
    so marks wait until nothing is owed (at once on a first sync, whose ledger is empty).
    """

    def __init__(self, engine: SyncEngine, name: str, owed: set[str]) -> None:
        self.engine, self.name, self.owed = engine, name, owed
        self.pending: Checkpoint | None = None
        self.items = 0
        self.stored_at = time.monotonic()

    def saw(self, doc_id: str) -> None:
        self.owed.discard(doc_id)
        self.items += 1

    def mark(self, checkpoint: Checkpoint) -> None:
        self.pending = checkpoint
        every = self.engine.checkpoint_every
        if self.items >= every.documents or time.monotonic() - self.stored_at >= every.seconds:
            self.store()

    def storable(self) -> Checkpoint | None:
        return self.pending if not self.owed else None

    def store(self) -> None:
        checkpoint = self.storable()
        if checkpoint is None:
            return
        # Points first, then the checkpoint: the ledger rows before the mark are committed already.
        self.engine.index.flush()
        with self.engine.db.session() as s:
            s.get(SourceRow, self.name).checkpoint = checkpoint.model_dump_json()
        self.pending, self.items, self.stored_at = None, 0, time.monotonic()


@dataclass
class _Pending:
    """A new or changed document, read and chunked, waiting for its batch to be embedded."""

    prepared: Prepared
    digest: str
    acl: list[str]
    known: bool


class SyncEngine:
    def __init__(self, db: Database, index: VectorIndex, processor: DocumentProcessor, identities: IdentityStore,
                 cache_root: Path | None = None, checkpoint_every: CheckpointEvery | None = None) -> None:
        self.checkpoint_every = checkpoint_every or CheckpointEvery()
        self.cache_root = cache_root
        self.db = db
        self.index = index
        self.processor = processor
        self.identities = identities

    def register(self, name: str, kind: str, config: dict) -> None:
        """Add a source or update its configuration; its checkpoint is reset when the configuration changes."""
        build_connector(name, kind, config, self.cache_root)  # fail now, with the source's name, rather than at sync time
        with self.db.session() as s:
            row = s.get(SourceRow, name)
            if row is None:
                s.add(SourceRow(name=name, kind=kind, config=config, checkpoint=None, last_status="never", last_summary={}))
            elif row.kind != kind or row.config != config:
                row.kind, row.config, row.checkpoint = kind, config, None

    def sources(self) -> list[SourceRow]:
        return list_sources(self.db)

    def sync(self, name: str, on_progress: ProgressCallback | None = None) -> SyncSummary:
        with self.db.session() as s:
            row = s.get(SourceRow, name)
            if row is None:
                raise SyncError(f"no source named {name!r}")
            kind, config, raw_cp = row.kind, dict(row.config), row.checkpoint
        summary = SyncSummary(source=name)
        try:
            connector = build_connector(name, kind, config, self.cache_root)
        except SyncError as exc:
            self._record(name, "failed", summary, None, error=str(exc))
            raise
        try:
            checkpoint = connector.checkpoint_model.model_validate_json(raw_cp) if raw_cp else None
        except ValueError:
            # A checkpoint from an older connector version: start over with a full load, which loses nothing.
            checkpoint = None
            summary.failures.append((name, "the stored checkpoint no longer fits this connector: full reload"))
        local_only = bool(config.get("local_only", False))
        seen: set[str] = set()
        notify = on_progress or (lambda _o, _i: None)
        marks = _Marks(self, name, self._ledger_ids(name) if checkpoint is None else set())
        gen = connector.load(checkpoint)
        # Documents read and chunked, waiting to be embedded together. Everything before a mark, a deletion
        # or a failure is written first, so the ledger, the store and the marks keep the connector's order.
        batch: list[_Pending] = []

        def write_batch() -> None:
            if batch:
                for pending, prepared in zip(batch, self.processor.embed_many([b.prepared for b in batch])):
                    notify(self._write(pending, prepared, summary, local_only), pending.prepared.doc.id)
                batch.clear()

        try:
            while True:
                try:
                    item = next(gen)
                except StopIteration as stop:
                    new_checkpoint: Checkpoint | None = stop.value
                    break
                if isinstance(item, CheckpointMark):
                    write_batch()
                    marks.mark(item.checkpoint)
                    continue
                seen.add(item.id)
                marks.saw(item.id)
                if isinstance(item, Document):
                    summary.fetched += 1
                if not isinstance(item, Document) or any(b.prepared.doc.id == item.id for b in batch):
                    write_batch()  # in order; a document delivered twice is judged against its first copy
                outcome = self._apply(item, summary, local_only)
                if isinstance(outcome, _Pending):
                    batch.append(outcome)
                    if sum(max(1, len(b.prepared.chunks)) for b in batch) >= self.processor.batch_chunks:
                        write_batch()
                else:
                    notify(outcome, item.id)
            write_batch()
        except ConnectorError as exc:
            # Credentials or reachability: stop this source, keep its documents and the last mark it reached.
            write_batch()
            self.index.flush()
            self._record(name, "failed", summary, marks.storable(), error=str(exc))
            raise SyncError(f"source {name!r}: {exc}") from None
        except BaseException:
            # Ctrl-C or a failing callback: keep the last mark reached, without hiding the original error.
            with suppress(Exception):
                marks.store()
            raise
        finally:
            gen.close()
        if checkpoint is None and not summary.failures:
            # A full load lists every live document: whatever the ledger holds beyond it is gone. Not after
            # failures: a mailbox or page that could not be read would look like everything in it was deleted.
            for doc_id in self._ledger_ids(name) - seen:
                self._delete(doc_id)
                summary.deleted += 1
                notify("deleted", doc_id)
        self.index.flush()
        # Connectors may skip what did not change; count it from the ledger instead.
        summary.unchanged = len(self._ledger_ids(name)) - summary.added - summary.updated - summary.access_changed
        self._record(name, "ok" if not summary.failures else "partial", summary, new_checkpoint)
        return summary

    def _apply(self, item: Document | Deletion | ConnectorFailure, summary: SyncSummary,
               local_only: bool) -> Outcome | _Pending:
        """What an item changes; a new or changed document comes back prepared, to be embedded and written."""
        if isinstance(item, ConnectorFailure):
            summary.failures.append((item.id, item.reason))
            return "failed"
        if isinstance(item, Deletion):
            if self._delete(item.id):
                summary.deleted += 1
            return "deleted"
        digest = content_hash(item)
        access = self.identities.canonical(item.access)
        acl = access.tokens()
        with self.db.session() as s:
            row = s.get(DocumentRow, item.id)
            known = (row.content_hash, list(row.access), row.local_only) if row else None
        if known and known[0] == digest:
            if (known[1], known[2]) == (acl, local_only):
                return "unchanged"
            # Same content, new access or local-only flag: rewrite the payloads, no re-embedding.
            self.index.set_payload(item.id, {"acl": acl, "local_only": int(local_only)})
            with self.db.session() as s:
                row = s.get(DocumentRow, item.id)
                row.access, row.local_only = acl, local_only
            summary.access_changed += 1
            return "access"
        try:
            prepared = self.processor.prepare(item, access)
        except DocumentRejected as exc:
            # A new version that cannot be read leaves the previous version searchable.
            summary.failures.append((item.id, exc.reason))
            return "failed"
        return _Pending(prepared, digest, acl, known is not None)

    def _write(self, pending: _Pending, prepared: Prepared, summary: SyncSummary, local_only: bool) -> Outcome:
        # Judged against the documents written before it, those earlier in the same batch included.
        digest, acl, known, item = pending.digest, pending.acl, pending.known, prepared.doc
        duplicate_of = self._duplicate_of(prepared, acl)
        chunks = self.processor.write(prepared, digest, duplicate_of, local_only)
        if known:
            # Its copies were judged against the old content: they become searchable again until they
            # next change, rather than stay hidden behind a document that no longer matches them.
            self._release_copies(item.id)
        self._save(prepared, digest, acl, chunks, duplicate_of, local_only)
        summary.chunks_written += chunks
        if duplicate_of:
            summary.duplicates += 1
        if known:
            summary.updated += 1
            return "updated"
        summary.added += 1
        return "duplicate" if duplicate_of else "added"

    def _duplicate_of(self, prepared: Prepared, acl: list[str]) -> str | None:
        """The searchable document this one nearly repeats, among documents with exactly the same access."""
        keys = bands(prepared.minhash)
        if not keys:
            return None
        with self.db.session() as s:
            # A subquery rather than DISTINCT over the rows: PostgreSQL cannot compare JSON columns.
            sharing = select(DocumentBandRow.doc_id).where(DocumentBandRow.band.in_(keys))
            candidates = s.scalars(
                select(DocumentRow).where(DocumentRow.id.in_(sharing), DocumentRow.id != prepared.doc.id,
                                          DocumentRow.duplicate_of.is_(None))
            ).all()
            for other in sorted(candidates, key=lambda r: r.id):
                if list(other.access) == acl and similarity(other.minhash, prepared.minhash) >= DUPLICATE_JACCARD:
                    return other.id
        return None

    def _save(self, prepared: Prepared, digest: str, acl: list[str], chunks: int, duplicate_of: str | None,
              local_only: bool) -> None:
        doc = prepared.doc
        with self.db.session() as s:
            s.merge(DocumentRow(
                id=doc.id, source=doc.source, uri=doc.uri, title=prepared.title, content_hash=digest,
                chunk_count=chunks, access=acl, modified=doc.modified, status="indexed", error="",
                updated_at=datetime.now(timezone.utc), language=prepared.language, duplicate_of=duplicate_of,
                minhash=prepared.minhash, local_only=local_only,
            ))
            s.execute(delete(DocumentBandRow).where(DocumentBandRow.doc_id == doc.id))
            s.add_all(DocumentBandRow(band=b, doc_id=doc.id) for b in set(bands(prepared.minhash)))

    def _delete(self, doc_id: str) -> bool:
        self._promote_heir(doc_id)
        self.index.delete_document(doc_id)
        with self.db.session() as s:
            gone = s.execute(delete(DocumentRow).where(DocumentRow.id == doc_id)).rowcount > 0
            s.execute(delete(DocumentBandRow).where(DocumentBandRow.doc_id == doc_id))
        return gone

    def _copies(self, doc_id: str) -> list[str]:
        with self.db.session() as s:
            return list(s.scalars(select(DocumentRow.id).where(DocumentRow.duplicate_of == doc_id).order_by(DocumentRow.id)))

    def _promote_heir(self, doc_id: str) -> None:
        """The original is going: its first copy becomes searchable, the others point at it.

        The store is written before the ledger, so a crash in between is repaired by the next run.
        """
        copies = self._copies(doc_id)
        if not copies:
            return
        heir, *rest = copies
        self.index.set_payload(heir, {"duplicate": 0})
        with self.db.session() as s:
            s.get(DocumentRow, heir).duplicate_of = None
            for other in rest:
                s.get(DocumentRow, other).duplicate_of = heir

    def _release_copies(self, doc_id: str) -> None:
        for copy in self._copies(doc_id):
            self.index.set_payload(copy, {"duplicate": 0})
            with self.db.session() as s:
                s.get(DocumentRow, copy).duplicate_of = None

    def remove_source(self, name: str) -> int:
        """Forget a source: its documents leave the store, then its ledger rows and configuration go."""
        ids = self._ledger_ids(name)
        for doc_id in ids:
            self._delete(doc_id)
        self.index.flush()
        with self.db.session() as s:
            row = s.get(SourceRow, name)
            if row is None:
                raise SyncError(f"no source named {name!r}")
            s.delete(row)
        return len(ids)

    def _ledger_ids(self, source: str) -> set[str]:
        with self.db.session() as s:
            return set(s.scalars(select(DocumentRow.id).where(DocumentRow.source == source)))

    def _record(self, name: str, status: str, summary: SyncSummary, checkpoint: Checkpoint | None, error: str = "") -> None:
        with self.db.session() as s:
            row = s.get(SourceRow, name)
            row.last_sync_at = datetime.now(timezone.utc)
            row.last_status = status
            row.last_summary = {**summary.as_dict(), **({"error": error} if error else {})}
            if checkpoint is not None:
                row.checkpoint = checkpoint.model_dump_json()

    def reset_checkpoint(self, name: str) -> None:
        """The next sync of `name` is a full load, which also prunes what the source no longer has."""
        with self.db.session() as s:
            row = s.get(SourceRow, name)
            if row is None:
                raise SyncError(f"no source named {name!r}")
            row.checkpoint = None


def list_sources(db: Database) -> list[SourceRow]:
    with db.session() as s:
        return list(s.scalars(select(SourceRow).order_by(SourceRow.name)))


def forget_all(db: Database) -> None:
    """Drop the ledger and every checkpoint (reindex), keeping the sources' configuration."""
    with db.session() as s:
        s.execute(delete(DocumentBandRow))
        s.execute(delete(DocumentRow))
        for row in s.scalars(select(SourceRow)):
            row.checkpoint = None
