"""The GitHub connector and directory against a fake GitHub REST API on loopback.

The fake's responses are checked against GitHub's own OpenAPI description (`@octokit/openapi` from npm).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from assistant.ingest.sync import SyncEngine, SyncError
from connectors import Access, Deletion
from connectors.errors import (
    ConnectorAuthError,
    ConnectorConfigError,
)
from connectors.github import GitHubCheckpoint, GitHubConnector, GitHubDirectory
from tests.connectors.fakes.github import FakeGitHub, Issue, Team
from tests.connectors.sync_engine import ledger as ledger_ids
from tests.connectors.sync_engine import stored as stored_checkpoint
from tests.connectors.sync_engine import sync_engine
from tests.contract import check_contract, check_marks, drain

TOKEN = "ghp_fakeToken0123456789"
REPO = "acme/handbook"
SPEC = Path(__file__).resolve().parents[2] / ".cache/npm/node_modules/@octokit/openapi/generated/api.github.com.json"
FILES = {
    "README.md": b"# Handbook\n\nHow we work.\n",
    "docs/onboarding.md": b"# Onboarding\n\nDay one: laptop, badge, accounts.\n",
    "docs/deep/architecture.rst": b"Architecture\n============\n\nServices talk over queues.\n",
    "docs/diagram.png": b"\x89PNG\r\n\x1a\n\0\0\0",
    "docs/tool.bin": b"\0\1\2binary",
    "src/main.py": b"print('not a doc')\n",
}


def stamp(n: int) -> str:
    return f"2024-05-{1 + n // 24:02d}T{n % 24:02d}:00:00Z"


@pytest.fixture
def gh():
    with FakeGitHub(TOKEN) as fake:
        repo = fake.add_repo(REPO, files=dict(FILES), collaborators=["Alice", "bob"], teams=["docs-team"])
        fake.teams["docs-team"] = Team("docs-team", "Docs team", ["alice"])
        fake.teams["writers"] = Team("writers", "Writers", ["carol"], parent="docs-team")
        fake.members[:] = ["alice", "bob", "carol"]
        for login, email in (("alice", "alice@example.com"), ("bob", None), ("carol", None)):
            fake.add_user(login, login.title(), email)
        # 130 issues: two pages of 100; several share an updated_at, across the page boundary too.
        for n in range(1, 131):
            labels = ["docs"] * (n % 2)
            repo.issues[n] = Issue(n, f"Issue {n}", "alice", stamp(n // 3), body=f"Body of {n}", labels=labels)
        repo.issues[7].comments = [("bob", "First comment", "2024-05-02T00:00:00Z"),
                                   ("carol", "Second comment", "2024-05-02T01:00:00Z")]
        repo.issues[8].pull = True
        yield fake


def connector(fake: FakeGitHub, **options) -> GitHubConnector:
    options.setdefault("backoff_s", 0.01)
    return GitHubConnector("gh", token=TOKEN, repositories=[REPO], base_url=fake.url, **options)


def test_first_sync_reads_docs_issues_and_pull_requests_with_their_access(gh):
    run = drain(connector(gh))
    # Only issue 7 has comments: the others cost no request for them.
    assert [c.path for c in gh.calls_to("/repos/acme/handbook/issues/")] == ["/repos/acme/handbook/issues/7/comments"]
    assert check_marks(connector(gh)).ids() == run.ids()
    docs = {d.id: d for d in run.documents}
    files = sorted(i.removeprefix("gh:acme/handbook/files/") for i in docs if "/files/" in i)
    assert files == ["README.md", "docs/deep/architecture.rst", "docs/onboarding.md"]
    assert len([i for i in docs if "/issues/" in i]) == 130 and run.failures == [] and run.deletions == []

    readme = docs["gh:acme/handbook/files/README.md"]
    commit = run.checkpoint.repos[REPO].commit
    assert readme.content == FILES["README.md"] and readme.mime_type == "text/markdown"
    assert readme.uri == f"https://github.example/{REPO}/blob/{commit}/README.md"
    assert readme.metadata == {"repository": REPO, "path": "README.md", "commit": commit}

    issue = docs["gh:acme/handbook/issues/7"].content.decode()
    assert issue.startswith(
        "# Issue 7\n\nIssue #7 in acme/handbook · open · opened by @alice on 2024-05-01T09:00:00Z")
    assert "labels: docs" in issue and "Body of 7" in issue
    assert "@bob commented on 2024-05-02T00:00:00Z:\n\nFirst comment" in issue
    assert issue.index("First comment") < issue.index("Second comment")
    pull = docs["gh:acme/handbook/issues/8"]
    assert pull.metadata["kind"] == "pull request" and pull.uri == f"https://github.example/{REPO}/pull/8"
    assert pull.filename == "pull-8.md" and pull.content.startswith(b"# Issue 8\n\nPull request #8")

    expected = Access(local_users=frozenset({"github:alice", "github:bob"}),
                      local_groups=frozenset({"github-team:acme/docs-team"}))
    assert all(d.access == expected for d in run.documents)
    assert [at for at, _ in run.marks] == [3, 103, 133], "a mark after the files and after each page of issues"


def test_a_second_sync_delivers_only_what_changed(gh):
    gh_connector = connector(gh)
    first = drain(gh_connector)
    calls = len(gh.calls)
    assert drain(gh_connector, first.checkpoint).items == []
    # Nothing changed: the repository, its access, the branch, one page of issues since, the deletion scan.
    assert len(gh.calls) - calls == 1 + 2 + 1 + 1 + 2

    repo = gh.repos[REPO]
    repo.files["docs/onboarding.md"] = b"# Onboarding\n\nDay one: laptop only.\n"
    del repo.files["docs/deep/architecture.rst"]
    repo.files["docs/new.md"] = b"new page"
    repo.issues[131] = Issue(131, "A new issue", "bob", "2024-06-01T00:00:00Z")
    repo.issues[5].updated, repo.issues[5].title = "2024-06-01T00:00:00Z", "Issue 5, renamed"
    repo.issues[5].comments = [("alice", "Done", "2024-06-01T00:00:00Z")]
    second = check_marks(gh_connector, first.checkpoint)
    assert second.ids(Deletion) == ["gh:acme/handbook/files/docs/deep/architecture.rst"]
    assert sorted(second.ids()) == sorted([
        "gh:acme/handbook/files/docs/onboarding.md", "gh:acme/handbook/files/docs/new.md",
        "gh:acme/handbook/issues/5", "gh:acme/handbook/issues/131"])
    renamed = next(d for d in second.documents if d.id.endswith("/issues/5")).content.decode()
    assert renamed.startswith("# Issue 5, renamed") and "@alice commented" in renamed
    assert second.checkpoint.repos[REPO].since == "2024-06-01T00:00:00Z"
    assert drain(gh_connector, second.checkpoint).items == []


def test_deleted_and_transferred_issues_are_found_by_the_deletion_scan(gh):
    other = gh.add_repo("acme/elsewhere", collaborators=["alice"])
    other.issues[1] = Issue(1, "Moved here", "alice", stamp(1))
    gh_connector = connector(gh, deletion_scan_every=2)
    first = drain(gh_connector)
    repo = gh.repos[REPO]
    for n in (3, 4, 5, 6):
        del repo.issues[n]
    repo.gone.add(3)  # deleted by an admin: 410
    repo.moved[4] = "acme/elsewhere"  # transferred: 301 to the other repository
    other.issues[4] = Issue(4, "Issue 4", "alice", stamp(1))
    # 5 is simply gone (404); 6 is still there but missing from the listing: not a deletion.
    repo.issues[6] = Issue(6, "Issue 6", "alice", stamp(2))
    repo.unlisted.add(6)
    assert first.checkpoint.repos[REPO].runs == 1, "the scan runs every second run"
    second = check_contract(gh_connector, first.checkpoint)
    assert second.ids(Deletion) == [f"gh:acme/handbook/issues/{n}" for n in (3, 4, 5)]
    assert second.checkpoint.repos[REPO].runs == 0 and 6 in second.checkpoint.repos[REPO].issues
    del repo.issues[6]
    assert drain(gh_connector, second.checkpoint).deletions == [], "not scanned on this run"
    checked = [c for c in gh.calls_to("/repos/acme/handbook/issues/") if c.path.endswith(("/3", "/4", "/5", "/6"))]
    assert [c.status for c in checked] == [410, 301, 404, 200]


def test_a_permission_change_delivers_everything_again_with_the_new_access(gh):
    gh_connector = connector(gh)
    first = drain(gh_connector)
    gh.repos[REPO].collaborators.remove("bob")
    second = check_marks(gh_connector, first.checkpoint)
    assert sorted(second.ids()) == sorted(first.ids()) and second.deletions == []
    assert all(d.access.local_users == {"github:alice"} for d in second.documents)
    assert drain(gh_connector, second.checkpoint).items == []


def test_public_and_internal_repositories(gh):
    gh.repos[REPO].visibility = "public"
    public = drain(connector(gh, public_repos_public=True, include_issues=False, include_pull_requests=False))
    assert public.documents and all(d.access == Access(public=True) for d in public.documents)
    members_only = drain(connector(gh, include_files=False, include_pull_requests=False))
    assert "gh:acme/handbook/issues/8" not in members_only.ids(), "pull requests left out when asked"
    assert all(d.access.local_groups == {"github-team:acme/docs-team", "github-org:acme"} and not d.access.public
               for d in members_only.documents)
    extra = Access(groups=frozenset({"auditors"}))
    gh.repos[REPO].visibility = "internal"
    internal = drain(connector(gh, access=extra, include_issues=False, include_pull_requests=False))
    assert all("github-org:acme" in d.access.local_groups and d.access.groups == {"auditors"}
               for d in internal.documents)


def test_directory_maps_logins_teams_and_members(gh):
    directory = GitHubDirectory("ghdir", token=TOKEN, organizations=["acme"], base_url=gh.url,
                                emails={"bob": "Bob@Example.com"}, backoff_s=0.01)
    snap = directory.load_directory()
    users = {u.email: u.local_ids for u in snap.users}
    assert users == {"alice@example.com": {"github:alice"}, "bob@example.com": {"github:bob"}}, "carol has no email"
    groups = {g.name: g for g in snap.groups}
    assert groups["github:acme"].users == {"alice@example.com", "bob@example.com"}
    assert groups["github:acme"].local_ids == {"github-org:acme"}
    assert groups["github:acme/docs-team"].local_ids == {"github-team:acme/docs-team"}
    assert groups["github:acme/docs-team"].groups == {"github:acme/writers"}
    assert [c.path for c in gh.calls_to("/users/")] == ["/users/alice", "/users/carol"], "bob's login is mapped"

    gh.teams["writers"].members.append("bob")  # a group membership change
    gh.teams["docs-team"].members.remove("alice")
    again = {g.name: g for g in directory.load_directory().groups}
    assert again["github:acme/writers"].users == {"bob@example.com"}
    assert again["github:acme/docs-team"].users == {"bob@example.com"}, "child team members count as members"


def test_rate_limits_are_waited_out(gh):
    gh.rate_limit("/repos/acme/handbook/issues", "secondary")
    gh.rate_limit("/repos/acme/handbook/git/blobs", "primary")
    gh.throttle("/repos/acme/handbook/collaborators", retry_after=1)
    started = time.monotonic()
    run = drain(connector(gh))
    assert len(run.documents) == 133 and run.failures == []
    assert time.monotonic() - started >= 3
    statuses = [c.status for c in gh.calls]
    assert statuses.count(403) == 2 and statuses.count(429) == 1


def test_a_malformed_issue_and_a_corrupt_blob_fail_alone(gh):
    repo = gh.repos[REPO]
    repo.issues[9].raw = {**gh.issue_json(repo, repo.issues[9]), "title": None}
    repo.issues[10].raw = {"number": 10, "updated_at": "yesterday"}
    blob = gh.blobs
    real = gh._reply

    def corrupt(operation, status, body, headers=None):
        readme = isinstance(body, dict) and blob.get(body.get("sha", "")) == FILES["README.md"]
        if operation.endswith("/git/blobs/{file_sha}") and readme:
            body = {**body, "content": "%%% not base64 %%%"}
        return real(operation, status, body, headers)

    gh._reply = corrupt
    run = check_contract(connector(gh))
    reasons = {f.id: f.reason for f in run.failures}
    assert reasons == {
        "gh:acme/handbook/issues/9": "unreadable issue: it has no title or no html_url",
        "gh:acme/handbook/issues/?": "unreadable issue: updated_at is not a time: 'yesterday'",
        "gh:acme/handbook/files/README.md": "unreadable file: the blob's base64 content is corrupt",
    }
    assert len(run.documents) == 2 + 128


def test_a_truncated_tree_is_walked_folder_by_folder(gh):
    whole = drain(connector(gh, include_issues=False, include_pull_requests=False))
    gh.truncate = True
    walked = drain(connector(gh, include_issues=False, include_pull_requests=False))
    assert sorted(walked.ids()) == sorted(whole.ids()) and len(walked.ids()) == 3


def test_missing_repository_and_dropped_repository(gh):
    two = GitHubConnector("gh", token=TOKEN, repositories=[REPO, "acme/missing"], base_url=gh.url, include_issues=False,
                          include_pull_requests=False)
    run = check_contract(two)
    assert [f.id for f in run.failures] == ["gh:acme/missing"] and len(run.documents) == 3
    dropped = drain(GitHubConnector("gh", token=TOKEN, repositories=["acme/other"], base_url=gh.url), run.checkpoint)
    # A binary file the run skipped is remembered too, so that it is not fetched again: its deletion is harmless.
    assert sorted(dropped.ids(Deletion)) == sorted([*run.ids(), "gh:acme/handbook/files/docs/tool.bin"])
    assert REPO not in dropped.checkpoint.repos


def test_bad_settings_are_reported_at_construction(gh):
    with pytest.raises(ConnectorConfigError, match="owner/name"):
        GitHubConnector("gh", token=TOKEN, repositories=["handbook"], base_url=gh.url)
    with pytest.raises(ConnectorConfigError, match="token is required"):
        GitHubConnector("gh", token="", repositories=[REPO], base_url=gh.url)
    with pytest.raises(ConnectorConfigError, match="base_url"):
        GitHubConnector("gh", token=TOKEN, repositories=[REPO], base_url="api.github.com")


def test_a_token_that_cannot_list_collaborators_stops_the_source(gh):
    real = gh._repo_route
    gh._repo_route = lambda req, repo, rest: (
        gh._fail("", 403, "Must have push access to view repository collaborators.") if rest == ["collaborators"]
        else real(req, repo, rest))
    with pytest.raises(ConnectorAuthError, match="who can read acme/handbook"):
        drain(connector(gh))


# -- through the sync engine ---------------------------------------------------------------------------


@pytest.fixture
def engine(tmp_path, gh):
    options = {"token": TOKEN, "repositories": [REPO], "base_url": gh.url, "max_retries": 2, "backoff_s": 0.01}
    return sync_engine(tmp_path, "gh", "github", options)


def stored(engine: SyncEngine) -> GitHubCheckpoint | None:
    return stored_checkpoint(engine, "gh", GitHubCheckpoint)


def ledger(engine: SyncEngine) -> set[str]:
    return ledger_ids(engine, "gh")


def test_an_expired_token_stops_the_source_and_keeps_its_documents(engine, gh):
    assert engine.sync("gh").added == 133
    before, documents = stored(engine), ledger(engine)
    gh.expire_tokens()
    with pytest.raises(SyncError, match="GitHub refused the credentials .*Bad credentials.*options \\(token\\)"):
        engine.sync("gh")
    assert stored(engine) == before and ledger(engine) == documents
    assert [(r.name, r.last_status) for r in engine.sources()] == [("gh", "failed")]


def test_a_server_that_keeps_failing_stops_at_the_last_complete_batch(engine, gh):
    gh.fail("/repos/acme/handbook/issues", times=10**6, status=502)
    with pytest.raises(SyncError, match="kept answering 502 after 3 attempts"):
        engine.sync("gh")
    mark = stored(engine)
    assert mark is not None and mark.repos[REPO].commit and mark.repos[REPO].since == ""
    assert ledger(engine) == {f"gh:acme/handbook/files/{p}" for p in
                              ("README.md", "docs/onboarding.md", "docs/deep/architecture.rst")}
    gh._faults.clear()
    resumed = engine.sync("gh")
    assert resumed.fetched == 130 and resumed.added == 130, "the files were not fetched again"


# -- GitHub's own description of its API -----------------------------------------------------------------


def _json_schema(node):
    """OpenAPI 3.0 schema -> JSON Schema: `nullable` becomes a null type; examples and discriminators go."""
    if isinstance(node, dict):
        out = {k: _json_schema(v) for k, v in node.items() if k not in ("example", "examples", "discriminator")}
        if out.pop("nullable", False):
            if isinstance(out.get("type"), str) and "enum" not in out:
                out["type"] = [out["type"], "null"]
            else:
                out = {"anyOf": [out, {"type": "null"}]}
        return out
    if isinstance(node, list):
        return [_json_schema(v) for v in node]
    return node


def test_every_response_the_connector_reads_matches_githubs_openapi_description(gh):
    if not SPEC.exists():
        pytest.skip(f"{SPEC} is missing: `make test` installs @octokit/openapi from npm")
    jsonschema_rs = pytest.importorskip("jsonschema_rs")
    spec = json.loads(SPEC.read_text())
    # The whole description, as JSON Schema, under one URI: each response schema's $refs resolve into it.
    schemas = _json_schema(spec["components"]["schemas"])
    registry = jsonschema_rs.Registry([("urn:github", {"components": {"schemas": schemas}})])

    repo = gh.repos[REPO]
    first = drain(connector(gh))
    del repo.issues[130]
    repo.gone.add(130)
    drain(connector(gh), first.checkpoint)  # the deletion scan meets a deleted issue
    gh.repos["acme/empty"] = type(repo)("acme", "empty", collaborators=["alice"])
    drain(GitHubConnector("gh", token=TOKEN, repositories=["acme/empty", "acme/missing"], base_url=gh.url))
    GitHubDirectory("d", token=TOKEN, organizations="acme", base_url=gh.url).load_directory()
    gh.expire_tokens()
    with pytest.raises(ConnectorAuthError):
        drain(connector(gh))

    validators = {}
    for operation, status, body in gh.responses:
        if not operation:
            continue
        if (operation, status) not in validators:
            answer = spec["paths"][operation]["get"]["responses"][str(status)]
            answer = spec["components"]["responses"][answer["$ref"].rsplit("/", 1)[1]] if "$ref" in answer else answer
            schema = json.loads(json.dumps(_json_schema(answer["content"]["application/json"]["schema"]))
                                .replace('"#/components/', '"urn:github#/components/'))
            validators[operation, status] = jsonschema_rs.Draft4Validator(schema, registry=registry)
        validator = validators[operation, status]
        errors = [f"{e.instance_path}: {e.message}" for e in validator.iter_errors(body)]
        assert not errors, f"{operation} {status}: {errors[:5]}"
    assert set(validators) >= {
        ("/repos/{owner}/{repo}", 200), ("/repos/{owner}/{repo}", 404), ("/repos/{owner}/{repo}/git/ref/{ref}", 200),
        ("/repos/{owner}/{repo}/git/ref/{ref}", 409), ("/repos/{owner}/{repo}/git/trees/{tree_sha}", 200),
        ("/repos/{owner}/{repo}/git/blobs/{file_sha}", 200), ("/repos/{owner}/{repo}/issues", 200),
        ("/repos/{owner}/{repo}/issues/{issue_number}", 410),
        ("/repos/{owner}/{repo}/issues/{issue_number}/comments", 200), ("/repos/{owner}/{repo}/collaborators", 200),
        ("/repos/{owner}/{repo}/teams", 200), ("/orgs/{org}/members", 200), ("/orgs/{org}/teams", 200),
        ("/orgs/{org}/teams/{team_slug}/members", 200), ("/users/{username}", 200),
    }
    assert any(op == "" and status == 401 for op, status, _ in gh.responses)
