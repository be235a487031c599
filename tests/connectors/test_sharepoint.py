"""The SharePoint / OneDrive connector and the Entra directory against a fake Microsoft Graph on loopback."""

from __future__ import annotations

import time

import pytest

from assistant.ingest.sync import SyncEngine, SyncError
from assistant.state.tables import DocumentRow
from connectors import Access, Deletion, Document
from connectors.errors import ConnectorAuthError, ConnectorConfigError
from connectors.oauth import EXPIRY_MARGIN_S, BearerToken
from connectors.sharepoint import (
    EntraDirectory,
    SharePointCheckpoint,
    SharePointConnector,
)
from tests.connectors.fakes.graph import FakeGraph, group_grant, link_grant, user_grant
from tests.connectors.sync_engine import ledger, stored, sync_engine
from tests.contract import check_contract, check_marks, drain

SITE = "contoso.sharepoint.com:/sites/eng"
ALICE, BOB = "0f1e2d3c-0000-4000-8000-0000000000a1", "0f1e2d3c-0000-4000-8000-0000000000b2"
ENG, LEADS = "9a8b7c6d-0000-4000-8000-00000000e001", "9a8b7c6d-0000-4000-8000-00000000e002"
SPEC_COUNT = 12


@pytest.fixture
def graph():
    with FakeGraph() as fake:
        fake.add_drive("b!eng-docs", "Documents", site=SITE)
        fake.add_drive("b!eng-wiki", "Wiki", site=SITE)
        fake.add_drive("b!alice", "OneDrive", user="alice@contoso.com")
        fake.put("b!eng-docs", "01SPECS", "Specs", folder=True)
        team = [user_grant(ALICE, "Alice Archer", "alice@contoso.com", roles=("owner",)), group_grant(ENG, "Engineering")]
        for i in range(SPEC_COUNT):
            fake.put("b!eng-docs", f"01SPEC{i:02d}", f"spec-{i:02d}.md", f"# Spec {i}\nThe design of part {i}.".encode(),
                     parent="01SPECS", mime="text/markdown", permissions=team)
        fake.put("b!eng-docs", "01NOTICE", "notice.txt", b"Office closed on Friday.", permissions=[link_grant("anonymous")])
        fake.put("b!eng-docs", "01PLAN", "plan.txt", b"Plan for 2027.", permissions=[link_grant("organization")])
        fake.put("b!eng-docs", "01SECRET", "secret.txt", b"Protected link.",
                 permissions=[link_grant("anonymous", password=True)])
        fake.put("b!eng-wiki", "02HOME", "Home.aspx", b"<h1>Wiki</h1>", mime="text/html",
                 permissions=[link_grant("users", users=[(BOB, "Bob Baker")])])
        fake.put("b!alice", "03DIARY", "diary.txt", b"Dear diary.", permissions=[user_grant(ALICE, "Alice Archer")])
        fake.put_raw("b!eng-docs", "01BROKEN", {"id": "01BROKEN", "file": {"mimeType": "text/plain"}, "size": 3})
        fake.add_user(ALICE, "alice@contoso.com", "alice@contoso.com", "Alice Archer")
        fake.add_user(BOB, "bob_contoso.com#EXT#@contoso.onmicrosoft.com", None, "Bob Baker")
        fake.add_group(ENG, "Engineering", "engineering@contoso.com", [ALICE, LEADS])
        fake.add_group(LEADS, "Leads", None, [BOB])
        yield fake


def connector(graph: FakeGraph, **options) -> SharePointConnector:
    settings = {"tenant_id": graph.tenant, "client_id": graph.client_id, "client_secret": graph.client_secret,
                "sites": [SITE], "users": ["alice@contoso.com"], "base_url": graph.graph_url,
                "login_base_url": graph.url, "backoff_s": 0.01, "max_retries": 2, **options}
    return SharePointConnector("sp", **settings)


def directory(graph: FakeGraph, secret: str | None = None) -> EntraDirectory:
    return EntraDirectory("entra", tenant_id=graph.tenant, client_id=graph.client_id,
                          client_secret=secret or graph.client_secret, base_url=graph.graph_url, login_base_url=graph.url)


