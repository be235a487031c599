"""The Google Drive connector and the Google Groups directory against a fake Google on loopback.

Every JSON body the fake serves is checked against the Drive v3 and Admin SDK Directory discovery
documents that google-api-python-client ships, so the fake cannot drift from Google's real shapes.
"""

from __future__ import annotations

import json
import time

import pytest

from assistant.ingest.sync import SyncEngine, SyncError
from assistant.state.tables import DocumentRow
from connectors import Access, Deletion, Document
from connectors.errors import ConnectorAuthError, ConnectorConfigError
from connectors.google_drive import (
    GoogleDriveCheckpoint,
    GoogleDriveConnector,
    GoogleGroupsDirectory,
)
from tests.connectors.fakes.google import FakeGoogle, new_service_account, perm
from tests.connectors.google_discovery import discovery, violations
from tests.connectors.sync_engine import ledger, stored, sync_engine
from tests.contract import check_marks, drain

DOC = "application/vnd.google-apps.document"
SHEET = "application/vnd.google-apps.spreadsheet"
SLIDES = "application/vnd.google-apps.presentation"
ADMIN = "admin@acme.example"


@pytest.fixture
def google():
    with FakeGoogle() as fake:
        fake.put("1Roadmap", "Roadmap 2027", b"Q1: ship the assistant.", DOC, permissions=[
            perm("user", "owner", email="alice@acme.example"), perm("group", "writer", email="eng@acme.example"),
            perm("domain", domain="acme.example")])
        fake.put("2Budget", "Budget", b"item,amount\nGPUs,12000\n", SHEET, permissions=[perm("anyone")])
        fake.put("3Deck", "Kick-off deck", b"Slide 1: Welcome", SLIDES, permissions=[
            perm("domain", domain="partner.example"), perm("user", email="bob@acme.example"),
            perm("user", email="gone@acme.example", id="9", deleted=True),
            perm("user", email="temp@acme.example", id="8", expirationTime="2020-01-01T00:00:00.000Z")])
        fake.put("4Report", "report.pdf", b"%PDF-1.4 report", "application/pdf",
                 permissions=[perm("user", email="bob@acme.example")])
        fake.put("5Runbook", "runbook.md", b"# Runbook", "text/markdown", drive_id="0AOpsDrive",
                 permissions=[perm("group", "fileOrganizer", email="ops@acme.example")])
        fake.put("6Folder", "Projects", b"", "application/vnd.google-apps.folder")
        fake.put("7Form", "Survey", b"", "application/vnd.google-apps.form")
        fake.put_raw("8Broken", {"kind": "drive#file", "id": "8Broken", "mimeType": "text/plain"})
        fake.add_user("alice@acme.example", "Alice Archer", aliases=["a.archer@acme.example"])
        fake.add_user("bob@acme.example", "Bob Baker")
        fake.add_group("eng@acme.example", "Engineering", [("alice@acme.example", "USER"), ("ops@acme.example", "GROUP")])
        fake.add_group("ops@acme.example", "Operations", [("bob@acme.example", "USER"),
                                                          ("contractor@partner.example", "EXTERNAL")])
        fake.add_group("everyone@acme.example", "Everyone", [("", "CUSTOMER")])
        fake.delegated.add(ADMIN)
        yield fake
        drive, admin = discovery("drive.v3"), discovery("admin.directory_v1")
        wrong = [v for api, schema, body in fake.served
                 for v in violations(drive if api == "drive" else admin, schema, body)]
        assert wrong == [], wrong[:5]


def connector(google: FakeGoogle, **options) -> GoogleDriveConnector:
    settings = {"credentials_json": json.dumps(google.key), "company_domain": "acme.example", "base_url": google.url,
                "page_size": 2, "backoff_s": 0.01, "max_retries": 2, **options}
    return GoogleDriveConnector("gd", **settings)


def directory(google: FakeGoogle, **options) -> GoogleGroupsDirectory:
    return GoogleGroupsDirectory("groups", **{"credentials_json": json.dumps(google.key), "subject": ADMIN,
                                              "base_url": google.url, **options})


