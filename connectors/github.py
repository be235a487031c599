"""GitHub: a repository's Markdown and docs files, and its issues and pull requests with their comments.

The REST API (version 2022-11-28) with a token (`Authorization: Bearer`), pages followed through the
`Link` header. For each configured repository:

- Files: the branch's commit (`git/ref/heads/...`); when it moved, the recursive tree of that commit and
  the blobs of the selected paths whose SHA changed. Paths gone from the tree are deletions.
- Issues and pull requests: one document each, with its comments, listed by `since` (`sort=updated`,
  ascending). A new query starts from the newest `updated_at` seen after each page, so an issue edited
  while the listing runs moves to a later page instead of pushing another one out of sight; pages of
  one timestamp only are followed through their `next` link.
- Deletions of issues: GitHub's listing never says an issue was deleted (only admins can), so every
  `deletion_scan_every` runs the numbers of all issues are listed and the ones missing are checked one by
  one: 404 or 410 (deleted), or moved to another repository (transferred), is a deletion.
- Access: a public repository is public when `public_repos_public` says so; otherwise the repository's
  collaborators (`github:<login>`), its teams (`github-team:<org>/<slug>`) and, for a public or internal
  repository of an organization, the organization's members (`github-org:<org>`). `GitHubDirectory`
  maps those ids to people and groups. When the access changes, every document is delivered again.

GitHub's secondary rate limit (403 + Retry-After) is handled by `ApiClient`; the primary one (403 or 429
with `x-ratelimit-remaining: 0`) is turned into a wait until `x-ratelimit-reset`, capped.
"""

from __future__ import annotations

import base64
import binascii
import mimetypes
import time
from collections.abc import Generator, Iterator
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any, Literal
from urllib.parse import quote

import httpx
from pydantic import BaseModel, Field

from connectors.acl import access_key, merge_access
from connectors.base import (
    Access,
    Checkpoint,
    CheckpointMark,
    Connector,
    ConnectorFailure,
    Deletion,
    Directory,
    DirectorySource,
    Document,
    GroupRecord,
    SourceItem,
    UserRecord,
    mark_gap,
)
from connectors.errors import (
    ConnectorAuthError,
    ConnectorConfigError,
    SourceUnavailableError,
)
from connectors.git import DOCUMENT_SUFFIXES, SNIFF_BYTES, _glob
from connectors.http_api import ApiClient, ApiError

API_VERSION = "2022-11-28"
PER_PAGE = 100
DEFAULT_PATHS = ["**/*.md", "**/*.mdx", "**/*.rst", "**/*.txt", "docs/**"]
# Never fetched: no parser reads them, and docs/** folders are full of them.
_SKIPPED_TYPES = ("image/", "audio/", "video/", "font/")
_TOKEN_HINT = "the token in the source's options (token): it may be wrong, expired or revoked"


class RepoState(BaseModel):
    commit: str = Field("", description="Commit whose tree `files` reflects; empty in a mark taken mid-run.")
    files: dict[str, str] = Field(
        default_factory=dict,
        description="Path -> blob SHA delivered (as a document or a failure); an empty SHA is fetched again.",
    )
    since: str = Field("", description="updated_at of the newest issue or pull request looked at.")
    at_since: list[int] = Field(
        default_factory=list, description="Issue numbers looked at whose updated_at is `since`.",
    )
    issues: list[int] = Field(default_factory=list, description="Numbers of the issues and pull requests delivered.")
    access: str = Field("", description="Fingerprint of the access the documents were delivered with.")
    runs: int = Field(0, description="Runs since the issues were last scanned for deletions.")


class GitHubCheckpoint(Checkpoint):
    repos: dict[str, RepoState] = Field(default_factory=dict, description="'owner/name' -> its sync state.")


class _Malformed(ValueError):
    """An item GitHub sent that lacks what a document needs; the text is safe to show."""


