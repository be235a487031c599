"""A fake Jira Cloud site on loopback: the REST v3 endpoints the connector reads.

Bodies follow Atlassian's documented payloads: `PageBean` listings (`values`, `startAt`, `maxResults`,
`total`, `isLast`, an absolute `nextPage`), the enhanced JQL search (`issues`, `nextPageToken`, absent on
the last page, and `isLast`), permission schemes with holders, project roles with actors, application
roles with `groupDetails`, issues whose description and comments are Atlassian Document Format, and
`{"errorMessages", "errors"}` error bodies. JQL is parsed for the clauses a connector sends: `project
in (...)`, `issue in (...)`, `updated >= "yyyy/MM/dd HH:mm"` (in the account's time zone), AND, OR,
parentheses, ORDER BY.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlencode

from tests.connectors.fakes.atlassian import FakeAtlassianSite
from tests.connectors.fakes.loopback import Reply, Request

_TOKEN = re.compile(r'\s*(?:(\()|(\))|(,)|(>=|=)|"([^"]*)"|([\w.-]+))')


def adf(*paragraphs: str) -> dict:
    return {"type": "doc", "version": 1,
            "content": [{"type": "paragraph", "content": [{"type": "text", "text": p}]} for p in paragraphs]}


@dataclass
class Comment:
    id: str
    author: str
    body: dict
    created: str
    visibility: dict | None = None


@dataclass
class Issue:
    id: str
    key: str
    project: str
    summary: str
    description: object
    updated: str
    reporter: str = "acc-alice"
    assignee: str | None = None
    comments: list[Comment] = field(default_factory=list)
    attachments: list[dict] = field(default_factory=list)  # {"id", "filename", "mimeType", "data"}
    security: dict | None = None
    labels: list[str] = field(default_factory=list)


@dataclass
class Project:
    id: str
    key: str
    name: str
    lead: str
    browse: list[dict]  # permission holders: {"type", "parameter"?, "value"?}
    roles: dict[str, list[dict]] = field(default_factory=dict)  # role id -> actors


class FakeJira(FakeAtlassianSite):
    name = "fake-jira"
    page_cap = 3
    comments_inline = 2  # the search sends the first comments; the rest come from the comment endpoint

    def __init__(self) -> None:
        super().__init__()
        self.projects: dict[str, Project] = {}
        self.issues: dict[str, Issue] = {}
        self.app_roles: dict[str, list[str]] = {}  # application role key -> group ids
        self._ids = 10000

    # -- the site's content ---------------------------------------------------------------------------

    def add_project(self, project_id: str, key: str, name: str, lead: str, browse: list[dict]) -> Project:
        self.projects[project_id] = Project(project_id, key, name, lead, browse)
        return self.projects[project_id]

    def add_issue(self, project: str, summary: str, description: object, **extra) -> Issue:
        self._ids += 1
        number = 1 + sum(1 for i in self.issues.values() if i.project == project)
        issue = Issue(str(self._ids), f"{self.projects[project].key}-{number}", project, summary, description,
                      self.tick(), **extra)
        self.issues[issue.id] = issue
        return issue

    def comment(self, issue: Issue, author: str, text: str, visibility: dict | None = None) -> None:
        self._ids += 1
        issue.comments.append(Comment(str(self._ids), author, adf(text), self.tick(), visibility))
        issue.updated = self.now_stamp()

    def attach(self, issue: Issue, filename: str, data: bytes, mime: str) -> None:
        self._ids += 1
        issue.attachments.append({"id": str(self._ids), "filename": filename, "mimeType": mime, "data": data,
                                  "created": self.tick()})
        issue.updated = self.now_stamp()

    def touch(self, issue: Issue, **changes) -> None:
        for name, value in changes.items():
            setattr(issue, name, value)
        issue.updated = self.tick()

    def now_stamp(self) -> str:
        return self.now.strftime("%Y-%m-%dT%H:%M:%S.000+0000")

    def tick(self) -> str:
        super().tick()
        return self.now_stamp()

    # -- routing --------------------------------------------------------------------------------------

    def routes(self) -> list[tuple[str, Callable[..., Reply]]]:
        return [
            (r"/rest/api/3/project/search", self._project_search),
            (r"/rest/api/3/project/(\d+)/permissionscheme", self._permission_scheme),
            (r"/rest/api/3/project/(\d+)/role/(\d+)", self._role),
            (r"/rest/api/3/applicationrole(?:/([\w-]+))?", self._application_role),
            (r"/rest/api/3/search/jql", self._search),
            (r"/rest/api/3/issue/(\d+)/comment", self._comments),
            (r"/rest/api/3/attachment/content/(\d+)", self._attachment),
            (r"/rest/api/3/group/bulk", self._groups),
            (r"/rest/api/3/group/member", self._members),
        ]

    def error(self, status: int, code: str, message: str) -> Reply:
        return Reply(status, {"errorMessages": [message], "errors": {}})

    def _page_bean(self, request: Request, values: list[dict], limit_cap: int | None = None) -> Reply:
        start = int(request.query.get("startAt", 0))
        limit = min(int(request.query.get("maxResults", 50)), limit_cap or self.page_cap)
        body = {"self": f"{self.url}{request.path}?{urlencode(request.query)}", "maxResults": limit,
                "startAt": start, "total": len(values), "isLast": start + limit >= len(values),
                "values": values[start:start + limit]}
        if not body["isLast"]:
            query = [(k, v) for k, v in request.query.items() if k not in ("startAt", "keys")]
            query += [("keys", k) for k in self.values("keys")] + [("startAt", str(start + limit))]
            body["nextPage"] = f"{self.url}{request.path}?{urlencode(query)}"
        return Reply(200, body)

    # -- payloads -------------------------------------------------------------------------------------

    def _user(self, account: str | None) -> dict | None:
        if account is None:
            return None
        user = self.users.get(account, {"email": "", "name": account, "type": "atlassian"})
        data = {"self": f"{self.url}/rest/api/3/user?accountId={account}", "accountId": account,
                "accountType": user["type"], "avatarUrls": {}, "displayName": user["name"], "active": True,
                "timeZone": "America/Los_Angeles"}
        if user["email"]:
            data["emailAddress"] = user["email"]
        return data

    def _project(self, project: Project, lead: bool) -> dict:
        data = {"expand": "description,lead,issueTypes,url,projectKeys,permissions,insight",
                "self": f"{self.url}/rest/api/3/project/{project.id}", "id": project.id, "key": project.key,
                "name": project.name, "avatarUrls": {}, "projectTypeKey": "software", "simplified": False,
                "style": "classic", "isPrivate": False, "properties": {}}
        if lead:
            data["lead"] = self._user(project.lead)
        return data

    def _issue(self, issue: Issue, fields: list[str]) -> dict:
        project = self.projects[issue.project]
        comments = [self._comment(issue, c) for c in issue.comments]
        every = {
            "summary": issue.summary, "description": issue.description, "updated": issue.updated,
            "created": issue.updated, "labels": issue.labels, "security": issue.security,
            "project": {"self": f"{self.url}/rest/api/3/project/{project.id}", "id": project.id,
                        "key": project.key, "name": project.name, "projectTypeKey": "software"},
            "issuetype": {"id": "10001", "name": "Task", "subtask": False},
            "status": {"id": "10000", "name": "To Do", "statusCategory": {"key": "new"}},
            "priority": {"id": "3", "name": "Medium"},
            "reporter": self._user(issue.reporter), "assignee": self._user(issue.assignee),
            "comment": {"comments": comments[:self.comments_inline], "self": f"{self.url}/rest/api/3/issue/"
                        f"{issue.id}/comment", "maxResults": self.comments_inline, "total": len(comments),
                        "startAt": 0},
            "attachment": [
                {"self": f"{self.url}/rest/api/3/attachment/{a['id']}", "id": a["id"], "filename": a["filename"],
                 "author": self._user(issue.reporter), "created": a["created"], "size": len(a["data"]),
                 "mimeType": a["mimeType"], "content": f"{self.url}/rest/api/3/attachment/content/{a['id']}"}
                for a in issue.attachments
            ],
        }
        data = {"expand": "renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations",
                "id": issue.id, "self": f"{self.url}/rest/api/3/issue/{issue.id}", "key": issue.key}
        chosen = {f: every[f] for f in fields if f in every}
        if chosen:
            data["fields"] = chosen
        return data

    def _comment(self, issue: Issue, comment: Comment) -> dict:
        data = {"self": f"{self.url}/rest/api/3/issue/{issue.id}/comment/{comment.id}", "id": comment.id,
                "author": self._user(comment.author), "body": comment.body, "updateAuthor": self._user(comment.author),
                "created": comment.created, "updated": comment.created, "jsdPublic": True}
        if comment.visibility:
            data["visibility"] = comment.visibility
        return data

    # -- handlers -------------------------------------------------------------------------------------

    def _project_search(self, request: Request) -> Reply:
        keys = self.values("keys")
        found = [self._project(p, "lead" in request.query.get("expand", "")) for p in self.projects.values()
                 if not keys or p.key in keys]
        return self._page_bean(request, found)

    def _permission_scheme(self, request: Request, project_id: str) -> Reply:
        project = self.projects.get(project_id)
        if project is None:
            return self.error(404, "NOT_FOUND", "No project could be found with id")
        grants = [{"id": 10000 + i, "self": f"{self.url}/rest/api/3/permissionscheme/0/permission/{10000 + i}",
                   "holder": {**holder, "expand": holder["type"]}, "permission": "BROWSE_PROJECTS"}
                  for i, holder in enumerate(project.browse)]
        grants.append({"id": 20000, "holder": {"type": "group", "parameter": "everyone-else", "value": "g-other"},
                       "permission": "CREATE_ISSUES"})
        return Reply(200, {"expand": "permissions,user,group,projectRole,field,all", "id": 10000 + int(project_id),
                           "self": f"{self.url}/rest/api/3/permissionscheme/{project_id}",
                           "name": f"{project.key} permission scheme", "description": "", "permissions": grants})

    def _role(self, _request: Request, project_id: str, role_id: str) -> Reply:
        project = self.projects.get(project_id)
        if project is None or role_id not in project.roles:
            return self.error(404, "NOT_FOUND", "The project role does not exist")
        actors = []
        for i, actor in enumerate(project.roles[role_id]):
            if actor.get("group"):
                group = self.groups[actor["group"]]
                actors.append({"id": 30000 + i, "displayName": group["name"], "type": "atlassian-group-role-actor",
                               "name": group["name"], "actorGroup": {"name": group["name"],
                                                                     "displayName": group["name"],
                                                                     "groupId": actor["group"]}})
            else:
                actors.append({"id": 30000 + i, "displayName": self.users[actor["user"]]["name"],
                               "type": "atlassian-user-role-actor", "actorUser": {"accountId": actor["user"]}})
        return Reply(200, {"self": f"{self.url}/rest/api/3/project/{project_id}/role/{role_id}",
                           "name": "Developers", "id": int(role_id), "description": "", "actors": actors})

    def _application_role(self, _request: Request, key: str | None) -> Reply:
        def role(role_key: str) -> dict:
            groups = self.app_roles[role_key]
            return {"key": role_key, "groups": [self.groups[g]["name"] for g in groups],
                    "groupDetails": [{"name": self.groups[g]["name"], "groupId": g} for g in groups],
                    "name": role_key, "defaultGroups": [], "selectedByDefault": False, "defined": True,
                    "hasUnlimitedSeats": False, "platform": False}

        if key is None:
            return Reply(200, [role(k) for k in sorted(self.app_roles)])
        if key not in self.app_roles:
            return self.error(404, "NOT_FOUND", "The application role does not exist")
        return Reply(200, role(key))

    def _search(self, request: Request) -> Reply:
        try:
            where, order = _parse_jql(request.query.get("jql", ""))
        except ValueError as exc:
            return self.error(400, "BAD_REQUEST", f"Error in the JQL Query: {exc}")
        found = [i for i in self.issues.values() if where is None or self._matches(i, where)]
        for name, descending in reversed(order):
            found.sort(key=lambda i, n=name: (i.updated if n == "updated" else
                                               (i.key.split("-")[0], int(i.key.split("-")[1]))), reverse=descending)
        fields = [f for f in request.query.get("fields", "id").split(",") if f]
        limit = min(int(request.query.get("maxResults", 50)), self.page_cap)
        token = request.query.get("nextPageToken")
        offset = int(base64.urlsafe_b64decode(token).decode()) if token else 0
        body: dict = {"issues": [self._issue(i, fields) for i in found[offset:offset + limit]],
                      "isLast": offset + limit >= len(found)}
        if not body["isLast"]:
            body["nextPageToken"] = base64.urlsafe_b64encode(str(offset + limit).encode()).decode()
        return Reply(200, body)

    def _matches(self, issue: Issue, node: tuple) -> bool:
        kind = node[0]
        if kind in ("and", "or"):
            results = (self._matches(issue, n) for n in node[1:])
            return all(results) if kind == "and" else any(results)
        _, name, op, value = node
        if name == "project":
            project = self.projects[issue.project]
            values = value if op == "in" else [value]
            return project.id in values or project.key in values
        if name == "issue" and op == "in":
            return issue.id in value or issue.key in value
        if name == "updated" and op == ">=":
            return datetime.fromisoformat(issue.updated) >= self.query_time(value)
        raise ValueError(f"the fake does not evaluate {name} {op}")

    def _comments(self, request: Request, issue_id: str) -> Reply:
        issue = self.issues.get(issue_id)
        if issue is None:
            return self.error(404, "NOT_FOUND", "Issue does not exist or you do not have permission to see it.")
        start = int(request.query.get("startAt", 0))
        limit = min(int(request.query.get("maxResults", 50)), self.page_cap)
        comments = [self._comment(issue, c) for c in issue.comments]
        return Reply(200, {"startAt": start, "maxResults": limit, "total": len(comments),
                           "comments": comments[start:start + limit]})

    def _attachment(self, _request: Request, attachment_id: str) -> Reply:
        for issue in self.issues.values():
            for att in issue.attachments:
                if att["id"] == attachment_id:
                    return Reply(200, att["data"], content_type=att["mimeType"])
        return self.error(404, "NOT_FOUND", "The attachment does not exist")

    def _groups(self, request: Request) -> Reply:
        return self._page_bean(request, [{"name": g["name"], "groupId": gid} for gid, g in sorted(self.groups.items())])

    def _members(self, request: Request) -> Reply:
        group = self.groups.get(request.query.get("groupId", ""))
        if group is None:
            return self.error(404, "NOT_FOUND", "Specified group does not exist.")
        return self._page_bean(request, [self._user(m) for m in group["members"]])


def _parse_jql(jql: str) -> tuple[tuple | None, list[tuple[str, bool]]]:
    """(the WHERE tree, the ORDER BY fields) of the JQL the connector sends."""
    parts = re.split(r"\s*ORDER BY\s+", jql, maxsplit=1, flags=re.IGNORECASE)
    head, order_text = parts[0], parts[1] if len(parts) > 1 else ""
    order = [(part.split()[0].lower(), part.split()[-1].upper() == "DESC") for part in order_text.split(",") if part.strip()]
    tokens: list[str] = []
    for match in _TOKEN.finditer(head):
        open_, close, comma, op, quoted, word = match.groups()
        tokens.append(open_ or close or comma or op or (f'"{quoted}"' if quoted is not None else word))
    pos = 0

    def take() -> str:
        nonlocal pos
        if pos >= len(tokens):
            raise ValueError("the query ends too soon")
        pos += 1
        return tokens[pos - 1]

    def value(token: str) -> str:
        return token[1:-1] if token.startswith('"') else token

    def factor() -> tuple:
        token = take()
        if token == "(":
            node = expression()
            if take() != ")":
                raise ValueError("a parenthesis is not closed")
            return node
        op = take().lower()
        if op == "in":
            if take() != "(":
                raise ValueError("IN needs a list")
            values = []
            while (item := take()) != ")":
                if item != ",":
                    values.append(value(item))
            return ("clause", token.lower(), "in", values)
        return ("clause", token.lower(), op, value(take()))

    def joined(word: str, part) -> tuple:
        nodes = [part()]
        while pos < len(tokens) and tokens[pos].upper() == word:
            take()
            nodes.append(part())
        return nodes[0] if len(nodes) == 1 else (word.lower(), *nodes)

    def term() -> tuple:
        return joined("AND", factor)

    def expression() -> tuple:
        return joined("OR", term)

    tree = expression() if tokens else None
    if pos != len(tokens):
        raise ValueError(f"unexpected {tokens[pos]!r}")
    return tree, order
