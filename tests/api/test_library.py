"""Search, documents, uploads and sources through the HTTP API, with access applied for every kind of caller."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.admin_log import query_admin
from assistant.api import create_app
from assistant.api.routes.library import redact
from assistant.runtime import Runtime, folder_source
from tests.api.conftest import auth
from tests.conftest import make_settings

FALCON_ID = "finance:falcon-budget.md"
MAX_UPLOAD_MB = 0.05  # 51,200 bytes: room for the test files, small enough to overflow cheaply


def _search(client, secret, query, **body):
    r = client.post("/v1/search", json={"query": query, **body}, headers=auth(secret))
    assert r.status_code == 200, r.text
    return r.json()["results"]


def _all_pages(client, secret, **params):
    ids, cursor, pages = [], None, 0
    while True:
        r = client.get("/v1/documents", params={**params, **({"cursor": cursor} if cursor else {})},
                       headers=auth(secret))
        assert r.status_code == 200, r.text
        body = r.json()
        ids += [d["id"] for d in body["data"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            return ids, pages


# -------------------------------------------------------------------------------- search and documents


def test_search_ranks_the_vpn_guide_first(client, make_key):
    results = _search(client, make_key(), "How do I connect to the VPN from home?", limit=5)
    assert 1 <= len(results) <= 5
    assert results[0]["doc_id"] == "sample:vpn-setup.pdf"
    assert [r["score"] for r in results] == sorted((r["score"] for r in results), reverse=True)
    assert set(results[0]) == {"score", "doc_id", "chunk_index", "title", "section", "uri", "source", "text"}
    assert all(r["source"] == "sample" for r in results)


def test_search_sources_filter_and_validation(client, make_key):
    secret = make_key(groups=("finance",))
    assert _search(client, secret, "budget", sources=["nowhere"]) == []
    assert {r["source"] for r in _search(client, secret, "budget", sources=["finance"])} == {"finance"}
    for body in ({"query": ""}, {"query": "x" * 2001}, {"query": "vpn", "limit": 0}, {"query": "vpn", "limit": 51}):
        r = client.post("/v1/search", json=body, headers=auth(secret))
        assert r.status_code == 422 and "error" in r.json()
    assert client.post("/v1/search", json={"query": "vpn"}, headers=auth(make_key(scopes=("chat",)))).status_code == 403
    assert client.post("/v1/search", json={"query": "vpn"}).status_code == 401


def test_group_member_finds_falcon_and_an_outsider_cannot_tell_it_exists(client, make_key):
    member, outsider = make_key(user="fiona@example.com", groups=("finance",)), make_key(user="otto@example.com")
    question = "What is the budget of Project Falcon?"
    assert _search(client, member, question)[0]["doc_id"] == FALCON_ID
    assert all(r["doc_id"] != FALCON_ID for r in _search(client, outsider, question, limit=50))

    assert client.get(f"/v1/documents/{FALCON_ID}", headers=auth(member)).json()["title"] == "Project Falcon budget"
    hidden = client.get(f"/v1/documents/{FALCON_ID}", headers=auth(outsider))
    made_up = client.get("/v1/documents/finance:no-such-file.md", headers=auth(outsider))
    assert hidden.status_code == made_up.status_code == 404
    assert hidden.json() == made_up.json()
    assert FALCON_ID not in _all_pages(client, outsider)[0]


def test_listing_pages_filters_by_source_and_status(client, make_key, api_runtime):
    member, outsider = make_key(groups=("finance",)), make_key()
    ids, pages = _all_pages(client, member, limit=7)
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    assert FALCON_ID in ids and pages == -(-len(ids) // 7)
    outsider_ids, _ = _all_pages(client, outsider, limit=200)
    assert set(ids) - set(outsider_ids) == {FALCON_ID}
    assert _all_pages(client, member, source="finance")[0] == [FALCON_ID]
    assert _all_pages(client, outsider, source="finance")[0] == []

    body = client.get("/v1/documents", params={"source": "sample", "limit": 200}, headers=auth(outsider)).json()
    for doc in body["data"]:
        assert doc["status"] in ("indexed", "duplicate") and doc["access"] is None
        assert doc["chunk_count"] >= 1 and doc["source"] == "sample"
    dups = client.get("/v1/documents", params={"status": "duplicate"}, headers=auth(outsider)).json()["data"]
    assert all(d["duplicate_of"] for d in dups)
    # A cursor is the last id of a page: any string resumes after it, in id order.
    after = client.get("/v1/documents", params={"cursor": "sample:zzzz"}, headers=auth(outsider)).json()
    assert after["data"] == [] and after["next_cursor"] is None
    assert client.get("/v1/documents", params={"limit": 201}, headers=auth(outsider)).status_code == 422


def test_admin_sees_everything_with_access_lists(client, make_key):
    admin = make_key(user="root@example.com", scopes=("admin", "search"))
    doc = client.get(f"/v1/documents/{FALCON_ID}", headers=auth(admin)).json()
    assert doc["access"] == ["group:finance"]
    ids, _ = _all_pages(client, admin, limit=200)
    assert FALCON_ID in ids
    public = client.get("/v1/documents/sample:vpn-setup.pdf", headers=auth(admin)).json()
    assert public["access"] == ["public"]


def test_sources_hide_options_from_non_admins(client, make_key):
    member = make_key(groups=("finance",))
    rows = {s["name"]: s for s in client.get("/v1/sources", headers=auth(member)).json()["data"]}
    assert {"sample", "finance"} <= set(rows)
    for s in rows.values():
        assert s["options"] is None and s["access"] is None and s["failures"] is None and s["error"] is None
    assert rows["finance"]["kind"] == "filesystem" and rows["finance"]["last_status"] == "ok"
    assert rows["finance"]["document_count"] == 1 and rows["sample"]["last_summary"]["added"] > 10
    outsider = {s["name"]: s for s in client.get("/v1/sources", headers=auth(make_key())).json()["data"]}
    assert outsider["finance"]["document_count"] == 0

    admin = make_key(scopes=("admin", "search"))
    rows = {s["name"]: s for s in client.get("/v1/sources", headers=auth(admin)).json()["data"]}
    assert Path(rows["finance"]["options"]["root"]).name == "finance"
    assert rows["finance"]["access"]["groups"] == ["finance"]


def test_secrets_are_masked_even_for_admins():
    options = {"url": "postgresql://reader:s3cret@db.internal/hr", "password": "hunter2", "table": "pages",
               "headers": {"Authorization": "Bearer abc"}, "api_key": "k", "seeds": ["https://u:p@x.org/a"]}
    assert redact(options) == {"url": "postgresql://reader:***@db.internal/hr", "password": "***", "table": "pages",
                               "headers": {"Authorization": "***"}, "api_key": "***", "seeds": ["https://u:***@x.org/a"]}


# ------------------------------------------------------------------------------------------------ uploads

NOTES = b"""# Zebrafish migration plan

