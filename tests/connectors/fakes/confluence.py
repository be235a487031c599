"""A fake Confluence Cloud site on loopback: the REST v2 and v1 endpoints the connector reads.

Bodies follow Atlassian's documented payloads: v2 listings as `{"results", "_links": {"next", "base"}}` with
the next page also in the `Link` header (attachments only there), v1 listings with `start`/`limit`/`size`
and a `_links.next` relative to the `/wiki` context, space permission assignments
(`principal`/`operation.targetType`), restrictions by operation, CQL content search with `container`
and `version` expanded. A listing returns at most `page_cap` results a page, as a site's fixed limits do,
so every listing pages.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import quote, urlencode

from tests.connectors.fakes.atlassian import FakeAtlassianSite
from tests.connectors.fakes.loopback import Reply, Request


@dataclass
class Attachment:
    id: str
    title: str
    media_type: str
    data: bytes
    when: str
    version: int = 1


@dataclass
class Page:
    id: str
    space: str
    title: str
    body: str | None  # None: the site sends the page without a storage body (a malformed item)
    when: str
    parent: str = ""
    version: int = 1
    status: str = "current"
    restriction: tuple[list[str], list[str]] | None = None  # (account ids, group ids) allowed to read
    attachments: dict[str, Attachment] = field(default_factory=dict)


@dataclass
class Space:
    id: str
    key: str
    name: str
    readers: list[tuple[str, str]]  # (principal type, id): "user"/"group"/"role"; ("user", "anonymous")


class FakeConfluence(FakeAtlassianSite):
    name = "fake-confluence"
    page_cap = 3

    def __init__(self) -> None:
        super().__init__()
        self.spaces: dict[str, Space] = {}
        self.pages: dict[str, Page] = {}
        self._ids = 100

    # -- the site's content ---------------------------------------------------------------------------

    def add_space(self, space_id: str, key: str, name: str, readers: list[tuple[str, str]]) -> Space:
        self.spaces[space_id] = Space(space_id, key, name, list(readers))
        return self.spaces[space_id]

    def add_page(self, space: str, title: str, body: str | None, parent: str = "") -> Page:
        self._ids += 1
        page = Page(str(self._ids), space, title, body, self.tick(), parent=parent)
        self.pages[page.id] = page
        return page

    def edit(self, page_id: str, body: str) -> None:
        page = self.pages[page_id]
        page.body, page.version, page.when = body, page.version + 1, self.tick()

    def restrict(self, page_id: str, users: list[str] = (), groups: list[str] = ()) -> None:
        """Changing restrictions makes no new page version, as in Confluence."""
        self.pages[page_id].restriction = (list(users), list(groups)) if users or groups else None

    def attach(self, page_id: str, title: str, data: bytes, media_type: str) -> Attachment:
        self._ids += 1
        att = Attachment(f"att{self._ids}", title, media_type, data, self.tick())
        self.pages[page_id].attachments[att.id] = att
        return att

    # -- routing --------------------------------------------------------------------------------------

    def routes(self) -> list[tuple[str, Callable[..., Reply]]]:
        return [
            (r"/wiki/api/v2/spaces", self._spaces),
            (r"/wiki/api/v2/spaces/(\d+)/permissions", self._space_permissions),
            (r"/wiki/api/v2/spaces/(\d+)/pages", self._space_pages),
            (r"/wiki/api/v2/pages", self._pages),
            (r"/wiki/api/v2/pages/(\d+)/attachments", self._attachments),
            (r"/wiki/download/attachments/(\d+)/(.+)", self._download),
            (r"/wiki/rest/api/content/(\d+)/restriction/byOperation/read", self._restriction),
            (r"/wiki/rest/api/content/search", self._search),
            (r"/wiki/rest/api/group", self._groups),
            (r"/wiki/rest/api/group/([\w-]+)/membersByGroupId", self._members),
        ]

    def error(self, status: int, code: str, message: str) -> Reply:
        # v2's error body; v1 answers with statusCode/message, which the client reads the same way.
        return Reply(status, {"errors": [{"status": status, "code": code, "title": message, "detail": None}],
                              "message": message})

    # -- pagination -----------------------------------------------------------------------------------

    def _v2(self, request: Request, items: list[dict], in_body: bool = True) -> Reply:
        limit = min(int(request.query.get("limit", 25)), self.page_cap)
        cursor = request.query.get("cursor")
        offset = int(base64.urlsafe_b64decode(cursor).decode()) if cursor else 0
        links = {"base": f"{self.url}/wiki"}
        headers = {}
        if offset + limit < len(items):
            query = {k: v for k, v in request.query.items() if k != "cursor"}
            query["cursor"] = base64.urlsafe_b64encode(str(offset + limit).encode()).decode()
            nxt = f"{request.path}?{urlencode(query)}"
            headers["Link"] = f'<{nxt}>; rel="next", <{self.url}/wiki>; rel="base"'
            if in_body:
                links["next"] = nxt
        return Reply(200, {"results": items[offset:offset + limit], "_links": links}, headers)

    def _v1(self, request: Request, items: list[dict]) -> dict:
        start = int(request.query.get("start", 0))
        limit = min(int(request.query.get("limit", 25)), self.page_cap)
        chunk = items[start:start + limit]
        links = {"base": f"{self.url}/wiki", "context": "/wiki", "self": f"{self.url}{request.path}"}
        if start + limit < len(items):
            query = {**request.query, "start": str(start + limit), "limit": str(limit)}
            links["next"] = f"{request.path.removeprefix('/wiki')}?{urlencode(query)}"
        return {"results": chunk, "start": start, "limit": limit, "size": len(chunk), "_links": links}

    # -- payloads -------------------------------------------------------------------------------------

    def _user(self, account: str) -> dict:
        user = self.users.get(account, {"email": "", "name": account, "type": "atlassian"})
        return {"type": "known", "accountId": account, "accountType": user["type"], "email": user["email"],
                "publicName": user["name"], "displayName": user["name"], "isExternalCollaborator": False,
                "_links": {"self": f"{self.url}/wiki/rest/api/user?accountId={account}"}}

    def _group(self, group_id: str) -> dict:
        return {"type": "group", "name": self.groups[group_id]["name"], "id": group_id,
                "_links": {"self": f"{self.url}/wiki/rest/api/group/by-id?id={group_id}"}}

    def _page(self, page: Page, body: bool) -> dict:
        version = {"createdAt": page.when, "message": "", "number": page.version, "minorEdit": False,
                   "authorId": "acc-author"}
        data = {
            "id": page.id, "status": page.status, "title": page.title, "spaceId": page.space,
            "parentId": page.parent or None, "parentType": "page" if page.parent else None, "position": 0,
            "authorId": "acc-author", "ownerId": "acc-author", "lastOwnerId": None, "createdAt": page.when,
            "version": version, "body": {},
            "_links": {"webui": f"/spaces/{self.spaces[page.space].key}/pages/{page.id}/{quote(page.title)}",
                       "editui": f"/pages/resumedraft.action?draftId={page.id}", "tinyui": f"/x/{page.id}"},
        }
        if body:
            data["body"] = {"storage": {"representation": "storage"}}
            if page.body is not None:
                data["body"]["storage"]["value"] = page.body
        return data

    def _attachment(self, page: Page, att: Attachment) -> dict:
        download = (f"/download/attachments/{page.id}/{quote(att.title)}?version={att.version}"
                    f"&modificationDate=1700000000000&cacheVersion=1&api=v2")
        webui = f"/pages/viewpageattachments.action?pageId={page.id}&preview=/{page.id}/{att.id}/{quote(att.title)}"
        return {
            "id": att.id, "status": "current", "title": att.title, "createdAt": att.when, "pageId": page.id,
            "mediaType": att.media_type, "mediaTypeDescription": att.media_type, "comment": "",
            "fileId": f"file-{att.id}", "fileSize": len(att.data), "webuiLink": webui, "downloadLink": download,
            "version": {"createdAt": att.when, "message": "", "number": att.version, "minorEdit": False,
                        "authorId": "acc-author"},
            "_links": {"download": download, "webui": webui},
        }

    # -- handlers -------------------------------------------------------------------------------------

    def _spaces(self, request: Request) -> Reply:
        keys = [k for k in request.query.get("keys", "").split(",") if k]
        spaces = [s for s in self.spaces.values() if not keys or s.key in keys]
        return self._v2(request, [
            {"id": s.id, "key": s.key, "name": s.name, "type": "global", "status": "current",
             "authorId": "acc-author", "createdAt": "2025-01-01T00:00:00.000Z", "homepageId": None,
             "description": None, "icon": None, "_links": {"webui": f"/spaces/{s.key}"}}
            for s in spaces
        ])

    def _space_permissions(self, request: Request, space_id: str) -> Reply:
        space = self.spaces.get(space_id)
        if space is None:
            return self.error(404, "NOT_FOUND", "Space not found")
        items = [{"id": f"perm-{space_id}-{i}-read", "principal": {"type": kind, "id": pid},
                  "operation": {"key": "read", "targetType": "space"}} for i, (kind, pid) in enumerate(space.readers)]
        items += [{"id": f"perm-{space_id}-admin", "principal": {"type": "user", "id": "acc-admin-only"},
                   "operation": {"key": "administer", "targetType": "space"}}]
        return self._v2(request, items)

    def _space_pages(self, request: Request, space_id: str) -> Reply:
        if space_id not in self.spaces:
            return self.error(404, "NOT_FOUND", "Space not found")
        statuses = request.query.get("status", "current").split(",")
        pages = [self._page(p, request.query.get("body-format") == "storage")
                 for p in self.pages.values() if p.space == space_id and p.status in statuses]
        return self._v2(request, pages)

    def _pages(self, request: Request) -> Reply:
        ids = [i for i in request.query.get("id", "").split(",") if i]
        statuses = request.query.get("status", "current").split(",")
        pages = [self._page(p, request.query.get("body-format") == "storage") for p in self.pages.values()
                 if (not ids or p.id in ids) and p.status in statuses]
        return self._v2(request, pages)

    def _attachments(self, request: Request, page_id: str) -> Reply:
        page = self.pages.get(page_id)
        if page is None or page.status != "current":
            return self.error(404, "NOT_FOUND", "Page not found")
        return self._v2(request, [self._attachment(page, a) for a in page.attachments.values()], in_body=False)

    def _download(self, _request: Request, page_id: str, title: str) -> Reply:
        page = self.pages.get(page_id)
        att = next((a for a in page.attachments.values() if a.title == title), None) if page else None
        if att is None:
            return self.error(404, "NOT_FOUND", "Attachment not found")
        return Reply(200, att.data, content_type=att.media_type)

    def _restriction(self, request: Request, page_id: str) -> Reply:
        page = self.pages.get(page_id)
        if page is None:
            return self.error(404, "NOT_FOUND", "No content found with id")
        users, groups = page.restriction or ([], [])
        start, limit = int(request.query.get("start", 0)), min(int(request.query.get("limit", 100)), self.page_cap)

        def part(items: list[dict]) -> dict:
            chunk = items[start:start + limit]
            return {"results": chunk, "start": start, "limit": limit, "size": len(chunk)}

        return Reply(200, {
            "operation": "read",
            "restrictions": {"user": part([self._user(u) for u in users]),
                             "group": part([self._group(g) for g in groups])},
            "_expandable": {"content": f"/rest/api/content/{page_id}"},
            "_links": {"base": f"{self.url}/wiki", "context": "/wiki",
                       "self": f"{self.url}/wiki/rest/api/content/{page_id}/restriction/byOperation/read"},
        })

    def _search(self, request: Request) -> Reply:
        cql = request.query.get("cql", "")
        since = re.search(r'lastmodified >= "([^"]+)"', cql)
        if "type = attachment" not in cql or since is None:
            return self.error(400, "BAD_REQUEST", f"the fake does not understand the CQL {cql!r}")
        after = self.query_time(since.group(1))
        keys = re.search(r"space in \(([^)]*)\)", cql)
        wanted = {k.strip().strip('"') for k in keys.group(1).split(",")} if keys else None
        hits = []
        for page in self.pages.values():
            if page.status != "current" or (wanted is not None and self.spaces[page.space].key not in wanted):
                continue
            for att in page.attachments.values():
                if datetime.fromisoformat(att.when) >= after:
                    hits.append({
                        "id": att.id, "type": "attachment", "status": "current", "title": att.title,
                        "container": {"id": page.id, "type": "page", "status": "current", "title": page.title},
                        "version": {"by": self._user("acc-author"), "when": att.when, "number": att.version,
                                    "minorEdit": False},
                        "_links": {"self": f"{self.url}/wiki/rest/api/content/{att.id}"},
                        "_expandable": {"space": f"/rest/api/space/{self.spaces[page.space].key}"},
                    })
        hits.sort(key=lambda h: h["version"]["when"])
        return Reply(200, self._v1(request, hits))

    def _groups(self, request: Request) -> Reply:
        return Reply(200, self._v1(request, [self._group(g) for g in sorted(self.groups)]))

    def _members(self, request: Request, group_id: str) -> Reply:
        if group_id not in self.groups:
            return self.error(404, "NOT_FOUND", "Group not found")
        return Reply(200, self._v1(request, [self._user(u) for u in self.groups[group_id]["members"]]))