def test_first_sync_reads_every_library_and_onedrive_with_their_permissions(graph):
    run = check_marks(connector(graph))
    docs = {d.id: d for d in run.documents}
    specs = {f"sp:b!eng-docs/01SPEC{i:02d}" for i in range(SPEC_COUNT)}
    assert set(docs) == specs | {"sp:b!eng-docs/01NOTICE", "sp:b!eng-docs/01PLAN", "sp:b!eng-docs/01SECRET",
                                 "sp:b!eng-wiki/02HOME", "sp:b!alice/03DIARY"}
    assert [f.id for f in run.failures] == ["sp:b!eng-docs/01BROKEN"] and run.deletions == []

    spec = docs["sp:b!eng-docs/01SPEC03"]
    assert (spec.title, spec.filename, spec.mime_type) == ("spec-03.md", "spec-03.md", "text/markdown")
    assert spec.content == b"# Spec 3\nThe design of part 3."
    assert spec.uri == "https://contoso.sharepoint.com/sites/eng/Documents/Specs/spec-03.md"
    assert spec.metadata == {"drive_id": "b!eng-docs", "item_id": "01SPEC03", "parent_id": "01SPECS"}
    assert spec.modified is not None and spec.modified.tzinfo is not None
    assert spec.access == Access(users=frozenset({"alice@contoso.com"}), local_users=frozenset({f"entra:{ALICE}"}),
                                 local_groups=frozenset({f"entra-group:{ENG}"}))
    assert docs["sp:b!eng-docs/01NOTICE"].access == Access(public=True), "an anyone link is public"
    assert docs["sp:b!eng-docs/01PLAN"].access == Access(), "an organization link is not public unless configured"
    assert docs["sp:b!eng-docs/01SECRET"].access == Access(), "a password-protected link is not public"
    assert docs["sp:b!eng-wiki/02HOME"].access == Access(local_users=frozenset({f"entra:{BOB}"}))
    assert docs["sp:b!alice/03DIARY"].access.local_users == {f"entra:{ALICE}"}

    # Delta pages followed to their deltaLink, sharing changes asked for, content through the 302 download.
    cp = run.checkpoint
    assert set(cp.drives) == {"b!eng-docs", "b!eng-wiki", "b!alice"}
    assert all(s.delta_link and "root/delta?token=" in s.delta_link and s.next_link is None for s in cp.drives.values())
    deltas = graph.calls_to("/v1.0/drives/b!eng-docs/root/delta")
    assert len(deltas) >= 5 and all("deltashowsharingchanges" in c.headers["prefer"] for c in deltas)
    assert graph.calls_to("/download/b!eng-docs/01SPEC03") and not graph.calls_to("/download/b!eng-docs/01BROKEN")
    assert all(c.headers["authorization"].startswith("Bearer eyJ") for c in graph.calls_to("/v1.0/"))
    assert run.marks[0][0] <= 12, "a mark comes after each batch of pages, not only at the end"


def test_the_second_sync_reads_only_the_delta(graph):
    sp = connector(graph)
    first = drain(sp)
    downloads = len(graph.calls_to("/download/"))
    graph.put("b!eng-docs", "01SPEC05", "spec-05.md", b"# Spec 5, revised", parent="01SPECS", mime="text/markdown")
    graph.put("b!eng-docs", "01NEW", "new.txt", b"Brand new.", permissions=[group_grant(LEADS, "Leads")])
    graph.delete("b!eng-docs", "01SPEC07")
    graph.share("b!eng-docs", "01PLAN", [user_grant(BOB, "Bob Baker")])
    graph.delete("b!eng-wiki", "02HOME")

    later = drain(sp, first.checkpoint)
    assert len(graph.calls_to("/download/")) - downloads == 3, "only what changed is downloaded"
    assert check_marks(sp, first.checkpoint).items == later.items
    assert sorted(later.ids()) == ["sp:b!eng-docs/01NEW", "sp:b!eng-docs/01PLAN", "sp:b!eng-docs/01SPEC05"]
    assert sorted(later.ids(Deletion)) == ["sp:b!eng-docs/01SPEC07", "sp:b!eng-wiki/02HOME"]
    docs = {d.id: d for d in later.documents}
    assert docs["sp:b!eng-docs/01SPEC05"].content == b"# Spec 5, revised"
    assert docs["sp:b!eng-docs/01PLAN"].access == Access(local_users=frozenset({f"entra:{BOB}"}))
    assert docs["sp:b!eng-docs/01NEW"].access.local_groups == {f"entra-group:{LEADS}"}
    assert "01SPEC07" not in later.checkpoint.drives["b!eng-docs"].files
    assert later.checkpoint.drives["b!eng-docs"].delta_link != first.checkpoint.drives["b!eng-docs"].delta_link

    # Nothing changed since: no document, the same deltaLinks.
    again = drain(sp, later.checkpoint)
    assert again.items == [] and again.checkpoint == later.checkpoint


