"""Index protocol and the data that crosses it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
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
class StoredPoint:
    """A point as a store holds it, id included: what a migration copies from one backend to another."""

    id: str
    dense: list[float]
    sparse: SparseVector
    payload: dict[str, object]


def stored_point(pid: object, vectors: dict | None, payload: dict | None) -> StoredPoint:
    """A StoredPoint from what either backend returns: named vectors, 'bm25' with indices and values."""
    vectors = vectors or {}
    sparse = vectors.get("bm25")
    return StoredPoint(
        id=str(pid), dense=[float(x) for x in vectors.get("dense") or []], payload=dict(payload or {}),
        sparse=SparseVector(tuple(sparse.indices), tuple(float(v) for v in sparse.values)) if sparse
        else SparseVector((), ()),
    )


def dense_of(vector) -> tuple[float, ...] | None:
    """The dense vector of a returned point: named vectors carry it under 'dense'."""
    if isinstance(vector, dict):
        vector = vector.get("dense")
    return tuple(float(x) for x in vector) if vector else None


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
class Conditions:
    """A SearchFilter as plain conditions, for each backend to spell in its own client's models, so the
    filter means the same on Qdrant Edge and on a Qdrant server."""

    any_of: tuple[tuple[str, tuple[str, ...]], ...] = ()  # the field holds one of the values; all must hold
    none_of: tuple[tuple[str, int], ...] = ()  # the field must not equal the value
    ranges: tuple[tuple[str, float | None, float | None], ...] = ()  # (field, gte, lt)
    ids: tuple[str, ...] | None = None  # only these point ids


# An empty token list must match nothing, never everything: no point carries this token.
NO_TOKEN = "\x00none"


def conditions(flt: SearchFilter | None) -> Conditions:
    if flt is None:
        return Conditions()
    any_of: list[tuple[str, tuple[str, ...]]] = []
    if flt.acl is not None:
        any_of.append(("acl", tuple(flt.acl) or (NO_TOKEN,)))
    # One condition per member of the audience: each has to hold.
    any_of += [("acl", tuple(tokens) or (NO_TOKEN,)) for tokens in flt.audience]
    for key, values in (("source", flt.sources), ("doc_id", flt.doc_ids), ("path_prefixes", flt.path_prefixes),
                        ("tags", flt.tags)):
        if values:
            any_of.append((key, tuple(values)))
    # Flags are 0/1 integers: qdrant_edge 0.9's MatchValue turns True into 1, which misses a stored bool.
    none_of = [(key, 1) for key, on in (("duplicate", flt.searchable_only), ("local_only", flt.exclude_local_only))
               if on]
    ranges = []
    if flt.modified_after is not None or flt.modified_before is not None:
        ranges.append(("modified_ts", flt.modified_after, flt.modified_before))
    ids = tuple(sorted({point_id(d, i) for d, i in flt.chunks})) if flt.chunks else None
    return Conditions(tuple(any_of), tuple(none_of), tuple(ranges), ids)


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

    def upsert(self, points: Sequence[ChunkPoint | StoredPoint]) -> None: ...

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

    def scroll_document(self, doc_id: str) -> list[Hit]:
        """A document's points in chunk order."""

    def points(self, batch_size: int = 256) -> Iterator[list[StoredPoint]]:
        """Every point with its vectors and payload, a batch at a time (a migration reads them)."""

    def count(self, flt: SearchFilter | None = None) -> int: ...

    def size_bytes(self) -> int: ...

    def flush(self) -> None: ...

    def close(self) -> None: ...
