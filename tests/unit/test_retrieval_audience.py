"""Retrieval for several principals at once (everyone in a Slack channel): the filter is in the query.

A point comes back only if the asker and every member of the audience may read it; public points come back
for anyone. The points nearest the query are ones the audience may not read, and the prefetch is no larger
than the limit: a filter applied after the search would find nothing, the one in the query finds `limit`.
"""

from __future__ import annotations

import numpy as np
import pytest

from assistant.chat import ChatService
from assistant.embeddings import SparseVector
from assistant.index import BuildInfo, ChunkPoint, SearchFilter
from assistant.retrieval import ANYONE, Principal, RetrievalQuery, Retriever, audience_acl
from assistant.settings import RetrievalSettings
from guardrails.pii.vault import VaultEntry
from tests.index_backends import BACKENDS, make_index

ALICE = Principal("alice@example.com", ("finance",))
BOB = Principal("bob@example.com", ("ops",))
ADMIN = Principal("root@example.com", admin=True)
QUERY = [1.0, 0.0, 0.0, 0.0]

# (doc id, acl, how far from the query): the nearest documents are the ones only some may read.
DOCS = [
    ("finance-only", ["group:finance"], 0.05),
    ("ops-only", ["group:ops"], 0.1),
    ("alice-only", ["user:alice@example.com"], 0.15),
    ("finance-and-ops", ["group:finance", "group:ops"], 0.6),
    ("public", ["public"], 0.9),
]
PER_DOC = 6


class FixedEmbedder:
    def embed_query(self, text: str) -> np.ndarray:
        return np.array(QUERY)


class NoSparse:
    def embed_query(self, text: str) -> SparseVector:
        return SparseVector((), ())


@pytest.fixture(scope="module", params=BACKENDS)
def index(request, tmp_path_factory):
    build = BuildInfo(embedding_model="test", dimension=4, chunk_tokens=200, overlap_tokens=0, bm25_language="english")
    idx = make_index(request.param, tmp_path_factory.mktemp("audience"), build)
    points = []
    for doc_id, acl, distance in DOCS:
        for i in range(PER_DOC):
            angle = distance + i * 0.01
            points.append(ChunkPoint(doc_id=doc_id, chunk_index=i, dense=[np.cos(angle), np.sin(angle), 0.0, 0.0],
                                     sparse=SparseVector((), ()),
                                     payload={"doc_id": doc_id, "chunk_index": i, "acl": acl, "text": doc_id,
                                              "duplicate": 0, "local_only": 0}))
    idx.upsert(points)
    yield idx
    idx.close()


@pytest.fixture(scope="module")
def retriever(index):
    return Retriever(RetrievalSettings(top_k=5, prefetch_limit=5), FixedEmbedder(), NoSparse(), index)


def docs(retriever, principal, audience=(), limit=5) -> list[str]:
    chunks = retriever.retrieve(RetrievalQuery(text="q", principal=principal, audience=audience, limit=limit))
    return [c.doc_id for c in chunks]


@pytest.mark.parametrize("principal, audience, admitted", [
    (ALICE, (), {"finance-only", "alice-only", "finance-and-ops", "public"}),
    (BOB, (), {"ops-only", "finance-and-ops", "public"}),
    (ALICE, (BOB,), {"finance-and-ops", "public"}),
    (ALICE, (ALICE, BOB, BOB), {"finance-and-ops", "public"}),
    (BOB, (ALICE,), {"finance-and-ops", "public"}),
    (ALICE, (BOB, ANYONE), {"public"}),
    (ALICE, (Principal("carol@example.com"),), {"public"}),
    (ADMIN, (BOB,), {"ops-only", "finance-and-ops", "public"}),
    (ALICE, (ADMIN,), {"finance-only", "alice-only", "finance-and-ops", "public"}),
])
def test_a_point_comes_back_only_if_everyone_may_read_it(retriever, principal, audience, admitted):
    found = docs(retriever, principal, audience, limit=len(DOCS) * PER_DOC)
    assert set(found) == admitted
    assert len(found) == len(admitted) * PER_DOC


def test_the_filter_is_in_the_query_so_limit_results_come_back(retriever):
    # prefetch_limit is 5 and 18 nearer points are off limits: post-filtering would return nothing.
    found = docs(retriever, ALICE, (BOB,), limit=5)
    assert found == ["finance-and-ops"] * 5
    found = docs(retriever, ALICE, (BOB,), limit=9)
    assert found == ["finance-and-ops"] * PER_DOC + ["public"] * 3


def test_audience_token_lists():
    assert audience_acl(()) == ()
    assert audience_acl((BOB, BOB, ADMIN)) == (("public", "user:bob@example.com", "group:ops"),)
    assert audience_acl((ALICE, ANYONE)) == (("public",),)
    assert ANYONE.acl_tokens() == ("public",)


def test_an_empty_token_list_in_the_audience_matches_nothing(index):
    assert index.count(SearchFilter(acl=None, audience=((),))) == 0
    assert index.count(SearchFilter(acl=None, audience=(("public",),))) == PER_DOC


def test_can_read_and_placeholder_restoration_need_the_whole_audience(retriever):
    assert retriever.can_read(ALICE, "finance-only")
    assert not retriever.can_read(ALICE, "finance-only", (BOB,))
    assert retriever.can_read(ALICE, "finance-and-ops", (BOB,))
    service = object.__new__(ChatService)
    service.retriever = retriever

    def entry(*origins: str) -> VaultEntry:
        return VaultEntry(placeholder="<PERSON_1>", entity="PERSON", value="Jane Roe", origins=list(origins))

    alone, in_channel = service._allowed(ALICE), service._allowed(ALICE, (BOB,))
    assert alone(entry("doc:finance-only")) and not in_channel(entry("doc:finance-only"))
    assert in_channel(entry("doc:finance-only", "doc:finance-and-ops"))
    assert in_channel(entry("question")), "what the asker typed in the channel is no secret there"
    assert not in_channel(entry("answer"))