def test_organization_links_count_as_public_only_when_configured(graph):
    run = drain(connector(graph, organization_links_public=True))
    docs = {d.id: d for d in run.documents}
    assert docs["sp:b!eng-docs/01PLAN"].access.public and docs["sp:b!eng-docs/01NOTICE"].access.public
    assert not docs["sp:b!eng-docs/01SECRET"].access.public


def test_site_groups_map_by_name_and_site_users_by_their_sign_in_name(graph):
    graph.share("b!eng-docs", "01PLAN", [
        {"id": "5", "roles": ["write"], "grantedToV2": {"siteGroup": {"id": "5", "displayName": "Engineering Members",
                                                                      "loginName": "Engineering Members"}}},
        {"id": "6", "roles": ["read"], "grantedToV2": {"siteGroup": {"id": "6", "displayName": "Engineering Visitors",
                                                                     "loginName": "Engineering Visitors"}}},
        {"id": "7", "roles": ["read"], "grantedToV2": {"siteUser": {
            "id": "12", "displayName": "Carol", "loginName": "i:0#.f|membership|Carol@contoso.com"}}},
    ])
    run = drain(connector(graph, site_groups={"Engineering Members": "engineering@contoso.com"}))
    plan = next(d for d in run.documents if d.id == "sp:b!eng-docs/01PLAN")
    assert plan.access == Access(users=frozenset({"carol@contoso.com"}), groups=frozenset({"engineering@contoso.com"}))


def test_an_expired_delta_token_means_a_full_resync_that_finds_deletions(graph):
    sp = connector(graph)
    first = drain(sp)
    graph.delete("b!eng-docs", "01SPEC01")
    graph.expire_delta_tokens("b!eng-docs")
    graph.delete("b!eng-docs", "01SPEC02")  # after the reset: the fresh enumeration does not list either

    run = check_contract(sp, first.checkpoint)
    assert sorted(run.ids(Deletion)) == ["sp:b!eng-docs/01SPEC01", "sp:b!eng-docs/01SPEC02"]
    assert len(run.documents) == SPEC_COUNT - 2 + 3, "the library was enumerated again"
    state = run.checkpoint.drives["b!eng-docs"]
    assert state.unseen == set() and {"01SPEC01", "01SPEC02"}.isdisjoint(state.files)
    assert graph.calls_to("/v1.0/drives/b!eng-docs/root/delta", status=410)
    assert not any(d.id.startswith("sp:b!eng-wiki") for d in run.documents), "other drives stay incremental"


def test_library_filter_and_a_drive_that_leaves_the_site(graph):
    run = drain(connector(graph, libraries=["documents"], users=[]))
    assert {d.metadata["drive_id"] for d in run.documents} == {"b!eng-docs"}
    full = drain(connector(graph))
    graph.sites[SITE][2].remove("b!eng-wiki")
    later = drain(connector(graph), full.checkpoint)
    assert later.ids(Deletion) == ["sp:b!eng-wiki/02HOME"] and later.documents == []
    assert "b!eng-wiki" not in later.checkpoint.drives


