"""Metadata filters: applied inside the query with the access filter, on the payload fields ingest writes.

The points nearest the query are the ones a filter excludes, and the prefetch is no larger than the limit:
a filter applied after the search would return nothing, the one in the query returns `limit` chunks.
"""

from __future__ import annotations

from datetime import datetime, timezone

import numpy as np
import pytest
from pydantic import ValidationError

from assistant.embeddings import SparseVector
from assistant.index import BuildInfo, ChunkPoint
from assistant.index.base import path_key, path_prefixes
from assistant.ingest.pipeline import document_tags, filter_fields
from assistant.retrieval import (
    Principal,
    RetrievalFilters,
    RetrievalQuery,
    Retriever,
    parse_when,
    search_filter,
)
from assistant.settings import RetrievalSettings
from connectors import Document
from tests.index_backends import BACKENDS, make_index

ALICE = Principal("alice@example.com", ("finance",))
ADMIN = Principal("root@example.com", admin=True)
QUERY = [1.0, 0.0, 0.0, 0.0]


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def doc(doc_id: str, source: str, path: str, modified: datetime | None, content: bytes = b"x", **metadata) -> Document:
    return Document(id=f"{source}:{doc_id}", source=source, title=doc_id, uri=f"/srv/{source}/{path}", content=content,
                    mime_type="text/markdown", filename=path.rsplit("/", 1)[-1], modified=modified,
                    metadata={"path": path, **metadata})


# Nearest first: each document is further from the query than the one before it.
DOCS = [
    (doc("a", "wiki", "policies/hr/leave.md", utc(2025, 12, 31, 23, 59), b"---\ntags: [HR, Policy]\n---\n# A"),
     ["public"]),
    (doc("b", "wiki", "policies/hr-old/leave.md", utc(2026, 1, 1)), ["public"]),
    (doc("c", "files", "policies/hr/travel.md", utc(2026, 2, 1), b"---\ntags: travel, hr\n---\n# C"), ["public"]),
    (doc("d", "files", "notes/2026/plan.md", None, tags="Plan, budget"), ["public"]),
    (doc("e", "wiki", "policies/hr/pay.md", utc(2026, 3, 1)), ["group:finance"]),
    (doc("f", "mail", "inbox/1", utc(2026, 1, 15)), ["group:ops"]),
]
PER_DOC = 3


class FixedEmbedder:
    def embed_query(self, text: str) -> np.ndarray:
        return np.array(QUERY)


class NoSparse:
    def embed_query(self, text: str) -> SparseVector:
        return SparseVector((), ())


@pytest.fixture(scope="module", params=BACKENDS)
def index(request, tmp_path_factory):
    build = BuildInfo(embedding_model="test", dimension=4, chunk_tokens=200, overlap_tokens=0, bm25_language="english")
    idx = make_index(request.param, tmp_path_factory.mktemp("filters"), build)
    points = []
    for rank, (d, acl) in enumerate(DOCS):
        for i in range(PER_DOC):
            angle = 0.05 + rank * 0.1 + i * 0.01
            points.append(ChunkPoint(
                doc_id=d.id, chunk_index=i, dense=[np.cos(angle), np.sin(angle), 0.0, 0.0], sparse=SparseVector((), ()),
                payload={"doc_id": d.id, "source": d.source, "chunk_index": i, "acl": acl, "text": f"{d.id} {i}",
                         "duplicate": 0, "local_only": 0, **filter_fields(d)}))
    idx.upsert(points)
    yield idx
    idx.close()


@pytest.fixture(scope="module")
def retriever(index):
    return Retriever(RetrievalSettings(top_k=3, prefetch_limit=3), FixedEmbedder(), NoSparse(), index)


def found(retriever, principal=ADMIN, query_sources=(), limit=3, **filters) -> list[str]:
    query = RetrievalQuery(text="q", principal=principal, sources=query_sources, limit=limit,
                           filters=RetrievalFilters(**filters))
    chunks = retriever.retrieve(query)
    assert len(chunks) == len({(c.doc_id, c.chunk_index) for c in chunks})
    return sorted({c.doc_id for c in chunks})


@pytest.mark.parametrize("filters, sources, expected", [
    ({}, (), ["wiki:a"]),
    ({"sources": ("files",)}, (), ["files:c"]),
    ({"sources": ("files", "mail")}, (), ["files:c"]),
    ({"sources": ("files", "mail")}, ("mail",), ["mail:f"]),
    ({"sources": ("files",)}, ("mail",), []),
    ({"doc_ids": ("wiki:e", "mail:f")}, (), ["wiki:e"]),
    ({"path_prefixes": ("policies/hr",)}, (), ["wiki:a"]),
    ({"path_prefixes": ("/policies/hr/",), "sources": ("files",)}, (), ["files:c"]),
    ({"path_prefixes": ("policies/hr-old",)}, (), ["wiki:b"]),
    ({"path_prefixes": ("policies/h",)}, (), []),
    ({"path_prefixes": ("policies/hr/travel.md",)}, (), ["files:c"]),
    ({"path_prefixes": ("notes", "inbox")}, (), ["files:d"]),
    ({"path_prefixes": ("/",)}, (), ["wiki:a"]),
    ({"tags": ("hr",)}, (), ["wiki:a"]),
    ({"tags": ("TRAVEL",)}, (), ["files:c"]),
    ({"tags": ("budget", "nope")}, (), ["files:d"]),
    ({"modified_after": "2026-01-01"}, (), ["wiki:b"]),
    ({"modified_after": "2026-01-01T00:00:01Z"}, (), ["files:c"]),
    ({"modified_before": "2026-01-01"}, (), ["wiki:a"]),
    ({"modified_before": "2026-01-01T02:00:00+02:00"}, (), ["wiki:a"]),
    ({"modified_before": "2026-01-01T01:00:00+02:00"}, (), []),
    ({"modified_after": "2026-01-02", "modified_before": "2026-02-01"}, (), ["mail:f"]),
    ({"modified_after": "2026-02-01", "modified_before": "2026-02-02"}, (), ["files:c"]),
    ({"modified_after": "2099-01-01"}, (), []),
    ({"modified_after": "2026-02-01", "modified_before": "2026-02-01"}, (), []),
    ({"modified_after": "2026-03-01", "modified_before": "2025-01-01"}, (), []),
])
def test_each_filter_runs_inside_the_query(retriever, filters, sources, expected):
    assert found(retriever, query_sources=sources, limit=PER_DOC, **filters) == expected


