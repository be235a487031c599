"""The Qdrant server backend: the requests that build the collection, tenants, batching and failures.

qdrant-client's local mode ignores shards, replicas and payload indexes, so what the backend asks for is
checked on the calls it makes (a recorder around the real local-mode client); what it gets back, through
local mode. A server that is down gives one line naming its URL.
"""

from __future__ import annotations

import pytest
from qdrant_client import models
from qdrant_client.http.exceptions import UnexpectedResponse

from assistant.embeddings import SparseVector
from assistant.errors import SettingsError, StoreMismatchError, StoreUnavailableError
from assistant.index import (
    BuildInfo,
    ChunkPoint,
    SearchFilter,
    destroy_index,
    open_index,
    store_location,
)
from assistant.index.edge import EdgeIndex
from assistant.index.server import (
    BUILD_KEY,
    QdrantServerIndex,
    drop_collection,
    make_client,
    safe_url,
)
from assistant.settings import QdrantServerSettings
from tests.conftest import make_settings
from tests.index_backends import GoesDown, Recorder, local_client, quiet, server_index
from tests.services import free_port

BUILD = BuildInfo(embedding_model="test", dimension=4, chunk_tokens=200, overlap_tokens=0, bm25_language="english")
CLUSTER = {"shard_number": 3, "replication_factor": 2, "write_consistency_factor": 2}


def chunk(doc: str, i: int, acl=("public",)) -> ChunkPoint:
    return ChunkPoint(doc_id=doc, chunk_index=i, dense=[1.0, 0.1 * i, 0.0, 0.0], sparse=SparseVector((1,), (1.0,)),
                      payload={"doc_id": doc, "chunk_index": i, "acl": list(acl), "source": "wiki",
                               "duplicate": 0, "local_only": 0})


def test_the_collection_is_created_with_the_configured_cluster_layout():
    rec = Recorder()
    server_index(BUILD, rec, collection="chunks", **CLUSTER)
    [(args, kw)] = rec.named("create_collection")
    assert args == ("chunks",)
    assert (kw["shard_number"], kw["replication_factor"], kw["write_consistency_factor"]) == (3, 2, 2)
    assert kw["vectors_config"]["dense"] == models.VectorParams(size=4, distance=models.Distance.COSINE)
    assert kw["sparse_vectors_config"]["bm25"].modifier == models.Modifier.IDF
    assert kw["metadata"] == {BUILD_KEY: BUILD.model_dump()}


def test_payload_indexes_are_keyword_with_is_tenant_on_the_tenant_key():
    rec = Recorder()
    server_index(BUILD, rec, tenant_key="tenant", tenant="acme")
    schemas = {args[1]: kw["field_schema"] for args, kw in rec.named("create_payload_index")}
    keyword = models.KeywordIndexParams(type=models.KeywordIndexType.KEYWORD)
    assert schemas["tenant"] == models.KeywordIndexParams(type=models.KeywordIndexType.KEYWORD, is_tenant=True)
    assert {f: schemas[f] for f in ("acl", "doc_id", "source", "path_prefixes", "tags")} == dict.fromkeys(
        ("acl", "doc_id", "source", "path_prefixes", "tags"), keyword)
    assert schemas["chunk_index"] == schemas["duplicate"] == schemas["local_only"] == models.PayloadSchemaType.INTEGER
    assert schemas["modified_ts"] == models.PayloadSchemaType.FLOAT
    assert all(kw["wait"] for _, kw in rec.named("create_payload_index"))


def test_without_a_tenant_no_index_is_a_tenant_index():
    rec = Recorder()
    server_index(BUILD, rec)
    schemas = [kw["field_schema"] for _, kw in rec.named("create_payload_index")]
    assert len(schemas) == 9 and not any(getattr(s, "is_tenant", None) for s in schemas)


def test_reopening_an_existing_collection_creates_nothing():
    rec = Recorder()
    server_index(BUILD, rec).upsert([chunk("wiki:a", 0)])
    rec.calls.clear()
    assert server_index(BUILD, rec).count() == 1
    assert not rec.named("create_collection") and not rec.named("create_payload_index")


def test_a_tenant_configured_later_gets_its_index():
    rec = Recorder()
    server_index(BUILD, rec)
    rec.calls.clear()
    server_index(BUILD, rec, tenant_key="tenant", tenant="acme")
    assert [args[1] for args, _ in rec.named("create_payload_index")] == ["tenant"]


