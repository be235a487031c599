"""The connector extension point and the document model it yields."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Generator, Iterator
from datetime import datetime
from typing import ClassVar, Union

from pydantic import BaseModel, ConfigDict, Field


class Access(BaseModel):
    """Who may read a document.

    `users` and `groups` are canonical: the company's user emails and group
    names. A source that knows only its own ids (a file owner's uid, a mailbox
    name, an account id) puts them in `local_users` / `local_groups`; the sync
    engine maps them to canonical identities through the identity store and
    drops any it cannot map. An access that admits nobody (the default) fails
    closed: only admins see the document.
    """

    model_config = ConfigDict(frozen=True)

    public: bool = Field(False, description="Everyone in the company may read it.")
    users: frozenset[str] = Field(frozenset(), description="Canonical user ids (emails).")
    groups: frozenset[str] = Field(frozenset(), description="Canonical group names.")
    local_users: frozenset[str] = Field(frozenset(), description="Source-local user ids, mapped by the sync engine.")
    local_groups: frozenset[str] = Field(frozenset(), description="Source-local group ids, mapped by the sync engine.")

    def tokens(self) -> list[str]:
        """The keyword list stored on every point and matched by the retrieval filter."""
        out = ["public"] if self.public else []
        out += [f"user:{u.lower()}" for u in sorted(self.users)]
        out += [f"group:{g.lower()}" for g in sorted(self.groups)]
        return out


class Document(BaseModel):
    """One document as the source holds it, before parsing."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    id: str = Field(description="Stable id, unique across sources: '<source>:<source-local id>'.")
    source: str = Field(description="Name of the configured source that produced it.")
    title: str = Field(description="Human title, shown in citations.")
    uri: str = Field(description="Where a person can open it (a path or URL).")
    content: bytes = Field(description="The raw bytes as the source serves them.")
    mime_type: str = Field(description="Best knowledge of the format, e.g. 'application/pdf'.")
    filename: str = Field("", description="Original file name, used to pick a parser.")
    modified: datetime | None = Field(None, description="Last modification time at the source.")
    access: Access = Field(default_factory=Access, description="Who may read it.")
    metadata: dict[str, str] = Field(default_factory=dict, description="Source-specific fields.")


class Deletion(BaseModel):
    """The source no longer has this document."""

    model_config = ConfigDict(frozen=True)

    id: str


class ConnectorFailure(BaseModel):
    """One document could not be fetched; the sync goes on without it."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="Document id, or the source-local name when no id exists yet.")
    reason: str = Field(description="Why, in words a user can act on.")


class Checkpoint(BaseModel):
    """Where a connector stopped; subclasses add their own fields. Round-trips through JSON."""


class CheckpointMark(BaseModel):
    """A safe place to resume, yielded in the middle of a run.

    Every item yielded before the mark is fully described by `checkpoint`: a
    run that starts from it loses nothing and delivers again only what came
    after the mark (or changed since). The sync engine stores marks from time
    to time, once the items before them are in the store and the ledger, so a
    killed run resumes near where it stopped instead of at the previous
    checkpoint. The checkpoint must not change after it is yielded.
    """

    model_config = ConfigDict(frozen=True)

    checkpoint: Checkpoint = Field(description="The connector's own checkpoint model, as `load` would return it here.")


SourceItem = Union[Document, Deletion, ConnectorFailure, CheckpointMark]


def mark_gap(size: int) -> int:
    """How many items to yield between two marks whose checkpoints list about `size` entries.

    A mark copies its listing, so the gap grows with it: the copying stays linear in the size of the
    source (about a hundred entries copied per item), and a small source still gets a mark every ten items.
    """
    return max(10, size // 100)


class UserRecord(BaseModel):
    """A person as a directory knows them."""

    model_config = ConfigDict(frozen=True)

    email: str = Field(description="The canonical id.")
    local_ids: frozenset[str] = Field(frozenset(), description="Ids other sources use for this person (uid, login).")
    name: str = ""


class GroupRecord(BaseModel):
    """A group and its direct members; nested groups are expanded by the identity store."""

    model_config = ConfigDict(frozen=True)

    name: str = Field(description="The canonical group name.")
    users: frozenset[str] = Field(frozenset(), description="Member emails.")
    groups: frozenset[str] = Field(frozenset(), description="Member groups (nested).")
    local_ids: frozenset[str] = Field(frozenset(), description="Ids other sources use for this group (gid, DN).")


class Directory(BaseModel):
    """A full snapshot of a directory: every user and group it holds."""

    users: list[UserRecord] = Field(default_factory=list)
    groups: list[GroupRecord] = Field(default_factory=list)


class Connector(ABC):
    """A source of documents.

    `load` is a generator over `Document | Deletion | ConnectorFailure` whose
    return value is the next checkpoint. A connector whose checkpoint can
    advance mid-run also yields a `CheckpointMark` wherever it is safe to
    resume. Only configuration and credential problems raise (as
    `connectors.errors.ConnectorError`).
    """

    kind: ClassVar[str]
    checkpoint_model: ClassVar[type[Checkpoint]] = Checkpoint

    def __init__(self, name: str) -> None:
        self.name = name

    @abstractmethod
    def load(self, checkpoint: Checkpoint | None) -> Generator[SourceItem, None, Checkpoint]:
        """Yield what changed since `checkpoint` (everything when None); return the next one."""


class SlimListing(ABC):
    """Can list the ids of every live document cheaply, so deletions are found without a full load."""

    @abstractmethod
    def list_ids(self) -> Iterator[str]:
        """Every document id the source holds now."""


class DirectorySource(ABC):
    """Reads users, groups and memberships (LDAP, a CSV/YAML mapping, a SaaS directory)."""

    @abstractmethod
    def load_directory(self) -> Directory:
        """A full snapshot; the identity store replaces what this source said last time."""
