"""The index contract, run against Qdrant Edge and against qdrant-client (local mode standing in for a server).

Everything the rest of the assistant relies on: idempotent upserts by point id, deleting a document's tail,
payload rewrites, the access filter (an empty token list matches nothing), neighbour fetches by chunk, the
points of a migration with their vectors, hybrid and score fusion, and the build record checked on reopening.
"""

from __future__ import annotations

import numpy as np
import pytest

from assistant.embeddings import SparseVector
from assistant.errors import StoreMismatchError
from assistant.index import BuildInfo, ChunkPoint, SearchFilter, point_id
from assistant.index.edge import EdgeIndex
from tests.index_backends import BACKENDS, local_client, server_index

BUILD = BuildInfo(embedding_model="test", dimension=4, chunk_tokens=200, overlap_tokens=0, bm25_language="english")
QUERY = [1.0, 0.0, 0.0, 0.0]
ADMIN = SearchFilter(acl=None)


def unit(angle: float) -> list[float]:
    return [float(np.cos(angle)), float(np.sin(angle)), 0.0, 0.0]


NO_SPARSE = SparseVector((), ())


def chunk(doc: str, i: int, angle: float, acl=("public",), sparse=NO_SPARSE, **payload) -> ChunkPoint:
    return ChunkPoint(doc_id=doc, chunk_index=i, dense=unit(angle), sparse=sparse, payload={
        "doc_id": doc, "chunk_index": i, "acl": list(acl), "source": doc.split(":")[0], "text": f"{doc} {i}",
        "duplicate": 0, "local_only": 0, "modified_ts": None, **payload})


@pytest.fixture(params=BACKENDS)
def opener(request, tmp_path):
    """open(build) -> a fresh handle on one store; earlier handles are closed first (Edge locks its shard)."""
    client = local_client()
    opened: list = []

    def open_(build: BuildInfo = BUILD):
        while opened:
            opened.pop().close()
        idx = EdgeIndex(tmp_path / "store", build) if request.param == "edge" else server_index(build, client)
        opened.append(idx)
        return idx

    yield open_
    while opened:
        opened.pop().close()


def two_documents() -> list[ChunkPoint]:
    return ([chunk("wiki:a", i, 0.1 + i * 0.01) for i in range(4)]
            + [chunk("wiki:b", i, 0.5 + i * 0.01, acl=("group:hr",)) for i in range(3)])


@pytest.fixture
def index(opener):
    idx = opener()
    idx.upsert(two_documents())
    return idx


@pytest.fixture(scope="module", params=BACKENDS)
def shared(request, tmp_path_factory):
    """The same two documents, for the tests that only read (one store per backend, not one per test)."""
    folder = tmp_path_factory.mktemp("shared")
    idx = EdgeIndex(folder / "store", BUILD) if request.param == "edge" else server_index(BUILD)
    idx.upsert(two_documents())
    yield idx
    idx.close()


def doc_ids(hits) -> list[str]:
    return [h.payload["doc_id"] for h in hits]


def test_upserts_are_idempotent_by_point_id(index):
    assert index.count() == 7
    index.upsert([chunk("wiki:a", 0, 0.1, text="new text")])
    assert index.count() == 7
    assert index.scroll_document("wiki:a")[0].payload["text"] == "new text"
    assert index.scroll_document("wiki:a")[0].id == point_id("wiki:a", 0)


def test_delete_document_from_a_chunk_keeps_the_head(index):
    index.delete_document("wiki:a", from_chunk=2)
    assert [h.payload["chunk_index"] for h in index.scroll_document("wiki:a")] == [0, 1]
    index.delete_document("wiki:a")
    assert index.scroll_document("wiki:a") == [] and index.count() == 3


def test_set_payload_rewrites_access_without_reembedding(index):
    hr = SearchFilter(acl=("group:hr",))
    assert index.count(hr) == 3
    index.set_payload("wiki:b", {"acl": ["group:ops"]})
    assert index.count(hr) == 0 and index.count(SearchFilter(acl=("group:ops",))) == 3
    assert not index.search(QUERY, SparseVector((), ()), hr, limit=10, prefetch_limit=10)


@pytest.mark.parametrize("flt, expected", [
    (SearchFilter(acl=None), 7),
    (SearchFilter(acl=()), 0),
    (SearchFilter(acl=("public",)), 4),
    (SearchFilter(acl=("public", "group:hr")), 7),
    (SearchFilter(acl=None, audience=(("public",), ("group:hr",))), 0),
    (SearchFilter(acl=None, audience=((),)), 0),
    (SearchFilter(acl=None, sources=("wiki",)), 7),
    (SearchFilter(acl=None, doc_ids=("wiki:b",)), 3),
    (SearchFilter(acl=None, modified_after=0.0), 0),
    (SearchFilter(acl=None, chunks=(("wiki:a", 1), ("wiki:b", 2), ("wiki:c", 0))), 2),
    (SearchFilter(acl=("public",), chunks=(("wiki:a", 1), ("wiki:b", 2))), 1),
])
def test_counts_follow_the_filter(shared, flt, expected):
    assert shared.count(flt) == expected


