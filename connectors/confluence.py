"""Confluence Cloud: the pages of the configured spaces and their attachments, readable by whoever Confluence lets read them.

Each run lists the pages of every space (REST v2, cursor pagination), which gives their version numbers and
parents: pages gone from the listing (deleted, trashed, moved out) are deleted here, pages whose version
changed are fetched again in batches (storage format). Attachment changes do not change a page's version:
they are found with a CQL `lastmodified` search. Access is the space's read permission, narrowed by the read
restrictions of the page and of each restricted ancestor; restrictions are read for changed pages every
run and for every page every `restrictions_refresh_h` hours, because a restriction change touches no
version. A `CheckpointMark` follows each batch, so a stopped sync resumes after the last batch it finished.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from connectors.acl import access_key, merge_access
from connectors.atlassian import (
    Principals,
    SiteConnector,
    SiteDirectory,
    attachment_mime,
    effective_access,
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

V2_LIMIT = 250  # the most a v2 listing returns per page
V1_LIMIT = 200
USER = "confluence:"
GROUP = "confluence-group:"


class PageState(BaseModel):
    model_config = ConfigDict(frozen=True)

    space: str = Field(description="Id of the space the page was in.")
    version: int = Field(description="Page version delivered.")
    parent: str = Field("", description="Id of the parent page, whose restrictions the page inherits.")
    restriction: Principals | None = Field(None, description="The page's own read restriction; None when it has none.")
    access: str = Field("", description="Fingerprint of the access the page was delivered with.")
    attachments: dict[str, int] = Field(default_factory=dict, description="Attachment id -> version delivered.")


class ConfluenceCheckpoint(Checkpoint):
    pages: dict[str, PageState] = Field(default_factory=dict, description="Page id -> what was delivered of it.")
    since: str = Field("", description="Newest change time seen (ISO); the attachment CQL search starts from it.")
    restrictions_read: str = Field("", description="When every page's restrictions were last read (ISO).")
    refreshing: str = Field("", description="Set in a mark: a pass reading every page's restrictions began then.")


@dataclass(frozen=True)
class _Listed:
    id: str
    space: str
    parent: str
    version: int
    when: str


def _order(page_id: str) -> tuple[int, str]:
    return len(page_id), page_id  # numeric ids, compared as numbers


def _v2_results(api: ApiClient, path: str, params: dict) -> Iterator[dict]:
    """Every result of a v2 listing, following `_links.next` (or the `Link` header) as Confluence sends it."""
    url: str | None = path
    query: dict | None = params
    while url:
        response = api.get(url, query)
        try:
            body = response.json()
        except ValueError:
            raise ApiError(f"Confluence sent a body that is not JSON for {path}", 502) from None
        results = body.get("results") if isinstance(body, dict) else None
        if not isinstance(results, list):
            raise ApiError(f"Confluence sent no result list for {path}", 502)
        yield from (r for r in results if isinstance(r, dict))
        link = (body.get("_links") or {}).get("next") or response.links.get("next", {}).get("url")
        url, query = (same_site(api, link), None) if link else (None, None)


def _v1_results(api: ApiClient, path: str, params: dict) -> Iterator[dict]:
    """Every result of a v1 listing, following `_links.next` (relative to the /wiki context)."""
    url: str | None = path
    query: dict | None = params
    while url:
        body = json_of(api, url, query)
        results = body.get("results")
        if not isinstance(results, list):
            raise ApiError(f"Confluence sent no result list for {path}", 502)
        yield from (r for r in results if isinstance(r, dict))
        link = (body.get("_links") or {}).get("next")
        url, query = (same_site(api, link, "/wiki"), None) if link else (None, None)


def _group_members(api: ApiClient, group_id: str) -> Iterator[dict]:
    return _v1_results(api, f"/wiki/rest/api/group/{group_id}/membersByGroupId", {"limit": V1_LIMIT})


class ConfluenceConnector(SiteConnector):
    """Pages (and their attachments) of the configured spaces of one Confluence Cloud site.

    `spaces` lists space keys; empty means every current global space the account can see. Documents are
    the pages' storage-format XHTML as HTML.
    """

    kind = "confluence"
    checkpoint_model = ConfluenceCheckpoint

    product = "Confluence"

    def __init__(
        self,
        name: str,
        access: Access | None = None,
        *,
        spaces: list[str] | None = None,
        restrictions_refresh_h: float = 6.0,
        batch_size: int = 50,
        clock: Callable[[], datetime] | None = None,
        **site: Any,
    ) -> None:
        if not 1 <= batch_size <= V2_LIMIT:
            raise ConnectorConfigError(f"source {name!r}: batch_size must be between 1 and {V2_LIMIT}")
        if restrictions_refresh_h < 0:
            raise ConnectorConfigError(f"source {name!r}: restrictions_refresh_h must be 0 or more")
        super().__init__(name, access, **site)
        self.space_keys = [spaces] if isinstance(spaces, str) else list(spaces or [])
        self.refresh = timedelta(hours=restrictions_refresh_h)
        self.batch_size = batch_size
        self.clock = clock or (lambda: datetime.now(UTC))

    def page_id(self, page: str) -> str:
        return f"{self.name}:page/{page}"

    def load(self, checkpoint: Checkpoint | None) -> Generator[SourceItem, None, Checkpoint]:
        cp = checkpoint if isinstance(checkpoint, ConfluenceCheckpoint) else ConfluenceCheckpoint()
        with self.site.client(self.name, "Confluence") as api:
            return (yield from _Sync(self, api, cp).run())


class _Sync:
    """One run: the listing, the restrictions, the effective access, then the batches of changed pages."""

    def __init__(self, connector: ConfluenceConnector, api: ApiClient, cp: ConfluenceCheckpoint) -> None:
        self.c, self.api, self.cp = connector, api, cp
        self._members: dict[str, frozenset[str]] = {}
        self.site = connector.base_url + "/wiki"

    def failure(self, doc_id: str, reason: str) -> ConnectorFailure:
        return ConnectorFailure(id=doc_id, reason=reason)

    def run(self) -> Generator[SourceItem, None, ConfluenceCheckpoint]:
        cp, c = self.cp, self.c
        now = c.clock()
        due = not cp.restrictions_read or now - (parse_time(cp.restrictions_read) or now) >= c.refresh
        refreshing = cp.refreshing or (now.isoformat() if due else "")
        levels, listing, unlisted, broken = yield from self.listing()
        pages: dict[str, PageState] = {}
        for pid, old in sorted(cp.pages.items(), key=lambda kv: _order(kv[0])):
            if pid in listing or pid in broken or old.space in unlisted:
                pages[pid] = old
            else:
                yield from self.forget(pid, old)
        restrictions = {pid: state.restriction for pid, state in pages.items()}
        unknown: set[str] = set()
        for pid in sorted(listing, key=_order):
            old = pages.get(pid)
            if refreshing or old is None or old.version != listing[pid].version:
                try:
                    restrictions[pid] = self.restriction(pid)
                except ApiError as exc:
                    unknown.add(pid)
                    restrictions[pid] = Principals()  # its descendants fail closed too, until it reads again
                    yield self.failure(c.page_id(pid), f"cannot read its restrictions: {exc}")
        access = {pid: self.access(item, listing, levels, restrictions) for pid, item in listing.items()}
        todo = {pid for pid, item in listing.items() if pid not in unknown and (
            pid not in pages or pages[pid].version != item.version or pages[pid].access != access_key(access[pid]))}
        since = newest(cp.since, *(item.when for item in listing.values()))
        with_attachments: set[str] = set()
        if c.include_attachments and cp.since:
            try:
                hits, stamps = self.attachment_changes(cp.since)
                with_attachments = (hits & listing.keys()) - unknown
                since = newest(since, *stamps)
            except ApiError as exc:
                since = cp.since  # searched again from the same point next run
                yield self.failure(f"{c.name}:search", f"the CQL search for changed attachments failed: {exc}")
        work = sorted(todo | with_attachments, key=_order)
        for start in range(0, len(work), c.batch_size):
            batch = work[start:start + c.batch_size]
            yield from self.batch(batch, todo, listing, restrictions, access, pages)
            yield CheckpointMark(checkpoint=ConfluenceCheckpoint.model_construct(
                pages=dict(pages), since=cp.since, restrictions_read=cp.restrictions_read, refreshing=refreshing,
            ))
        for pid, state in pages.items():
            if pid in listing and pid not in unknown and state.restriction != restrictions[pid]:
                pages[pid] = state.model_copy(update={"restriction": restrictions[pid]})
        return ConfluenceCheckpoint(pages=pages, since=since,
                                    restrictions_read=refreshing or cp.restrictions_read, refreshing="")

    # -- listing ------------------------------------------------------------------------------------

    def listing(self) -> Generator[SourceItem, None, tuple[dict, dict[str, _Listed], set[str], set[str]]]:
        """Each space's read level, every page listed, the spaces that could not be listed, the pages listed
        without a version."""
        c = self.c
        spaces = yield from self.spaces()
        levels: dict[str, Principals] = {}
        listing: dict[str, _Listed] = {}
        unlisted: set[str] = set()
        broken: set[str] = set()
        for space in spaces:
            sid, key = str(space["id"]), str(space.get("key") or space["id"])
            try:
                levels[sid] = self.space_level(sid)
            except ApiError as exc:
                levels[sid] = Principals()  # unknown: nobody but admins
                yield self.failure(f"{c.name}:space/{key}", f"cannot read the permissions of space {key}: {exc}")
            try:
                for entry in _v2_results(self.api, f"/wiki/api/v2/spaces/{sid}/pages",
                                         {"limit": V2_LIMIT, "status": "current"}):
                    listed = self.listed(entry, sid)
                    if listed is None:
                        if entry.get("id"):
                            broken.add(str(entry["id"]))
                            yield self.failure(c.page_id(str(entry["id"])), "the page listing gave it no version")
                        continue
                    listing[listed.id] = listed
            except ApiError as exc:
                unlisted.add(sid)
                yield self.failure(f"{c.name}:space/{key}", f"cannot list the pages of space {key}: {exc}")
        return levels, listing, unlisted, broken

    def spaces(self) -> Generator[SourceItem, None, list[dict]]:
        params: dict = {"limit": V2_LIMIT, "status": "current"}
        if self.c.space_keys:
            params["keys"] = ",".join(self.c.space_keys)
        else:
            params["type"] = "global"
        found = [s for s in _v2_results(self.api, "/wiki/api/v2/spaces", params) if s.get("id")]
        missing = sorted(set(self.c.space_keys) - {str(s.get("key")) for s in found})
        if self.c.space_keys and len(missing) == len(self.c.space_keys):
            raise ConnectorConfigError(
                f"source {self.c.name!r}: none of the spaces {', '.join(missing)} exist on {self.c.base_url}, "
                "or the account may not read them"
            )
        for key in missing:
            yield self.failure(f"{self.c.name}:space/{key}", f"space {key} does not exist or the account cannot read it")
        return found

    def listed(self, entry: dict, space: str) -> _Listed | None:
        version = entry.get("version") if isinstance(entry.get("version"), dict) else {}
        number = version.get("number")
        if not entry.get("id") or not isinstance(number, int):
            return None
        return _Listed(id=str(entry["id"]), space=space, parent=str(entry.get("parentId") or ""),
                       version=number, when=str(version.get("createdAt") or ""))

    def attachment_changes(self, since: str) -> tuple[set[str], list[str]]:
        """Ids of pages whose attachments changed since a day before `since`, and the change times seen."""
        cql = f'type = attachment AND lastmodified >= "{query_date(since)}"'
        if self.c.space_keys:
            cql += " AND space in (" + ", ".join('"' + k.replace('"', "") + '"' for k in self.c.space_keys) + ")"
        pages: set[str] = set()
        stamps: list[str] = []
        for hit in _v1_results(self.api, "/wiki/rest/api/content/search",
                               {"cql": cql, "limit": 100, "expand": "container,version"}):
            container = hit.get("container") if isinstance(hit.get("container"), dict) else {}
            if container.get("id"):
                pages.add(str(container["id"]))
            stamps.append(str((hit.get("version") or {}).get("when") or ""))
        return pages, stamps

    # -- access -------------------------------------------------------------------------------------

    def space_level(self, space_id: str) -> Principals:
        users: set[str] = set()
        groups: set[str] = set()
        anyone = False
        for perm in _v2_results(self.api, f"/wiki/api/v2/spaces/{space_id}/permissions", {"limit": V2_LIMIT}):
            operation = perm.get("operation") or {}
            if operation.get("key") != "read" or operation.get("targetType") != "space":
                continue
            principal = perm.get("principal") or {}
            kind, pid = principal.get("type"), str(principal.get("id") or "")
            if kind == "user" and pid == "anonymous":
                anyone = True
            elif kind == "user" and pid:
                users.add(pid)
            elif kind == "group" and pid:
                groups.add(pid)
            # Roles (Confluence's newer role-based permissions) are not expanded: their holders are left out.
        return Principals(users=sorted(users), groups=sorted(groups), anyone=anyone)

    def restriction(self, page_id: str) -> Principals | None:
        """The page's own read restriction, all pages of it; None when it has none."""
        users: set[str] = set()
        groups: set[str] = set()
        restricted = False
        start = 0
        while True:
            body = json_of(self.api, f"/wiki/rest/api/content/{page_id}/restriction/byOperation/read",
                           {"expand": "restrictions.user,restrictions.group", "start": start, "limit": V1_LIMIT})
            held = body.get("restrictions") if isinstance(body.get("restrictions"), dict) else {}
            parts = [held.get(k) if isinstance(held.get(k), dict) else {} for k in ("user", "group")]
            found = [[r for r in (p.get("results") or []) if isinstance(r, dict)] for p in parts]
            # An entry that names nobody known still restricts the page: it admits fewer, never more.
            restricted = restricted or any(found)
            users.update(str(u["accountId"]) for u in found[0] if u.get("accountId"))
            groups.update(str(g["id"]) for g in found[1] if g.get("id"))
            if all(len(f) < int(p.get("limit") or V1_LIMIT) for f, p in zip(found, parts, strict=True)):
                break
            start += V1_LIMIT
        return Principals(users=sorted(users), groups=sorted(groups)) if restricted else None

    def members(self, group_id: str) -> frozenset[str]:
        if group_id not in self._members:
            try:
                self._members[group_id] = frozenset(
                    str(m["accountId"]) for m in _group_members(self.api, group_id) if m.get("accountId"))
            except ApiError:
                self._members[group_id] = frozenset()  # unknown members are admitted by no one
        return self._members[group_id]

    def access(self, item: _Listed, listing: dict[str, _Listed], levels: dict[str, Principals],
               restrictions: dict[str, Principals | None]) -> Access:
        chain: list[Principals] = []
        seen: set[str] = set()
        current: str = item.id
        while current in listing and current not in seen:
            seen.add(current)
            own = restrictions.get(current)
            if own is not None:
                chain.append(own)
            current = listing[current].parent
        found = effective_access([levels.get(item.space, Principals()), *reversed(chain)], self.members, USER, GROUP)
        return merge_access(found, self.c.extra)

    # -- documents ----------------------------------------------------------------------------------

    def batch(self, batch: list[str], todo: set[str], listing: dict[str, _Listed],
              restrictions: dict[str, Principals | None], access: dict[str, Access],
              pages: dict[str, PageState]) -> Generator[SourceItem, None, None]:
        c = self.c
        wanted_ids = [pid for pid in batch if pid in todo]
        bodies: dict[str, dict] = {}
        if wanted_ids:
            try:
                params = {"id": ",".join(wanted_ids), "body-format": "storage", "limit": V2_LIMIT}
                bodies = {str(p.get("id")): p for p in _v2_results(self.api, "/wiki/api/v2/pages", params)}
            except ApiError as exc:
                for pid in wanted_ids:
                    yield self.failure(c.page_id(pid), f"cannot fetch the page: {exc}")
                batch = [pid for pid in batch if pid not in todo]
        for pid in batch:
            item, old = listing[pid], pages.get(pid)
            key = access_key(access[pid])
            state = old
            if pid in todo:
                page = bodies.get(pid)
                if page is None or page.get("status") not in (None, "current"):
                    if old is not None:  # trashed (or gone) between the listing and the fetch
                        yield from self.forget(pid, old)
                        del pages[pid]
                    continue
                doc = self.document(page, item, access[pid])
                yield doc
                if isinstance(doc, ConnectorFailure):
                    continue
                state = PageState(space=item.space, version=item.version, parent=item.parent,
                                  restriction=restrictions[pid], access=key,
                                  attachments=old.attachments if old else {})
            if state is None:
                continue
            if c.include_attachments:
                changed_access = old is None or old.access != key
                delivered = yield from self.attachments(pid, state.attachments, access[pid], changed_access)
                state = state.model_copy(update={"attachments": delivered})
            pages[pid] = state

    def document(self, page: dict, item: _Listed, access: Access) -> Document | ConnectorFailure:
        c = self.c
        body = page.get("body") if isinstance(page.get("body"), dict) else {}
        storage = body.get("storage") if isinstance(body.get("storage"), dict) else {}
        value = storage.get("value")
        title = page.get("title")
        if not isinstance(value, str) or not isinstance(title, str):
            return self.failure(c.page_id(item.id), "the page came without a title or a storage-format body")
        links = page.get("_links") if isinstance(page.get("_links"), dict) else {}
        site = str(links.get("base") or self.site)
        uri = site + str(links["webui"]) if links.get("webui") else f"{site}/pages/viewpage.action?pageId={item.id}"
        content = f"<html><head><title>{html.escape(title)}</title></head><body>{value}</body></html>"
        return Document(
            id=c.page_id(item.id), source=c.name, title=title or item.id, uri=uri, content=content.encode(),
            mime_type="text/html", filename=f"{item.id}.html", modified=parse_time(item.when), access=access,
            metadata={"space_id": item.space, "page_id": item.id, "version": str(item.version),
                      "parent_id": item.parent},
        )

    def attachments(self, pid: str, delivered: dict[str, int], access: Access,
                    changed_access: bool) -> Generator[SourceItem, None, dict[str, int]]:
        """Yield the page's new or changed attachments (all of them when its access changed); returns what is delivered."""
        c = self.c
        try:
            listed = list(_v2_results(self.api, f"/wiki/api/v2/pages/{pid}/attachments",
                                      {"limit": V2_LIMIT, "status": "current"}))
        except ApiError as exc:
            yield self.failure(f"{c.page_id(pid)}/attachments", f"cannot list the page's attachments: {exc}")
            return delivered
        now: dict[str, int] = {}
        for att in listed:
            aid, title = str(att.get("id") or ""), att.get("title")
            version = (att.get("version") or {}).get("number") if isinstance(att.get("version"), dict) else None
            if not aid or not isinstance(title, str) or not wanted(title, c.types):
                continue
            if not isinstance(version, int):
                yield self.failure(c.attachment_id(aid), "the attachment listing gave it no version")
                continue
            if delivered.get(aid) == version and not changed_access:
                now[aid] = version
                continue
            item = self.attachment(att, aid, title, version, pid, access)
            yield item
            if isinstance(item, Document):
                now[aid] = version
            elif aid in delivered:
                now[aid] = delivered[aid]  # the old version stays searchable; retried when it changes
        for aid in sorted(delivered.keys() - now.keys()):
            yield Deletion(id=c.attachment_id(aid))
        return now

    def attachment(self, att: dict, aid: str, title: str, version: int, pid: str,
                   access: Access) -> Document | ConnectorFailure:
        c = self.c
        too_big = c.oversized(aid, att.get("fileSize"))
        if too_big:
            return too_big
        links = att.get("_links") if isinstance(att.get("_links"), dict) else {}
        link = att.get("downloadLink") or links.get("download")
        if not isinstance(link, str) or not link:
            return self.failure(c.attachment_id(aid), "the attachment has no download link")
        try:
            content = self.api.get(same_site(self.api, link, "/wiki")).content
        except ApiError as exc:
            return self.failure(c.attachment_id(aid), f"cannot download the attachment: {exc}")
        webui = att.get("webuiLink") or links.get("webui")
        return Document(
            id=c.attachment_id(aid), source=c.name, title=title, content=content,
            uri=self.site + str(webui) if webui else f"{self.site}/pages/viewpage.action?pageId={pid}",
            mime_type=attachment_mime(title, att.get("mediaType")), filename=title,
            modified=parse_time((att.get("version") or {}).get("createdAt")), access=access,
            metadata={"page_id": pid, "attachment_id": aid, "version": str(version)},
        )

    def forget(self, pid: str, old: PageState) -> Iterator[Deletion]:
        yield Deletion(id=self.c.page_id(pid))
        for aid in sorted(old.attachments):
            yield Deletion(id=self.c.attachment_id(aid))


class ConfluenceDirectory(SiteDirectory):
    """Confluence's groups and their members, so page restrictions and space permissions map to people."""

    product, vendor = "Confluence", "confluence"

    def groups(self, api: ApiClient) -> Iterator[tuple[str, str]]:
        for group in _v1_results(api, "/wiki/rest/api/group", {"limit": V1_LIMIT}):
            if group.get("id") and group.get("name"):
                yield str(group["id"]), str(group["name"])

    def members(self, api: ApiClient, group_id: str) -> Iterator[dict]:
        return _group_members(api, group_id)
