"""Files people uploaded through the API: one folder per uploader, each file's access in a sidecar beside it.

The sidecar of `alice@example.com/notes.md` is `alice@example.com/.notes.md.access.json`; hidden files
are never documents themselves. A file without a readable sidecar fails closed: only admins see it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Generator
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from connectors.base import Access, Checkpoint, Document, SourceItem
from connectors.filesystem import FilesystemConnector

SIDECAR_SUFFIX = ".access.json"


class UploadSidecar(BaseModel):
    """Who uploaded a file and who may read it."""

    model_config = ConfigDict(frozen=True)

    owner: str = Field(description="Canonical user id (email) of the uploader; always a reader.")
    users: frozenset[str] = Field(frozenset(), description="Canonical user ids who may read it.")
    groups: frozenset[str] = Field(frozenset(), description="Canonical group names whose members may read it.")
    filename: str = Field("", description="The file name as the uploader sent it.")
    uploaded_at: datetime | None = Field(None, description="When it was uploaded.")

    def access(self) -> Access:
        return Access(users=self.users | {self.owner}, groups=self.groups)


def sidecar_path(path: Path) -> Path:
    return path.with_name(f".{path.name}{SIDECAR_SUFFIX}")


def read_sidecar(path: Path) -> UploadSidecar | None:
    """The sidecar of the uploaded file at `path`, or None when it is missing or unreadable."""
    try:
        return UploadSidecar.model_validate_json(sidecar_path(path).read_bytes())
    except (OSError, ValidationError, ValueError):
        return None


def write_sidecar(path: Path, sidecar: UploadSidecar) -> None:
    """Atomically: a reader never sees half a sidecar."""
    target = sidecar_path(path)
    tmp = target.with_name(f"{target.name}.tmp")
    tmp.write_text(json.dumps(sidecar.model_dump(mode="json"), sort_keys=True), encoding="utf-8")
    os.replace(tmp, target)


class UploadsConnector(FilesystemConnector):
    """The uploads folder: like a filesystem source, with each file's access read from its sidecar."""

    kind = "uploads"

    def __init__(self, name: str, root: str | Path, access: Access | None = None, max_bytes: int = 50_000_000) -> None:
        super().__init__(name, root, access=access, max_bytes=max_bytes)

    def load(self, checkpoint: Checkpoint | None) -> Generator[SourceItem, None, Checkpoint]:
        inner = super().load(checkpoint)
        while True:
            try:
                item = next(inner)
            except StopIteration as stop:
                return stop.value
            yield self._with_sidecar(item) if isinstance(item, Document) else item

    def _with_sidecar(self, doc: Document) -> Document:
        rel = doc.metadata.get("path", "")
        sidecar = read_sidecar(self.root / rel)
        access = self.access
        if sidecar is not None:
            own = sidecar.access()
            access = access.model_copy(update={"users": access.users | own.users, "groups": access.groups | own.groups})
        metadata = {**doc.metadata, **({"owner": sidecar.owner} if sidecar else {})}
        title = Path(sidecar.filename).stem if sidecar and sidecar.filename else doc.title
        # The server's own path means nothing to the people who read citations.
        return doc.model_copy(update={"access": access, "uri": f"upload://{rel}", "metadata": metadata,
                                      "title": title or doc.title})