def test_first_sync_lists_files_exports_google_formats_and_reads_permissions(google):
    run = check_marks(connector(google))
    docs = {d.id: d for d in run.documents}
    assert sorted(docs) == ["gd:1Roadmap", "gd:2Budget", "gd:3Deck", "gd:4Report", "gd:5Runbook"]
    assert [f.id for f in run.failures] == ["gd:8Broken"] and run.deletions == []

    roadmap, budget, deck = docs["gd:1Roadmap"], docs["gd:2Budget"], docs["gd:3Deck"]
    assert (roadmap.mime_type, roadmap.filename, roadmap.content) == ("text/plain", "Roadmap 2027.txt",
                                                                      b"Q1: ship the assistant.")
    assert (budget.mime_type, budget.filename) == ("text/csv", "Budget.csv")
    assert (deck.mime_type, deck.filename) == ("text/plain", "Kick-off deck.txt")
    assert docs["gd:4Report"].content == b"%PDF-1.4 report" and docs["gd:4Report"].mime_type == "application/pdf"
    assert roadmap.uri == "https://docs.google.com/document/d/1Roadmap/edit?usp=drivesdk" and roadmap.modified
    assert roadmap.metadata == {"file_id": "1Roadmap", "mime_type": DOC}

    assert roadmap.access == Access(public=True, local_users=frozenset({"google:alice@acme.example"}),
                                    local_groups=frozenset({"google-group:eng@acme.example"})), "company domain"
    assert budget.access == Access(public=True), "anyone"
    assert deck.access == Access(local_users=frozenset({"google:bob@acme.example"})), \
        "another domain, a deleted account and an expired permission admit nobody"
    runbook = docs["gd:5Runbook"]
    assert runbook.access == Access(local_groups=frozenset({"google-group:ops@acme.example"}))
    assert runbook.metadata["drive_id"] == "0AOpsDrive"

    # Shared drive items carry no permissions in the file resource: they are listed for that file only.
    assert {c.path for c in google.calls_to("/drive/v3/files/") if c.path.endswith("/permissions")} == \
        {"/drive/v3/files/5Runbook/permissions"}
    exports = {c.path: c.query["mimeType"] for c in google.calls_to("/drive/v3/files/") if c.path.endswith("/export")}
    assert exports == {"/drive/v3/files/1Roadmap/export": "text/plain", "/drive/v3/files/2Budget/export": "text/csv",
                       "/drive/v3/files/3Deck/export": "text/plain"}
    listing = google.calls_to("/drive/v3/files", status=200)[0].query
    assert listing["supportsAllDrives"] == listing["includeItemsFromAllDrives"] == "true"
    assert listing["q"] == "trashed = false" and "permissions(" in listing["fields"]
    assert run.checkpoint == GoogleDriveCheckpoint(changes_token="9")
    assert len(run.marks) == 4 and run.marks[0][1].listing_token, "a mark after each page of the listing"
    assert len(google.served) >= 8, "the discovery check at teardown has the listing, changes and permissions to check"

    claims = google.assertions[0]
    assert claims["iss"] == google.key["client_email"] and claims["aud"] == google.token_uri
    assert claims["scope"] == "https://www.googleapis.com/auth/drive.readonly" and "sub" not in claims
    assert len(google.calls_to("/token")) == 1 + len(run.marks), "one access token a run (check_marks resumes 4 times)"


def test_the_changes_api_delivers_what_changed_and_what_went(google):
    gd = connector(google)
    first = drain(gd)
    exports = len([c for c in google.calls_to("/drive/v3/files/") if c.path.endswith("/export")])
    google.put("4Report", "report.pdf", b"%PDF-1.4 report, v2", "application/pdf")
    google.put("9New", "new.txt", b"A new file.", permissions=[perm("group", email="eng@acme.example")])
    google.trash("1Roadmap")
    google.remove("2Budget")
    google.share("3Deck", [perm("anyone")])
    google.put("6Folder", "Projects (renamed)", b"", "application/vnd.google-apps.folder")

    later = drain(gd, first.checkpoint)
    exported = [c.path for c in google.calls_to("/drive/v3/files/") if c.path.endswith("/export")][exports:]
    assert exported == ["/drive/v3/files/3Deck/export"], "only the changed Google file is exported again"
    assert check_marks(gd, first.checkpoint).items == later.items
    assert sorted(later.ids()) == ["gd:3Deck", "gd:4Report", "gd:9New"]
    assert sorted(later.ids(Deletion)) == ["gd:1Roadmap", "gd:2Budget", "gd:6Folder"]
    docs = {d.id: d for d in later.documents}
    assert docs["gd:3Deck"].access == Access(public=True)
    assert docs["gd:4Report"].content == b"%PDF-1.4 report, v2"
    assert docs["gd:9New"].access.local_groups == {"google-group:eng@acme.example"}
    assert later.checkpoint == GoogleDriveCheckpoint(changes_token="15")
    changes = [c for c in google.calls_to("/drive/v3/changes", status=200) if c.path == "/drive/v3/changes"]
    assert changes[0].query["pageToken"] == "9" and changes[0].query["includeRemoved"] == "true"

    again = drain(gd, later.checkpoint)
    assert again.items == [] and again.checkpoint == later.checkpoint


