"""The Jira connector and directory against a fake Jira Cloud site on loopback; ADF as text."""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.ingest.sync import SyncError
from assistant.state.tables import DocumentRow
from connectors import Access, Deletion, Document
from connectors.atlassian import AdfError, adf_to_text
from connectors.errors import ConnectorAuthError, ConnectorConfigError
from connectors.jira import JiraCheckpoint, JiraConnector, JiraDirectory
from tests.connectors.fakes.atlassian import (
    check_revoked_token,
    fail_after_first_mark,
    stored,
    sync_engine,
)
from tests.connectors.fakes.jira import FakeJira, adf
from tests.contract import check_contract, check_marks, drain

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
RICH = {"type": "doc", "version": 1, "content": [
    {"type": "heading", "attrs": {"level": 2}, "content": [{"type": "text", "text": "Steps"}]},
    {"type": "orderedList", "attrs": {"order": 1}, "content": [
        {"type": "listItem", "content": [{"type": "paragraph", "content": [{"type": "text", "text": "Open the valve"}]}]},
        {"type": "listItem", "content": [{"type": "paragraph", "content": [
            {"type": "text", "text": "Ask "}, {"type": "mention", "attrs": {"id": "acc-bob", "text": "@Bob"}}]}]},
    ]},
    {"type": "codeBlock", "attrs": {"language": "bash"}, "content": [{"type": "text", "text": "make test"}]},
]}
ENG_BROWSE = [{"type": "group", "parameter": "developers", "value": "g-dev"},
              {"type": "projectRole", "parameter": "10002", "value": "10002"},
              {"type": "projectLead"}, {"type": "reporter"}]
ENG_ACCESS = {"jira:acc-carol", "jira:acc-lead"}, {"jira-group:g-dev", "jira-group:g-qa"}


@pytest.fixture
def site():
    with FakeJira() as fake:
        for account, email, name in [("acc-alice", "alice@example.com", "Alice"), ("acc-bob", "bob@example.com", "Bob"),
                                     ("acc-carol", "", "Carol"), ("acc-lead", "lead@example.com", "Lead"),
                                     ("acc-ext", "ext@example.com", "Contractor")]:
            fake.add_user(account, email, name)
        fake.add_group("g-dev", "developers", ["acc-alice", "acc-bob"])
        fake.add_group("g-qa", "qa", ["acc-carol"])
        fake.add_group("g-jsw", "jira-software-users", ["acc-alice", "acc-bob", "acc-carol", "acc-lead"])
        fake.app_roles["jira-software"] = ["g-jsw"]
        eng = fake.add_project("10000", "ENG", "Engineering", "acc-lead", ENG_BROWSE)
        eng.roles["10002"] = [{"user": "acc-carol"}, {"group": "g-qa"}]
        fake.add_project("10001", "OPS", "Operations", "acc-lead",
                         [{"type": "applicationRole", "parameter": "jira-software"}])
        fake.add_project("10002", "PUB", "Public", "acc-lead", [{"type": "anyone"}])
        first = fake.add_issue("10000", "Valve leaks", RICH, assignee="acc-bob")
        for n in range(3):
            fake.comment(first, "acc-bob", f"Comment {n + 1}")
        fake.comment(first, "acc-lead", "Admins only", visibility={"type": "role", "value": "Administrators"})
        fake.attach(first, "spec.pdf", PDF, "application/pdf")
        fake.attach(first, "photo.png", b"\x89PNG\r\n", "image/png")
        fake.add_issue("10000", "Contractor request", adf("Please add me."), reporter="acc-ext")
        fake.add_issue("10000", "Broken", {"type": "doc", "content": "not a list"})
        fake.add_issue("10000", "Secret", adf("Hidden."), security={"id": "10100", "name": "Staff only"})
        fake.add_issue("10001", "Rotate keys", adf("Every quarter."))
        fake.add_issue("10002", "Holiday calendar", "Plain text description.")
        yield fake


def connector(site: FakeJira, **options) -> JiraConnector:
    return JiraConnector("jira", **site.options(**options))