def test_a_filtered_search_still_fills_the_limit(retriever):
    chunks = retriever.retrieve(RetrievalQuery(text="q", principal=ADMIN, limit=5,
                                               filters=RetrievalFilters(path_prefixes=("policies/hr",))))
    assert len(chunks) == 5
    assert {c.doc_id for c in chunks} == {"wiki:a", "files:c"}


def test_filters_narrow_access_and_never_widen_it(retriever):
    assert found(retriever, ALICE, limit=20, path_prefixes=("policies/hr",)) == ["files:c", "wiki:a", "wiki:e"]
    assert found(retriever, ALICE, limit=20, doc_ids=("mail:f",)) == []
    assert found(retriever, ALICE, limit=20, sources=("mail",)) == []
    assert found(retriever, Principal(""), limit=20, tags=("plan",)) == ["files:d"]


def test_the_search_filter_normalizes_what_the_caller_typed():
    flt = search_filter(RetrievalQuery(text="q", principal=ALICE, filters=RetrievalFilters(
        path_prefixes=("\\docs\\hr\\",), tags=(" Team  Plan ",), modified_after="2026-01-01")))
    assert flt.path_prefixes == ("docs/hr",) and flt.tags == ("team plan",)
    assert flt.modified_after == utc(2026, 1, 1).timestamp() and flt.modified_before is None
    assert flt.acl == ALICE.acl_tokens() and flt.searchable_only


def test_path_prefixes_are_whole_segments():
    assert path_prefixes("a/b/c.md") == ["a", "a/b", "a/b/c.md"]
    assert path_prefixes("https://wiki.example.com/x/y") == ["https:", "https:/wiki.example.com",
                                                             "https:/wiki.example.com/x", "https:/wiki.example.com/x/y"]
    assert path_key("https://wiki.example.com/x/") == "https:/wiki.example.com/x"
    assert path_prefixes("") == [] and path_prefixes("/") == []


@pytest.mark.parametrize("content, metadata, tags", [
    (b"---\ntags: [HR, Policy]\n---\n# A", {}, ["hr", "policy"]),
    (b"---\ntitle: x\ntags:\n  - one\n  - Two  Words\nkeywords: k\n---\n", {}, ["k", "one", "two words"]),
    (b"---\ntags: a, b\n---\n", {"tags": "b, C"}, ["a", "b", "c"]),
    (b"---\ntags: [unclosed\n---\n", {}, []),
    (b"# no front matter\ntags: nope", {}, []),
    (b"", {"tags": " , "}, []),
])
def test_tags_come_from_front_matter_and_metadata(content, metadata, tags):
    assert document_tags(doc("t", "wiki", "t.md", None, content, **metadata)) == tags


def test_the_modified_time_is_stored_as_epoch_seconds():
    fields = filter_fields(doc("t", "wiki", "a/t.md", utc(2026, 1, 1)))
    assert fields["modified_ts"] == utc(2026, 1, 1).timestamp() and fields["path_prefixes"] == ["a", "a/t.md"]
    assert filter_fields(doc("t", "wiki", "t.md", None))["modified_ts"] is None


def test_dates_parse_as_utc_unless_a_zone_is_given():
    assert RetrievalFilters(modified_after="2026-01-31t12:00:00z").modified_after == utc(2026, 1, 31, 12)
    assert RetrievalFilters(modified_before=datetime(2026, 1, 31)).modified_before == utc(2026, 1, 31)
    assert RetrievalFilters(modified_after="2026-02-01", modified_before="2026-01-01").empty_range
    assert not RetrievalFilters(modified_after="2026-01-01").empty_range
    assert parse_when("2026-01-31") == utc(2026, 1, 31)
    assert parse_when("2026-01-31T12:00:00Z") == utc(2026, 1, 31, 12)
    assert parse_when("2026-01-31T12:00:00+02:00") == utc(2026, 1, 31, 10)


@pytest.mark.parametrize("bad, message", [
    ({"modified_after": "2026-13-01"}, "'2026-13-01' is not a date: use YYYY-MM-DD"),
    ({"modified_before": "yesterday"}, "'yesterday' is not a date"),
    ({"tag": ["x"]}, "Extra inputs are not permitted"),
    ({"tags": ["x" * 1001]}, "at most 1000 characters"),
    ({"doc_ids": ["d"] * 101}, "at most 100 items"),
])
def test_bad_filters_say_what_is_wrong(bad, message):
    with pytest.raises(ValidationError, match=message):
        RetrievalFilters.model_validate(bad)