def test_domain_sharing_is_public_only_for_the_company_domain_and_emails_can_be_canonical(google):
    docs = {d.id: d for d in drain(connector(google, company_domain=None, emails_are_canonical=True)).documents}
    roadmap = docs["gd:1Roadmap"]
    assert not roadmap.access.public
    assert roadmap.access.users == {"alice@acme.example"} and roadmap.access.groups == {"eng@acme.example"}
    assert roadmap.access.local_users == {"google:alice@acme.example"}


def test_a_delegated_subject_signs_for_the_user(google):
    google.delegated.add("carol@acme.example")
    assert drain(connector(google, subject="carol@acme.example")).documents
    assert google.assertions[-1]["sub"] == "carol@acme.example"
    with pytest.raises(ConnectorAuthError, match=r"unauthorized_client.*domain-wide delegation grants client "
                                                  r"104857600000000000001 the scopes .*drive\.readonly for dave@"):
        drain(connector(google, subject="dave@acme.example"))


def test_a_wrong_key_says_what_to_fix(google, tmp_path):
    other, _ = new_service_account(google.token_uri, email=google.key["client_email"])
    with pytest.raises(ConnectorAuthError, match=r"answered 400 .*invalid_grant.*check the service account key in "
                                                  r"credentials_json of 'gd'") as caught:
        drain(connector(google, credentials_json=json.dumps(other)))
    assert "PRIVATE KEY" not in str(caught.value)
    path = tmp_path / "key.json"
    path.write_text("{not json")
    with pytest.raises(ConnectorConfigError, match="credentials_file .*key.json is not JSON"):
        connector(google, credentials_json=None, credentials_file=str(path))
    path.write_text(json.dumps({"type": "authorized_user", "client_id": "x"}))
    with pytest.raises(ConnectorConfigError, match="not a service account key"):
        connector(google, credentials_json=None, credentials_file=str(path))
    with pytest.raises(ConnectorConfigError, match="exactly one of credentials_file or credentials_json"):
        connector(google, credentials_json=None)
    broken = dict(google.key, private_key="-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
    with pytest.raises(ConnectorConfigError, match="not an RSA key"):
        drain(connector(google, credentials_json=json.dumps(broken)))


def test_an_expired_access_token_is_fetched_again_once(google):
    gen = connector(google).load(None)
    items = [next(gen) for _ in range(2)]
    google.expire_tokens()
    items += list(gen)
    assert len([i for i in items if isinstance(i, Document)]) == 5
    assert len(google.calls_to("/token")) == 2 and len(google.calls_to("/drive/", status=401)) == 1


def test_429_waits_for_retry_after_and_large_files_are_failures(google):
    google.throttle("/drive/v3/files/3Deck/export", times=1, retry_after=1)
    started = time.monotonic()
    run = drain(connector(google, max_bytes=10))
    assert time.monotonic() - started >= 1.0
    assert "over the limit of 10" in {f.id: f.reason for f in run.failures}["gd:4Report"]
    assert [c.status for c in google.calls_to("/drive/v3/files/3Deck/export")] == [429, 200]
    assert "gd:3Deck" in run.ids() and not google.calls_to("/drive/v3/files/4Report")


def test_the_token_uri_can_be_overridden(google):
    key = dict(google.key, token_uri="https://oauth2.googleapis.com/token")
    assert drain(connector(google, credentials_json=json.dumps(key), token_uri=google.token_uri)).documents


@pytest.fixture
def key_file(tmp_path, google):
    path = tmp_path / "sa.json"
    path.write_text(json.dumps(google.key))
    return path


@pytest.fixture
def engine(tmp_path, google, key_file):
    return sync_engine(tmp_path, "gd", "google_drive", {
        "credentials_file": str(key_file), "company_domain": "acme.example", "base_url": google.url, "page_size": 2,
        "max_retries": 2, "backoff_s": 0.01})


def acl(engine: SyncEngine, doc_id: str) -> list[str]:
    with engine.db.session() as s:
        return list(s.get(DocumentRow, doc_id).access)


def test_a_revoked_key_stops_the_source_and_keeps_its_documents_and_checkpoint(engine, google, key_file):
    engine.sync("gd")
    before, checkpoint = ledger(engine, "gd"), stored(engine, "gd", GoogleDriveCheckpoint)
    other, _ = new_service_account(google.token_uri, email=google.key["client_email"])
    key_file.write_text(json.dumps(other))
    with pytest.raises(SyncError, match=r"^source 'gd': Google OAuth refused the token request \(.*invalid_grant: Invalid JWT Signature\.\); "
                                        r"check the service account key in credentials_file of 'gd'"):
        engine.sync("gd")
    assert ledger(engine, "gd") == before and len(before) == 5
    assert stored(engine, "gd", GoogleDriveCheckpoint) == checkpoint


def test_a_server_that_keeps_failing_stops_at_the_last_complete_page(engine, google):
    google.fail("/drive/v3/files/4Report", times=100, status=500)
    with pytest.raises(SyncError, match="kept answering 500 after 3 attempts"):
        engine.sync("gd")
    checkpoint = stored(engine, "gd", GoogleDriveCheckpoint)
    assert checkpoint is not None and checkpoint.listing_token, "the mark after the first page"
    assert set(ledger(engine, "gd")) == {"gd:1Roadmap", "gd:2Budget", "gd:3Deck"}
    google.clear_faults()
    resumed = engine.sync("gd")
    # The page that failed is read again from its start: 3Deck, then the two the failure kept back.
    assert resumed.fetched == 3 and {"gd:4Report", "gd:5Runbook"} <= set(ledger(engine, "gd"))
    assert stored(engine, "gd", GoogleDriveCheckpoint) == GoogleDriveCheckpoint(changes_token="9")


def test_google_groups_map_drive_permissions_to_canonical_identities(engine, google):
    snapshot = directory(google).load_directory()
    users = {u.email: u for u in snapshot.users}
    assert users["alice@acme.example"].local_ids == {"google:alice@acme.example", "google:a.archer@acme.example"}
    assert users["alice@acme.example"].name == "Alice Archer"
    groups = {g.name: g for g in snapshot.groups}
    assert groups["eng@acme.example"].users == {"alice@acme.example"}
    assert groups["eng@acme.example"].groups == {"ops@acme.example"}
    assert groups["ops@acme.example"].users == {"bob@acme.example", "contractor@partner.example"}
    assert groups["everyone@acme.example"].users == {"alice@acme.example", "bob@acme.example"}
    assert groups["ops@acme.example"].local_ids == {"google-group:ops@acme.example"}
    claims = google.assertions[-1]
    assert claims["sub"] == ADMIN and "admin.directory.group.readonly" in claims["scope"]
    assert google.calls_to("/admin/directory/v1/users")[0].query["customer"] == "my_customer"

    engine.identities.replace("groups", snapshot)
    engine.sync("gd")
    assert acl(engine, "gd:1Roadmap") == ["public", "user:alice@acme.example", "group:eng@acme.example"]
    assert acl(engine, "gd:5Runbook") == ["group:ops@acme.example"]
    assert engine.identities.groups_of("bob@acme.example") >= {"ops@acme.example", "eng@acme.example"}

    # A membership change reaches the next snapshot.
    google.members["ops@acme.example"] = [google._member("alice@acme.example", "USER")]
    groups = {g.name: g for g in directory(google, domain="acme.example").load_directory().groups}
    assert groups["ops@acme.example"].users == {"alice@acme.example"}
    listed = [c.query for c in google.calls_to("/admin/directory/v1/groups") if c.path.endswith("/groups")]
    assert listed[-1]["domain"] == "acme.example" and "customer" not in listed[-1]


def test_the_directory_pages_and_needs_a_delegated_admin(google):
    google.page_size_cap = 1
    snapshot = directory(google).load_directory()
    assert len(snapshot.users) == 2 and len(snapshot.groups) == 3
    assert any("pageToken" in c.query for c in google.calls_to("/admin/directory/v1/groups"))
    with pytest.raises(ConnectorAuthError, match="unauthorized_client"):
        directory(google, subject="nobody@acme.example").load_directory()


def test_the_discovery_check_rejects_unknown_fields_and_wrong_types():
    drive = discovery("drive.v3")
    good = {"kind": "drive#fileList", "files": [{"id": "1", "name": "a", "size": "12", "trashed": False,
                                                 "modifiedTime": "2026-11-01T00:00:00.000Z", "permissions": [
                                                     {"id": "p", "type": "user", "role": "reader"}]}]}
    assert violations(drive, "FileList", good) == []
    assert violations(drive, "FileList", {"files": [{"id": "1", "filename": "a"}]}) == \
        ["FileList.files[0]: 'filename' is not a field of this schema"]
    assert violations(drive, "FileList", {"files": [{"id": 1, "size": 12, "trashed": "no"}]}) == [
        "FileList.files[0].id: expected a string, got int", "FileList.files[0].size: expected a string, got int",
        "FileList.files[0].trashed: expected a boolean, got str"]
    assert violations(drive, "ChangeList", {"changes": [{"time": "yesterday", "file": {"parents": "x"}}]}) == [
        "ChangeList.changes[0].time: 'yesterday' is not an RFC 3339 date-time",
        "ChangeList.changes[0].file.parents: expected an array, got str"]
