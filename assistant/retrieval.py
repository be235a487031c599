"""Hybrid retrieval with the access filter inside the query."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.embeddings import Embedder, SparseEncoder
from assistant.index import Hit, SearchFilter, VectorIndex
from assistant.settings import RetrievalSettings


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
        )


@dataclass(frozen=True)
class RetrievalQuery:
    text: str
    principal: Principal
    sources: tuple[str, ...] = ()
    limit: int | None = None
    remote_model: bool = False
    # Everyone else who will see the answer (the members of a Slack channel): a chunk must admit each of them.
    audience: tuple[Principal, ...] = ()


class Retriever:
    def __init__(self, settings: RetrievalSettings, embedder: Embedder, sparse: SparseEncoder, index: VectorIndex) -> None:
        self.settings = settings
        self.embedder = embedder
        self.sparse = sparse
        self.index = index

    def retrieve(self, query: RetrievalQuery) -> list[RetrievedChunk]:
        s = self.settings
        hits = self.index.search(
            dense=self.embedder.embed_query(query.text).tolist(),
            sparse=self.sparse.embed_query(query.text),
            flt=SearchFilter(acl=query.principal.acl_tokens(), audience=audience_acl(query.audience),
                             sources=query.sources, searchable_only=True, exclude_local_only=query.remote_model),
            limit=query.limit or s.top_k,
            prefetch_limit=max(s.prefetch_limit, query.limit or s.top_k),
            fusion=s.fusion,
            rrf_k=s.rrf_k,
            weights=(s.dense_weight, s.sparse_weight),
        )
        return [RetrievedChunk.from_hit(h) for h in hits]

    def can_read(self, principal: Principal, doc_id: str, audience: tuple[Principal, ...] = ()) -> bool:
        """Whether the document is in the store and its access admits the principal, and everyone in the
        audience, now."""
        flt = SearchFilter(acl=principal.acl_tokens(), audience=audience_acl(audience), doc_ids=(doc_id,))
        return self.index.count(flt) > 0
