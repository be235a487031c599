"""eval.retrieval_scale end to end at a tiny size: what it indexes, what the filtered queries return, the table."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.embeddings import SparseEncoder
from assistant.index import BuildInfo, SearchFilter, open_index
from eval.retrieval_scale import (
    ADMIN,
    FILTERED,
    AccessModel,
    Built,
    build_points,
    layout,
    make_pool,
    markdown,
    scenario,
)
from tests.conftest import make_settings

TOPICS = ("The harbour crane lifts containers onto the ship.", "Payroll runs on the last working day of the month.",
          "The VPN client needs a new certificate every year.", "Rainfall in the valley peaks in early spring.")


def tiny_pool():
    sentences, passages = [], []
    for t, topic in enumerate(TOPICS):
        start = len(sentences)
        sentences += [f"{topic} Note {t}-{i} adds detail number {i}." for i in range(6)]
        passages.append((start, len(sentences)))
    questions = [f"What does note {t}-{i} say about {topic.split()[1]}?" for t, topic in enumerate(TOPICS)
                 for i in range(3)]
    return make_pool(sentences, passages, questions, None, "seeded-random-unit")


@pytest.fixture
def result(tmp_path):
    pool, asked = tiny_pool()
    counts = layout(np.random.default_rng(3), chunks=300)
    settings = make_settings(tmp_path / "data")
    results = scenario(settings, "300 chunks", pool, asked, AccessModel(groups=10, users=20), counts, queries=24,
                       warmup=2, seed=3, optimize=True)
    assert [r["name"] for r in results] == ["300 chunks", "300 chunks, optimized"]
    return results[0], settings, counts


def test_layout_sizes():
    rng = np.random.default_rng(0)
    assert sum(layout(rng, chunks=1234)) == 1234
    docs = layout(rng, docs=50)
    assert len(docs) == 50 and all(1 <= n <= 7 for n in docs)


def test_every_chunk_indexed_and_filtered_hits_admitted(result):
    r, _, counts = result
    assert r["chunks"] == r["indexed_points"] == 300
    assert r["docs"] == len(counts)
    admin, filtered = r["timings"][ADMIN], r["timings"][FILTERED]
    assert admin["queries"] == filtered["queries"] == 24
    assert admin["hits_per_query"] == 5  # top_k of the default retrieval settings, the store being larger
    assert 0 < filtered["hits_per_query"] <= 5
    assert filtered["acl_violations"] == 0


def test_the_store_holds_the_drawn_acls(result):
    """Re-drawn with the same seed, the ACLs give the counts the store's own filter finds."""
    _, settings, counts = result
    pool, _ = tiny_pool()
    built = Built()
    access = AccessModel(groups=10, users=20)
    for _ in build_points(pool, SparseEncoder(settings.bm25), access, counts, 3, 1000, built):
        pass
    principal = access.principal(np.random.default_rng(11))
    tokens = set(principal.acl_tokens())
    expected = sum(n for n, acl in zip(counts, built.acl.values(), strict=True) if tokens & set(acl))
    public = sum(n for n, acl in zip(counts, built.acl.values(), strict=True) if acl == ["public"])
    assert 0 < public < 300 and len({g for acl in built.acl.values() for g in acl if g.startswith("group:")}) == 10
    info = BuildInfo(embedding_model="seeded-random-unit", dimension=384, chunk_tokens=settings.chunking.chunk_tokens,
                     overlap_tokens=settings.chunking.overlap_tokens, bm25_language=settings.bm25.language)
    index = open_index(settings, info)
    try:
        assert index.count(SearchFilter(acl=principal.acl_tokens())) == expected
    finally:
        index.close()


def test_table_rows(result):
    r, _, _ = result
    table = markdown([r])
    assert f"| 300 chunks | {r['docs']:,} | 300 | {ADMIN} |" in table
    assert f"| 300 chunks | {r['docs']:,} | 300 | {FILTERED} |" in table
    assert "extra latency" in table