def _primary_rate_limit(response: httpx.Response) -> None:
    """GitHub's primary rate limit says when it resets instead of how long to wait: give ApiClient a Retry-After."""
    if response.status_code not in (403, 429) or "retry-after" in response.headers:
        return
    reset = response.headers.get("x-ratelimit-reset", "")
    if response.headers.get("x-ratelimit-remaining") == "0" and reset.isdigit():
        response.headers["Retry-After"] = str(max(1, int(reset) - int(time.time()) + 1))


class GitHubApi(ApiClient):
    """ApiClient with GitHub's headers, its primary rate limit and `Link` pagination."""

    def __init__(self, source: str, token: str, base_url: str, **options: Any) -> None:
        if not token:
            raise ConnectorConfigError(f"source {source!r}: a GitHub token is required (options.token)")
        headers = {
            "Authorization": f"Bearer {token}",
            "Accept": "application/vnd.github+json",
            "X-GitHub-Api-Version": API_VERSION,
            "User-Agent": "enterprise-assistant",
        }
        super().__init__(source, "GitHub", base_url, headers=headers, auth_hint=_TOKEN_HINT, **options)
        hooks = self._client.event_hooks
        hooks["response"] = [*hooks.get("response", []), _primary_rate_limit]
        self._client.event_hooks = hooks

    def pages(self, path: str, params: dict[str, Any] | None = None) -> Iterator[tuple[httpx.Response, list]]:
        """Each page of a list endpoint, following `rel="next"` until there is none."""
        url: str | None = path
        query: dict[str, Any] | None = {**(params or {}), "per_page": PER_PAGE}
        while url:
            response, page = self.page(url, query)
            yield response, page
            url, query = response.links.get("next", {}).get("url"), None

    def page(self, url: str, query: dict[str, Any] | None) -> tuple[httpx.Response, list]:
        response = self.get(url, query)
        try:
            page = response.json()
        except ValueError:
            page = None
        if not isinstance(page, list):
            raise SourceUnavailableError(f"GitHub sent a page that is not a JSON list for {response.url.path}")
        return response, page


def _client_options(max_retries: int, backoff_s: float, timeout_s: float, max_retry_after_s: float,
                    verify: bool | str) -> dict[str, Any]:
    return {"max_retries": max_retries, "backoff_s": backoff_s, "timeout_s": timeout_s,
            "max_retry_after_s": max_retry_after_s, "verify": verify}


