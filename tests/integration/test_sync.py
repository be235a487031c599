"""The ledger and the sync engine against the real store: idempotent, incremental, nothing lost."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from docx import Document as DocxDocument

from assistant.errors import StoreMismatchError
from assistant.index import SearchFilter
from assistant.runtime import SAMPLE_CORPUS, Runtime, folder_source
from assistant.state.tables import DocumentRow
from tests.conftest import make_settings

REPO = Path(__file__).resolve().parents[2]


def long_md(title: str, paragraphs: int) -> str:
    body = "\n\n".join(
        f"Paragraph {i} of {title}: the harbour office keeps {i} spare badges and {i * 3} visitor passes at the desk."
        for i in range(paragraphs)
    )
    return f"# {title}\n\n{body}\n"


def chunk_map(rt: Runtime) -> dict[str, list[int]]:
    """doc id -> sorted chunk indexes present in the store."""
    out: dict[str, list[int]] = {}
    with rt.db.session() as s:
        ids = [r.id for r in s.query(DocumentRow).all()]
    for doc_id in ids:
        out[doc_id] = [h.payload["chunk_index"] for h in rt.index.scroll_document(doc_id)]
    return out


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "docs"
    root.mkdir()
    (root / "a.md").write_text(long_md("Badges", 30))
    (root / "b.md").write_text(long_md("Passes", 5))
    (root / "c.txt").write_text("Parking is free on weekends at the Rotterdam office.")
    return root


def register(rt, root, **access):
    rt.sync.register("docs", "filesystem", folder_source(root, **(access or {"public": True})))


def test_reingest_after_edit_and_delete_leaves_exactly_the_right_chunks(runtime, folder):
    register(runtime, folder)
    first = runtime.sync.sync("docs")
    assert (first.added, first.failed) == (3, 0)
    before = chunk_map(runtime)
    assert len(before["docs:a.md"]) > 3 and before["docs:a.md"] == list(range(len(before["docs:a.md"])))

    again = runtime.sync.sync("docs")
    assert (again.added, again.updated, again.deleted, again.unchanged, again.chunks_written) == (0, 0, 0, 3, 0)

    (folder / "a.md").write_text(long_md("Badges", 4))  # shorter: old tail chunks must go
    (folder / "b.md").unlink()
    (folder / "d.md").write_text("# New\nThe canteen opens at 11:30.")
    third = runtime.sync.sync("docs")
    assert (third.added, third.updated, third.deleted, third.unchanged) == (1, 1, 1, 1)
    after = chunk_map(runtime)
    assert set(after) == {"docs:a.md", "docs:c.txt", "docs:d.md"}
    assert after["docs:a.md"] == list(range(len(after["docs:a.md"]))) and len(after["docs:a.md"]) < len(before["docs:a.md"])
    assert runtime.index.count() == sum(len(v) for v in after.values())
    assert runtime.index.count(SearchFilter(acl=None, doc_ids=("docs:b.md",))) == 0


def test_a_full_reload_prunes_documents_the_source_no_longer_has(runtime, folder):
    register(runtime, folder)
    runtime.sync.sync("docs")
    (folder / "c.txt").unlink()
    runtime.sync.reset_checkpoint("docs")  # no checkpoint: the connector lists everything, the ledger is pruned
    summary = runtime.sync.sync("docs")
    assert summary.deleted == 1 and "docs:c.txt" not in chunk_map(runtime)


def test_bad_files_are_reported_skipped_and_lose_nothing(runtime, folder):
    register(runtime, folder)
    runtime.sync.sync("docs")
    count = runtime.index.count()
    (folder / "corrupt.docx").write_bytes(b"PK\x03\x04 this is not a zip")
    (folder / "empty.md").write_text("")
    (folder / "tool.exe").write_bytes(b"MZ\x90\x00")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 garbage")
    (folder / "fine.md").write_text("# Fine\nThe fire drill is on Tuesdays.")
    summary = runtime.sync.sync("docs")
    reasons = dict(summary.failures)
    assert set(reasons) == {"docs:corrupt.docx", "docs:empty.md", "docs:tool.exe", "docs:scan.pdf"}
    assert "unsupported format" in reasons["docs:tool.exe"] and "empty" in reasons["docs:empty.md"]
    assert summary.added == 1 and runtime.index.count() > count


def test_a_corrupt_new_version_keeps_the_previous_one_searchable(runtime, folder):
    doc = DocxDocument()
    doc.add_heading("Lockers", 1)
    doc.add_paragraph("Lockers are on floor 2.")
    buf = io.BytesIO()
    doc.save(buf)
    (folder / "lockers.docx").write_bytes(buf.getvalue())
    register(runtime, folder)
    runtime.sync.sync("docs")
    n = runtime.index.count(SearchFilter(acl=None, doc_ids=("docs:lockers.docx",)))
    (folder / "lockers.docx").write_bytes(buf.getvalue()[:200])
    summary = runtime.sync.sync("docs")
    assert [i for i, _ in summary.failures] == ["docs:lockers.docx"]
    assert runtime.index.count(SearchFilter(acl=None, doc_ids=("docs:lockers.docx",))) == n > 0


def test_an_access_change_rewrites_payloads_without_reembedding(runtime, folder):
    register(runtime, folder, groups=["hr"])
    runtime.sync.sync("docs")
    assert runtime.index.count(SearchFilter(acl=("public",))) == 0
    hr = runtime.index.count(SearchFilter(acl=("group:hr",)))
    assert hr > 0
    register(runtime, folder, public=True)  # new config: checkpoint reset, content unchanged
    summary = runtime.sync.sync("docs")
    assert (summary.access_changed, summary.chunks_written) == (3, 0)
    assert runtime.index.count(SearchFilter(acl=("public",))) == hr
    assert runtime.index.count(SearchFilter(acl=("group:hr",))) == 0


def test_acl_filter_admits_only_what_the_principal_may_see(runtime, tmp_path):
    for name, access in {"pub": {"public": True}, "hr": {"groups": ["HR"]}, "ann": {"users": ["ann@x.com"]}, "none": {}}.items():
        root = tmp_path / name
        root.mkdir()
        (root / f"{name}.md").write_text(f"# {name}\nDocument for {name} only.")
        runtime.sync.register(name, "filesystem", folder_source(root, **access))
        runtime.sync.sync(name)

    def visible(*tokens):
        hits = runtime.index.search(
            dense=runtime.embedder.embed_query("document").tolist(), sparse=runtime.sparse.embed_query("document"),
            flt=SearchFilter(acl=tokens), limit=10, prefetch_limit=10,
        )
        return sorted({h.payload["source"] for h in hits})

    assert visible("public") == ["pub"]
    assert visible("public", "group:hr") == ["hr", "pub"]
    assert visible("public", "user:ann@x.com") == ["ann", "pub"]
    assert visible() == []
    assert runtime.index.count(SearchFilter(acl=None)) == 4  # admins see even the fail-closed document


def test_settings_mismatch_names_the_difference_and_reindex(tmp_path, embedder, folder):
    rt = Runtime(make_settings(tmp_path / "data"))
    rt.__dict__["embedder"] = embedder
    register(rt, folder)
    rt.sync.sync("docs")
    rt.close()
    other = Runtime(make_settings(tmp_path / "data", chunking={"chunk_tokens": 120}))
    other.__dict__["embedder"] = embedder
    with pytest.raises(StoreMismatchError, match=r"chunk_tokens: store has 200, settings say 120.*assistant reindex"):
        other.index


def run_cli(data_dir: Path, *args: str, **kw) -> subprocess.Popen:
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(data_dir), "ASSISTANT_CONFIG_DIR": str(REPO / "configs")}
    return subprocess.Popen([sys.executable, "-m", "assistant", *args], env=env, cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def test_a_second_process_gets_a_clear_busy_message(runtime, folder):
    register(runtime, folder)
    runtime.sync.sync("docs")
    proc = run_cli(runtime.settings.data_dir, "status")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1
    assert "open in another assistant process" in err and "Traceback" not in err


@pytest.mark.slow
def test_killed_ingest_resumes_to_the_same_store(tmp_path, embedder):
    """kill -9 in the middle of an ingest, run it again: same points as one uninterrupted run."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for src in sorted(SAMPLE_CORPUS.iterdir()):
        (corpus / src.name).write_bytes(src.read_bytes())
    for i in range(40):
        (corpus / f"extra-{i:02d}.md").write_text(long_md(f"Extra {i}", 12))

    reference = Runtime(make_settings(tmp_path / "ref"))
    reference.__dict__["embedder"] = embedder
    register(reference, corpus)
    reference.sync.sync("docs")
    expected = chunk_map(reference)
    reference.close()

    data = tmp_path / "killed"
    proc = run_cli(data, "ingest", str(corpus), "--name", "docs", "--public")
    deadline = time.time() + 180
    db = data / "state.db"
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists() and _ledger_size(db) >= 10:
            break
    assert proc.poll() is None, "ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _ledger_size(db)
    assert 10 <= partial < len(expected)

    resumed = run_cli(data, "ingest", str(corpus), "--name", "docs", "--public")
    out, err = resumed.communicate(timeout=600)
    assert resumed.returncode == 0, err
    rt = Runtime(make_settings(data))
    rt.__dict__["embedder"] = embedder
    try:
        assert chunk_map(rt) == expected
        assert rt.index.count() == sum(len(v) for v in expected.values())
    finally:
        rt.close()