def test_tenants_sharing_a_collection_never_see_each_other():
    client = local_client()
    acme = server_index(BUILD, client, tenant_key="tenant", tenant="acme")
    globex = server_index(BUILD, client, tenant_key="tenant", tenant="globex")
    acme.upsert([chunk("wiki:a", i) for i in range(3)])
    globex.upsert([chunk("wiki:a", 0), chunk("wiki:b", 0)])
    assert (acme.count(), globex.count()) == (3, 2)
    assert client.count("assistant").count == 5, "the same document id of two tenants is two points"
    hits = acme.search([1.0, 0, 0, 0], SparseVector((1,), (1.0,)), SearchFilter(acl=None), 10, 10)
    assert len(hits) == 3 and all("tenant" not in h.payload for h in hits)
    assert len(acme.fetch(SearchFilter(acl=None, chunks=(("wiki:a", 0), ("wiki:b", 0))), 10)) == 1
    globex.delete_document("wiki:a")
    assert (acme.count(), globex.count()) == (3, 1)
    acme.set_payload("wiki:a", {"acl": ["group:x"]})
    assert globex.count(SearchFilter(acl=("public",))) == 1
    globex.drop()
    assert (acme.count(), globex.count()) == (3, 0)


def test_upserts_go_in_batches_that_wait_for_the_server():
    rec = Recorder()
    idx = server_index(BUILD, rec, batch_size=4)
    idx.upsert([chunk("wiki:a", i) for i in range(10)])
    sizes = [len(kw["points"]) for _, kw in rec.named("upsert")]
    assert sizes == [4, 4, 2] and all(kw["wait"] for _, kw in rec.named("upsert"))
    assert idx.count() == 10


def test_a_collection_made_elsewhere_or_with_other_settings_is_refused():
    client = local_client()
    client.create_collection("theirs", vectors_config=models.VectorParams(size=4, distance=models.Distance.DOT))
    with pytest.raises(StoreMismatchError, match="'theirs' at http://127.0.0.1:6333 was not made by the assistant"):
        server_index(BUILD, client, collection="theirs")
    server_index(BUILD, client)
    with pytest.raises(StoreMismatchError, match=r"dimension: store has 4, settings say 8\); run `assistant reindex`"):
        server_index(BUILD.model_copy(update={"dimension": 8}), client)


class Racing(Recorder):
    """Another replica creates the collection between our existence check and our create call."""

    def create_collection(self, name, **kwargs):
        self.client.create_collection(name, **kwargs)
        raise UnexpectedResponse(409, "Conflict", b'{"status":{"error":"already exists"}}', None)


def test_a_replica_that_loses_the_creation_race_checks_the_winners_record():
    rec = Racing()
    idx = server_index(BUILD, rec)
    idx.upsert([chunk("wiki:a", 0)])
    assert idx.count() == 1


def test_a_server_that_is_down_is_one_line_naming_its_url():
    port = free_port()
    settings = QdrantServerSettings(url=f"http://user:pw@127.0.0.1:{port}", api_key="k-secret", timeout_s=2)
    with pytest.raises(StoreUnavailableError) as info:
        QdrantServerIndex(settings, BUILD)
    message = str(info.value)
    assert message == (f"cannot reach the Qdrant server at http://127.0.0.1:{port} to open the collection: "
                       "connection refused (is it running, at that host and port?)")
    assert "\n" not in message and "k-secret" not in message and "pw" not in message


def test_a_server_going_down_mid_write_is_reported_and_a_retry_converges():
    client = GoesDown(after=1)
    idx = server_index(BUILD, client, batch_size=2)
    with pytest.raises(StoreUnavailableError, match="cannot reach the Qdrant server at .* to write points: "
                                                    "connection refused"):
        idx.upsert([chunk("wiki:a", i) for i in range(5)])
    assert idx.count() == 2
    client.left = 10
    idx.upsert([chunk("wiki:a", i) for i in range(5)])
    assert idx.count() == 5