def by_key(run) -> dict[str, Document]:
    return {d.metadata["key"] if "attachment_id" not in d.metadata else d.filename: d for d in run.documents}


def eng_access(*extra_users: str) -> Access:
    users, groups = ENG_ACCESS
    return Access(local_users=frozenset(users | set(extra_users)), local_groups=frozenset(groups))


@pytest.mark.parametrize(("doc", "text"), [
    (None, ""),
    ("already text", "already text"),
    (adf("One.", "Two."), "One.\n\nTwo."),
    (RICH, "## Steps\n\n1. Open the valve\n2. Ask @Bob\n\n```\nmake test\n```"),
    ({"type": "doc", "content": [{"type": "paragraph", "content": [
        {"type": "text", "text": "docs", "marks": [{"type": "link", "attrs": {"href": "https://x.example"}}]},
        {"type": "hardBreak"}, {"type": "status", "attrs": {"text": "DONE"}},
        {"type": "emoji", "attrs": {"shortName": ":smile:"}}]}]}, "docs (https://x.example)\nDONE:smile:"),
    ({"type": "doc", "content": [{"type": "table", "content": [
        {"type": "tableRow", "content": [{"type": "tableHeader", "content": [adf("A")["content"][0]]},
                                         {"type": "tableCell", "content": [adf("B")["content"][0]]}]}]}]}, "A | B"),
    ({"type": "doc", "content": [{"type": "bulletList", "content": [{"type": "listItem", "content": [
        adf("outer")["content"][0], {"type": "bulletList", "content": [{"type": "listItem",
                                                                        "content": adf("inner")["content"]}]}]}]}]},
     "- outer\n  - inner"),
    ({"type": "doc", "content": [{"type": "mediaSingle", "content": [{"type": "media", "attrs": {"id": "x"}}]},
                                 {"type": "blockquote", "content": adf("quoted")["content"]},
                                 {"type": "rule"}]}, "> quoted\n\n---"),
])
def test_adf_becomes_text(doc, text):
    assert adf_to_text(doc) == text


@pytest.mark.parametrize("doc", [
    [1, 2], {"type": "doc", "content": "text"}, {"type": "doc", "content": [{"type": "text"}]},
    {"type": "doc", "content": [7]},
])
def test_malformed_adf_is_refused(doc):
    with pytest.raises(AdfError):
        adf_to_text(doc)


def test_first_sync_delivers_issues_comments_attachments_and_access(site):
    run = check_marks(connector(site))
    docs = by_key(run)
    assert set(docs) == {"ENG-1", "ENG-2", "ENG-4", "OPS-1", "PUB-1", "spec.pdf"}
    text = docs["ENG-1"].content.decode()
    assert text.startswith("# ENG-1: Valve leaks\n\nProject: Engineering\nType: Task\nStatus: To Do")
    assert "## Description\n\n## Steps\n\n1. Open the valve\n2. Ask @Bob" in text
    assert all(f"Comment {n}" in text for n in (1, 2, 3)), "comments past the first page are fetched"
    assert "Admins only" not in text, "a comment restricted to a role is left out"
    assert docs["ENG-1"].uri == f"{site.url}/browse/ENG-1" and docs["ENG-1"].mime_type == "text/markdown"
    # Developers, QA through the role, the lead; the reporter where the scheme grants reporters.
    assert docs["ENG-1"].access == eng_access("jira:acc-alice")
    assert docs["ENG-2"].access == eng_access("jira:acc-ext")
    assert docs["ENG-4"].access == Access(), "an issue security level is not read: admins only"
    assert docs["OPS-1"].access == Access(local_groups=frozenset({"jira-group:g-jsw"}))
    assert docs["PUB-1"].access == Access(public=True) and "Plain text description." in docs["PUB-1"].content.decode()
    pdf = docs["spec.pdf"]
    assert (pdf.content, pdf.mime_type, pdf.access) == (PDF, "application/pdf", docs["ENG-1"].access)
    assert [f.id for f in run.failures] == ["jira:issue/" + next(i.id for i in site.issues.values() if i.key == "ENG-3")]
    searches = [c.query for c in site.calls_to("/rest/api/3/search/jql")]
    assert any("nextPageToken" in q for q in searches), "results came three a page"
    assert any(q["fields"] == "id" for q in searches), "deletions are found with an id-only listing"


