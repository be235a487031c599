"""Neighbour expansion (same section, same access filter), MMR over stored vectors, and the reranker seam."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.embeddings import SparseVector
from assistant.errors import ModelNotFoundError, SettingsError
from assistant.index import BuildInfo, ChunkPoint
from assistant.rerank import EmbeddingReranker, NoReranker, build_reranker
from assistant.retrieval import Principal, RetrievalFilters, RetrievalQuery, RetrievedChunk, Retriever, mmr
from assistant.settings import RetrievalSettings
from tests.index_backends import BACKENDS, make_index

ANN = Principal("ann@example.com")
ADMIN = Principal("root@example.com", admin=True)
QUERY = [1.0, 0.0, 0.0, 0.0]


def unit(*v: float) -> list[float]:
    a = np.array(v, dtype=float)
    return list(a / np.linalg.norm(a))


# (doc, chunk, section, acl, vector): "manual" chunk 2 is for another group, chunk 4 starts a new section;
# "near" holds three almost identical chunks nearest the query, "other" one that points elsewhere.
POINTS = [
    *[("manual", i, "Start" if i < 4 else "Repairs", ["group:tech"] if i == 2 else ["public"], unit(0.1, 1, i, 0))
      for i in range(6)],
    *[("near", i, "", ["public"], unit(1, 0.1 + i * 0.01, 0, 0)) for i in range(3)],
    ("other", 0, "", ["public"], unit(1, 0, 0, 1.5)),
]


class FixedEmbedder:
    def embed_query(self, text: str) -> np.ndarray:
        return np.array(QUERY)


class NoSparse:
    def embed_query(self, text: str) -> SparseVector:
        return SparseVector((), ())


@pytest.fixture(scope="module", params=BACKENDS)
def index(request, tmp_path_factory):
    build = BuildInfo(embedding_model="test", dimension=4, chunk_tokens=200, overlap_tokens=0, bm25_language="english")
    idx = make_index(request.param, tmp_path_factory.mktemp("context"), build)
    idx.upsert([ChunkPoint(doc_id=d, chunk_index=i, dense=v, sparse=SparseVector((), ()), payload={
        "doc_id": d, "chunk_index": i, "section": s, "acl": acl, "text": f"{d} {i}", "title": d, "source": "src",
        "duplicate": 0, "local_only": 0}) for d, i, s, acl, v in POINTS])
    yield idx
    idx.close()


def retriever(index, **settings) -> Retriever:
    settings = RetrievalSettings(**{"top_k": 3, "prefetch_limit": 3, **settings})
    return Retriever(settings, FixedEmbedder(), NoSparse(), index)


def hit(doc: str, index: int, section: str = "Start", score: float = 1.0) -> RetrievedChunk:
    return RetrievedChunk(doc_id=doc, chunk_index=index, title=doc, section=section, uri="", source="src",
                          text=f"{doc} {index}", score=score)


def expanded(r: Retriever, principal: Principal, hits: list[RetrievedChunk], **filters) -> list[tuple[int, int | None]]:
    query = RetrievalQuery(text="q", principal=principal, filters=RetrievalFilters(**filters))
    return [(c.chunk_index, c.neighbour_of) for c in r.expand(query, hits)]


def test_neighbours_stay_in_the_section_and_under_the_access_filter(index):
    r = retriever(index, neighbours=2)
    # For ann, chunk 2 is not there: the run around hit 3 stops at once, and chunk 1 is not reached through it.
    assert expanded(r, ANN, [hit("manual", 3)]) == [(3, None)]
    assert expanded(r, ANN, [hit("manual", 1)]) == [(1, None), (0, 1)]
    # An admin gets chunk 2; chunk 4 opens another section.
    assert expanded(r, ADMIN, [hit("manual", 3)]) == [(3, None), (2, 3), (1, 3)]
    assert expanded(r, ADMIN, [hit("manual", 4, "Repairs")]) == [(4, None), (5, 4)]


def test_nearer_rings_come_first_then_the_hits_rank(index):
    r = retriever(index, neighbours=2)
    chunks = r.expand(RetrievalQuery(text="q", principal=ADMIN), [hit("manual", 1), hit("near", 1, "", 0.5)])
    assert [(c.doc_id, c.chunk_index, c.neighbour_of) for c in chunks] == [
        ("manual", 1, None), ("near", 1, None),
        ("manual", 0, 1), ("manual", 2, 1), ("near", 0, 1), ("near", 2, 1),
        ("manual", 3, 1),
    ]
    assert all(c.score == 1.0 for c in chunks if c.doc_id == "manual")


def test_neighbours_obey_the_metadata_filters_too(index):
    assert expanded(retriever(index), ADMIN, [hit("manual", 1)], doc_ids=("near",)) == [(1, None)]


def test_no_neighbours_when_switched_off(index):
    assert expanded(retriever(index, neighbours=0), ADMIN, [hit("manual", 1)]) == [(1, None)]


def test_mmr_trades_a_repeat_for_a_different_chunk(index):
    plain = retriever(index).retrieve(RetrievalQuery(text="q", principal=ANN))
    assert [c.doc_id for c in plain] == ["near", "near", "near"] and plain[0].vector is None
    diverse = retriever(index, mmr_lambda=0.3, candidates=4).retrieve(RetrievalQuery(text="q", principal=ANN))
    assert [c.doc_id for c in diverse][:2] == ["near", "other"] and len(diverse) == 3
    assert diverse[0].vector is not None and len(diverse[0].vector) == 4


def test_mmr_keeps_the_order_at_lambda_one_and_copes_with_missing_vectors():
    chunks = [hit("a", i, score=1 - i / 10) for i in range(4)]
    assert mmr(chunks, 2, 1.0) == chunks[:2]
    assert [c.chunk_index for c in mmr(chunks, 3, 0.5)] == [0, 1, 2]
    assert mmr([], 3, 0.5) == []


class Reverse:
    """A reranker that prefers what fusion ranked last."""

    name = "reverse"
    needs_vectors = False

    def __init__(self) -> None:
        self.seen: list[int] = []

    def rerank(self, query, query_vector, chunks):
        self.seen.append(len(chunks))
        return [float(i) for i in range(len(chunks))]


def test_a_reranker_plugs_in_and_chooses_among_the_candidates(index):
    reverse = Reverse()
    r = Retriever(RetrievalSettings(top_k=2, prefetch_limit=3, reranker="embedding", candidates=8), FixedEmbedder(),
                  NoSparse(), index, reranker=reverse)
    chunks = r.retrieve(RetrievalQuery(text="q", principal=ANN))
    assert reverse.seen == [8] and len(chunks) == 2
    assert [c.score for c in chunks] == [7.0, 6.0]


def test_the_embedding_reranker_orders_by_the_stored_vectors(index):
    r = retriever(index, reranker="embedding", candidates=8)
    assert isinstance(r.reranker, EmbeddingReranker)
    chunks = r.retrieve(RetrievalQuery(text="q", principal=ANN))
    cosines = [float(np.dot(c.vector, QUERY)) for c in chunks]
    assert [c.score for c in chunks] == pytest.approx(cosines) and cosines == sorted(cosines, reverse=True)
    assert chunks[0].doc_id == "near"


def test_the_embedding_reranker_scores_a_chunk_without_a_vector_last():
    chunks = [hit("a", 0), RetrievedChunk("b", 0, "", "", "", "", "", 0.1, vector=(1.0, 0.0))]
    assert EmbeddingReranker().rerank("q", np.array([2.0, 0.0]), chunks) == [-1.0, pytest.approx(1.0)]


def test_building_rerankers_from_settings():
    assert isinstance(build_reranker(RetrievalSettings()), NoReranker)
    assert NoReranker().rerank("q", np.zeros(2), [hit("a", 0, score=0.3)]) == [0.3]
    with pytest.raises(SettingsError, match="reranker_model is empty"):
        build_reranker(RetrievalSettings(reranker="cross_encoder"))
    with pytest.raises(ModelNotFoundError, match="cross-encoder 'no-such-reranker' not found"):
        build_reranker(RetrievalSettings(reranker="cross_encoder", reranker_model="no-such-reranker"))


def test_followup_query_keeps_the_question_after_the_rewrite_unless_told_not_to():
    from assistant.chat import followup_query

    assert followup_query("What does the VPN cost?", "And per year?", True) == "What does the VPN cost? And per year?"
    assert followup_query("What does the VPN cost?", "And per year?", False) == "What does the VPN cost?"
    # A rewrite that gave the question back (or failed and returned it) is not doubled.
    assert followup_query("And per year?", " And per year? ", True) == "And per year?"
