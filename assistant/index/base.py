"""Index protocol and the data that crosses it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict

from assistant.embeddings import SparseVector

_NAMESPACE = uuid.UUID("6f1d6c1e-3b43-5f1a-9d4e-0c1f2a7b9e21")


def point_id(doc_id: str, chunk_index: int) -> str:
    """Deterministic, so a resumed or repeated ingest overwrites instead of duplicating."""
    return str(uuid.uuid5(_NAMESPACE, f"{doc_id}#{chunk_index}"))


class BuildInfo(BaseModel):
    """How the store was built; a store built otherwise cannot be searched with these settings."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    # 2: payload fields for metadata filters (modified_ts, path_prefixes, tags).
    schema_version: int = 2
    embedding_model: str
    dimension: int
    chunk_tokens: int
    overlap_tokens: int
    bm25_language: str

    def differences(self, other: BuildInfo) -> list[str]:
        mine, theirs = self.model_dump(), other.model_dump()
        return [f"{k}: store has {theirs[k]!r}, settings say {mine[k]!r}" for k in mine if mine[k] != theirs[k]]


@dataclass(frozen=True)
class ChunkPoint:
    doc_id: str
    chunk_index: int
    dense: list[float]
    sparse: SparseVector
    payload: dict[str, object]

    @property
    def id(self) -> str:
        return point_id(self.doc_id, self.chunk_index)


@dataclass(frozen=True)
class SearchFilter:
    """`acl` None means an admin: no access restriction. Otherwise a point must carry one of the tokens.

    `audience` holds the token lists of further principals (everyone who will see an answer): a point must
    carry one token of each list as well, so the filter admits only what all of them may read.
    """

    acl: tuple[str, ...] | None = ()
    audience: tuple[tuple[str, ...], ...] = ()
    sources: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()
    # Retrieval leaves out near-duplicates (one copy stays searchable) and, for remote models, local-only sources.
    searchable_only: bool = False
    exclude_local_only: bool = False
    # Metadata: a point must match one value of each non-empty list, and the modified range (epoch seconds,
    # after inclusive, before exclusive); a point without a modified time fails a range.
    path_prefixes: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    modified_after: float | None = None
    modified_before: float | None = None
    # (doc id, chunk index) pairs: only these chunks (neighbour expansion), still under every condition above.
    chunks: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class Hit:
    id: str
    score: float
    payload: dict[str, object] = field(default_factory=dict)
    # The dense vector, when the search asked for it (MMR and the embedding reranker reuse it).
    vector: tuple[float, ...] | None = None


def path_key(path: str) -> str:
    """A path or URL as whole segments joined by '/': how stored paths and prefix filters are compared."""
    return "/".join(p for p in path.replace("\\", "/").split("/") if p)


def path_prefixes(path: str, most: int = 32) -> list[str]:
    """Every leading run of whole segments, so a prefix filter is one keyword match in the index:
    'a/b/c.md' gives ['a', 'a/b', 'a/b/c.md']; 'docs/hr' matches it, 'docs/h' does not."""
    parts = path_key(path).split("/")
    return ["/".join(parts[:i]) for i in range(1, min(len(parts), most) + 1) if parts[0]]


class VectorIndex(Protocol):
    path_or_url: str

    def upsert(self, points: list[ChunkPoint]) -> None: ...

    def delete_document(self, doc_id: str, from_chunk: int = 0) -> None:
        """Delete the document's points whose chunk index is >= from_chunk."""

    def set_payload(self, doc_id: str, values: dict[str, object]) -> None:
        """Rewrite payload fields (ACL, duplicate flag) of a document's points without re-embedding."""

    def search(
        self,
        dense: list[float],
        sparse: SparseVector,
        flt: SearchFilter,
        limit: int,
        prefetch_limit: int,
        fusion: Literal["rrf", "dbsf"] = "rrf",
        rrf_k: int = 60,
        weights: tuple[float, float] = (1.0, 1.0),
        with_vectors: bool = False,
    ) -> list[Hit]: ...

    def fetch(self, flt: SearchFilter, limit: int) -> list[Hit]:
        """Points matching the filter, without ranking (neighbour chunks: `flt.chunks` names them)."""

    def count(self, flt: SearchFilter | None = None) -> int: ...

    def size_bytes(self) -> int: ...

    def flush(self) -> None: ...

    def close(self) -> None: ...