def test_a_second_sync_reads_changes_by_jql_and_deletes_what_is_gone(site):
    first = drain(connector(site))
    eng1 = next(i for i in site.issues.values() if i.key == "ENG-1")
    gone = next(i for i in site.issues.values() if i.key == "ENG-2")
    site.touch(eng1, summary="Valve leaks badly")
    del site.issues[gone.id]
    site.add_issue("10001", "Renew certificates", adf("Before May."))
    before = len(site.calls)

    run = check_contract(connector(site), first.checkpoint)
    assert set(by_key(run)) == {"ENG-1", "OPS-2"}
    assert by_key(run)["ENG-1"].title == "ENG-1: Valve leaks badly"
    assert run.ids(Deletion) == [f"jira:issue/{gone.id}"]
    jql = [c.query["jql"] for c in site.calls[before:] if c.path == "/rest/api/3/search/jql" and c.query["fields"] != "id"]
    assert jql and all('updated >= "' in q and "ORDER BY updated ASC" in q for q in jql)
    # The site reads JQL dates eight hours behind UTC: the query starts a day early, and what was seen is skipped.
    again = drain(connector(site), run.checkpoint)
    assert again.documents == [] and again.deletions == [] and len(again.failures) == 1


def test_an_issue_that_failed_is_retried_by_id_when_the_change_window_has_passed(site):
    first = drain(connector(site))
    broken = next(i for i in site.issues.values() if i.key == "ENG-3")
    site.now += timedelta(days=3)
    site.touch(next(i for i in site.issues.values() if i.key == "PUB-1"), labels=["2027"])
    broken.description = adf("Fixed now.")  # an edit that (here) leaves `updated` as it was
    run = drain(connector(site), first.checkpoint)
    assert set(by_key(run)) == {"ENG-3", "PUB-1"}
    assert f"issue in ({broken.id})" in site.calls_to("/rest/api/3/search/jql")[-1].query["jql"]


def test_a_deleted_issue_takes_its_attachments_along(site):
    first = drain(connector(site))
    eng1 = next(i for i in site.issues.values() if i.key == "ENG-1")
    del site.issues[eng1.id]
    run = drain(connector(site), first.checkpoint)
    assert set(run.ids(Deletion)) == {f"jira:issue/{eng1.id}", by_key(first)["spec.pdf"].id}


def test_a_removed_attachment_is_deleted_and_a_new_one_delivered(site):
    first = drain(connector(site))
    eng1 = next(i for i in site.issues.values() if i.key == "ENG-1")
    eng1.attachments = [a for a in eng1.attachments if a["filename"] != "spec.pdf"]
    site.attach(eng1, "notes.txt", b"torque values", "text/plain")
    run = drain(connector(site), first.checkpoint)
    assert set(by_key(run)) == {"ENG-1", "notes.txt"}
    assert run.ids(Deletion) == [by_key(first)["spec.pdf"].id]


def test_a_permission_change_redelivers_the_project(site):
    first = drain(connector(site))
    site.projects["10000"].browse = [h for h in ENG_BROWSE if h.get("value") != "g-dev"]
    run = drain(connector(site), first.checkpoint)
    docs = by_key(run)
    # ENG issues whose access changed (the one behind a security level stays admins-only), none of OPS or PUB.
    assert set(docs) == {"ENG-1", "ENG-2", "spec.pdf"}
    assert docs["ENG-1"].content == by_key(first)["ENG-1"].content
    assert docs["ENG-1"].access == Access(local_users=frozenset({"jira:acc-carol", "jira:acc-lead", "jira:acc-alice"}),
                                          local_groups=frozenset({"jira-group:g-qa"}))
    # A project role losing an actor is a permission change too.
    site.projects["10000"].roles["10002"] = [{"group": "g-qa"}]
    assert "jira:acc-carol" not in by_key(drain(connector(site), run.checkpoint))["ENG-1"].access.local_users


