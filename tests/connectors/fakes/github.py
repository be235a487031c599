"""A fake GitHub REST API (2022-11-28) on loopback: what the GitHub connector and directory read.

Objects carry every field GitHub's OpenAPI description (`@octokit/openapi`) marks required, and the tests
validate each response against it: repositories, git refs, recursive and per-folder trees with real git
SHAs, base64 blobs, issues and pull requests (`state`, `since`, `sort`, `direction`), comments,
collaborators, teams, organization members and users. Lists page with `per_page`/`page` and a `Link`
header. A wrong or expired token gets 401 `Bad credentials`; a deleted issue 410; a transferred one a 301
to its new repository. Faults for the next calls under a path: 429 (`throttle`), 5xx (`fail`), GitHub's
secondary rate limit (403 + Retry-After) and its primary one (403, `x-ratelimit-remaining: 0`).
"""

from __future__ import annotations

import base64
import hashlib
import threading
import time
import zlib
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

from tests.connectors.fakes.loopback import LoopbackApi, Reply, Request

API_VERSION = "2022-11-28"
T0 = "2024-05-01T09:00:00Z"


def git_sha(kind: str, data: bytes) -> str:
    return hashlib.sha1(f"{kind} {len(data)}\0".encode() + data).hexdigest()


@dataclass
class Issue:
    number: int
    title: str
    user: str
    updated: str
    body: str = ""
    created: str = T0
    state: str = "open"
    labels: list[str] = field(default_factory=list)
    pull: bool = False
    comments: list[tuple[str, str, str]] = field(default_factory=list)  # (login, body, created_at)
    raw: dict | None = None  # served instead of the issue object: a malformed item


@dataclass
class Repo:
    owner: str
    name: str
    visibility: str = "private"
    owner_type: str = "Organization"
    default_branch: str = "main"
    files: dict[str, bytes] = field(default_factory=dict)
    issues: dict[int, Issue] = field(default_factory=dict)
    gone: set[int] = field(default_factory=set)  # deleted issues: 410
    moved: dict[int, str] = field(default_factory=dict)  # transferred issues: number -> 'owner/name'
    unlisted: set[int] = field(default_factory=set)  # issues a listing leaves out although they exist
    collaborators: list[str] = field(default_factory=list)
    teams: list[str] = field(default_factory=list)

    @property
    def full_name(self) -> str:
        return f"{self.owner}/{self.name}"


@dataclass
class Team:
    slug: str
    name: str
    members: list[str] = field(default_factory=list)
    parent: str | None = None


def _permissions(push: bool = False) -> dict:
    return {"pull": True, "triage": False, "push": push, "maintain": False, "admin": False}


def _id(text: str) -> int:
    return zlib.crc32(text.encode()) % 10_000_000 + 1


