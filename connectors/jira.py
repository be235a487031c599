"""Jira Cloud: issues with their comments and attachments, readable by whoever may browse their project.

Changes come from JQL `updated >= "<date>"` ordered by `updated`, paged with the enhanced search's
`nextPageToken` (`/rest/api/3/search/jql`); descriptions and comments arrive in the Atlassian Document
Format and become text. Deletions (and issues moved out of the configured projects) are found against a
slim listing of issue ids. Who may read an issue is who holds BROWSE_PROJECTS in its project's permission
scheme: groups, users, project roles (their actors), application roles (their groups), the project lead,
and the issue's reporter or assignee where the scheme grants them. When that changes, the project's
issues are delivered again. A `CheckpointMark` follows each page of search results.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from connectors.acl import access_key, merge_access
from connectors.atlassian import (
    AdfError,
    Principals,
    SiteConnector,
    SiteDirectory,
    adf_to_text,
    attachment_mime,
    json_of,
    newest,
    parse_time,
    query_date,
    same_site,
    wanted,
)
from connectors.base import (
    Access,
    Checkpoint,
    CheckpointMark,
    ConnectorFailure,
    Deletion,
    Document,
    SourceItem,
)
from connectors.errors import ConnectorConfigError
from connectors.http_api import ApiClient, ApiError

FIELDS = ("summary,description,comment,updated,created,project,issuetype,status,priority,labels,"
          "reporter,assignee,attachment,security")
RETRY_MAX = 500  # issues retried by id in one query; the rest wait for the next run
ID_PAGE = 5000  # the enhanced search returns the most issues a page when only ids are asked for
USER = "jira:"
GROUP = "jira-group:"


class ProjectAccess(BaseModel):
    """Who holds BROWSE_PROJECTS in one project, as its permission scheme says."""

    model_config = ConfigDict(frozen=True)

    holders: Principals = Field(default_factory=Principals, description="Users, groups and anyone.")
    reporter: bool = Field(False, description="An issue's reporter may browse it.")
    assignee: bool = Field(False, description="An issue's assignee may browse it.")


class IssueState(BaseModel):
    model_config = ConfigDict(frozen=True)

    updated: str = Field(description="The issue's `updated` value delivered.")
    access: str = Field(description="Fingerprint of the access it was delivered with.")
    attachments: list[str] = Field(default_factory=list, description="Ids of the attachments delivered.")


class JiraCheckpoint(Checkpoint):
    since: str = Field("", description="Newest `updated` value seen; the next JQL starts a day before it.")
    projects: dict[str, ProjectAccess] = Field(default_factory=dict, description="Project id -> who could browse it.")
    issues: dict[str, IssueState] = Field(default_factory=dict, description="Issue id -> what was delivered of it.")


def _page_bean(api: ApiClient, path: str, params: dict) -> Iterator[dict]:
    """Every value of a Jira `PageBean` listing, following `nextPage` until `isLast`."""
    url: str | None = path
    query: dict | None = params
    while url:
        body = json_of(api, url, query)
        values = body.get("values")
        if not isinstance(values, list):
            raise ApiError(f"Jira sent no values for {path}", 502)
        yield from (v for v in values if isinstance(v, dict))
        link = body.get("nextPage")
        url, query = (same_site(api, link), None) if link and not body.get("isLast", False) else (None, None)


def _search(api: ApiClient, jql: str, fields: str, limit: int) -> Iterator[list[dict]]:
    """Pages of a JQL search, following `nextPageToken` (absent or null on the last page)."""
    token: str | None = None
    while True:
        params: dict = {"jql": jql, "fields": fields, "maxResults": limit}
        if token:
            params["nextPageToken"] = token
        body = json_of(api, "/rest/api/3/search/jql", params)
        issues = body.get("issues")
        if not isinstance(issues, list):
            raise ApiError("Jira sent no issue list for a search", 502)
        yield [i for i in issues if isinstance(i, dict) and i.get("id")]
        token = body.get("nextPageToken")
        if not token or body.get("isLast") is True:
            return


def _group_members(api: ApiClient, group_id: str) -> Iterator[dict]:
    return _page_bean(api, "/rest/api/3/group/member",
                      {"groupId": group_id, "includeInactiveUsers": "false", "maxResults": 50})


class JiraConnector(SiteConnector):
    """Issues of the configured projects (keys; empty means every project the account can browse).

    Each issue is one Markdown document: summary, fields, description and the comments everyone who sees
    the issue may see (comments restricted to a role or group are left out).
    """

    kind = "jira"
    checkpoint_model = JiraCheckpoint

    product = "Jira"

    def __init__(
        self,
        name: str,
        access: Access | None = None,
        *,
        projects: list[str] | None = None,
        page_size: int = 100,
        **site: Any,
    ) -> None:
        if not 1 <= page_size <= 100:
            raise ConnectorConfigError(f"source {name!r}: page_size must be between 1 and 100")
        super().__init__(name, access, **site)
        self.project_keys = [projects] if isinstance(projects, str) else list(projects or [])
        self.page_size = page_size

    def issue_id(self, issue: str) -> str:
        return f"{self.name}:issue/{issue}"

    def load(self, checkpoint: Checkpoint | None) -> Generator[SourceItem, None, Checkpoint]:
        cp = checkpoint if isinstance(checkpoint, JiraCheckpoint) else JiraCheckpoint()
        with self.site.client(self.name, "Jira") as api:
            return (yield from _Sync(self, api, cp).run())


class _Sync:
    def __init__(self, connector: JiraConnector, api: ApiClient, cp: JiraCheckpoint) -> None:
        self.c, self.api, self.cp = connector, api, cp
        self._app_groups: dict[str, list[str]] = {}

    def run(self) -> Generator[SourceItem, None, JiraCheckpoint]:
        c, cp = self.c, self.cp
        projects = yield from self.projects()
        access: dict[str, ProjectAccess] = {}
        for project in projects:
            try:
                access[project["id"]] = self.project_access(project)
            except ApiError as exc:
                access[project["id"]] = ProjectAccess()  # unknown: nobody but admins
                yield ConnectorFailure(id=f"{c.name}:project/{project['key']}",
                                       reason=f"cannot read who may browse project {project['key']}: {exc}")
        ids = ",".join(p["id"] for p in projects)
        live = {str(i["id"]) for page in _search(self.api, f"project in ({ids})", "id", ID_PAGE)
                for i in page} if projects else set()
        issues: dict[str, IssueState] = {}
        for iid, old in sorted(cp.issues.items()):
            if iid in live:
                issues[iid] = old
            else:
                yield from self.forget(iid, old)
        since = cp.since
        if projects:
            # Live issues never delivered (they failed, or came into a project with an old `updated`).
            retry = sorted(live - issues.keys(), key=int)[:RETRY_MAX] if cp.since else []
            for page in _search(self.api, self.jql(projects, access, retry), FIELDS, c.page_size):
                for issue in page:
                    yield from self.issue(issue, access, issues)
                    since = newest(since, str((issue.get("fields") or {}).get("updated") or ""))
                if page:
                    # Every issue updated before the last one here is done, in every project.
                    yield CheckpointMark(checkpoint=JiraCheckpoint.model_construct(
                        since=since, projects=dict(access), issues=dict(issues)))
        return JiraCheckpoint(since=since, projects=access, issues=issues)

    def jql(self, projects: list[dict], access: dict[str, ProjectAccess], retry: list[str]) -> str:
        order = " ORDER BY updated ASC, key ASC"
        if not self.cp.since:
            return f"project in ({','.join(p['id'] for p in projects)})" + order
        # A project whose browse permission changed is read whole: its issues are delivered again.
        changed = [p["id"] for p in projects if self.cp.projects.get(p["id"]) != access[p["id"]]]
        steady = [p["id"] for p in projects if p["id"] not in changed]
        clauses = [f"project in ({','.join(changed)})"] if changed else []
        if steady:
            clauses.append(f'(project in ({",".join(steady)}) AND updated >= "{query_date(self.cp.since)}")')
        if retry:
            clauses.append(f"issue in ({','.join(retry)})")
        return " OR ".join(clauses) + order

    # -- projects and who may browse them -------------------------------------------------------------

    def projects(self) -> Generator[SourceItem, None, list[dict]]:
        params: dict = {"expand": "lead", "maxResults": 50}
        if self.c.project_keys:
            params["keys"] = self.c.project_keys
        found = [p for p in _page_bean(self.api, "/rest/api/3/project/search", params) if p.get("id") and p.get("key")]
        found = [{**p, "id": str(p["id"]), "key": str(p["key"])} for p in found]
        missing = sorted(set(self.c.project_keys) - {p["key"] for p in found})
        if self.c.project_keys and len(missing) == len(self.c.project_keys):
            raise ConnectorConfigError(
                f"source {self.c.name!r}: none of the projects {', '.join(missing)} exist on {self.c.base_url}, "
                "or the account may not browse them"
            )
        for key in missing:
            yield ConnectorFailure(id=f"{self.c.name}:project/{key}",
                                   reason=f"project {key} does not exist or the account may not browse it")
        return found

    def project_access(self, project: dict) -> ProjectAccess:
        scheme = json_of(self.api, f"/rest/api/3/project/{project['id']}/permissionscheme",
                         {"expand": "permissions,user,group,projectRole"})
        users: set[str] = set()
        groups: set[str] = set()
        flags = {"anyone": False, "reporter": False, "assignee": False}
        for grant in scheme.get("permissions") or []:
            if not isinstance(grant, dict) or grant.get("permission") != "BROWSE_PROJECTS":
                continue
            holder = grant.get("holder") if isinstance(grant.get("holder"), dict) else {}
            kind, value = holder.get("type"), str(holder.get("value") or holder.get("parameter") or "")
            if kind in flags:
                flags[kind] = True
            elif kind == "group" and holder.get("value"):
                groups.add(str(holder["value"]))  # the groupId; `parameter` is the renamable name
            elif kind == "user" and value:
                users.add(value)
            elif kind == "projectLead" and (project.get("lead") or {}).get("accountId"):
                users.add(str(project["lead"]["accountId"]))
            elif kind == "projectRole" and value:
                role = json_of(self.api, f"/rest/api/3/project/{project['id']}/role/{value}")
                for actor in role.get("actors") or []:
                    if (actor.get("actorUser") or {}).get("accountId"):
                        users.add(str(actor["actorUser"]["accountId"]))
                    if (actor.get("actorGroup") or {}).get("groupId"):
                        groups.add(str(actor["actorGroup"]["groupId"]))
            elif kind == "applicationRole":
                groups.update(self.application_groups(str(holder.get("parameter") or "")))
            # Other holders (custom fields, Service Management customers) are not followed: fail closed.
        return ProjectAccess(holders=Principals(users=sorted(users), groups=sorted(groups), anyone=flags["anyone"]),
                             reporter=flags["reporter"], assignee=flags["assignee"])

    def application_groups(self, key: str) -> list[str]:
        """Group ids of an application role; of every role when `key` is empty ("any logged-in user")."""
        if key not in self._app_groups:
            body = self.api.get_json(f"/rest/api/3/applicationrole/{key}" if key else "/rest/api/3/applicationrole")
            roles = body if isinstance(body, list) else [body]
            self._app_groups[key] = sorted({str(g["groupId"]) for r in roles if isinstance(r, dict)
                                            for g in r.get("groupDetails") or [] if g.get("groupId")})
        return self._app_groups[key]

    def issue_access(self, project: ProjectAccess | None, fields: dict) -> Access:
        if project is None or fields.get("security"):
            # An issue security level narrows who sees it; it is not read, so only admins see the issue.
            return merge_access(Access(), self.c.extra)
        users = set(project.holders.users)
        for role in ("reporter", "assignee"):
            person = fields.get(role) if isinstance(fields.get(role), dict) else {}
            if getattr(project, role) and person.get("accountId"):
                users.add(str(person["accountId"]))
        found = Access(public=project.holders.anyone, local_users=frozenset(USER + u for u in users),
                       local_groups=frozenset(GROUP + g for g in project.holders.groups))
        return merge_access(found, self.c.extra)

    # -- issues ---------------------------------------------------------------------------------------

    def issue(self, issue: dict, access: dict[str, ProjectAccess],
              issues: dict[str, IssueState]) -> Generator[SourceItem, None, None]:
        c = self.c
        iid = str(issue["id"])
        fields = issue.get("fields") if isinstance(issue.get("fields"), dict) else {}
        project = fields.get("project") if isinstance(fields.get("project"), dict) else {}
        allowed = self.issue_access(access.get(str(project.get("id"))), fields)
        key, old = access_key(allowed), issues.get(iid)
        updated = str(fields.get("updated") or "")
        if old is not None and old.updated == updated and old.access == key:
            return
        try:
            doc = self.document(issue, fields, allowed)
        except (AdfError, ApiError) as exc:
            yield ConnectorFailure(id=c.issue_id(iid), reason=f"unreadable issue {issue.get('key') or iid}: {exc}")
            return
        yield doc
        delivered = old.attachments if old else []
        if c.include_attachments:
            delivered = yield from self.attachments(fields, delivered, allowed, str(issue.get("key") or iid),
                                                    changed_access=old is None or old.access != key)
        issues[iid] = IssueState(updated=updated, access=key, attachments=delivered)

    def document(self, issue: dict, fields: dict, access: Access) -> Document:
        iid, key = str(issue["id"]), str(issue.get("key") or issue["id"])
        summary = fields.get("summary")
        if not isinstance(summary, str):
            raise AdfError("it has no summary")
        facts = [f"{label}: {name}" for label, name in (
            ("Project", (fields.get("project") or {}).get("name")), ("Type", (fields.get("issuetype") or {}).get("name")),
            ("Status", (fields.get("status") or {}).get("name")), ("Priority", (fields.get("priority") or {}).get("name")),
            ("Reporter", (fields.get("reporter") or {}).get("displayName")),
            ("Assignee", (fields.get("assignee") or {}).get("displayName")),
        ) if name]
        if fields.get("labels"):
            facts.append("Labels: " + ", ".join(map(str, fields["labels"])))
        parts = [f"# {key}: {summary}", "\n".join(facts)]
        description = adf_to_text(fields.get("description"))
        if description:
            parts += ["## Description", description]
        comments = list(self.comments(issue, fields))
        if comments:
            parts.append("## Comments")
            for comment in comments:
                author = (comment.get("author") or {}).get("displayName") or "Someone"
                parts.append(f"### {author}, {comment.get('created') or ''}\n\n{adf_to_text(comment.get('body'))}")
        return Document(
            id=self.c.issue_id(iid), source=self.c.name, title=f"{key}: {summary}", uri=f"{self.c.base_url}/browse/{key}",
            content="\n\n".join(p for p in parts if p).encode(), mime_type="text/markdown", filename=f"{key}.md",
            modified=parse_time(fields.get("updated")), access=access,
            metadata={"key": key, "issue_id": iid, "project": str((fields.get("project") or {}).get("key") or ""),
                      "status": str((fields.get("status") or {}).get("name") or "")},
        )

    def comments(self, issue: dict, fields: dict) -> Iterator[dict]:
        """The issue's comments, all pages of them, less those restricted to a role or group."""
        page = fields.get("comment") if isinstance(fields.get("comment"), dict) else {}
        found = [c for c in page.get("comments") or [] if isinstance(c, dict)]
        total = int(page.get("total") or len(found))
        while len(found) < total:
            more = json_of(self.api, f"/rest/api/3/issue/{issue['id']}/comment",
                           {"startAt": len(found), "maxResults": 100})
            batch = [c for c in more.get("comments") or [] if isinstance(c, dict)]
            if not batch:
                break
            found += batch
            total = int(more.get("total") or total)
        return (c for c in found if not c.get("visibility"))

    def attachments(self, fields: dict, delivered: list[str], access: Access, key: str,
                    changed_access: bool) -> Generator[SourceItem, None, list[str]]:
        """Yield attachments not delivered yet (all when the access changed); Jira attachments never change in place."""
        c = self.c
        now: list[str] = []
        for att in fields.get("attachment") or []:
            aid, filename = str(att.get("id") or ""), att.get("filename") if isinstance(att, dict) else None
            if not aid or not isinstance(filename, str) or not wanted(filename, c.types):
                continue
            if aid in delivered and not changed_access:
                now.append(aid)
                continue
            item = self.attachment(att, aid, filename, key, access)
            yield item
            if isinstance(item, Document) or aid in delivered:
                now.append(aid)
        for aid in sorted(set(delivered) - set(now)):
            yield Deletion(id=c.attachment_id(aid))
        return sorted(now)

    def attachment(self, att: dict, aid: str, filename: str, key: str, access: Access) -> Document | ConnectorFailure:
        c = self.c
        too_big = c.oversized(aid, att.get("size"))
        if too_big:
            return too_big
        try:
            # The content URL Jira gives is absolute; this path on the configured site is the same resource.
            content = self.api.get(f"/rest/api/3/attachment/content/{aid}").content
        except ApiError as exc:
            return ConnectorFailure(id=c.attachment_id(aid), reason=f"cannot download the attachment: {exc}")
        return Document(
            id=c.attachment_id(aid), source=c.name, title=f"{key}: {filename}", uri=f"{c.base_url}/browse/{key}",
            content=content, mime_type=attachment_mime(filename, att.get("mimeType")), filename=filename,
            modified=parse_time(att.get("created")), access=access, metadata={"key": key, "attachment_id": aid},
        )

    def forget(self, iid: str, old: IssueState) -> Iterator[Deletion]:
        yield Deletion(id=self.c.issue_id(iid))
        for aid in old.attachments:
            yield Deletion(id=self.c.attachment_id(aid))


class JiraDirectory(SiteDirectory):
    """Jira's groups and their active members, so project permissions map to people."""

    product, vendor = "Jira", "jira"

    def groups(self, api: ApiClient) -> Iterator[tuple[str, str]]:
        for group in _page_bean(api, "/rest/api/3/group/bulk", {"maxResults": 50}):
            if group.get("groupId") and group.get("name"):
                yield str(group["groupId"]), str(group["name"])

    def members(self, api: ApiClient, group_id: str) -> Iterator[dict]:
        return _group_members(api, group_id)