def test_an_unknown_site_is_a_failure_and_keeps_that_sites_drives(graph):
    sp = connector(graph)
    first = drain(sp)
    graph.sites["contoso.sharepoint.com:/sites/renamed"] = graph.sites.pop(SITE)
    run = drain(sp, first.checkpoint)
    assert [f.id for f in run.failures] == [f"sp:site:{SITE}"] and "Requested site could not be found" in \
        run.failures[0].reason
    assert run.deletions == [] and run.checkpoint.drives["b!eng-docs"] == first.checkpoint.drives["b!eng-docs"]
    with pytest.raises(ConnectorConfigError, match="no drive could be found"):
        drain(connector(graph, users=[]))
    with pytest.raises(ConnectorConfigError, match="at least one of sites, users or drive_ids"):
        connector(graph, sites=[], users=[])


def test_too_large_and_vanished_files_are_failures_and_the_sync_goes_on(graph):
    graph.put("b!alice", "03HUGE", "huge.bin", b"x" * 2000)
    run = drain(connector(graph, max_bytes=1000, sites=[], drive_ids=["b!gone"]))
    reasons = {f.id: f.reason for f in run.failures}
    assert "over the limit of 1,000" in reasons["sp:b!alice/03HUGE"]
    assert "answered 404" in reasons["sp:b!gone"] and "could not be found" in reasons["sp:b!gone"]
    assert run.ids() == ["sp:b!alice/03DIARY"]


def test_an_expired_access_token_is_fetched_again_once(graph):
    gen = connector(graph).load(None)
    items = [next(gen) for _ in range(3)]
    graph.expire_tokens()
    items += list(gen)
    assert len([i for i in items if isinstance(i, Document)]) == SPEC_COUNT + 5
    assert len(graph.calls_to("/contoso.onmicrosoft.com/oauth2/v2.0/token")) == 2
    assert len(graph.calls_to("/v1.0/", status=401)) == 1


def test_429_waits_for_retry_after(graph):
    graph.throttle("/v1.0/drives/b!eng-wiki/root/delta", times=1, retry_after=1)
    started = time.monotonic()
    run = drain(connector(graph))
    assert time.monotonic() - started >= 1.0
    assert [c.status for c in graph.calls_to("/v1.0/drives/b!eng-wiki/root/delta")] == [429, 200]
    assert "sp:b!eng-wiki/02HOME" in run.ids()


@pytest.mark.parametrize(("options", "needle"), [
    ({"client_secret": "rotated"}, r"refused the credentials \(401: invalid_client: AADSTS7000215: Invalid client secret"),
    ({"client_id": "another-app"}, r"answered 400 .*unauthorized_client"),
    ({"tenant_id": "fabrikam.onmicrosoft.com"}, r"answered 400 .*invalid_request"),
])
def test_bad_credentials_say_what_to_fix(graph, options, needle):
    with pytest.raises(ConnectorAuthError, match=needle) as caught:
        drain(connector(graph, **options))
    assert "check tenant_id, client_id and client_secret in the options of 'sp'" in str(caught.value)
    assert graph.client_secret not in str(caught.value) and "rotated" not in str(caught.value)


def test_an_expired_client_secret_is_named(graph):
    graph.secret_expired = True
    with pytest.raises(ConnectorAuthError, match="client secrets expire"):
        drain(connector(graph))


@pytest.fixture
def engine(tmp_path, graph):
    return sync_engine(tmp_path, "sp", "sharepoint", {
        "tenant_id": graph.tenant, "client_id": graph.client_id, "client_secret": graph.client_secret,
        "sites": [SITE], "users": ["alice@contoso.com"], "base_url": graph.graph_url, "login_base_url": graph.url,
        "max_retries": 2, "backoff_s": 0.01})


def acl(engine: SyncEngine, doc_id: str) -> list[str]:
    with engine.db.session() as s:
        return list(s.get(DocumentRow, doc_id).access)