class GitHubConnector(Connector):
    """Files, issues and pull requests of the configured repositories ('owner/name')."""

    kind = "github"
    checkpoint_model = GitHubCheckpoint

    def __init__(
        self,
        name: str,
        access: Access | None = None,
        *,
        token: str,
        repositories: list[str] | str,
        base_url: str = "https://api.github.com",
        branch: str = "",
        paths: list[str] | str | None = None,
        exclude: list[str] | str = (),
        include_files: bool = True,
        include_issues: bool = True,
        include_pull_requests: bool = True,
        public_repos_public: bool = False,
        affiliation: Literal["all", "direct"] = "all",
        deletion_scan_every: int = 1,
        max_bytes: int = 5_000_000,
        max_retries: int = 5,
        backoff_s: float = 1.0,
        timeout_s: float = 30.0,
        max_retry_after_s: float = 300.0,
        verify: bool | str = True,
    ) -> None:
        super().__init__(name)
        repos = [repositories] if isinstance(repositories, str) else list(repositories)
        self.repositories = list(dict.fromkeys(r.strip().strip("/").lower() for r in repos))
        bad = [r for r in self.repositories if r.count("/") != 1 or "" in r.split("/")]
        if not self.repositories or bad:
            raise ConnectorConfigError(
                f"source {name!r}: repositories must be 'owner/name' entries, got {bad or repos}"
            )
        if affiliation not in ("all", "direct"):
            raise ConnectorConfigError(f"source {name!r}: affiliation must be 'all' or 'direct'")
        if deletion_scan_every < 0 or max_bytes < 1:
            raise ConnectorConfigError(f"source {name!r}: deletion_scan_every must be >= 0 and max_bytes >= 1")
        self._token, self.base_url, self.branch = token, base_url, branch
        selected = DEFAULT_PATHS if paths is None else paths
        self.paths = [selected] if isinstance(selected, str) else list(selected)
        self.exclude = [exclude] if isinstance(exclude, str) else list(exclude)
        self.include_files, self.include_issues = include_files, include_issues
        self.include_pull_requests, self.public_repos_public = include_pull_requests, public_repos_public
        self.affiliation, self.deletion_scan_every, self.max_bytes = affiliation, deletion_scan_every, max_bytes
        self.extra_access = access
        self._options = _client_options(max_retries, backoff_s, timeout_s, max_retry_after_s, verify)
        GitHubApi(name, token, base_url, **self._options).close()  # bad base_url or token: fail at registration

    def file_id(self, repo: str, path: str) -> str:
        return f"{self.name}:{repo}/files/{path}"

    def issue_id(self, repo: str, number: int | str) -> str:
        return f"{self.name}:{repo}/issues/{number}"

    def load(self, checkpoint: Checkpoint | None) -> Generator[SourceItem, None, Checkpoint]:
        previous = dict(checkpoint.repos) if isinstance(checkpoint, GitHubCheckpoint) else {}
        states: dict[str, RepoState] = {}
        settled = dict(previous)  # what a mark says of each repository: its previous state until this run is done
        with GitHubApi(self.name, self._token, self.base_url, **self._options) as api:
            for repo in self.repositories:
                try:
                    info = api.get_json(f"/repos/{repo}")
                except ApiError as exc:
                    if exc.status not in (403, 404):
                        raise
                    # Kept, not deleted: a repository that comes back (or a token that gets its access
                    # back) is not re-ingested from scratch, and nothing vanishes on a transient refusal.
                    yield ConnectorFailure(id=f"{self.name}:{repo}", reason=f"cannot read {repo} ({exc.status}): "
                                           "it does not exist or the token has no access to it")
                    if repo in previous:
                        states[repo] = previous[repo]
                    continue
                state = yield from self._sync_repo(api, repo, info, previous.get(repo), settled)
                states[repo] = settled[repo] = state
        for repo, old in previous.items():
            if repo not in self.repositories:
                for path in sorted(old.files):
                    yield Deletion(id=self.file_id(repo, path))
                for number in old.issues:
                    yield Deletion(id=self.issue_id(repo, number))
        return GitHubCheckpoint(repos=states)

    def _sync_repo(
        self, api: GitHubApi, repo: str, info: dict, old: RepoState | None, settled: dict[str, RepoState]
    ) -> Generator[SourceItem, None, RepoState]:
        access = self._access(api, repo, info)
        key = access_key(access)
        state = old.model_copy(deep=True) if old else RepoState()
        if state.access != key:
            # Every document goes out again with the new access: files marked to fetch, issues listed anew.
            state = state.model_copy(update={
                "access": key, "commit": "", "files": dict.fromkeys(state.files, ""), "since": "", "at_since": [],
            })
        runs = state.runs
        if self.include_files:
            yield from self._sync_files(api, repo, info, state, access, settled)
        if self.include_issues or self.include_pull_requests:
            yield from self._sync_issues(api, repo, state, access, settled)
            if self.deletion_scan_every and runs + 1 >= self.deletion_scan_every:
                yield from self._scan_deleted_issues(api, repo, info, state)
                state.runs = 0
            else:
                state.runs = runs + 1
        return state

    def _mark(self, settled: dict[str, RepoState], repo: str, state: RepoState) -> CheckpointMark:
        return CheckpointMark(checkpoint=GitHubCheckpoint(repos={**settled, repo: state.model_copy(deep=True)}))

    # -- access ------------------------------------------------------------------------------

    def _access(self, api: GitHubApi, repo: str, info: dict) -> Access:
        owner = info.get("owner") or {}
        org = str(owner.get("login", "")).lower() if owner.get("type") == "Organization" else ""
        visibility = info.get("visibility") or ("private" if info.get("private", True) else "public")
        if visibility == "public" and self.public_repos_public:
            return merge_access(Access(public=True), self.extra_access)
        users: set[str] = set()
        groups: set[str] = set()
        try:
            for _, page in api.pages(f"/repos/{repo}/collaborators", {"affiliation": self.affiliation}):
                users |= {f"github:{c['login'].lower()}" for c in page if isinstance(c, dict) and c.get("login")}
            if org:
                for _, page in api.pages(f"/repos/{repo}/teams"):
                    groups |= {f"github-team:{org}/{t['slug']}" for t in page if isinstance(t, dict) and t.get("slug")}
        except ApiError as exc:
            if exc.status not in (403, 404):
                raise
            raise ConnectorAuthError(
                f"GitHub would not list who can read {repo} ({exc.status}); the token needs the repo and read:org "
                "scopes (fine-grained: Metadata read) and its user write access to the repository, or set "
                "public_repos_public for public repositories"
            ) from None
        if org and visibility in ("public", "internal"):
            groups.add(f"github-org:{org}")
        return merge_access(Access(local_users=frozenset(users), local_groups=frozenset(groups)), self.extra_access)

    # -- files -------------------------------------------------------------------------------

    def _selected(self, path: str) -> bool:
        if not any(_glob(path, p) for p in self.paths) or any(_glob(path, p) for p in self.exclude):
            return False
        guess = mimetypes.guess_type(path)[0] or ""
        return not guess.startswith(_SKIPPED_TYPES)

    def _sync_files(
        self, api: GitHubApi, repo: str, info: dict, state: RepoState, access: Access, settled: dict[str, RepoState]
    ) -> Generator[SourceItem, None, None]:
        branch = self.branch or info.get("default_branch") or "main"
        try:
            ref = api.get_json(f"/repos/{repo}/git/ref/heads/{quote(branch)}")
            commit = ref["object"]["sha"]
        except ApiError as exc:
            if exc.status == 409:  # an empty repository: no commit, no files
                tree: dict[str, tuple[str, int]] = {}
                commit = ""
            elif exc.status == 404:
                yield ConnectorFailure(id=f"{self.name}:{repo}/files", reason=f"branch {branch!r} not found in {repo}")
                return
            else:
                raise
        except (KeyError, TypeError):
            raise SourceUnavailableError(f"GitHub sent an unreadable reference for {repo}@{branch}") from None
        else:
            if commit == state.commit:
                return
            tree = self._tree(api, repo, commit)
        state.commit = ""
        for path in sorted(set(state.files) - set(tree)):
            del state.files[path]
            yield Deletion(id=self.file_id(repo, path))
        changed = sorted(p for p, (sha, _) in tree.items() if state.files.get(p) != sha)
        gap = mark_gap(len(tree))
        when = _when(info.get("pushed_at"))  # the last push: the commit's own date would cost a request more
        for n, path in enumerate(changed, 1):
            sha, size = tree[path]
            item = self._file(api, repo, info, commit, path, sha, size, access, when)
            state.files[path] = sha
            if item is not None:
                yield item
            if n % gap == 0 and n < len(changed):
                yield self._mark(settled, repo, state)
        state.commit = commit
        yield self._mark(settled, repo, state)

    def _tree(self, api: GitHubApi, repo: str, commit: str) -> dict[str, tuple[str, int]]:
        """Selected path -> (blob SHA, size) at `commit`; regular files only (no links, no submodules)."""
        body = api.get_json(f"/repos/{repo}/git/trees/{commit}", {"recursive": "1"})
        entries = body.get("tree") if isinstance(body, dict) else None
        if not isinstance(entries, list):
            raise SourceUnavailableError(f"GitHub sent an unreadable tree for {repo}@{commit}")
        if body.get("truncated"):
            # Over GitHub's limit for one recursive listing: walk the folders one by one instead.
            entries = list(self._walk(api, repo, body.get("sha", commit), ""))
        files: dict[str, tuple[str, int]] = {}
        for e in entries:
            if not isinstance(e, dict) or e.get("type") != "blob" or e.get("mode") not in ("100644", "100755"):
                continue
            path, sha = e.get("path"), e.get("sha")
            if isinstance(path, str) and isinstance(sha, str) and self._selected(path):
                files[path] = (sha, int(e.get("size") or 0))
        return files

    def _walk(self, api: GitHubApi, repo: str, sha: str, prefix: str) -> Iterator[dict]:
        body = api.get_json(f"/repos/{repo}/git/trees/{sha}")
        for e in body.get("tree", []) if isinstance(body, dict) else []:
            if not isinstance(e, dict) or not isinstance(e.get("path"), str):
                continue
            path = f"{prefix}{e['path']}"
            if e.get("type") == "tree":
                yield from self._walk(api, repo, e["sha"], f"{path}/")
            else:
                yield {**e, "path": path}

    def _file(
        self, api: GitHubApi, repo: str, info: dict, commit: str, path: str, sha: str, size: int, access: Access,
        when: datetime | None,
    ) -> SourceItem | None:
        doc_id = self.file_id(repo, path)
        if size > self.max_bytes:
            return ConnectorFailure(id=doc_id, reason=f"file is {size:,} bytes, over the limit of {self.max_bytes:,}")
        try:
            content = _blob_bytes(api.get_json(f"/repos/{repo}/git/blobs/{sha}"))
        except ApiError as exc:
            return ConnectorFailure(id=doc_id, reason=f"GitHub would not send the file ({exc.status})")
        except _Malformed as exc:
            return ConnectorFailure(id=doc_id, reason=f"unreadable file: {exc}")
        name = PurePosixPath(path).name
        is_document_format = PurePosixPath(name).suffix.lower() in DOCUMENT_SUFFIXES
        if b"\0" in content[:SNIFF_BYTES] and not is_document_format:
            return None  # a binary file no parser reads
        html = str(info.get("html_url") or f"https://github.com/{repo}")
        return Document(
            id=doc_id, source=self.name, title=f"{repo}: {path}", uri=f"{html}/blob/{commit}/{quote(path)}",
            content=content, mime_type=mimetypes.guess_type(name)[0] or "text/plain", filename=name,
            modified=when, access=access, metadata={"repository": repo, "path": path, "commit": commit},
        )

    # -- issues and pull requests --------------------------------------------------------------

    def _sync_issues(
        self, api: GitHubApi, repo: str, state: RepoState, access: Access, settled: dict[str, RepoState]
    ) -> Generator[SourceItem, None, None]:
        known, at_since = set(state.issues), set(state.at_since)
        queried = state.since
        url, query = f"/repos/{repo}/issues", _issue_query(state.since)
        while True:
            response, page = api.page(url, query)
            for raw in page:
                try:
                    number, updated = _issue_key(raw)
                except _Malformed as exc:
                    yield ConnectorFailure(id=self.issue_id(repo, "?"), reason=f"unreadable issue: {exc}")
                    continue
                if updated < state.since or (updated == state.since and number in at_since):
                    continue  # seen already: `since` includes its own second
                wanted = self.include_pull_requests if "pull_request" in raw else self.include_issues
                if wanted:
                    item = self._issue(api, repo, number, raw, access)
                    if isinstance(item, Document):
                        known.add(number)
                    yield item
                if updated > state.since:
                    state.since, at_since = updated, set()
                at_since.add(number)
            state.issues, state.at_since = sorted(known), sorted(at_since)
            yield self._mark(settled, repo, state)
            following = response.links.get("next", {}).get("url")
            if not following:
                return
            if state.since > queried:
                queried = state.since
                url, query = f"/repos/{repo}/issues", _issue_query(state.since)
            else:
                url, query = following, None

    def _issue(self, api: GitHubApi, repo: str, number: int, raw: dict, access: Access) -> SourceItem:
        doc_id = self.issue_id(repo, number)
        try:
            comments: list = []
            if raw.get("comments"):
                for _, page in api.pages(f"/repos/{repo}/issues/{number}/comments"):
                    comments += page
            return _issue_document(self, doc_id, repo, raw, comments, access)
        except ApiError as exc:
            return ConnectorFailure(id=doc_id, reason=f"GitHub would not send its comments ({exc.status})")
        except _Malformed as exc:
            return ConnectorFailure(id=doc_id, reason=f"unreadable issue: {exc}")

    def _scan_deleted_issues(self, api: GitHubApi, repo: str, info: dict, state: RepoState) -> Iterator[SourceItem]:
        listed: set[int] = set()
        for _, page in api.pages(f"/repos/{repo}/issues", {"state": "all", "sort": "created", "direction": "asc"}):
            listed |= {i["number"] for i in page if isinstance(i, dict) and isinstance(i.get("number"), int)}
        known = set(state.issues)
        here = str(info.get("url", "")).lower()
        for number in sorted(known - listed):
            # Missing from one listing is not proof: ask for the issue itself.
            try:
                raw = api.get_json(f"/repos/{repo}/issues/{number}")
                gone = str(raw.get("repository_url", "")).lower() != here  # transferred: redirected elsewhere
            except ApiError as exc:
                if exc.status not in (404, 410):
                    raise
                gone = True
            if gone:
                known.discard(number)
                yield Deletion(id=self.issue_id(repo, number))
        state.issues = sorted(known)


