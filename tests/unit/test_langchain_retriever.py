"""The LangChain adapter: a BaseRetriever for one principal, returning Documents with citation metadata."""

from __future__ import annotations

import numpy as np
import pytest
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import RunnableLambda

from assistant.embeddings import SparseVector
from assistant.index import BuildInfo, ChunkPoint
from assistant.integrations.langchain import AssistantRetriever
from assistant.retrieval import Principal, RetrievalFilters, Retriever
from assistant.settings import RetrievalSettings
from tests.index_backends import BACKENDS, make_index

ANN = Principal("ann@example.com", ("hr",))
BOB = Principal("bob@example.com")


class FixedEmbedder:
    def embed_query(self, text: str) -> np.ndarray:
        return np.array([1.0, 0.0, 0.0, 0.0])


class NoSparse:
    def embed_query(self, text: str) -> SparseVector:
        return SparseVector((), ())


@pytest.fixture(scope="module", params=BACKENDS)
def retriever(request, tmp_path_factory):
    build = BuildInfo(embedding_model="test", dimension=4, chunk_tokens=200, overlap_tokens=0, bm25_language="english")
    idx = make_index(request.param, tmp_path_factory.mktemp("langchain"), build)
    docs = [("hr:salaries", ["group:hr"], "hr"), ("wiki:canteen", ["public"], "wiki")]
    idx.upsert([
        ChunkPoint(doc_id=d, chunk_index=i, dense=[np.cos(a), np.sin(a), 0.0, 0.0], sparse=SparseVector((), ()),
                   payload={"doc_id": d, "chunk_index": i, "acl": acl, "source": src, "title": d.split(":")[1].title(),
                            "section": "Main", "uri": f"https://intranet/{d}", "text": f"{d} part {i}",
                            "duplicate": 0, "local_only": 0})
        for n, (d, acl, src) in enumerate(docs) for i in range(3) for a in [0.1 * n + 0.01 * i]
    ])
    yield Retriever(RetrievalSettings(top_k=2, neighbours=1), FixedEmbedder(), NoSparse(), idx)
    idx.close()


def test_invoke_returns_documents_with_citation_metadata(retriever):
    lc = AssistantRetriever(retriever=retriever, principal=ANN)
    assert isinstance(lc, BaseRetriever)
    docs = lc.invoke("what are the salary bands?")
    assert [d.page_content for d in docs] == ["hr:salaries part 0", "hr:salaries part 1"]
    meta = docs[0].metadata
    assert {k: meta[k] for k in ("doc_id", "chunk_index", "title", "section", "uri", "source")} == {
        "doc_id": "hr:salaries", "chunk_index": 0, "title": "Salaries", "section": "Main",
        "uri": "https://intranet/hr:salaries", "source": "hr"}
    assert meta["score"] > 0 and meta["neighbour"] is False and docs[0].id == "hr:salaries#0"


def test_the_principal_sees_only_what_they_may_read(retriever):
    docs = AssistantRetriever(retriever=retriever, principal=BOB, k=10).invoke("anything")
    assert {d.metadata["doc_id"] for d in docs} == {"wiki:canteen"} and len(docs) == 3


def test_filters_k_and_neighbours(retriever):
    lc = AssistantRetriever(retriever=retriever, principal=ANN, k=1, neighbours=True,
                            filters=RetrievalFilters(sources=("wiki",)))
    docs = lc.invoke("lunch")
    assert [(d.metadata["doc_id"], d.metadata["chunk_index"], d.metadata["neighbour"]) for d in docs] == [
        ("wiki:canteen", 0, False), ("wiki:canteen", 1, True)]


def test_it_composes_in_a_chain_and_batches(retriever):
    chain = AssistantRetriever(retriever=retriever, principal=BOB, k=1) | RunnableLambda(
        lambda docs: "\n".join(f"[{d.metadata['title']}] {d.page_content}" for d in docs))
    assert chain.invoke("lunch") == "[Canteen] wiki:canteen part 0"
    results = AssistantRetriever(retriever=retriever, principal=ANN, k=1).batch(["a", "b"])
    assert all(isinstance(r[0], Document) for r in results) and len(results) == 2
