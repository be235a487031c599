"""Near-duplicates within one access, identities mapped at sync, local-only content, failing sources."""

from __future__ import annotations

import pytest

from assistant.index import SearchFilter
from assistant.ingest.sync import SyncError
from assistant.retrieval import RetrievalQuery
from assistant.runtime import folder_source
from assistant.state.tables import DocumentRow
from connectors import Directory, GroupRecord, UserRecord

POLICY = "\n\n".join(
    f"Rule {i}: every visitor to the Rotterdam harbour office signs in at reception and wears badge type {i}."
    for i in range(30)
)


def ledger(rt) -> dict[str, DocumentRow]:
    with rt.db.session() as s:
        return {r.id: r for r in s.query(DocumentRow).all()}


def searchable_docs(rt, text: str, **flt) -> set[str]:
    hits = rt.index.search(
        dense=rt.embedder.embed_query(text).tolist(), sparse=rt.sparse.embed_query(text),
        flt=SearchFilter(acl=None, searchable_only=True, **flt), limit=50, prefetch_limit=50,
    )
    return {h.payload["doc_id"] for h in hits}


def test_near_duplicates_with_the_same_access_keep_one_searchable_copy(runtime, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "visitors.md").write_text("# Visitors\n\n" + POLICY)
    (a / "visitors-copy.md").write_text("# Visitors (copy)\n\n" + POLICY + "\n\nUpdated in May.")
    (b / "visitors.md").write_text("# Visitors\n\n" + POLICY)  # same text, different access: never merged
    runtime.sync.register("a", "filesystem", folder_source(a, public=True))
    runtime.sync.register("b", "filesystem", folder_source(b, groups=["security"]))
    summary = runtime.sync.sync("a")
    runtime.sync.sync("b")
    assert summary.duplicates == 1
    rows = ledger(runtime)
    assert rows["a:visitors.md"].duplicate_of == "a:visitors-copy.md" or rows["a:visitors-copy.md"].duplicate_of == "a:visitors.md"
    assert rows["b:visitors.md"].duplicate_of is None
    assert {r.language for r in rows.values()} == {"en"}
    found = searchable_docs(runtime, "visitor badge at reception")
    assert len(found & {"a:visitors.md", "a:visitors-copy.md"}) == 1 and "b:visitors.md" in found

    original = next(d for d in ("a:visitors.md", "a:visitors-copy.md") if rows[d].duplicate_of is None)
    (a / original.split(":")[1]).unlink()
    runtime.sync.sync("a")
    assert searchable_docs(runtime, "visitor badge at reception") & {"a:visitors.md", "a:visitors-copy.md"}, \
        "deleting the original makes its copy searchable"


def test_local_ids_map_through_the_directory_and_unknown_ones_fail_closed(runtime, tmp_path):
    runtime.identities.replace("people", Directory(
        users=[UserRecord(email="ann@corp.example", local_ids=frozenset({"posix:ann"}))],
        groups=[GroupRecord(name="finance", users=frozenset({"ann@corp.example"}), local_ids=frozenset({"posix-gid:300"}))],
    ))
    root = tmp_path / "f"
    root.mkdir()
    (root / "budget.md").write_text("# Budget\nThe 2027 budget is 4 million.")
    runtime.sync.register("fin", "filesystem", {"options": {"root": str(root)},
                                                "access": {"local_groups": ["posix-gid:300", "posix-gid:999"]}})
    runtime.sync.sync("fin")
    assert ledger(runtime)["fin:budget.md"].access == ["group:finance"]
    ann = runtime.principal("ann@corp.example")
    assert "finance" in ann.groups
    chunks = runtime.chat.retriever.retrieve(RetrievalQuery(text="budget 2027", principal=ann))
    assert chunks and chunks[0].doc_id == "fin:budget.md"
    bob = runtime.principal("bob@corp.example")
    assert not [c for c in runtime.chat.retriever.retrieve(RetrievalQuery(text="budget 2027", principal=bob))
                if c.source == "fin"]