def _issue_query(since: str) -> dict[str, str]:
    query = {"state": "all", "sort": "updated", "direction": "asc", "per_page": str(PER_PAGE)}
    return {**query, "since": since} if since else query


def _stamp(value: Any, what: str) -> str:
    """GitHub's ISO 8601 time in one UTC form, so that stamps compare as strings."""
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        raise _Malformed(f"{what} is not a time: {str(value)[:40]!r}") from None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _when(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(_stamp(value, "time"))
    except _Malformed:
        return None


def _issue_key(raw: Any) -> tuple[int, str]:
    if not isinstance(raw, dict) or not isinstance(raw.get("number"), int):
        raise _Malformed("it has no number")
    return raw["number"], _stamp(raw.get("updated_at"), "updated_at")


def _login(item: dict) -> str:
    user = item.get("user")
    return str(user.get("login")) if isinstance(user, dict) and user.get("login") else "ghost"


def _issue_document(connector: GitHubConnector, doc_id: str, repo: str, raw: dict, comments: list,
                    access: Access) -> Document:
    title, url = raw.get("title"), raw.get("html_url")
    if not isinstance(title, str) or not title.strip() or not isinstance(url, str):
        raise _Malformed("it has no title or no html_url")
    number, kind = raw["number"], ("Pull request" if "pull_request" in raw else "Issue")
    labels = [str(lb.get("name")) for lb in raw.get("labels") or [] if isinstance(lb, dict)]
    facts = [f"{kind} #{number} in {repo}", str(raw.get("state", "")),
             f"opened by @{_login(raw)} on {_stamp(raw.get('created_at'), 'created_at')}"]
    if labels:
        facts.append("labels: " + ", ".join(labels))
    parts = [f"# {title.strip()}", " · ".join(facts), str(raw.get("body") or "").strip()]
    for c in comments:
        if not isinstance(c, dict):
            raise _Malformed("a comment is not an object")
        when = _stamp(c.get("created_at"), "a comment's created_at")
        parts.append(f"---\n\n@{_login(c)} commented on {when}:\n\n{str(c.get('body') or '').strip()}")
    return Document(
        id=doc_id, source=connector.name, title=f"{repo}#{number}: {title.strip()}", uri=url,
        content="\n\n".join(p for p in parts if p).encode(), mime_type="text/markdown",
        filename=f"{'pull' if kind != 'Issue' else 'issue'}-{number}.md",
        modified=_when(raw.get("updated_at")),
        access=access,
        metadata={"repository": repo, "number": str(number), "kind": kind.lower(), "state": str(raw.get("state"))},
    )


def _blob_bytes(blob: Any) -> bytes:
    if not isinstance(blob, dict) or not isinstance(blob.get("content"), str):
        raise _Malformed("the blob has no content")
    if blob.get("encoding") == "utf-8":
        return blob["content"].encode()
    if blob.get("encoding") != "base64":
        raise _Malformed(f"unknown blob encoding {str(blob.get('encoding'))[:20]!r}")
    try:
        return base64.b64decode("".join(blob["content"].split()), validate=True)
    except (binascii.Error, ValueError):
        raise _Malformed("the blob's base64 content is corrupt") from None


class GitHubDirectory(DirectorySource):
    """Members and teams of the configured organizations, with the emails GitHub exposes or the settings map.

    GitHub shows a member's email only when they made it public; `emails` maps the other logins
    (`{login: email}`). A member without an email cannot be matched to a person and is left out.
    """

    def __init__(
        self,
        name: str,
        *,
        token: str,
        organizations: list[str] | str,
        base_url: str = "https://api.github.com",
        emails: dict[str, str] | None = None,
        lookup_emails: bool = True,
        group_prefix: str = "github:",
        max_retries: int = 5,
        backoff_s: float = 1.0,
        timeout_s: float = 30.0,
        max_retry_after_s: float = 300.0,
        verify: bool | str = True,
    ) -> None:
        orgs = [organizations] if isinstance(organizations, str) else list(organizations)
        self.organizations = list(dict.fromkeys(o.strip().lower() for o in orgs if o.strip()))
        if not self.organizations:
            raise ConnectorConfigError(f"directory {name!r}: no organizations configured")
        self.name, self._token, self.base_url = name, token, base_url
        self.emails = {k.lower(): v.strip().lower() for k, v in (emails or {}).items() if v and "@" in v}
        self.lookup_emails, self.group_prefix = lookup_emails, group_prefix
        self._options = _client_options(max_retries, backoff_s, timeout_s, max_retry_after_s, verify)

    def load_directory(self) -> Directory:
        groups: list[tuple[str, set[str], set[str], str]] = []  # name, member logins, child group names, local id
        with GitHubApi(self.name, self._token, self.base_url, **self._options) as api:
            try:
                for org in self.organizations:
                    groups += self._org(api, org)
            except ApiError as exc:
                if exc.status not in (403, 404):
                    raise
                raise ConnectorAuthError(
                    f"GitHub would not list the organization's members or teams ({exc.status}); the token needs "
                    "read:org (fine-grained: organization Members read) and its user must belong to the organization"
                ) from None
            logins = sorted(set().union(*(g[1] for g in groups)) if groups else set())
            people = {login: self._email(api, login) for login in logins}
        ids: dict[str, set[str]] = {}
        for login, email in people.items():
            if email:
                ids.setdefault(email, set()).add(f"github:{login}")
        users = [UserRecord(email=email, local_ids=frozenset(local)) for email, local in sorted(ids.items())]
        return Directory(users=users, groups=[
            GroupRecord(name=name, users=frozenset(people[m] for m in members if people.get(m)),
                        groups=frozenset(children), local_ids=frozenset({local}))
            for name, members, children, local in groups
        ])

    def _org(self, api: GitHubApi, org: str) -> list[tuple[str, set[str], set[str], str]]:
        members = {m["login"].lower() for _, page in api.pages(f"/orgs/{org}/members")
                   for m in page if isinstance(m, dict) and m.get("login")}
        teams = [t for _, page in api.pages(f"/orgs/{org}/teams") for t in page
                 if isinstance(t, dict) and t.get("slug")]
        children: dict[str, set[str]] = {}
        for t in teams:
            parent = t.get("parent")
            if isinstance(parent, dict) and parent.get("slug"):
                children.setdefault(parent["slug"], set()).add(f"{self.group_prefix}{org}/{t['slug']}")
        out = [(f"{self.group_prefix}{org}", members, set(), f"github-org:{org}")]
        for t in teams:
            slug = t["slug"]
            logins = {m["login"].lower() for _, page in api.pages(f"/orgs/{org}/teams/{slug}/members", {"role": "all"})
                      for m in page if isinstance(m, dict) and m.get("login")}
            name = f"{self.group_prefix}{org}/{slug}"
            out.append((name, logins, children.get(slug, set()), f"github-team:{org}/{slug}"))
        return out

    def _email(self, api: GitHubApi, login: str) -> str:
        if login in self.emails or not self.lookup_emails:
            return self.emails.get(login, "")
        try:
            user = api.get_json(f"/users/{quote(login)}")
        except ApiError:
            return ""
        email = user.get("email") if isinstance(user, dict) else None
        return email.strip().lower() if isinstance(email, str) and "@" in email else ""