The zebrafish tanks move to building C in the second quarter. The aquarium team owns the migration plan.
"""

RESEARCH = b"""# Quasar telescope schedule

The quasar telescope is reserved for the research group every Tuesday night.
"""


def _pdf(text: str) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf)
    pdf.setTitle("Heliotrope glacier survey")
    for i, line in enumerate(text.splitlines()):
        pdf.drawString(72, 760 - 16 * i, line)
    pdf.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def uploads(tmp_path_factory, embedder):
    """An app of its own on a fresh data dir with a small upload limit, so uploads leave the shared one alone."""
    root = tmp_path_factory.mktemp("uploads")
    notes = root / "notes"
    notes.mkdir()
    (notes / "lunch.md").write_text("# Lunch menu\n\nThe canteen serves pumpkin soup on Fridays.\n", encoding="utf-8")
    rt = Runtime(make_settings(root / "data", api={"max_upload_mb": MAX_UPLOAD_MB}))
    rt.__dict__["embedder"] = embedder
    rt.sync.register("notes", "filesystem", folder_source(notes, public=True))
    rt.sync.sync("notes")
    app = create_app(rt.settings, rt, scheduler=False)
    with TestClient(app) as client:
        yield client, rt
    rt.close()


def _key(client, user, groups=(), scopes=("search", "ingest")):
    return client.app.state.keys.create(user=user, groups=groups, scopes=scopes)[1]


def _upload(client, secret, files, groups=None):
    r = client.post("/v1/ingest", files=[("files", f) for f in files], data={"groups": groups} if groups else None,
                    headers=auth(secret))
    return r


def _files_under(path: Path) -> list[Path]:
    return sorted(p for p in path.rglob("*") if p.is_file()) if path.exists() else []


def test_uploads_are_private_to_the_uploader(uploads):
    client, rt = uploads
    alice, bob = _key(client, "alice@example.com"), _key(client, "bob@example.com")
    r = _upload(client, alice, [("zebrafish.md", NOTES, "text/markdown"),
                                ("glacier.pdf", _pdf("The heliotrope glacier survey starts in March.\n"
                                                     "Survey teams meet at the northern camp."), "application/pdf")])
    assert r.status_code == 200, r.text
    files = r.json()["files"]
    assert [(f["filename"], f["doc_id"], f["outcome"]) for f in files] == [
        ("zebrafish.md", "uploads:alice@example.com/zebrafish.md", "added"),
        ("glacier.pdf", "uploads:alice@example.com/glacier.pdf", "added"),
    ]
    assert _search(client, alice, "When do the zebrafish tanks move?")[0]["doc_id"] == files[0]["doc_id"]
    assert _search(client, alice, "heliotrope glacier survey camp")[0]["doc_id"] == files[1]["doc_id"]
    assert all(h["source"] != "uploads" for h in _search(client, bob, "zebrafish tanks heliotrope glacier"))
    assert client.get(f"/v1/documents/{files[0]['doc_id']}", headers=auth(bob)).status_code == 404
    doc = client.get(f"/v1/documents/{files[0]['doc_id']}", headers=auth(alice)).json()
    assert doc["source"] == "uploads" and doc["status"] == "indexed" and doc["uri"].startswith("upload://")

    assert _upload(client, alice, [("zebrafish.md", NOTES, "text/markdown")]).json()["files"][0]["outcome"] == "unchanged"
    changed = NOTES + b"\nThe move was postponed to the third quarter.\n"
    assert _upload(client, alice, [("zebrafish.md", changed, "text/markdown")]).json()["files"][0]["outcome"] == "updated"
    events = [e for e in query_admin(rt.db, limit=500) if e.action == "document.upload"]
    assert {e.target for e in events} >= {files[0]["doc_id"], files[1]["doc_id"]}
    assert all(e.actor == "alice@example.com" for e in events)


def test_uploads_shared_with_a_group(uploads):
    client, _ = uploads
    uploader = _key(client, "uma@example.com")
    member, outsider = _key(client, "rita@example.com", ("research",)), _key(client, "sam@example.com", ("sales",))
    files = _upload(client, uploader, [("quasar.md", RESEARCH, "text/markdown")], groups="Research, ").json()["files"]
    assert files[0]["outcome"] == "added"
    assert _search(client, member, "quasar telescope Tuesday")[0]["doc_id"] == files[0]["doc_id"]
    assert all(h["doc_id"] != files[0]["doc_id"] for h in _search(client, outsider, "quasar telescope Tuesday"))
    assert _upload(client, uploader, [("x.md", NOTES, "text/markdown")], groups="bad group").status_code == 400


def test_unreadable_files_fail_and_are_not_kept(uploads):
    client, rt = uploads
    secret = _key(client, "carl@example.com")
    r = _upload(client, secret, [("broken.pdf", b"%PDF-1.7\n\x00\x01garbage without structure", "application/pdf"),
                                 ("junk.bin", bytes(range(256)) * 8, "application/octet-stream"),
                                 ("fine.md", b"# Carl's notes\n\nOrchid watering happens on Mondays.\n", "text/markdown")])
    assert r.status_code == 200, r.text
    broken, junk, fine = r.json()["files"]
    assert broken["outcome"] == "failed" and "corrupt" in broken["reason"].lower()
    assert junk["outcome"] == "failed" and junk["reason"]
    assert fine["outcome"] == "added"
    folder = rt.settings.data_dir / "uploads" / "uploads" / "carl@example.com"
    assert [p.name for p in folder.iterdir() if not p.name.startswith(".")] == ["fine.md"]
    assert client.get(f"/v1/documents/{broken['doc_id']}", headers=auth(secret)).status_code == 404
    # A rejected new version leaves the previous one in place, file and document alike.
    again = _upload(client, secret, [("fine.md", b"\x00\x01\x02 binary now", "text/markdown")]).json()["files"][0]
    assert again["outcome"] == "failed"
    assert (folder / "fine.md").read_bytes().startswith(b"# Carl's notes")
    assert _search(client, secret, "orchid watering")[0]["doc_id"] == fine["doc_id"]


def test_filenames_cannot_leave_the_uploads_folder(uploads):
    client, rt = uploads
    secret = _key(client, "eve@example.com")
    before = set(_files_under(rt.settings.data_dir)) - set(_files_under(rt.settings.data_dir / "uploads"))
    r = _upload(client, secret, [("../../../escape.md", NOTES, "text/markdown"),
                                 ("..\\..\\.hidden.md", RESEARCH, "text/markdown")])
    assert r.status_code == 200, r.text
    ids = [f["doc_id"] for f in r.json()["files"]]
    assert ids == ["uploads:eve@example.com/escape.md", "uploads:eve@example.com/hidden.md"]
    after = set(_files_under(rt.settings.data_dir)) - set(_files_under(rt.settings.data_dir / "uploads"))
    assert after == before
    assert not (rt.settings.data_dir.parent / "escape.md").exists()


@pytest.mark.parametrize("size", [int(MAX_UPLOAD_MB * 1024 * 1024) + 1024, 20 * int(MAX_UPLOAD_MB * 1024 * 1024)])
def test_oversized_uploads_are_refused_and_leave_nothing(uploads, size):
    client, rt = uploads
    secret = _key(client, "olga@example.com")
    r = _upload(client, secret, [("big.md", b"# Big\n\n" + b"word " * (size // 5), "text/markdown")])
    assert r.status_code == 413
    assert "limit" in r.json()["error"]["message"]
    uploads_dir = rt.settings.data_dir / "uploads"
    assert not [p for p in _files_under(uploads_dir) if "olga" in str(p) or ".staging" in str(p)]


def test_delete_rights(uploads):
    client, rt = uploads
    dora = _key(client, "dora@example.com")
    ivan, gwen = _key(client, "ivan@example.com", ("research",)), _key(client, "gwen@example.com", ("research",))
    reader = _key(client, "rob@example.com", ("research",), scopes=("search",))
    admin = _key(client, "root@example.com", scopes=("admin",))
    private, shared = (_upload(client, dora, [(name, body, "text/markdown")], groups=groups).json()["files"][0]["doc_id"]
                       for name, body, groups in (("mine.md", NOTES, None), ("shared.md", RESEARCH, "research")))

    assert client.delete(f"/v1/documents/{private}", headers=auth(ivan)).status_code == 404
    assert client.delete(f"/v1/documents/{private}", headers=auth(ivan)).json() == \
        client.delete("/v1/documents/uploads:nobody/none.md", headers=auth(ivan)).json()
    assert client.delete(f"/v1/documents/{shared}", headers=auth(ivan)).status_code == 403
    assert client.delete(f"/v1/documents/{shared}", headers=auth(reader)).status_code == 403
    assert client.delete("/v1/documents/notes:lunch.md", headers=auth(ivan)).status_code == 403

    r = client.delete(f"/v1/documents/{private}", headers=auth(dora))
    assert r.status_code == 200 and r.json() == {"id": private, "source": "uploads", "deleted": True,
                                                 "returns_on_sync": False}
    assert client.get(f"/v1/documents/{private}", headers=auth(dora)).status_code == 404
    assert all(h["doc_id"] != private for h in _search(client, dora, "zebrafish tanks"))
    assert not (rt.settings.data_dir / "uploads" / "uploads" / "dora@example.com" / "mine.md").exists()

    assert client.delete(f"/v1/documents/{shared}", headers=auth(admin)).status_code == 200
    assert all(h["doc_id"] != shared for h in _search(client, gwen, "quasar telescope Tuesday"))
    synced = client.delete("/v1/documents/notes:lunch.md", headers=auth(admin)).json()
    assert synced["returns_on_sync"] is True
    deletions = {(e.actor, e.target) for e in query_admin(rt.db, limit=500) if e.action == "document.delete"}
    assert {("dora@example.com", private), ("root@example.com", shared),
            ("root@example.com", "notes:lunch.md")} <= deletions

    rt.sync.sync("notes")
    assert client.get("/v1/documents/notes:lunch.md", headers=auth(ivan)).status_code == 200
    rt.sync.sync("uploads")
    assert client.get(f"/v1/documents/{private}", headers=auth(dora)).status_code == 404


def test_sources_list_the_uploads_source(uploads):
    client, _ = uploads
    secret = _key(client, "alice@example.com")
    rows = {s["name"]: s for s in client.get("/v1/sources", headers=auth(secret)).json()["data"]}
    assert rows["uploads"]["kind"] == "uploads" and rows["uploads"]["options"] is None
    assert rows["notes"]["document_count"] == 1