def _ledger_size(db: Path) -> int:
    import sqlite3

    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("select count(*) from documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_small_documents_are_embedded_together_and_indexed_as_if_one_by_one(runtime, tmp_path, monkeypatch):
    import numpy as np

    root = tmp_path / "notes"
    root.mkdir()
    for i in range(10):
        (root / f"n{i}.txt").write_text(f"Note {i}: locker {i} on deck {i + 2} holds the spare radio for crew {i}.")
    calls: list[tuple[list[str], np.ndarray]] = []
    embed = runtime.embedder.embed

    def recording(texts):
        vectors = embed(texts)
        calls.append((list(texts), vectors))
        return vectors

    monkeypatch.setattr(runtime.sync.processor, "batch_chunks", 4)
    monkeypatch.setattr(runtime.embedder, "embed", recording)
    register(runtime, root)
    summary = runtime.sync.sync("docs")
    assert (summary.added, summary.chunks_written, summary.failed) == (10, 10, 0)
    assert [len(texts) for texts, _ in calls] == [4, 4, 2], "one call per batch, the rest at the end of the run"
    stored = {p.payload["doc_id"]: np.array(p.dense) for batch in runtime.index.points() for p in batch}
    assert len(stored) == 10
    batched = [(t, v) for texts, vectors in calls for t, v in zip(texts, vectors)]
    for text, vector in batched:
        number = text.split("Note ", 1)[1].split(":", 1)[0]
        # Each document keeps its own vector, and it is the one it would get embedded alone.
        assert float(np.dot(stored[f"docs:n{number}.txt"], vector)) > 0.9999
        assert float(np.dot(embed([text])[0], vector)) > 0.999
