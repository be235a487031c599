"""The Confluence connector and directory against a fake Confluence Cloud site on loopback."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from assistant.ingest.sync import SyncError
from assistant.state.tables import DocumentRow
from connectors import Access, CheckpointMark, ConnectorFailure, Deletion, Document
from connectors.confluence import (
    ConfluenceCheckpoint,
    ConfluenceConnector,
    ConfluenceDirectory,
)
from connectors.errors import (
    ConnectorAuthError,
    ConnectorConfigError,
)
from tests.connectors.fakes.atlassian import (
    check_revoked_token,
    fail_after_first_mark,
    stored,
    sync_engine,
)
from tests.connectors.fakes.confluence import FakeConfluence
from tests.contract import check_contract, check_marks, drain

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
ENG_READERS = [("group", "g-eng"), ("user", "acc-admin"), ("role", "role-viewers")]


@pytest.fixture
def site():
    with FakeConfluence() as fake:
        fake.add_user("acc-alice", "alice@example.com", "Alice")
        fake.add_user("acc-bob", "bob@example.com", "Bob")
        fake.add_user("acc-carol", "", "Carol")  # hides her email
        fake.add_user("acc-admin", "admin@example.com", "Admin")
        fake.add_user("acc-bot", "", "Automation", account_type="app")
        fake.add_group("g-eng", "engineering", ["acc-alice", "acc-bob", "acc-carol", "acc-bot"])
        fake.add_group("g-all", "confluence-users", ["acc-alice", "acc-bob", "acc-carol", "acc-admin"])
        fake.add_space("1", "ENG", "Engineering", ENG_READERS)
        fake.add_space("2", "PUB", "Public", [("user", "anonymous")])
        handbook = fake.add_page("1", "Handbook", "<p>Welcome to engineering.</p>")
        fake.attach(handbook.id, "runbook.pdf", PDF, "application/pdf")
        fake.attach(handbook.id, "team.png", b"\x89PNG\r\n", "image/png")
        salaries = fake.add_page("1", "Salaries", "<p>Pay table.</p>")
        fake.restrict(salaries.id, users=["acc-alice", "acc-bob"])
        bands = fake.add_page("1", "Salary bands", "<p>Bands.</p>", parent=salaries.id)
        fake.restrict(bands.id, groups=["g-eng"])
        fake.add_page("1", "Broken", None)
        fake.add_page("1", "Onboarding", "<p>Day one.</p>", parent=handbook.id)
        fake.add_page("2", "Holidays", "<h1>Holidays</h1><p>Dec 25.</p>")
        yield fake


def pid(site: FakeConfluence, title: str) -> str:
    return next(p.id for p in site.pages.values() if p.title == title)


def connector(site: FakeConfluence, **options) -> ConfluenceConnector:
    return ConfluenceConnector("wiki", **site.options(batch_size=2, **options))


def by_title(run) -> dict[str, Document]:
    return {d.title: d for d in run.documents}


def test_first_sync_delivers_pages_attachments_and_their_access(site):
    run = check_marks(connector(site))
    docs = by_title(run)
    assert set(docs) == {"Handbook", "Salaries", "Salary bands", "Onboarding", "Holidays", "runbook.pdf"}
    handbook = docs["Handbook"]
    assert handbook.id == f"wiki:page/{pid(site, 'Handbook')}" and handbook.mime_type == "text/html"
    assert b"<title>Handbook</title>" in handbook.content and b"Welcome to engineering." in handbook.content
    assert handbook.uri == f"{site.url}/wiki/spaces/ENG/pages/{handbook.metadata['page_id']}/Handbook"
    # Space readers: the group and the admin by account id; the role is not expanded (fails closed).
    eng = Access(local_users=frozenset({"confluence:acc-admin"}), local_groups=frozenset({"confluence-group:g-eng"}))
    assert handbook.access == eng and docs["Onboarding"].access == eng
    # Restricted to Alice and Bob, who both read the space through engineering.
    assert docs["Salaries"].access == Access(local_users=frozenset({"confluence:acc-alice", "confluence:acc-bob"}))
    # Restricted to engineering under a page restricted to Alice and Bob: only they pass both.
    assert docs["Salary bands"].access == docs["Salaries"].access
    assert docs["Holidays"].access == Access(public=True)
    pdf = docs["runbook.pdf"]
    assert (pdf.content, pdf.mime_type, pdf.filename, pdf.access) == (PDF, "application/pdf", "runbook.pdf", eng)
    assert [f.id for f in run.failures] == [f"wiki:page/{pid(site, 'Broken')}"]
    assert "storage-format body" in run.failures[0].reason
    # Every listing paged (the site returns 3 a page) by cursor, and the attachments by the Link header only.
    assert any("cursor" in c.query for c in site.calls_to("/wiki/api/v2/spaces/1/pages"))
    assert all(c.headers["authorization"].startswith("Basic ") for c in site.calls)


def test_a_second_sync_fetches_only_what_changed_and_deletes_what_is_gone(site):
    first = drain(connector(site))
    site.edit(pid(site, "Handbook"), "<p>Welcome, v2.</p>")
    site.pages[pid(site, "Onboarding")].status = "trashed"
    holidays = pid(site, "Holidays")
    del site.pages[holidays]
    new = site.add_page("1", "Architecture", "<p>Boxes.</p>")
    site.attach(pid(site, "Salaries"), "notes.txt", b"raise in May", "text/plain")
    before = len(site.calls)

    run = check_contract(connector(site), first.checkpoint)
    assert set(by_title(run)) == {"Handbook", "Architecture", "notes.txt"}
    assert by_title(run)["notes.txt"].access == by_title(first)["Salaries"].access
    assert set(run.ids(Deletion)) == {f"wiki:page/{pid(site, 'Onboarding')}", f"wiki:page/{holidays}"}
    fetched = [c.query["id"] for c in site.calls[before:] if c.path == "/wiki/api/v2/pages"]
    assert sorted(",".join(fetched).split(",")) == sorted([pid(site, "Handbook"), new.id, pid(site, "Broken")])
    # Nothing changed since: the third run fetches no page (the broken one is retried, and fails again).
    again = drain(connector(site), run.checkpoint)
    assert again.documents == [] and again.deletions == [] and len(again.failures) == 1


def test_a_deleted_page_takes_its_attachments_along(site):
    first = drain(connector(site))
    handbook = pid(site, "Handbook")
    del site.pages[handbook]
    site.pages[pid(site, "Onboarding")].parent = ""
    run = drain(connector(site), first.checkpoint)
    assert set(run.ids(Deletion)) == {f"wiki:page/{handbook}", by_title(first)["runbook.pdf"].id}
    assert run.documents == []


def test_a_space_permission_change_redelivers_the_space_with_the_new_access(site):
    first = drain(connector(site))
    site.spaces["1"].readers = [("group", "g-all")]
    run = drain(connector(site), first.checkpoint)
    docs = by_title(run)
    # Carol reads the space now, but the restrictions still admit only Alice and Bob: those pages stay.
    assert set(docs) == {"Handbook", "Onboarding", "runbook.pdf"}
    assert docs["Handbook"].content == by_title(first)["Handbook"].content
    assert {d.access for d in docs.values()} == {Access(local_groups=frozenset({"confluence-group:g-all"}))}


def test_a_restriction_change_is_found_when_restrictions_are_read_again(site):
    clock = [datetime(2026, 3, 2, 12, 0, tzinfo=UTC)]
    first = drain(connector(site, clock=lambda: clock[0]))
    site.restrict(pid(site, "Handbook"), users=["acc-bob"])  # no new version: the listing cannot tell
    clock[0] += timedelta(hours=1)
    assert drain(connector(site, clock=lambda: clock[0]), first.checkpoint).documents == []
    clock[0] += timedelta(hours=6)
    run = drain(connector(site, clock=lambda: clock[0]), first.checkpoint)
    docs = by_title(run)
    # The page, its attachment and its child inherit the restriction.
    assert set(docs) == {"Handbook", "runbook.pdf", "Onboarding"}
    assert {d.access for d in docs.values()} == {Access(local_users=frozenset({"confluence:acc-bob"}))}
    assert run.checkpoint.restrictions_read == clock[0].isoformat()
    # restrictions_refresh_h: 0 reads them on every run.
    site.restrict(pid(site, "Handbook"))
    assert "Handbook" in by_title(drain(connector(site, restrictions_refresh_h=0), run.checkpoint))


def test_a_group_membership_change_moves_access_through_the_directory(site):
    directory = ConfluenceDirectory("confluence", **site.options())
    snapshot = directory.load_directory()
    groups = {g.name: g for g in snapshot.groups}
    assert groups["engineering"].users == {"alice@example.com", "bob@example.com"}  # Carol hides her email
    assert groups["engineering"].local_ids == {"confluence-group:g-eng"}
    users = {u.email: u for u in snapshot.users}
    assert users["alice@example.com"].local_ids == {"confluence:acc-alice"} and users["alice@example.com"].name == "Alice"
    assert "" not in users and len(users) == 3  # the app account is no person

    first = drain(connector(site))
    site.groups["g-eng"]["members"].remove("acc-bob")
    assert "bob@example.com" not in {g.name: g for g in directory.load_directory().groups}["engineering"].users
    # Bob is still named by the Salaries restriction, but no longer reads the space: both pages lose him.
    run = drain(connector(site), first.checkpoint)
    assert set(by_title(run)) == {"Salaries", "Salary bands"}
    assert {d.access for d in run.documents} == {Access(local_users=frozenset({"confluence:acc-alice"}))}


def test_a_rate_limit_is_waited_out(site):
    site.throttle("/wiki/api/v2/spaces/1/pages", times=1, retry_after=1)
    run = drain(connector(site))
    assert len(run.documents) == 6
    statuses = [c.status for c in site.calls_to("/wiki/api/v2/spaces/1/pages")]
    assert statuses[:2] == [429, 200]


def test_an_oauth_token_is_sent_as_a_bearer(site):
    options = site.options()
    del options["email"], options["api_token"]
    run = drain(ConfluenceConnector("wiki", **options, oauth_token=site.oauth_token))
    assert len(run.documents) == 6
    assert site.calls[-1].headers["authorization"] == f"Bearer {site.oauth_token}"
    with pytest.raises(ConnectorAuthError, match="oauth_token"):
        drain(ConfluenceConnector("wiki", **options, oauth_token="expired"))


def test_a_revoked_token_stops_the_source_and_keeps_its_documents(site, tmp_path):
    options = check_revoked_token(site, tmp_path, "wiki", "confluence", documents=6)
    with pytest.raises(ConnectorAuthError, match="create a new API token for sync-bot@example.com"):
        drain(ConfluenceConnector("wiki", **options))


def test_a_server_that_keeps_failing_stops_the_sync_at_the_last_batch(site, tmp_path):
    engine = sync_engine(tmp_path, "wiki", "confluence", site.options(batch_size=2))
    with pytest.raises(SyncError, match="kept answering 503 after 3 attempts"):
        engine.sync("wiki", fail_after_first_mark(engine, "wiki", site, "/wiki/api/v2/pages"))
    mark = stored(engine, "wiki", ConfluenceCheckpoint)
    assert sorted(mark.pages) == [pid(site, "Handbook"), pid(site, "Salaries")], "the first batch of two pages"
    resumed = engine.sync("wiki")
    assert resumed.fetched == 3, "the pages after the mark: Salary bands, Onboarding, Holidays"
    assert resumed.failed == 1  # the broken page, again
    with engine.db.session() as s:
        assert s.query(DocumentRow).filter_by(source="wiki").count() == 6


def test_marks_leave_pages_after_them_for_the_next_run(site):
    gen = connector(site).load(None)
    items = []
    for item in gen:
        if isinstance(item, CheckpointMark):
            mark = item.checkpoint
            break
        items.append(item)
    assert isinstance(mark, ConfluenceCheckpoint) and mark.since == "" and mark.refreshing
    rest = drain(connector(site), mark)
    delivered = {i.id for i in items if isinstance(i, Document)}
    assert delivered.isdisjoint(rest.ids()) and len(delivered) + len(rest.documents) == 6


def test_bad_settings_are_named(site):
    with pytest.raises(ConnectorConfigError, match="base_url"):
        ConfluenceConnector("wiki", email="a@example.com", api_token="t")
    with pytest.raises(ConnectorConfigError, match="api_token"):
        ConfluenceConnector("wiki", base_url=site.url, email="a@example.com")
    with pytest.raises(ConnectorConfigError, match="not both"):
        ConfluenceConnector("wiki", **site.options(), oauth_token="x")
    with pytest.raises(ConnectorConfigError, match="none of the spaces NOPE"):
        drain(connector(site, spaces=["NOPE"]))
    run = drain(connector(site, spaces=["PUB", "GONE"]))
    assert [d.title for d in run.documents] == ["Holidays"]
    assert [f.id for f in run.failures] == ["wiki:space/GONE"]


def test_a_space_whose_pages_cannot_be_listed_keeps_its_documents(site):
    first = drain(connector(site))
    site.fail("/wiki/api/v2/spaces/1/pages", times=1, status=404)
    run = drain(connector(site), first.checkpoint)
    assert run.deletions == [] and [f.id for f in run.failures] == ["wiki:space/ENG"]
    assert isinstance(run.failures[0], ConnectorFailure) and "cannot list" in run.failures[0].reason
