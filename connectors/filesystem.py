"""Files under a folder: every regular file, re-read when its size or mtime changes."""

from __future__ import annotations

import fnmatch
import grp
import mimetypes
import os
import pwd
from collections.abc import Generator, Iterator
from datetime import datetime, timezone
from pathlib import Path

from pydantic import Field

from connectors.base import (
    Access,
    Checkpoint,
    CheckpointMark,
    Connector,
    ConnectorFailure,
    Deletion,
    Document,
    SlimListing,
    SourceItem,
    mark_gap,
)
from connectors.errors import ConnectorConfigError


class FileStamp(Checkpoint):
    size: int
    mtime_ns: int


class FilesystemCheckpoint(Checkpoint):
    files: dict[str, FileStamp] = Field(default_factory=dict, description="Relative path -> stamp seen last run.")


class FilesystemConnector(Connector, SlimListing):
    """Walks `root`; skips hidden files and folders and files over `max_bytes`.

    `include` / `exclude` are globs on the path relative to the root
    (`**/*.md`, `drafts/*`). With `owner_access`, each file is also readable
    by its owner and its group, given as local ids (`posix:<login>`,
    `posix-uid:<uid>`, `posix-gid:<gid>`) that the identity store maps to
    people and groups.

    Every few files it yields a `CheckpointMark`: the stamps seen so far over the previous run's, so a
    killed sync does not read again the files it had already delivered.
    """

    kind = "filesystem"
    checkpoint_model = FilesystemCheckpoint

    def __init__(
        self,
        name: str,
        root: str | Path,
        access: Access | None = None,
        max_bytes: int = 50_000_000,
        include: list[str] | None = None,
        exclude: list[str] | None = None,
        owner_access: bool = False,
    ) -> None:
        super().__init__(name)
        self.root = Path(root).expanduser()
        self.access = access or Access()
        self.max_bytes = max_bytes
        self.include = list(include or [])
        self.exclude = list(exclude or [])
        self.owner_access = owner_access
        if not self.root.exists():
            raise ConnectorConfigError(f"source {name!r}: folder {self.root} does not exist")
        if not (self.root.is_dir() or self.root.is_file()):
            raise ConnectorConfigError(f"source {name!r}: {self.root} is neither a folder nor a file")

    def _wanted(self, rel: str) -> bool:
        def match(patterns: list[str]) -> bool:
            # fnmatch's * crosses '/', so "**/*.md" would miss top-level files without the second form.
            return any(fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(rel, p.removeprefix("**/")) for p in patterns)

        return (not self.include or match(self.include)) and not match(self.exclude)

    def _access(self, st: os.stat_result) -> Access:
        if not self.owner_access:
            return self.access
        users = {f"posix-uid:{st.st_uid}"}
        try:
            users.add(f"posix:{pwd.getpwuid(st.st_uid).pw_name}")
        except KeyError:
            pass
        groups = {f"posix-gid:{st.st_gid}"}
        try:
            groups.add(f"posix-group:{grp.getgrgid(st.st_gid).gr_name}")
        except KeyError:
            pass
        return self.access.model_copy(update={
            "local_users": self.access.local_users | users, "local_groups": self.access.local_groups | groups,
        })

    def list_ids(self) -> Iterator[str]:
        return (self.doc_id(rel) for rel, _ in self._walk())

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
                rel = path.relative_to(self.root).as_posix()
                if self._wanted(rel):
                    yield rel, path

    def load(self, checkpoint: Checkpoint | None) -> Generator[SourceItem, None, Checkpoint]:
        previous = checkpoint.files if isinstance(checkpoint, FilesystemCheckpoint) else {}
        seen: dict[str, FileStamp] = {}
        unmarked = 0
        for rel, path in self._walk():
            item = self._visit(rel, path, previous, seen)
            if item is None:
                continue
            yield item
            unmarked += 1
            if unmarked >= mark_gap(len(previous) + len(seen)):
                unmarked = 0
                # Files not reached yet keep their old stamps and files gone are still listed, so a run
                # resumed from here neither skips the ones nor forgets to delete the others.
                yield CheckpointMark(checkpoint=FilesystemCheckpoint.model_construct(files={**previous, **seen}))
        for rel in previous.keys() - seen.keys():
            yield Deletion(id=self.doc_id(rel))
        return FilesystemCheckpoint(files=seen)

    def _visit(self, rel: str, path: Path, previous: dict[str, FileStamp],
               seen: dict[str, FileStamp]) -> SourceItem | None:
        """The file as a document or a failure; None when it is unchanged or not a regular file."""
        try:
            st = path.stat()
        except OSError as exc:
            return ConnectorFailure(id=self.doc_id(rel), reason=f"cannot read: {exc.strerror}")
        if not path.is_file():
            return None
        stamp = FileStamp(size=st.st_size, mtime_ns=st.st_mtime_ns)
        seen[rel] = stamp
        if previous.get(rel) == stamp:
            return None
        if st.st_size > self.max_bytes:
            return ConnectorFailure(
                id=self.doc_id(rel), reason=f"file is {st.st_size:,} bytes, over the limit of {self.max_bytes:,}"
            )
        try:
            content = path.read_bytes()
        except OSError as exc:
            return ConnectorFailure(id=self.doc_id(rel), reason=f"cannot read: {exc.strerror}")
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return Document(
            id=self.doc_id(rel),
            source=self.name,
            title=path.stem.replace("-", " ").replace("_", " ").strip() or path.name,
            uri=str(path.resolve()),
            content=content,
            mime_type=mime,
            filename=path.name,
            modified=datetime.fromtimestamp(st.st_mtime, tz=timezone.utc),
            access=self._access(st),
            metadata={"path": rel},
        )
