"""The Qdrant server backend end to end: the wire requests over TLS, hybrid results that agree with Edge on
real embeddings, a sync that loses nothing when the server goes down, and the CLI's line for a dead server.

There is no Qdrant server here: qdrant-client's local mode answers the queries, and a stand-in endpoint on
loopback receives the requests that create a collection (shards, replicas, payload indexes, API key, TLS).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import func, select

from assistant.embeddings import SparseEncoder
from assistant.errors import StoreUnavailableError
from assistant.index import BuildInfo, ChunkPoint, SearchFilter
from assistant.index.edge import EdgeIndex
from assistant.index.server import QdrantServerIndex
from assistant.retrieval import Principal, RetrievalQuery, Retriever
from assistant.runtime import Runtime, folder_source
from assistant.settings import Bm25Settings, QdrantServerSettings, RetrievalSettings
from assistant.state.tables import DocumentRow
from tests.conftest import make_settings
from tests.index_backends import GoesDown, quiet, server_index
from tests.services import fake_qdrant, free_port

REPO = Path(__file__).resolve().parents[2]
BUILD = BuildInfo(embedding_model="test", dimension=4, chunk_tokens=200, overlap_tokens=0, bm25_language="english")


@pytest.fixture
def fake(tmp_path):
    server_, http = fake_qdrant.start(tmp_path, api_key="right-key")
    yield server_
    http.shutdown()
    http.server_close()


def settings_for(fake, **values) -> QdrantServerSettings:
    return QdrantServerSettings(**{"url": fake.url, "api_key": "right-key", "ca_file": str(fake.ca_file), **values})


def test_the_wire_requests_over_tls_carry_the_key_and_the_cluster_layout(fake):
    idx = QdrantServerIndex(settings_for(fake, shard_number=3, replication_factor=2, write_consistency_factor=2,
                                         tenant_key="tenant", tenant="acme", collection="chunks"), BUILD)
    assert idx.count() == 0
    idx.close()
    assert all(r.headers.get("api-key") == "right-key" for r in fake.requests)
    create = next(r.body for r in fake.requests if r.method == "PUT" and r.path.split("?")[0] == "/collections/chunks")
    assert (create["shard_number"], create["replication_factor"], create["write_consistency_factor"]) == (3, 2, 2)
    assert create["vectors"] == {"dense": {"size": 4, "distance": "Cosine"}}
    assert create["sparse_vectors"] == {"bm25": {"modifier": "idf"}}
    assert create["metadata"] == {"assistant_build:acme": BUILD.model_dump()}  # one record per tenant
    indexes = {r.body["field_name"]: r.body["field_schema"] for r in fake.requests
               if r.path.startswith("/collections/chunks/index")}
    assert indexes["tenant"] == {"type": "keyword", "is_tenant": True}
    assert indexes["acl"] == indexes["doc_id"] == indexes["source"] == {"type": "keyword"}
    assert indexes["chunk_index"] == "integer" and indexes["modified_ts"] == "float"
    count = next(r.body for r in fake.requests if r.path.startswith("/collections/chunks/points/count"))
    assert count["filter"] == {"must": [{"key": "tenant", "match": {"value": "acme"}}]} and count["exact"] is True


@pytest.mark.parametrize("values, message", [
    ({"ca_file": ""}, "its TLS certificate could not be verified (store.server.ca_file names the CA that signed it)"),
    ({"api_key": "wrong"}, "refused the API key (HTTP 401) when asked to open the collection"),
    ({"url": "http://127.0.0.1:{port}"}, "the connection was reset (an http URL for a port that speaks TLS?)"),
])
def test_tls_and_key_problems_are_one_line_naming_the_server(fake, values, message):
    port = fake.url.rsplit(":", 1)[1]
    values = {k: v.format(port=port) for k, v in values.items()}
    with pytest.raises(StoreUnavailableError) as info:
        QdrantServerIndex(settings_for(fake, **values), BUILD)
    assert message in str(info.value) and f"127.0.0.1:{port}" in str(info.value)
    assert "\n" not in str(info.value) and "right-key" not in str(info.value)


def test_verify_off_skips_the_certificate_check(fake):
    QdrantServerIndex(settings_for(fake, ca_file="", verify=False), BUILD).close()


# Ten short documents on distinct subjects; each question has one answer among them.
CORPUS = {
    "badges": "Visitor badges are printed at the front desk; a visitor must wear the badge at all times.",
    "parking": "Parking is free on weekends at the Rotterdam office; on weekdays the garage needs a permit.",
    "expenses": "Travel expenses are reimbursed within 30 days when the receipts are uploaded to the portal.",
    "vpn": "Connect to the VPN with the WireGuard profile before opening the internal wiki from home.",
    "canteen": "The canteen serves lunch from 11:30 to 14:00 and a vegetarian dish every day.",
    "fire": "In case of fire, leave by the nearest stairs, never the lift, and gather at the car park.",
    "leave": "Annual leave is 25 days; requests go to your manager at least two weeks ahead.",
    "laptops": "Laptops are replaced every four years; a broken screen is repaired by the IT service desk.",
    "forklift": "Only certified drivers may operate a forklift in the warehouse, at walking speed.",
    "payroll": "Salaries are paid on the 25th; payslips appear in the HR portal the day before.",
}
QUESTIONS = {
    "when is lunch served": "canteen",
    "who can drive the forklift": "forklift",
    "how do I get my travel costs back": "expenses",
    "what to do when the fire alarm goes": "fire",
    "is parking free": "parking",
    "how many days of annual leave": "leave",
    "WireGuard wiki access from home": "vpn",
    "when are salaries paid": "payroll",
}


@pytest.mark.parametrize("fusion", ["rrf", "dbsf"])
def test_hybrid_results_agree_between_edge_and_the_server(tmp_path, embedder, fusion):
    sparse = SparseEncoder(Bm25Settings())
    build = BUILD.model_copy(update={"dimension": embedder.dimension})
    dense = embedder.embed(list(CORPUS.values()))
    points = [ChunkPoint(doc_id=doc, chunk_index=0, dense=dense[i].tolist(), sparse=sparse.embed_document(text),
                         payload={"doc_id": doc, "chunk_index": 0, "acl": ["public"], "text": text, "source": "hr",
                                  "duplicate": 0, "local_only": 0})
              for i, (doc, text) in enumerate(CORPUS.items())]
    edge, server = EdgeIndex(tmp_path / "store", build), server_index(build)
    settings = RetrievalSettings(top_k=3, prefetch_limit=10, fusion=fusion)
    try:
        results = {}
        for name, idx in (("edge", edge), ("server", server)):
            idx.upsert(points)
            retriever = Retriever(settings, embedder, sparse, idx)
            results[name] = {q: [(c.doc_id, c.score) for c in retriever.retrieve(RetrievalQuery(
                text=q, principal=Principal("ann@example.com"), limit=3))] for q in QUESTIONS}
    finally:
        edge.close()
    for question, gold in QUESTIONS.items():
        on_edge, on_server = results["edge"][question], results["server"][question]
        assert [d for d, _ in on_edge] == [d for d, _ in on_server], question
        assert [s for _, s in on_edge] == pytest.approx([s for _, s in on_server], abs=1e-4), question
        assert on_edge[0][0] == gold, question


@pytest.fixture
def server_runtime(tmp_path, embedder, monkeypatch):
    client = GoesDown(after=1)
    client.close = lambda: None
    monkeypatch.setattr("assistant.index.server.make_client", lambda settings: client)
    rt = Runtime(make_settings(tmp_path / "data", store={"backend": "server"}))
    rt.__dict__["embedder"] = embedder
    yield rt, client
    rt.close()


def test_a_sync_into_a_server_that_goes_down_loses_nothing(tmp_path, server_runtime):
    rt, client = server_runtime
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in list(CORPUS.items())[:4]:
        (docs / f"{name}.md").write_text(f"# {name.title()}\n\n{text}\n")
    rt.sync.register("docs", "filesystem", folder_source(docs, public=True))
    with pytest.raises(StoreUnavailableError, match="cannot reach the Qdrant server at http://127.0.0.1:6333 to "
                                                    "write points"):
        quiet(rt.sync.sync, "docs")
    with rt.db.session() as s:
        indexed = s.scalar(select(func.count()).select_from(DocumentRow))
    assert indexed == 1 and rt.index.count() == 1, "only the document whose points were written is in the ledger"
    client.left = 100
    summary = rt.sync.sync("docs")
    assert (summary.added, summary.unchanged, summary.failed) == (3, 1, 0)
    assert rt.index.count(SearchFilter(acl=("public",))) == 4
    retriever = Retriever(rt.settings.retrieval, rt.embedder, rt.sparse, rt.index)
    top = retriever.retrieve(RetrievalQuery(text="is parking free", principal=Principal("x@example.com"), limit=1))
    assert top[0].doc_id == "docs:parking.md"


def test_the_cli_names_a_server_that_is_down(tmp_path):
    port = free_port()
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "data"), "ASSISTANT_CONFIG_DIR": str(REPO / "configs"),
           "ASSISTANT_PROFILES": "default,cluster", "QDRANT_URL": f"http://127.0.0.1:{port}", "QDRANT_API_KEY": "k",
           "ASSISTANT_DATABASE_URL": f"sqlite:///{tmp_path}/state.db",
           "ASSISTANT_VAULT_KEY": Fernet.generate_key().decode(),
           "COLUMNS": "300"}
    result = subprocess.run([sys.executable, "-m", "assistant", "status"], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert result.stderr.strip() == (f"error: cannot reach the Qdrant server at http://127.0.0.1:{port} to open the "
                                     "collection: connection refused (is it running, at that host and port?)")