class FakeGitHub(LoopbackApi):
    name = "fake-github"

    def __init__(self, token: str = "ghp_fakeToken0123456789", org: str = "acme") -> None:
        super().__init__()
        # Headers and body leave in separate writes: without this, Nagle and delayed ACKs cost 40 ms a request.
        self.server.RequestHandlerClass.disable_nagle_algorithm = True
        # And a shorter poll, so that stopping the server takes 50 ms rather than half a second.
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       name=self.name, daemon=True)
        self.api = self.url
        self.web = "https://github.example"
        self.tokens = {token}
        self.org = org
        self.repos: dict[str, Repo] = {}
        self.teams: dict[str, Team] = {}
        self.members: list[str] = []
        self.users: dict[str, dict] = {}  # login -> {"name": ..., "email": ...}
        self.blobs: dict[str, bytes] = {}
        self.trees: dict[str, list[dict]] = {}  # tree SHA -> its entries (of every state served so far)
        self.commits: dict[str, str] = {}  # commit SHA -> root tree SHA
        self.truncate = False  # recursive trees answer `truncated: true` with part of the listing
        self.responses: list[tuple[str, int, object]] = []  # (operation path, status, body) to check against the spec
        self._limits: list[tuple[str, str, int]] = []  # (path prefix, "primary"|"secondary", times)

    # -- what tests set up -----------------------------------------------------------------------

    def add_repo(self, full_name: str, **kw) -> Repo:
        owner, name = full_name.split("/")
        repo = self.repos[full_name.lower()] = Repo(owner, name, **kw)
        return repo

    def add_user(self, login: str, name: str, email: str | None = None) -> None:
        self.users[login] = {"name": name, "email": email}

    def expire_tokens(self) -> None:
        with self.lock:
            self.tokens = set()

    def rate_limit(self, prefix: str, kind: str = "secondary", times: int = 1) -> None:
        with self.lock:
            self._limits.append((prefix, kind, times))

    # -- objects as GitHub sends them -------------------------------------------------------------

    def user(self, login: str) -> dict:
        api = f"{self.api}/users/{login}"
        return {
            "login": login, "id": _id(login), "node_id": f"MDQ6VXNlcj{_id(login)}", "avatar_url":
            f"https://avatars.githubusercontent.com/u/{_id(login)}?v=4", "gravatar_id": "", "url": api,
            "html_url": f"{self.web}/{login}", "followers_url": f"{api}/followers",
            "following_url": f"{api}/following{{/other_user}}", "gists_url": f"{api}/gists{{/gist_id}}",
            "starred_url": f"{api}/starred{{/owner}}{{/repo}}", "subscriptions_url": f"{api}/subscriptions",
            "organizations_url": f"{api}/orgs", "repos_url": f"{api}/repos", "events_url": f"{api}/events{{/privacy}}",
            "received_events_url": f"{api}/received_events", "type": "User", "user_view_type": "public",
            "site_admin": False,
        }

    def org_user(self) -> dict:
        return {**self.user(self.org), "type": "Organization"}

    def repo_json(self, repo: Repo) -> dict:
        api = f"{self.api}/repos/{repo.full_name}"
        urls = {f"{k}_url": f"{api}/{v}" for k, v in {
            "archive": "{archive_format}{/ref}", "assignees": "assignees{/user}", "blobs": "git/blobs{/sha}",
            "branches": "branches{/branch}", "collaborators": "collaborators{/collaborator}",
            "comments": "comments{/number}", "commits": "commits{/sha}", "compare": "compare/{base}...{head}",
            "contents": "contents/{+path}", "contributors": "contributors", "deployments": "deployments",
            "downloads": "downloads", "events": "events", "forks": "forks", "git_commits": "git/commits{/sha}",
            "git_refs": "git/refs{/sha}", "git_tags": "git/tags{/sha}", "hooks": "hooks",
            "issue_comment": "issues/comments{/number}", "issue_events": "issues/events{/number}",
            "issues": "issues{/number}", "keys": "keys{/key_id}", "labels": "labels{/name}", "languages": "languages",
            "merges": "merges", "milestones": "milestones{/number}", "notifications": "notifications{?since,all}",
            "pulls": "pulls{/number}", "releases": "releases{/id}", "stargazers": "stargazers",
            "statuses": "statuses/{sha}", "subscribers": "subscribers", "subscription": "subscription",
            "tags": "tags", "teams": "teams", "trees": "git/trees{/sha}",
        }.items()}
        owner = self.org_user() if repo.owner_type == "Organization" else self.user(repo.owner)
        return {
            "id": _id(repo.full_name), "node_id": f"R_kgDO{_id(repo.full_name)}", "name": repo.name,
            "full_name": repo.full_name, "owner": owner, "private": repo.visibility != "public",
            "visibility": repo.visibility, "html_url": f"{self.web}/{repo.full_name}", "description": None,
            "fork": False, "url": api, **urls, "clone_url": f"{self.web}/{repo.full_name}.git",
            "git_url": f"git://github.example/{repo.full_name}.git",
            "ssh_url": f"git@github.example:{repo.full_name}.git",
            "svn_url": f"{self.web}/{repo.full_name}", "mirror_url": None, "homepage": None, "language": None,
            "forks": 0, "forks_count": 0, "stargazers_count": 0, "watchers": 0, "watchers_count": 0, "size": 42,
            "default_branch": repo.default_branch, "open_issues": 0, "open_issues_count": 0, "is_template": False,
            "topics": [], "has_issues": True, "has_projects": False, "has_wiki": False, "has_pages": False,
            "has_downloads": True, "has_discussions": False, "archived": False, "disabled": False,
            "pushed_at": T0, "created_at": "2020-01-01T00:00:00Z", "updated_at": T0, "license": None,
            "network_count": 0, "subscribers_count": 1,
            **({"organization": owner} if repo.owner_type == "Organization" else {}),
        }

    def issue_json(self, repo: Repo, issue: Issue) -> dict:
        if issue.raw is not None:
            return issue.raw
        api = f"{self.api}/repos/{repo.full_name}/issues/{issue.number}"
        kind = "pull" if issue.pull else "issues"
        body = {
            "id": _id(f"{repo.full_name}#{issue.number}"), "node_id": f"I_kwDO{issue.number}", "url": api,
            "repository_url": f"{self.api}/repos/{repo.full_name}", "labels_url": f"{api}/labels{{/name}}",
            "comments_url": f"{api}/comments", "events_url": f"{api}/events",
            "html_url": f"{self.web}/{repo.full_name}/{kind}/{issue.number}", "number": issue.number,
            "state": issue.state, "state_reason": "completed" if issue.state == "closed" else None,
            "title": issue.title, "body": issue.body or None, "user": self.user(issue.user),
            "labels": [{"id": _id(n), "node_id": f"LA_{_id(n)}", "url": f"{self.api}/repos/{repo.full_name}/labels/{n}",
                        "name": n, "description": None, "color": "d73a4a", "default": False} for n in issue.labels],
            "assignee": None, "assignees": [], "milestone": None, "locked": False, "active_lock_reason": None,
            "comments": len(issue.comments), "closed_at": issue.updated if issue.state == "closed" else None,
            "created_at": issue.created, "updated_at": issue.updated, "author_association": "MEMBER",
        }
        if issue.pull:
            pull = f"{self.api}/repos/{repo.full_name}/pulls/{issue.number}"
            html = f"{self.web}/{repo.full_name}/pull/{issue.number}"
            body["pull_request"] = {"url": pull, "html_url": html, "diff_url": f"{html}.diff",
                                    "patch_url": f"{html}.patch", "merged_at": None}
        return body

    def comment_json(self, repo: Repo, issue: Issue, index: int) -> dict:
        login, text, created = issue.comments[index]
        cid = _id(f"{repo.full_name}#{issue.number}/{index}")
        return {
            "id": cid, "node_id": f"IC_kwDO{cid}", "url": f"{self.api}/repos/{repo.full_name}/issues/comments/{cid}",
            "html_url": f"{self.web}/{repo.full_name}/issues/{issue.number}#issuecomment-{cid}", "body": text,
            "user": self.user(login), "created_at": created, "updated_at": created,
            "issue_url": f"{self.api}/repos/{repo.full_name}/issues/{issue.number}", "author_association": "MEMBER",
        }

    def team_json(self, slug: str, permission: str = "pull") -> dict:
        team = self.teams[slug]
        api = f"{self.api}/organizations/{_id(self.org)}/team/{_id(slug)}"
        parent = None
        if team.parent:
            parent = {k: v for k, v in self.team_json(team.parent).items() if k not in ("parent", "permissions")}
        return {
            "id": _id(slug), "node_id": f"T_kwDO{_id(slug)}", "url": api,
            "html_url": f"{self.web}/orgs/{self.org}/teams/{slug}",
            "name": team.name, "slug": slug, "description": None, "privacy": "closed",
            "notification_setting": "notifications_enabled", "permission": permission,
            "permissions": _permissions(push=permission != "pull"),
            "members_url": f"{api}/members{{/member}}", "repositories_url": f"{api}/repos", "type": "organization",
            "organization_id": _id(self.org), "parent": parent,
        }

    # -- git objects -----------------------------------------------------------------------------

    def _tree_of(self, repo: Repo) -> str:
        """Store the trees of the repository's files as they are now; the root tree SHA."""
        folders: dict[str, list[dict]] = {}
        for path in sorted(repo.files):
            parts = path.split("/")
            for depth in range(len(parts)):
                folders.setdefault("/".join(parts[:depth]), [])
        for path, data in repo.files.items():
            sha = git_sha("blob", data)
            self.blobs[sha] = data
            folder, _, name = path.rpartition("/")
            folders[folder].append({"path": name, "mode": "100644", "type": "blob", "sha": sha, "size": len(data)})
        for folder in sorted(folders, key=lambda f: -f.count("/") - (1 if f else 0)):
            entries = sorted(folders[folder], key=lambda e: e["path"])
            sha = git_sha("tree", repr([(e["path"], e["sha"]) for e in entries]).encode())
            self.trees[sha] = entries
            if folder:
                parent, _, name = folder.rpartition("/")
                folders[parent].append({"path": name, "mode": "040000", "type": "tree", "sha": sha})
            else:
                return sha
        raise AssertionError("unreachable: the root folder comes last")

    def commit_of(self, repo: Repo) -> str:
        root = self._tree_of(repo)
        commit = git_sha("commit", f"tree {root}\n{repo.full_name}".encode())
        self.commits[commit] = root
        return commit

    def _flatten(self, repo: Repo, sha: str, prefix: str = "") -> list[dict]:
        out = []
        for e in self.trees[sha]:
            entry = {**e, "path": prefix + e["path"], "url": f"{self.api}/repos/{repo.full_name}/git/"
                     f"{'trees' if e['type'] == 'tree' else 'blobs'}/{e['sha']}"}
            out.append(entry)
            if e["type"] == "tree":
                out += self._flatten(repo, e["sha"], f"{entry['path']}/")
        return out

    # -- the server side -------------------------------------------------------------------------

    def error(self, status: int, code: str, message: str) -> Reply:
        body = {"message": message, "documentation_url": "https://docs.github.com/rest", "status": str(status)}
        return Reply(status, body)

    def _reply(self, operation: str, status: int, body, headers: dict | None = None) -> Reply:
        with self.lock:
            self.responses.append((operation, status, body))
        base = {"x-github-api-version-selected": API_VERSION, "x-ratelimit-limit": "5000",
                "x-ratelimit-remaining": "4999", "x-ratelimit-reset": str(int(time.time()) + 3600),
                "x-ratelimit-used": "1", "x-ratelimit-resource": "core"}
        return Reply(status, body, {**base, **(headers or {})})

    def _fail(self, operation: str, status: int, message: str, headers: dict | None = None) -> Reply:
        body = {"message": message, "documentation_url": "https://docs.github.com/rest", "status": str(status)}
        return self._reply(operation, status, body, headers)

    def _page(self, req: Request, operation: str, items: list) -> Reply:
        per_page = min(int(req.query.get("per_page", 30)), 100)
        page = int(req.query.get("page", 1))
        last = max(1, -(-len(items) // per_page))
        links = []

        def link(n: int, rel: str) -> None:
            links.append(f'<{self.url}{quote(req.path)}?{urlencode({**req.query, "page": n})}>; rel="{rel}"')

        if page < last:
            link(page + 1, "next")
            link(last, "last")
        if page > 1:
            link(1, "first")
            link(page - 1, "prev")
        body = items[(page - 1) * per_page: page * per_page]
        return self._reply(operation, 200, body, {"Link": ", ".join(links)} if links else None)

    def _limited(self, path: str) -> Reply | None:
        with self.lock:
            for i, (prefix, kind, times) in enumerate(self._limits):
                if times > 0 and path.startswith(prefix):
                    self._limits[i] = (prefix, kind, times - 1)
                    if kind == "secondary":
                        return self._fail("", 403, "You have exceeded a secondary rate limit. Please wait a few "
                                          "minutes before you try again.", {"Retry-After": "1"})
                    return self._fail("", 403, "API rate limit exceeded for user ID 1.", {
                        "x-ratelimit-remaining": "0", "x-ratelimit-used": "5000",
                        "x-ratelimit-reset": str(int(time.time()))})
        return None

    def handle(self, req: Request) -> Reply:
        kind, _, token = req.headers.get("authorization", "").partition(" ")
        if kind.lower() not in ("bearer", "token") or token not in self.tokens:
            return self._fail("", 401, "Bad credentials")
        if req.headers.get("x-github-api-version", API_VERSION) != API_VERSION:
            return self._fail("", 400, f"Invalid API version {req.headers['x-github-api-version']!r}")
        limited = self._limited(req.path)
        if limited:
            return limited
        parts = req.path.strip("/").split("/")
        with self.lock:
            if parts[0] == "repos" and len(parts) >= 3:
                repo = self.repos.get(f"{parts[1]}/{parts[2]}".lower())
                if repo is None:
                    return self._fail("/repos/{owner}/{repo}", 404, "Not Found")
                return self._repo_route(req, repo, parts[3:])
            if parts[0] == "orgs" and len(parts) >= 3 and parts[1] == self.org:
                return self._org_route(req, parts[2:])
            if parts[0] == "users" and len(parts) == 2 and parts[1] in self.users:
                return self._reply("/users/{username}", 200, self._public_user(parts[1]))
        return self._fail("", 404, "Not Found")

    def _repo_route(self, req: Request, repo: Repo, rest: list[str]) -> Reply:
        base = "/repos/{owner}/{repo}"
        if not rest:
            return self._reply(base, 200, self.repo_json(repo))
        if rest[:3] == ["git", "ref", "heads"]:
            if not repo.files:
                return self._fail(base + "/git/ref/{ref}", 409, "Git Repository is empty.")
            if "/".join(rest[3:]) != repo.default_branch:
                return self._fail(base + "/git/ref/{ref}", 404, "Not Found")
            commit = self.commit_of(repo)
            return self._reply(base + "/git/ref/{ref}", 200, {
                "ref": f"refs/heads/{repo.default_branch}", "node_id": "REF_kwDO", "url":
                f"{self.api}/repos/{repo.full_name}/git/refs/heads/{repo.default_branch}",
                "object": {"type": "commit", "sha": commit,
                           "url": f"{self.api}/repos/{repo.full_name}/git/commits/{commit}"}})
        if rest[:2] == ["git", "trees"] and len(rest) == 3:
            return self._tree(req, repo, rest[2])
        if rest[:2] == ["git", "blobs"] and len(rest) == 3 and rest[2] in self.blobs:
            data = self.blobs[rest[2]]
            encoded = base64.encodebytes(data).decode()  # GitHub wraps base64 at 60 characters
            return self._reply(base + "/git/blobs/{file_sha}", 200, {
                "sha": rest[2], "node_id": f"B_{rest[2][:8]}", "size": len(data), "encoding": "base64",
                "url": f"{self.api}/repos/{repo.full_name}/git/blobs/{rest[2]}", "content": encoded})
        if rest == ["issues"]:
            return self._issues(req, repo)
        if rest[0] == "issues" and len(rest) in (2, 3) and rest[1].isdigit():
            return self._issue_route(req, repo, int(rest[1]), rest[2:])
        if rest == ["collaborators"]:
            users = [{**self.user(login), "permissions": _permissions(), "role_name": "read"}
                     for login in repo.collaborators]
            return self._page(req, base + "/collaborators", users)
        if rest == ["teams"]:
            return self._page(req, base + "/teams", [self.team_json(s) for s in repo.teams])
        return self._fail("", 404, "Not Found")

    def _tree(self, req: Request, repo: Repo, ref: str) -> Reply:
        operation = "/repos/{owner}/{repo}/git/trees/{tree_sha}"
        if ref == repo.default_branch:
            ref = self.commit_of(repo)
        sha = self.commits.get(ref, ref)
        if sha not in self.trees:
            return self._fail(operation, 404, "Not Found")
        url = f"{self.api}/repos/{repo.full_name}/git/trees/{sha}"
        if req.query.get("recursive") not in (None, "", "0", "false"):
            entries = self._flatten(repo, sha)
            if self.truncate:
                return self._reply(operation, 200, {"sha": sha, "url": url, "tree": entries[:2], "truncated": True})
        else:
            entries = self._flatten(repo, sha)
            entries = [e for e in entries if "/" not in e["path"]]
        return self._reply(operation, 200, {"sha": sha, "url": url, "tree": entries, "truncated": False})

    def _issues(self, req: Request, repo: Repo) -> Reply:
        state = req.query.get("state", "open")
        issues = [i for i in repo.issues.values()
                  if (state == "all" or i.state == state) and i.number not in repo.unlisted]
        if "since" in req.query:
            issues = [i for i in issues if i.updated >= req.query["since"]]  # GitHub's `since` includes its second
        key = {"updated": lambda i: (i.updated, i.number), "created": lambda i: (i.created, i.number)}
        issues.sort(key=key[req.query.get("sort", "created")], reverse=req.query.get("direction", "desc") == "desc")
        return self._page(req, "/repos/{owner}/{repo}/issues", [self.issue_json(repo, i) for i in issues])

    def _issue_route(self, req: Request, repo: Repo, number: int, rest: list[str]) -> Reply:
        operation = "/repos/{owner}/{repo}/issues/{issue_number}" + ("/comments" if rest else "")
        if number in repo.gone:
            return self._fail(operation, 410, "This issue was deleted")
        if number in repo.moved and not rest:
            target = repo.moved[number]
            return Reply(301, {"message": "Moved Permanently", "url": f"{self.api}/repos/{target}/issues/{number}",
                               "documentation_url": "https://docs.github.com/rest"},
                         {"Location": f"{self.api}/repos/{target}/issues/{number}"})
        issue = repo.issues.get(number)
        if issue is None:
            return self._fail(operation, 404, "Not Found")
        if not rest:
            return self._reply(operation, 200, self.issue_json(repo, issue))
        if rest == ["comments"]:
            return self._page(req, operation, [self.comment_json(repo, issue, n) for n in range(len(issue.comments))])
        return self._fail("", 404, "Not Found")

    def _org_route(self, req: Request, rest: list[str]) -> Reply:
        if rest == ["members"]:
            return self._page(req, "/orgs/{org}/members", [self.user(m) for m in self.members])
        if rest == ["teams"]:
            return self._page(req, "/orgs/{org}/teams", [self.team_json(s) for s in sorted(self.teams)])
        if len(rest) == 3 and rest[0] == "teams" and rest[2] == "members" and rest[1] in self.teams:
            team = self.teams[rest[1]]
            members = set(team.members)  # GitHub includes the members of child teams
            for child in self.teams.values():
                if child.parent == team.slug:
                    members |= set(child.members)
            return self._page(req, "/orgs/{org}/teams/{team_slug}/members", [self.user(m) for m in sorted(members)])
        return self._fail("", 404, "Not Found")

    def _public_user(self, login: str) -> dict:
        info = self.users[login]
        return {**self.user(login), "name": info["name"], "company": None, "blog": "", "location": None,
                "email": info.get("email"), "hireable": None, "bio": None, "twitter_username": None,
                "public_repos": 1, "public_gists": 0, "followers": 0, "following": 0,
                "created_at": "2020-01-01T00:00:00Z", "updated_at": T0}