def test_a_refused_secret_stops_the_source_and_keeps_its_documents_and_checkpoint(engine, graph):
    engine.sync("sp")
    before, checkpoint = ledger(engine, "sp"), stored(engine, "sp", SharePointCheckpoint)
    graph.client_secret = "rotated"
    with pytest.raises(SyncError, match=r"source 'sp': .*refused.*check tenant_id, client_id and client_secret"):
        engine.sync("sp")
    assert ledger(engine, "sp") == before and len(before) == SPEC_COUNT + 5
    assert stored(engine, "sp", SharePointCheckpoint) == checkpoint


def test_a_server_that_keeps_failing_stops_at_the_last_complete_batch(engine, graph):
    graph.fail("/v1.0/drives/b!alice/", times=100, status=503)
    with pytest.raises(SyncError, match="kept answering 503 after 3 attempts"):
        engine.sync("sp")
    checkpoint = stored(engine, "sp", SharePointCheckpoint)
    assert checkpoint is not None and {"b!eng-docs", "b!eng-wiki"} <= set(checkpoint.drives)
    assert "b!alice" not in checkpoint.drives and not any(i.endswith("03DIARY") for i in ledger(engine, "sp"))
    graph.clear_faults()
    resumed = engine.sync("sp")
    assert resumed.fetched == 1 and "sp:b!alice/03DIARY" in ledger(engine, "sp")


def test_entra_groups_and_users_map_the_permissions_to_canonical_identities(engine, graph):
    snapshot = directory(graph).load_directory()
    users = {u.email: u for u in snapshot.users}
    assert users["alice@contoso.com"].local_ids == {f"entra:{ALICE}"}
    assert users["bob_contoso.com#ext#@contoso.onmicrosoft.com"].name == "Bob Baker", "no mail: the UPN"
    groups = {g.name: g for g in snapshot.groups}
    assert groups["engineering@contoso.com"].users == {"alice@contoso.com", "bob_contoso.com#ext#@contoso.onmicrosoft.com"}
    assert groups["engineering@contoso.com"].groups == {"Leads"} and groups["Leads"].local_ids == {f"entra-group:{LEADS}"}

    engine.identities.replace("entra", snapshot)
    engine.sync("sp")
    assert acl(engine, "sp:b!eng-docs/01SPEC00") == ["user:alice@contoso.com", "group:engineering@contoso.com"]
    assert engine.identities.groups_of("bob_contoso.com#ext#@contoso.onmicrosoft.com") >= {"leads", "engineering@contoso.com"}

    # A membership change reaches the next snapshot.
    graph.members[LEADS] = []
    groups = {g.name: g for g in directory(graph).load_directory().groups}
    assert groups["Leads"].users == frozenset() and groups["engineering@contoso.com"].users == {"alice@contoso.com"}


def test_entra_pages_and_duplicate_group_names(graph):
    graph.add_group("9a8b7c6d-0000-4000-8000-00000000e003", "Leads", None, [ALICE])
    graph.page_size = 1
    snapshot = directory(graph).load_directory()
    names = sorted(g.name for g in snapshot.groups)
    assert names == ["Leads (9a8b7c6d-0000-4000-8000-00000000e002)", "Leads (9a8b7c6d-0000-4000-8000-00000000e003)",
                     "engineering@contoso.com"]
    assert len(snapshot.users) == 2 and graph.calls_to("/v1.0/users")[1].query["$skiptoken"] == "1"
    with pytest.raises(ConnectorAuthError, match="client_secret in the options of 'entra'"):
        directory(graph, secret="rotated").load_directory()


def test_a_bearer_token_is_kept_until_shortly_before_it_expires():
    now = [0.0]
    fetched: list[str] = []

    def fetch() -> dict:
        fetched.append(f"t{len(fetched)}")
        return {"access_token": fetched[-1], "expires_in": 3599}

    token = BearerToken(fetch, clock=lambda: now[0])
    assert token(False) == token(False) == "Bearer t0"
    now[0] = 3599 - EXPIRY_MARGIN_S - 1
    assert token(False) == "Bearer t0"
    now[0] += 2
    assert token(False) == "Bearer t1"
    assert token(True) == "Bearer t2", "a 401 asks for a new one at once"
