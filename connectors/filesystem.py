"""Files under a folder: every regular file, re-read when its size or mtime changes."""

from __future__ import annotations

import mimetypes
import os
from collections.abc import Generator
from datetime import datetime, timezone
from pathlib import Path

from pydantic import Field

from connectors.base import (
    Access,
    Checkpoint,
    Connector,
    ConnectorFailure,
    Deletion,
    Document,
    SourceItem,
)
from connectors.errors import ConnectorConfigError


class FileStamp(Checkpoint):
    size: int
    mtime_ns: int


class FilesystemCheckpoint(Checkpoint):
    files: dict[str, FileStamp] = Field(default_factory=dict, description="Relative path -> stamp seen last run.")


class FilesystemConnector(Connector):
    """Walks `root`; skips hidden files and folders and files over `max_bytes`."""

    kind = "filesystem"
    checkpoint_model = FilesystemCheckpoint

    def __init__(self, name: str, root: str | Path, access: Access | None = None, max_bytes: int = 50_000_000) -> None:
        super().__init__(name)
        self.root = Path(root).expanduser()
        self.access = access or Access()
        self.max_bytes = max_bytes
        if not self.root.exists():
            raise ConnectorConfigError(f"source {name!r}: folder {self.root} does not exist")
        if not (self.root.is_dir() or self.root.is_file()):
            raise ConnectorConfigError(f"source {name!r}: {self.root} is neither a folder nor a file")

    def doc_id(self, rel: str) -> str:
        return f"{self.name}:{rel}"

    def _walk(self) -> Generator[tuple[str, Path], None, None]:
        if self.root.is_file():
            yield self.root.name, self.root
            return
        for dirpath, dirnames, filenames in os.walk(self.root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for fn in sorted(filenames):
                if fn.startswith("."):
                    continue
                path = Path(dirpath) / fn
                yield path.relative_to(self.root).as_posix(), path

    def load(self, checkpoint: Checkpoint | None) -> Generator[SourceItem, None, Checkpoint]:
        previous = checkpoint.files if isinstance(checkpoint, FilesystemCheckpoint) else {}
        seen: dict[str, FileStamp] = {}
        for rel, path in self._walk():
            try:
                st = path.stat()
            except OSError as exc:
                yield ConnectorFailure(id=self.doc_id(rel), reason=f"cannot read: {exc.strerror}")
                continue
            if not path.is_file():
                continue
            stamp = FileStamp(size=st.st_size, mtime_ns=st.st_mtime_ns)
            seen[rel] = stamp
            if previous.get(rel) == stamp:
                continue
            if st.st_size > self.max_bytes:
                yield ConnectorFailure(
                    id=self.doc_id(rel), reason=f"file is {st.st_size:,} bytes, over the limit of {self.max_bytes:,}"
                )
                continue
            try:
                content = path.read_bytes()
            except OSError as exc:
                yield ConnectorFailure(id=self.doc_id(rel), reason=f"cannot read: {exc.strerror}")
                continue
            mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            yield Document(
                id=self.doc_id(rel),
                source=self.name,
                title=path.stem.replace("-", " ").replace("_", " ").strip() or path.name,
                uri=str(path.resolve()),
                content=content,
                mime_type=mime,
                filename=path.name,
                modified=datetime.fromtimestamp(st.st_mtime, tz=timezone.utc),
                access=self.access,
                metadata={"path": rel},
            )
        for rel in previous.keys() - seen.keys():
            yield Deletion(id=self.doc_id(rel))
        return FilesystemCheckpoint(files=seen)