def test_refusals_name_the_cause():
    class Refusing(Recorder):
        def count(self, *args, **kwargs):
            raise UnexpectedResponse(403, "Forbidden", b"{}", None)

        def scroll(self, *args, **kwargs):
            raise UnexpectedResponse(500, "Internal", b'{"status":{"error":"Service\\n internal error"}}', None)

    idx = server_index(BUILD, Refusing())
    with pytest.raises(StoreUnavailableError, match=r"refused the API key \(HTTP 403\) when asked to count points: "
                                                    "check store.server.api_key"):
        idx.count()
    with pytest.raises(StoreUnavailableError, match="answered HTTP 500 when asked to fetch points: Service internal "
                                                    "error$"):
        idx.fetch(SearchFilter(acl=None), 3)


@pytest.mark.parametrize("values, message", [
    ({"write_consistency_factor": 3, "replication_factor": 2}, "write_consistency_factor cannot be larger"),
    ({"tenant_key": "tenant"}, "tenant_key and tenant go together"),
    ({"tenant": "acme"}, "tenant_key and tenant go together"),
    ({"tenant_key": "acl", "tenant": "acme"}, "'acl' is a payload field the assistant writes"),
    ({"url": "qdrant:6333"}, "with its scheme"),
    ({"collection": "a/b"}, "String should match pattern"),
])
def test_bad_server_settings_say_what_is_wrong(values, message):
    with pytest.raises(ValueError, match=message):
        QdrantServerSettings(**values)


def test_the_default_settings_keep_the_embedded_store(tmp_path):
    s = make_settings(tmp_path)
    assert s.store.backend == "edge" and isinstance(open_index(s, BUILD), EdgeIndex)
    assert store_location(s) == str(tmp_path / "store")


def test_the_server_backend_is_picked_from_the_settings(tmp_path, monkeypatch):
    client = Recorder()
    # The backend closes a client it built; this one must outlive it for the checks below.
    client.close = lambda: None
    monkeypatch.setattr("assistant.index.server.make_client", lambda settings: client)
    s = make_settings(tmp_path, store={"backend": "server", "server": {"url": "https://q.example.com:6333/",
                                                                       "collection": "c1"}})
    idx = quiet(open_index, s, BUILD)
    assert isinstance(idx, QdrantServerIndex) and idx.path_or_url == "https://q.example.com:6333 collection c1"
    idx.upsert([chunk("wiki:a", 0)])
    assert store_location(s) == "collection 'c1' at https://q.example.com:6333"
    destroy_index(s)
    assert not client.collection_exists("c1")
    drop_collection(s.store.server, client)  # nothing left: no error


def test_a_ca_file_that_is_missing_or_not_pem_is_a_settings_error(tmp_path):
    # That a good one verifies the server's certificate is tested over TLS in tests/integration.
    with pytest.raises(SettingsError, match="store.server.ca_file: .*missing.pem does not exist"):
        make_client(QdrantServerSettings(url="https://q.example.com", ca_file=str(tmp_path / "missing.pem")))
    (tmp_path / "bad.pem").write_text("not a certificate")
    with pytest.raises(SettingsError, match="holds no PEM certificate"):
        make_client(QdrantServerSettings(url="https://q.example.com", ca_file=str(tmp_path / "bad.pem")))


def test_safe_url_drops_credentials():
    assert safe_url("https://u:p@host:6334/prefix") == "https://host:6334/prefix"


def test_each_tenant_keeps_its_own_build_record_and_reindexes_alone():
    client = local_client()
    server_index(BUILD, client, tenant_key="tenant", tenant="acme").upsert([chunk("wiki:a", 0)])
    other = BUILD.model_copy(update={"chunk_tokens": 300})
    # Another tenant may chunk differently in the same collection; its record is its own.
    globex = server_index(other, client, tenant_key="tenant", tenant="globex")
    globex.upsert([chunk("wiki:b", 0)])
    with pytest.raises(StoreMismatchError, match="chunk_tokens"):
        server_index(other, client, tenant_key="tenant", tenant="acme")
    # acme's reindex: its points and its record go, the next open records the new settings.
    drop_collection(QdrantServerSettings(tenant_key="tenant", tenant="acme"), client)
    acme = server_index(other, client, tenant_key="tenant", tenant="acme")
    assert (acme.count(), globex.count()) == (0, 1)
    with pytest.raises(StoreMismatchError, match="one dimension"):
        server_index(BUILD.model_copy(update={"dimension": 8}), client, tenant_key="tenant", tenant="initech")
