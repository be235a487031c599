"""Uploads: files people send through the API, indexed by the normal pipeline as the source `uploads`.

A file is streamed to a staging folder, then moved to `<data_dir>/uploads/uploads/<uploader>/<name>`
with a sidecar that holds its access, and the `uploads` source is synced: ledger, near-duplicates,
PII spans and document guards apply as to any other source. A file the pipeline rejects is taken
away again (or its previous version put back), so it is not retried on every sync.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import threading
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO, Literal

from sqlalchemy import select

from assistant.errors import AssistantError
from assistant.ingest.sync import SyncEngine
from assistant.state import Database
from assistant.state.tables import DocumentRow
from connectors.uploads import UploadSidecar, read_sidecar, sidecar_path, write_sidecar

SOURCE = "uploads"
KIND = "uploads"
_CHUNK = 1024 * 1024
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._ ()+-]")
_SAFE_USER = re.compile(r"^[a-z0-9][a-z0-9._@+-]{0,199}$")
_MAX_NAME = 150

UploadOutcome = Literal["added", "updated", "unchanged", "failed"]

# One lock per uploads folder: files are placed, synced and taken back as one step, so two requests
# never see each other's half-done work and each gets its own files' outcomes.
_locks: dict[Path, threading.Lock] = {}
_locks_guard = threading.Lock()


def _lock_for(root: Path) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(root.resolve(), threading.Lock())


class UploadTooLarge(AssistantError):
    def __init__(self, filename: str, limit: int) -> None:
        super().__init__(f"file {filename!r} is over the upload limit of {limit / (1024 * 1024):g} MB")
        self.filename = filename
        self.limit = limit


class UploadsUnavailable(AssistantError):
    """The uploads source cannot be registered or synced (connector not installed, store trouble)."""


def safe_filename(name: str) -> str:
    """A plain file name: no folders, no leading dot (hidden files are never documents), nothing odd."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFKC", name or ""))[-1]
    base = _UNSAFE_NAME.sub("_", base).strip(" .")
    if len(base) > _MAX_NAME:
        stem, dot, suffix = base.rpartition(".")
        suffix = suffix[:20] if dot else ""
        base = f"{(stem if dot else base)[:_MAX_NAME - len(suffix) - 1]}{dot}{suffix}"
    return base or "upload"


def user_folder(user: str) -> str:
    """The uploader's folder: the email itself when it is a safe name, else a stable hash of it."""
    u = user.lower()
    return u if _SAFE_USER.match(u) else f"u-{hashlib.sha256(u.encode()).hexdigest()[:24]}"


@dataclass(frozen=True)
class StagedFile:
    original: str
    name: str
    path: Path
    size: int


@dataclass(frozen=True)
class UploadResult:
    filename: str
    doc_id: str
    outcome: UploadOutcome
    reason: str = ""
    duplicate_of: str | None = None


@dataclass
class UploadBatch:
    """The files of one request, streamed to a private staging folder; `discard` removes what is left."""

    folder: Path
    max_bytes: int
    files: list[StagedFile] = field(default_factory=list)

    def add(self, stream: BinaryIO, filename: str) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"in-{len(self.files)}"
        size = 0
        try:
            with path.open("wb") as out:
                while chunk := stream.read(_CHUNK):
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise UploadTooLarge(filename or "upload", self.max_bytes)
                    out.write(chunk)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        self.files.append(StagedFile(original=filename or "", name=safe_filename(filename), path=path, size=size))

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


@dataclass
class _Placed:
    staged: StagedFile
    rel: str
    dest: Path
    backup: Path | None

    @property
    def doc_id(self) -> str:
        return f"{SOURCE}:{self.rel}"