def test_fetch_returns_the_named_chunks_under_the_filter(shared):
    hits = shared.fetch(SearchFilter(acl=("public",), chunks=(("wiki:a", 0), ("wiki:a", 3), ("wiki:b", 0))), 10)
    assert sorted((h.payload["doc_id"], h.payload["chunk_index"]) for h in hits) == [("wiki:a", 0), ("wiki:a", 3)]


def test_flags_leave_points_out(index):
    index.set_payload("wiki:a", {"duplicate": 1})
    index.set_payload("wiki:b", {"local_only": 1})
    assert index.count(SearchFilter(acl=None, searchable_only=True)) == 3
    assert index.count(SearchFilter(acl=None, exclude_local_only=True)) == 4
    assert index.count(SearchFilter(acl=None, searchable_only=True, exclude_local_only=True)) == 0


def test_dense_search_ranks_by_cosine_and_returns_vectors(shared):
    hits = shared.search(QUERY, SparseVector((), ()), ADMIN, limit=3, prefetch_limit=10, with_vectors=True)
    assert [(h.payload["doc_id"], h.payload["chunk_index"]) for h in hits] == [("wiki:a", 0), ("wiki:a", 1),
                                                                              ("wiki:a", 2)]
    assert np.allclose(hits[0].vector, unit(0.1), atol=1e-5)
    assert shared.search(QUERY, SparseVector((), ()), ADMIN, limit=3, prefetch_limit=10)[0].vector is None


@pytest.mark.parametrize("fusion", ["rrf", "dbsf"])
def test_the_sparse_stage_lifts_the_keyword_match(opener, fusion):
    idx = opener()
    # Dense puts "kw:term" last; it alone holds term 7, so the BM25 stage ranks it first.
    idx.upsert([chunk(f"d:{n}", 0, 0.1 * n, sparse=SparseVector((1, 2), (1.0, 1.0))) for n in range(5)]
               + [chunk("kw:term", 0, 1.2, sparse=SparseVector((1, 7), (1.0, 2.0)))])
    query = SparseVector((7,), (1.0,))
    dense_only = idx.search(QUERY, SparseVector((), ()), ADMIN, limit=3, prefetch_limit=10, fusion=fusion)
    assert "kw:term" not in doc_ids(dense_only)
    hybrid = idx.search(QUERY, query, ADMIN, limit=3, prefetch_limit=10, fusion=fusion, weights=(1.0, 3.0))
    assert doc_ids(hybrid)[0] == "kw:term"


def test_the_filter_holds_in_every_stage(opener):
    idx = opener()
    idx.upsert([chunk(f"secret:{n}", 0, 0.01 * n, acl=("group:x",), sparse=SparseVector((7,), (1.0,)))
                for n in range(5)] + [chunk("pub:far", 0, 1.0, sparse=SparseVector((8,), (1.0,)))])
    hits = idx.search(QUERY, SparseVector((7,), (1.0,)), SearchFilter(acl=("public",)), limit=5, prefetch_limit=2)
    assert doc_ids(hits) == ["pub:far"]


def test_points_come_back_with_their_vectors(opener):
    idx = opener()
    written = [chunk(f"doc:{n}", i, 0.2 * n + i, sparse=SparseVector((3, 11 + n), (0.5, 1.25)), tags=["x"])
               for n in range(3) for i in range(2)] + [chunk("doc:nosparse", 0, 0.9)]
    idx.upsert(written)
    read = [p for batch in idx.points(batch_size=3) for p in batch]
    assert sorted(p.id for p in read) == sorted(p.id for p in written)
    by_id = {p.id: p for p in read}
    for p in written:
        got = by_id[p.id]
        assert got.payload == p.payload
        assert got.sparse == p.sparse
        assert np.allclose(got.dense, p.dense, atol=1e-5)


def test_reopening_checks_the_build_record(opener):
    opener().upsert([chunk("wiki:a", 0, 0.1)])
    assert opener().count() == 1
    with pytest.raises(StoreMismatchError, match=r"chunk_tokens: store has 200, settings say 300.*assistant reindex"):
        opener(BUILD.model_copy(update={"chunk_tokens": 300}))
