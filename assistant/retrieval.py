"""Hybrid retrieval with the access and metadata filters inside the query, then MMR, reranking and
neighbour expansion for the model's context."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from functools import cached_property
from typing import TYPE_CHECKING, Annotated

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.embeddings import Embedder, SparseEncoder
from assistant.index import Hit, SearchFilter, VectorIndex
from assistant.index.base import path_key
from assistant.settings import RetrievalSettings

if TYPE_CHECKING:
    from assistant.rerank import Reranker

# Matches no stored value: an empty intersection must find nothing, never everything.
_NOTHING = "\x00none"


@dataclass(frozen=True)
class Principal:
    """Who asks. Admins see every document, whatever its access.

    A principal without a user stands for anyone (someone who cannot be identified): public documents only.
    """

    user: str
    groups: tuple[str, ...] = ()
    admin: bool = False

    def acl_tokens(self) -> tuple[str, ...] | None:
        if self.admin:
            return None
        if not self.user:
            return ("public",)
        return ("public", f"user:{self.user.lower()}", *(f"group:{g.lower()}" for g in self.groups))


ANYONE = Principal(user="")


def audience_acl(audience: tuple[Principal, ...]) -> tuple[tuple[str, ...], ...]:
    """The token lists a point must match one of each, for everyone who will see an answer besides the asker.

    Admins add no restriction; identical lists collapse, and anyone's list (public only) makes the others moot.
    """
    lists = {tokens for p in audience if (tokens := p.acl_tokens()) is not None}
    if ANYONE.acl_tokens() in lists:
        return (ANYONE.acl_tokens(),)
    return tuple(sorted(lists))


@dataclass(frozen=True)
class RetrievedChunk:
    doc_id: str
    chunk_index: int
    title: str
    section: str
    uri: str
    source: str
    text: str
    score: float
    # PII found in `text` at ingest, as (start, end, label, score), and the analyzer configuration that found
    # it; None when the chunk was never analysed.
    pii: tuple[tuple[int, int, str, float], ...] | None = None
    pii_config: str = ""
    # Set on a chunk added around a hit (neighbour expansion): the hit's chunk index in the same document.
    neighbour_of: int | None = None
    # The stored dense vector, when MMR or the reranker asked for it.
    vector: tuple[float, ...] | None = field(default=None, repr=False, compare=False)
    # What the document guards found in this chunk's raw text at ingest (kind, offsets, verdict...).
    findings: tuple[dict, ...] = field(default=(), repr=False, compare=False)

    @classmethod
    def from_hit(cls, hit: Hit) -> RetrievedChunk:
        p = hit.payload
        return cls(
            doc_id=str(p.get("doc_id", "")), chunk_index=int(p.get("chunk_index", 0)),
            title=str(p.get("title", "")), section=str(p.get("section", "")), uri=str(p.get("uri", "")),
            source=str(p.get("source", "")), text=str(p.get("text", "")), score=hit.score,
            pii=None if not isinstance(p.get("pii"), dict) else tuple(
                (int(a), int(b), str(label), float(score)) for a, b, label, score in p["pii"].get("spans", ())),
            pii_config=str(p["pii"].get("config", "")) if isinstance(p.get("pii"), dict) else "",
            vector=hit.vector,
            findings=tuple(f for f in p.get("findings") or () if isinstance(f, dict)),
        )


def parse_when(text: str) -> datetime:
    """A date ('2026-01-31', midnight) or an ISO 8601 date-time; UTC when it names no zone."""
    value = text.strip()
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value[:40]!r} is not a date: use YYYY-MM-DD or an ISO 8601 date-time "
                         "such as 2026-01-31T12:00:00Z") from None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


Value = Annotated[str, Field(max_length=1000)]


class RetrievalFilters(BaseModel):
    """Metadata filters, applied inside the search query together with the access filter, never after it.

    Each non-empty list admits a document matching any one of its values; the lists and the date range
    must all hold. A document without a modification time fails a date range, and so does every document
    when the range is empty (`modified_after` not before `modified_before`).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    sources: tuple[Value, ...] = Field((), max_length=50, description="Only these sources (by name).")
    doc_ids: tuple[Value, ...] = Field((), max_length=100, description="Only these documents (by id).")
    path_prefixes: tuple[Value, ...] = Field(
        (), max_length=50, description="Only documents under one of these paths, compared by whole segments: "
        "'policies/hr' admits 'policies/hr/leave.md' but not 'policies/hr-old/x.md'. A file source's paths are "
        "relative to its folder; other sources' are their URIs.")
    tags: tuple[Value, ...] = Field((), max_length=50, description="Only documents with one of these tags "
                                    "(case-insensitive; from front matter `tags:` or the source's metadata).")
    modified_after: datetime | None = Field(None, description="Only documents modified at or after this time: "
                                            "YYYY-MM-DD (midnight) or ISO 8601; UTC when no zone is given.")
    modified_before: datetime | None = Field(None, description="Only documents modified before this time "
                                             "(exclusive): YYYY-MM-DD (midnight) or ISO 8601; UTC by default.")

    @field_validator("sources", "doc_ids", "path_prefixes", "tags")
    @classmethod
    def _strings(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(v.strip() for v in values if v.strip())

    @field_validator("modified_after", "modified_before", mode="wrap")
    @classmethod
    def _when(cls, value, handler):
        try:
            when = handler(value)
        except ValueError:
            # pydantic's message names the parser's complaint; this one says what to write.
            if not isinstance(value, str):
                raise
            when = parse_when(value)
        return when.replace(tzinfo=timezone.utc) if when is not None and when.tzinfo is None else when

    @property
    def empty_range(self) -> bool:
        return bool(self.modified_after and self.modified_before and self.modified_after >= self.modified_before)


NO_FILTERS = RetrievalFilters()


@dataclass(frozen=True)
class RetrievalQuery:
    text: str
    principal: Principal
    sources: tuple[str, ...] = ()
    limit: int | None = None
    remote_model: bool = False
    # Everyone else who will see the answer (the members of a Slack channel): a chunk must admit each of them.
    audience: tuple[Principal, ...] = ()
    filters: RetrievalFilters = NO_FILTERS


def _sources(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    """Both lists hold: their intersection, when both are given."""
    if a and b:
        return tuple(sorted(set(a) & set(b))) or (_NOTHING,)
    return a or b


def search_filter(query: RetrievalQuery) -> SearchFilter:
    """Everything a returned chunk must satisfy, as one filter the index applies inside the query."""
    f = query.filters
    prefixes = tuple(path_key(p) for p in f.path_prefixes)
    return SearchFilter(
        acl=query.principal.acl_tokens(), audience=audience_acl(query.audience),
        sources=_sources(query.sources, f.sources), doc_ids=f.doc_ids,
        searchable_only=True, exclude_local_only=query.remote_model,
        # A prefix of only slashes is the root: it admits everything, as no prefix does.
        path_prefixes=() if not all(prefixes) else prefixes,
        tags=tuple(" ".join(t.split()).lower() for t in f.tags),
        modified_after=f.modified_after.timestamp() if f.modified_after else None,
        modified_before=f.modified_before.timestamp() if f.modified_before else None,
    )


def mmr(chunks: list[RetrievedChunk], k: int, lam: float) -> list[RetrievedChunk]:
    """Maximal marginal relevance over the candidates: each pick trades its relevance (the score, scaled to
    0..1 over the candidates) against its cosine to the closest chunk already picked."""
    if len(chunks) <= 1 or lam >= 1:
        return chunks[:k]
    scores = np.array([c.score for c in chunks], dtype=np.float64)
    span = scores.max() - scores.min()
    relevance = (scores - scores.min()) / span if span > 0 else np.ones_like(scores)
    dim = next((len(c.vector) for c in chunks if c.vector), 0)
    vectors = np.array([c.vector if c.vector and len(c.vector) == dim else np.zeros(dim) for c in chunks],
                       dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = vectors / np.where(norms > 0, norms, 1.0)
    similarity = vectors @ vectors.T
    picked = [int(np.argmax(relevance))]
    closest = similarity[picked[0]].copy()
    left = set(range(len(chunks))) - set(picked)
    while left and len(picked) < k:
        best = max(left, key=lambda i: (lam * relevance[i] - (1 - lam) * closest[i], -i))
        picked.append(best)
        left.discard(best)
        closest = np.maximum(closest, similarity[best])
    return [chunks[i] for i in picked]


class Retriever:
    def __init__(self, settings: RetrievalSettings, embedder: Embedder, sparse: SparseEncoder, index: VectorIndex,
                 reranker: Reranker | None = None) -> None:
        self.settings = settings
        self.embedder = embedder
        self.sparse = sparse
        self.index = index
        if reranker is not None:
            self.__dict__["reranker"] = reranker

    @cached_property
    def reranker(self) -> Reranker:
        from assistant.rerank import build_reranker

        return build_reranker(self.settings)

    def retrieve(self, query: RetrievalQuery) -> list[RetrievedChunk]:
        """The best chunks for the query, best first: fused, then reranked and diversified when configured."""
        s = self.settings
        limit = query.limit or s.top_k
        reranks = s.reranker != "none"
        diversifies = s.mmr_lambda < 1
        fetch = max(limit, s.candidates) if reranks or diversifies else limit
        dense = self.embedder.embed_query(query.text)
        hits = self.index.search(
            dense=dense.tolist(),
            sparse=self.sparse.embed_query(query.text),
            flt=search_filter(query),
            limit=fetch,
            prefetch_limit=max(s.prefetch_limit, fetch),
            fusion=s.fusion,
            rrf_k=s.rrf_k,
            weights=(s.dense_weight, s.sparse_weight),
            with_vectors=diversifies or (reranks and self.reranker.needs_vectors),
        )
        chunks = [RetrievedChunk.from_hit(h) for h in hits]
        if reranks and chunks:
            scores = self.reranker.rerank(query.text, dense, chunks)
            order = sorted(range(len(chunks)), key=lambda i: -scores[i])
            chunks = [replace(chunks[i], score=float(scores[i])) for i in order]
        return mmr(chunks, limit, s.mmr_lambda) if diversifies else chunks[:limit]

    def expand(self, query: RetrievalQuery, chunks: list[RetrievedChunk]) -> list[RetrievedChunk]:
        """The hits, then the chunks around them in the same section (nearest ring first, then by the hit's
        rank), fetched in one request under the same access and metadata filter as the search."""
        n = self.settings.neighbours
        have = {(c.doc_id, c.chunk_index) for c in chunks}
        wanted = {(c.doc_id, c.chunk_index + d) for c in chunks if c.neighbour_of is None
                  for d in range(-n, n + 1) if d and c.chunk_index + d >= 0} - have
        if not wanted:
            return chunks
        found = {(c.doc_id, c.chunk_index): c for c in map(RetrievedChunk.from_hit, self.index.fetch(
            replace(search_filter(query), chunks=tuple(sorted(wanted))), limit=len(wanted)))}
        added: list[tuple[int, int, RetrievedChunk]] = []
        for rank, hit in enumerate(chunks):
            if hit.neighbour_of is not None:
                continue
            for step in (-1, 1):
                # Outwards until the section changes or a chunk is missing: a neighbour always touches the hit.
                for ring in range(1, n + 1):
                    key = (hit.doc_id, hit.chunk_index + step * ring)
                    if key in have:
                        continue
                    near = found.get(key)
                    if near is None or near.section != hit.section:
                        break
                    added.append((ring, rank, replace(near, score=hit.score, neighbour_of=hit.chunk_index)))
                    have.add(key)
        return chunks + [c for _, _, c in sorted(added, key=lambda t: (t[0], t[1]))]

    def can_read(self, principal: Principal, doc_id: str, audience: tuple[Principal, ...] = ()) -> bool:
        """Whether the document is in the store and its access admits the principal, and everyone in the
        audience, now."""
        flt = SearchFilter(acl=principal.acl_tokens(), audience=audience_acl(audience), doc_ids=(doc_id,))
        return self.index.count(flt) > 0