class UploadService:
    def __init__(self, sync: SyncEngine, db: Database, data_dir: Path, max_upload_bytes: int,
                 max_file_bytes: int) -> None:
        self.sync = sync
        self.db = db
        self.root = data_dir / "uploads" / SOURCE
        self.staging = data_dir / "uploads" / ".staging"
        self.max_upload_bytes = max_upload_bytes
        self.max_file_bytes = max_file_bytes
        self.lock = _lock_for(data_dir / "uploads")

    def batch(self) -> UploadBatch:
        return UploadBatch(self.staging / uuid.uuid4().hex, self.max_upload_bytes)

    def path_of(self, doc_id: str) -> Path | None:
        """The file behind an upload's document id; None for other sources or ids that leave the folder."""
        if not doc_id.startswith(f"{SOURCE}:"):
            return None
        path = (self.root / doc_id.removeprefix(f"{SOURCE}:")).resolve()
        return path if path.is_relative_to(self.root.resolve()) and path != self.root.resolve() else None

    def owner_of(self, doc_id: str) -> str | None:
        path = self.path_of(doc_id)
        sidecar = read_sidecar(path) if path is not None else None
        return sidecar.owner if sidecar else None

    def ingest(self, batch: UploadBatch, owner: str, groups: Sequence[str]) -> list[UploadResult]:
        """Place the batch's files, sync the source, report each file; rejected files are taken back."""
        folder = user_folder(owner)
        now = datetime.now(timezone.utc)
        results: dict[int, UploadResult] = {}
        with self.lock:
            self._ensure_source()
            placed: dict[int, _Placed] = {}
            taken: set[str] = set()
            for i, f in enumerate(batch.files):
                rel = f"{folder}/{f.name}"
                doc_id = f"{SOURCE}:{rel}"
                if rel in taken:
                    results[i] = UploadResult(f.original, doc_id, "failed", "another file in this upload has the same name")
                    continue
                taken.add(rel)
                dest = self.root / rel
                previous = read_sidecar(dest) if dest.exists() else None
                if previous is not None and previous.owner != owner.lower():
                    results[i] = UploadResult(f.original, doc_id, "failed", "the name is taken by another uploader")
                    continue
                placed[i] = self._place(batch, i, f, rel, dest)
                write_sidecar(dest, UploadSidecar(owner=owner.lower(), groups=frozenset(g.lower() for g in groups),
                                                  filename=f.original, uploaded_at=now))
            outcomes: dict[str, str] = {}
            try:
                summary = self.sync.sync(SOURCE, on_progress=lambda outcome, doc_id: outcomes.__setitem__(doc_id, outcome))
            except Exception as exc:
                for p in placed.values():
                    self._take_back(p)
                if isinstance(exc, AssistantError):
                    raise UploadsUnavailable(f"uploads cannot be indexed now: {exc}") from None
                raise
            reasons: dict[str, str] = {}
            for doc_id, reason in summary.failures:
                reasons.setdefault(doc_id, reason)
            for i, p in placed.items():
                outcome = outcomes.get(p.doc_id, "unchanged")
                if outcome == "failed":
                    self._take_back(p)
                    results[i] = UploadResult(p.staged.original, p.doc_id, "failed",
                                              reasons.get(p.doc_id, "the file could not be indexed"))
                else:
                    results[i] = UploadResult(p.staged.original, p.doc_id, _OUTCOMES.get(outcome, "unchanged"))
        copies = self._duplicates([r.doc_id for r in results.values() if r.outcome != "failed"])
        return [_with_copy(results[i], copies) for i in sorted(results)]

    def remove_file(self, doc_id: str) -> None:
        """Take an upload's file and sidecar away, so no later sync brings the document back."""
        path = self.path_of(doc_id)
        if path is None:
            return
        with self.lock:
            path.unlink(missing_ok=True)
            sidecar_path(path).unlink(missing_ok=True)

    def _ensure_source(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        config = {"options": {"root": str(self.root), "max_bytes": self.max_file_bytes}, "access": {}}
        try:
            self.sync.register(SOURCE, KIND, config)
        except AssistantError as exc:
            raise UploadsUnavailable(f"uploads are not available: {exc}") from None

    def _place(self, batch: UploadBatch, i: int, f: StagedFile, rel: str, dest: Path) -> _Placed:
        dest.parent.mkdir(parents=True, exist_ok=True)
        backup = None
        if dest.exists():
            # Kept until the new version is known to index: a rejected update leaves the old one in place.
            backup = batch.folder / f"previous-{i}"
            os.replace(dest, backup)
            if sidecar_path(dest).exists():
                os.replace(sidecar_path(dest), sidecar_path(backup))
        os.replace(f.path, dest)
        return _Placed(staged=f, rel=rel, dest=dest, backup=backup)

    def _take_back(self, p: _Placed) -> None:
        p.dest.unlink(missing_ok=True)
        sidecar_path(p.dest).unlink(missing_ok=True)
        if p.backup is not None:
            os.replace(p.backup, p.dest)
            if sidecar_path(p.backup).exists():
                os.replace(sidecar_path(p.backup), sidecar_path(p.dest))

    def _duplicates(self, doc_ids: list[str]) -> dict[str, str]:
        if not doc_ids:
            return {}
        with self.db.session() as s:
            rows = s.execute(select(DocumentRow.id, DocumentRow.duplicate_of)
                             .where(DocumentRow.id.in_(doc_ids), DocumentRow.duplicate_of.is_not(None))).all()
        return {doc_id: of for doc_id, of in rows}


_OUTCOMES: dict[str, UploadOutcome] = {"added": "added", "duplicate": "added", "updated": "updated",
                                       "access": "updated", "unchanged": "unchanged"}


def _with_copy(result: UploadResult, copies: dict[str, str]) -> UploadResult:
    of = copies.get(result.doc_id)
    if of is None:
        return result
    return UploadResult(result.filename, result.doc_id, result.outcome, result.reason, of)