def test_local_only_sources_never_reach_a_remote_model(runtime, tmp_path):
    root = tmp_path / "secret"
    root.mkdir()
    (root / "merger.md").write_text("# Project Tern\nThe merger with Gullwing closes in March.")
    runtime.sync.register("secret", "filesystem", {**folder_source(root, public=True), "local_only": True})
    runtime.sync.sync("secret")
    principal = runtime.principal("x@corp.example")
    local = runtime.chat.retriever.retrieve(RetrievalQuery(text="merger Gullwing", principal=principal))
    remote = runtime.chat.retriever.retrieve(RetrievalQuery(text="merger Gullwing", principal=principal, remote_model=True))
    assert any(c.source == "secret" for c in local)
    assert not any(c.source == "secret" for c in remote)


def test_a_source_that_cannot_be_read_keeps_its_checkpoint_and_documents(runtime, tmp_path):
    root = tmp_path / "vanishing"
    root.mkdir()
    (root / "a.md").write_text("# A\nThe archive room is in the basement.")
    runtime.sync.register("v", "filesystem", folder_source(root, public=True))
    runtime.sync.sync("v")
    before = runtime.index.count()
    (root / "a.md").unlink()
    root.rmdir()
    with pytest.raises(SyncError, match="does not exist"):
        runtime.sync.sync("v")
    assert runtime.index.count() == before and "v:a.md" in ledger(runtime)
    row = next(r for r in runtime.sync.sources() if r.name == "v")
    assert row.last_status == "failed" and "does not exist" in row.last_summary["error"]


def test_a_source_that_yields_the_same_document_twice_stores_it_once(runtime, monkeypatch):
    from connectors import Access, Checkpoint, Connector, Document

    class Stutter(Connector):
        kind = "stutter"

        def __init__(self, name, access=None):
            super().__init__(name)

        def load(self, checkpoint):
            doc = Document(id=f"{self.name}:x", source=self.name, title="X", uri="mem://x",
                           content=b"# X\nThe ferry to Hoek van Holland leaves at 07:15.", mime_type="text/markdown",
                           filename="x.md", access=Access(public=True))
            yield doc
            yield doc
            return Checkpoint()

    monkeypatch.setattr("assistant.ingest.sync.connector_class", lambda kind: Stutter)
    runtime.sync.register("st", "stutter", {"options": {}, "access": {}})
    summary = runtime.sync.sync("st")
    assert (summary.added, summary.failed) == (1, 0)
    assert runtime.index.count(SearchFilter(acl=None, doc_ids=("st:x",))) == len(runtime.index.scroll_document("st:x")) == 1


def test_turning_local_only_on_rewrites_the_points_of_unchanged_documents(runtime, tmp_path):
    root = tmp_path / "legal"
    root.mkdir()
    (root / "merger.md").write_text("# Project Tern\nThe merger with Gullwing closes in March.")
    runtime.sync.register("legal", "filesystem", folder_source(root, public=True))
    runtime.sync.sync("legal")
    runtime.sync.register("legal", "filesystem", {**folder_source(root, public=True), "local_only": True})
    summary = runtime.sync.sync("legal")
    assert (summary.access_changed, summary.chunks_written) == (1, 0)
    principal = runtime.principal("x@corp.example")
    remote = runtime.chat.retriever.retrieve(RetrievalQuery(text="merger Gullwing", principal=principal, remote_model=True))
    assert not any(c.source == "legal" for c in remote)


def test_a_removed_source_takes_its_documents_with_it(runtime, tmp_path):
    root = tmp_path / "old"
    root.mkdir()
    (root / "a.md").write_text("# Old\nThe old canteen menu.")
    runtime.sync.register("old", "filesystem", folder_source(root, public=True))
    runtime.sync.sync("old")
    assert runtime.sync.remove_source("old") == 1
    assert runtime.index.count() == 0 and ledger(runtime) == {}
    assert "old" not in [s.name for s in runtime.sync.sources()]


def test_a_full_load_with_failures_prunes_nothing(runtime, tmp_path):
    root = tmp_path / "f"
    root.mkdir()
    (root / "a.md").write_text("# A\nText A.")
    (root / "b.md").write_text("# B\nText B.")
    runtime.sync.register("f", "filesystem", {"options": {"root": str(root), "max_bytes": 1000}, "access": {"public": True}})
    runtime.sync.sync("f")
    (root / "a.md").unlink()
    (root / "big.md").write_text("x" * 5000)  # a failure in this run
    runtime.sync.reset_checkpoint("f")
    summary = runtime.sync.sync("f")
    assert summary.failed == 1 and summary.deleted == 0 and "f:a.md" in ledger(runtime)