def test_a_group_membership_change_reaches_the_directory(site):
    directory = JiraDirectory("jira", **site.options())
    snapshot = directory.load_directory()
    groups = {g.name: g for g in snapshot.groups}
    assert groups["developers"].users == {"alice@example.com", "bob@example.com"}
    assert groups["developers"].local_ids == {"jira-group:g-dev"}
    assert groups["qa"].users == frozenset(), "Carol hides her email"
    users = {u.email: u for u in snapshot.users}
    assert users["lead@example.com"].local_ids == {"jira:acc-lead"}
    site.groups["g-dev"]["members"].append("acc-lead")
    site.groups["g-dev"]["members"].remove("acc-bob")
    assert {g.name: g for g in directory.load_directory().groups}["developers"].users == {
        "alice@example.com", "lead@example.com"}


def test_a_rate_limit_is_waited_out(site):
    site.throttle("/rest/api/3/search/jql", times=1, retry_after=1)
    run = drain(connector(site))
    assert len(run.documents) == 6
    assert [c.status for c in site.calls_to("/rest/api/3/search/jql")][:2] == [429, 200]


def test_an_oauth_token_is_sent_as_a_bearer(site):
    options = site.options()
    del options["email"], options["api_token"]
    assert len(drain(JiraConnector("jira", **options, oauth_token=site.oauth_token)).documents) == 6
    assert site.calls[-1].headers["authorization"] == f"Bearer {site.oauth_token}"


def test_a_revoked_token_stops_the_source_and_keeps_its_documents(site, tmp_path):
    options = check_revoked_token(site, tmp_path, "jira", "jira", documents=6)
    with pytest.raises(ConnectorAuthError, match="api_token"):
        drain(JiraConnector("jira", **options))


def test_a_server_that_keeps_failing_stops_the_sync_at_the_last_page(site, tmp_path):
    engine = sync_engine(tmp_path, "jira", "jira", site.options(page_size=2))
    with pytest.raises(SyncError, match="kept answering 503 after 3 attempts"):
        engine.sync("jira", fail_after_first_mark(engine, "jira", site, "/rest/api/3/search/jql"))
    mark = stored(engine, "jira", JiraCheckpoint)
    # Armed after the first mark was stored, the fault hit the third page; the second page's mark stands.
    assert len(mark.issues) == 3 and mark.since, "ENG-1, ENG-2 and ENG-4 (ENG-3 failed)"
    resumed = engine.sync("jira")
    assert resumed.fetched == 2, "OPS-1 and PUB-1: the issues after the mark"
    with engine.db.session() as s:
        assert s.query(DocumentRow).filter_by(source="jira").count() == 6


def test_bad_settings_are_named(site):
    with pytest.raises(ConnectorConfigError, match="base_url"):
        JiraConnector("jira", email="a@example.com", api_token="t")
    with pytest.raises(ConnectorConfigError, match="needs email and api_token"):
        JiraConnector("jira", base_url=site.url)
    with pytest.raises(ConnectorConfigError, match="page_size"):
        connector(site, page_size=500)
    with pytest.raises(ConnectorConfigError, match="none of the projects NOPE"):
        drain(connector(site, projects=["NOPE"]))
    run = drain(connector(site, projects=["PUB", "GONE"]))
    assert [d.title for d in run.documents] == ["PUB-1: Holiday calendar"]
    assert [f.id for f in run.failures] == ["jira:project/GONE"]


def test_an_unreadable_permission_scheme_fails_closed(site):
    site.fail("/rest/api/3/project/10001/permissionscheme", times=1, status=403)
    run = drain(connector(site))
    assert by_key(run)["OPS-1"].access == Access()
    assert [f.id for f in run.failures if "project" in f.id] == ["jira:project/OPS"]
