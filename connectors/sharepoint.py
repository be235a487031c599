"""SharePoint Online document libraries and OneDrive through Microsoft Graph, and Entra ID groups.

Files are read with the drive delta query: the first run enumerates each drive, later runs ask only for
what changed since the `@odata.deltaLink` the previous run ended with. Each file's sharing permissions
become its access; `EntraDirectory` syncs the users and groups (transitive members) those permissions
name, so the `entra:` / `entra-group:` local ids map to the company's emails and group names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Generator, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from pydantic import BaseModel, Field

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
from connectors.errors import ConnectorConfigError
from connectors.grants import Grants
from connectors.http_api import ApiClient, ApiError
from connectors.oauth import BearerToken, token_request

GRAPH_URL = "https://graph.microsoft.com/v1.0"
LOGIN_URL = "https://login.microsoftonline.com"
GRAPH_SCOPE = "https://graph.microsoft.com/.default"
# Sharing changes are reported by the delta query only when asked for; parents are not needed.
DELTA_PREFER = {"Prefer": "deltashowsharingchanges, deltashowremovedasdeleted, deltatraversepermissiongaps"}


class DriveState(BaseModel):
    origin: str = Field(description="The configured selector the drive was found through ('site:…', 'user:…', 'drive:…').")
    delta_link: str | None = Field(
        None, description="The @odata.deltaLink that ended the last complete enumeration: its token is where "
        "the next run starts.",
    )
    next_link: str | None = Field(None, description="Set in a mark: the @odata.nextLink of the enumeration in progress.")
    files: set[str] = Field(
        default_factory=set, description="Item ids of the files delivered; a full resync deletes those it does not see again.",
    )
    unseen: set[str] = Field(default_factory=set, description="During a full resync: delivered files not seen again yet.")


class SharePointCheckpoint(Checkpoint):
    drives: dict[str, DriveState] = Field(default_factory=dict, description="Drive id -> its delta state.")


def graph_client(
    name: str, *, tenant_id: str, client_id: str, client_secret: str, base_url: str, login_base_url: str,
    max_retries: int, backoff_s: float, timeout_s: float, needs: str,
) -> tuple[ApiClient, ApiClient]:
    """The Graph client and the identity-platform client it takes its app-only tokens from."""
    for option, value in (("tenant_id", tenant_id), ("client_id", client_id), ("client_secret", client_secret)):
        if not value:
            raise ConnectorConfigError(f"source {name!r}: the option {option} is required")
    common = {"max_retries": max_retries, "backoff_s": backoff_s, "timeout_s": timeout_s}
    fix = (f"tenant_id, client_id and client_secret in the options of {name!r} (client secrets expire: "
           "make a new one under the app registration's Certificates & secrets)")
    login = ApiClient(name, "Microsoft identity platform", login_base_url, auth_hint=fix, **common)
    form = {"client_id": client_id, "client_secret": client_secret, "scope": GRAPH_SCOPE,
            "grant_type": "client_credentials"}
    token = BearerToken(lambda: token_request(login, f"{quote(tenant_id, safe='')}/oauth2/v2.0/token", form, fix))
    graph = ApiClient(name, "Microsoft Graph", base_url, auth_header=token, auth_hint=f"{fix}, and that the app "
                      f"has the Graph application permissions {needs} with admin consent", **common)
    return graph, login


def graph_pages(api: ApiClient, path: str, params: dict[str, str] | None = None) -> Iterator[list[dict]]:
    """Each page's `value` of a Graph collection, following `@odata.nextLink` exactly as given."""
    url: str | None = path
    while url:
        page = api.get_json(url, params)
        values = page.get("value") if isinstance(page, dict) else None
        if not isinstance(values, list):
            raise ApiError(f"Microsoft Graph sent a page without a value list for {url}", 200)
        yield [v for v in values if isinstance(v, dict)]
        url, params = page.get("@odata.nextLink"), None


def _when(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class SharePointConnector(Connector):
    """Files of SharePoint document libraries and OneDrives, with their sharing permissions as access.

    Drives come from `sites` (a site's document libraries: 'contoso.sharepoint.com:/sites/eng', its URL,
    or a site id), `users` (each one's OneDrive, by object id or user principal name) and `drive_ids`.
    """

    kind = "sharepoint"
    checkpoint_model = SharePointCheckpoint

    def __init__(
        self,
        name: str,
        access: Access | None = None,
        *,
        tenant_id: str,
        client_id: str,
        client_secret: str,
        sites: list[str] | None = None,
        libraries: list[str] | None = None,
        users: list[str] | None = None,
        drive_ids: list[str] | None = None,
        organization_links_public: bool = False,
        site_groups: dict[str, str] | None = None,
        max_bytes: int = 25_000_000,
        base_url: str = GRAPH_URL,
        login_base_url: str = LOGIN_URL,
        max_retries: int = 5,
        backoff_s: float = 1.0,
        timeout_s: float = 60.0,
    ) -> None:
        super().__init__(name)
        self.sites, self.users, self.drive_ids = list(sites or []), list(users or []), list(drive_ids or [])
        if not (self.sites or self.users or self.drive_ids):
            raise ConnectorConfigError(f"source {name!r}: name at least one of sites, users or drive_ids")
        self.libraries = {lib.lower() for lib in libraries} if libraries else None
        self.organization_links_public = organization_links_public
        # SharePoint groups (a site's Owners / Members / Visitors) have no members in Graph v1.0: by name -> group.
        self.site_groups = dict(site_groups or {})
        self.max_bytes = max_bytes
        self.extra = access or Access()
        self._client = lambda: graph_client(
            name, tenant_id=tenant_id, client_id=client_id, client_secret=client_secret, base_url=base_url,
            login_base_url=login_base_url, max_retries=max_retries, backoff_s=backoff_s, timeout_s=timeout_s,
            needs="Files.Read.All and Sites.Read.All",
        )

    def doc_id(self, drive_id: str, item_id: str) -> str:
        return f"{self.name}:{drive_id}/{item_id}"

    def load(self, checkpoint: Checkpoint | None) -> Generator[SourceItem, None, Checkpoint]:
        previous = dict(checkpoint.drives) if isinstance(checkpoint, SharePointCheckpoint) else {}
        api, login = self._client()
        try:
            drives, failed = yield from self._resolve(api)
            states: dict[str, DriveState] = {}
            # What a mark says of each drive: its previous state until this run has finished it.
            settled = dict(previous)
            for drive_id, origin in drives.items():
                state = yield from self._sync_drive(api, drive_id, origin, previous.get(drive_id), settled)
                states[drive_id] = settled[drive_id] = state
                yield CheckpointMark(checkpoint=SharePointCheckpoint.model_construct(drives=dict(settled)))
            for drive_id, old in previous.items():
                if drive_id in states:
                    continue
                if old.origin in failed:
                    # Its site or user could not be read this time: keep it rather than delete its files.
                    states[drive_id] = old
                    continue
                for item_id in sorted(old.files):
                    yield Deletion(id=self.doc_id(drive_id, item_id))
        finally:
            api.close()
            login.close()
        return SharePointCheckpoint(drives=states)

    # -- which drives ------------------------------------------------------------------------------------------

    def _resolve(self, api: ApiClient) -> Generator[SourceItem, None, tuple[dict[str, str], set[str]]]:
        drives: dict[str, str] = {}
        failed: dict[str, str] = {}
        for site in self.sites:
            origin = f"site:{site}"
            try:
                found = api.get_json(_site_path(site), {"$select": "id,webUrl"})
                for page in graph_pages(api, f"sites/{found['id']}/drives", {"$select": "id,name,driveType"}):
                    for drive in page:
                        if self.libraries is None or str(drive.get("name", "")).lower() in self.libraries:
                            drives.setdefault(str(drive["id"]), origin)
            except (ApiError, KeyError, TypeError) as exc:
                failed[origin] = _reason(exc, f"site {site!r}")
        for user in self.users:
            origin = f"user:{user}"
            try:
                drives.setdefault(str(api.get_json(f"users/{quote(user, safe='@')}/drive", {"$select": "id"})["id"]), origin)
            except (ApiError, KeyError, TypeError) as exc:
                failed[origin] = _reason(exc, f"the OneDrive of {user!r}")
        for drive_id in self.drive_ids:
            drives.setdefault(drive_id, f"drive:{drive_id}")
        if failed and not drives:
            raise ConnectorConfigError(
                f"source {self.name!r}: no drive could be found: {'; '.join(failed.values())}"
            )
        for origin, reason in failed.items():
            yield ConnectorFailure(id=f"{self.name}:{origin}", reason=reason)
        return drives, set(failed)

    # -- one drive's delta -------------------------------------------------------------------------------------

    def _sync_drive(
        self, api: ApiClient, drive_id: str, origin: str, old: DriveState | None, settled: dict[str, DriveState]
    ) -> Generator[SourceItem, None, DriveState]:
        state = old.model_copy(deep=True) if old else DriveState(origin=origin)
        state.origin = origin
        fresh = f"drives/{quote(drive_id, safe='')}/root/delta"
        url = state.next_link or state.delta_link or fresh
        since_mark, resynced = 0, False
        while True:
            try:
                page = api.get_json(url, headers=DELTA_PREFER)
                values = page.get("value") if isinstance(page, dict) else None
                if not isinstance(values, list):
                    raise ApiError("Microsoft Graph sent a delta page without a value list", 200)
            except ApiError as exc:
                if exc.status == 410 and not resynced:
                    # The token expired (resyncRequired): enumerate the drive from scratch, and delete at its
                    # end what was delivered before and is not seen again.
                    state.unseen, state.next_link, url, resynced = set(state.files), None, fresh, True
                    continue
                # This drive cannot be read now: the next run starts again where this one stopped.
                yield ConnectorFailure(id=f"{self.name}:{drive_id}", reason=_reason(exc, f"drive {drive_id}"))
                return state
            for raw in values:
                if isinstance(raw, dict):
                    yield from self._item(api, drive_id, raw, state)
                else:
                    yield ConnectorFailure(id=f"{self.name}:{drive_id}/?", reason="a delta entry is not an object")
                since_mark += 1
            next_link, delta_link = page.get("@odata.nextLink"), page.get("@odata.deltaLink")
            if isinstance(next_link, str) and next_link:
                state.next_link = url = next_link
                if since_mark >= mark_gap(len(state.files)):
                    since_mark = 0
                    mark = {**settled, drive_id: state.model_copy(deep=True)}
                    yield CheckpointMark(checkpoint=SharePointCheckpoint.model_construct(drives=mark))
                continue
            if not isinstance(delta_link, str) or not delta_link:
                yield ConnectorFailure(id=f"{self.name}:{drive_id}",
                                       reason="Microsoft Graph ended a delta page with neither a nextLink nor a deltaLink")
                return state
            for item_id in sorted(state.unseen):
                state.files.discard(item_id)
                yield Deletion(id=self.doc_id(drive_id, item_id))
            state.unseen, state.next_link, state.delta_link = set(), None, delta_link
            return state

    def _item(self, api: ApiClient, drive_id: str, raw: dict, state: DriveState) -> Generator[SourceItem, None, None]:
        item_id = raw.get("id")
        if not isinstance(item_id, str) or not item_id:
            yield ConnectorFailure(id=f"{self.name}:{drive_id}/?", reason="Microsoft Graph sent a drive item without an id")
            return
        doc_id = self.doc_id(drive_id, item_id)
        state.unseen.discard(item_id)
        if "deleted" in raw:
            if item_id in state.files:
                state.files.discard(item_id)
                yield Deletion(id=doc_id)
            return
        if "file" not in raw:
            return  # the root, folders, OneNote packages: nothing to read
        state.files.add(item_id)
        name = raw.get("name")
        facet = raw.get("file")
        if not isinstance(name, str) or not name or not isinstance(facet, dict):
            yield ConnectorFailure(id=doc_id, reason="the drive item has no name or no file facet")
            return
        size = raw.get("size")
        if isinstance(size, int) and size > self.max_bytes:
            yield ConnectorFailure(id=doc_id, reason=f"{name} is {size:,} bytes, over the limit of {self.max_bytes:,}")
            return
        item = f"drives/{quote(drive_id, safe='')}/items/{quote(item_id, safe='')}"
        try:
            content = api.get(f"{item}/content").content
        except ApiError as exc:
            yield ConnectorFailure(id=doc_id, reason=_reason(exc, name))
            return
        access, note = self._access(api, item)
        # Delta items carry no parentReference.path (a renamed folder does not report its descendants).
        parent = raw.get("parentReference") if isinstance(raw.get("parentReference"), dict) else {}
        metadata = {"drive_id": drive_id, "item_id": item_id, "parent_id": str(parent.get("id", ""))}
        if note:
            metadata["access_error"] = note
        yield Document(
            id=doc_id, source=self.name, title=name, uri=str(raw.get("webUrl") or f"{api.base_url}/{item}"),
            content=content, mime_type=str(facet.get("mimeType") or "application/octet-stream"), filename=name,
            modified=_when(raw.get("lastModifiedDateTime")), access=access, metadata=metadata,
        )

    def _access(self, api: ApiClient, item: str) -> tuple[Access, str]:
        """The item's sharing permissions as access; when they cannot be read, nobody but admins (fail closed)."""
        try:
            permissions = [p for page in graph_pages(api, f"{item}/permissions") for p in page]
        except ApiError as exc:
            return self.extra, _reason(exc, "its permissions")
        grants = Grants(self.extra)
        now = datetime.now(UTC)
        for perm in permissions:
            expires = _when(perm.get("expirationDateTime"))
            if expires and expires.year > 1 and expires < now:
                continue  # DateTime.MinValue means it never expires
            link = perm.get("link") if isinstance(perm.get("link"), dict) else {}
            scope = link.get("scope")
            if not perm.get("hasPassword") and (
                scope == "anonymous" or (scope == "organization" and self.organization_links_public)
            ):
                grants.public = True
            identities = perm.get("grantedToIdentitiesV2") or perm.get("grantedToIdentities") or []
            granted = perm.get("grantedToV2") or perm.get("grantedTo")
            for ident in [granted, *identities] if isinstance(identities, list) else [granted]:
                if isinstance(ident, dict):
                    self._grantee(ident, grants)
        return grants.access(), ""

    def _grantee(self, ident: dict, grants: Grants) -> None:
        user, group = ident.get("user"), ident.get("group")
        site_user, site_group = ident.get("siteUser"), ident.get("siteGroup")
        if isinstance(user, dict):
            if user.get("id"):
                grants.local_users.add(f"entra:{str(user['id']).lower()}")
            if user.get("email"):
                grants.users.add(str(user["email"]).lower())
        elif isinstance(site_user, dict) and "|membership|" in str(site_user.get("loginName", "")):
            # A SharePoint-only principal: its claim ends with the account's sign-in name.
            grants.users.add(str(site_user["loginName"]).rsplit("|", 1)[1].lower())
        if isinstance(group, dict) and group.get("id"):
            grants.local_groups.add(f"entra-group:{str(group['id']).lower()}")
        if isinstance(site_group, dict) and str(site_group.get("displayName", "")) in self.site_groups:
            grants.groups.add(self.site_groups[str(site_group["displayName"])])


def _site_path(site: str) -> str:
    """Graph's address of a site: an id ('host,guid,guid'), 'host:/path', a URL, or a bare host (its root site)."""
    site = site.strip().removeprefix("https://").removeprefix("http://").rstrip("/")
    if "," in site or ":/" in site:
        return f"sites/{quote(site, safe=',:/')}"
    host, _, path = site.partition("/")
    return f"sites/{quote(host)}:/{quote(path)}" if path else f"sites/{quote(host)}"


def _reason(exc: Exception, what: str) -> str:
    if isinstance(exc, ApiError):
        return f"cannot read {what}: {exc}"
    return f"cannot read {what}: Microsoft Graph sent an unexpected body"


class EntraDirectory(DirectorySource):
    """Entra ID users (their mail, or UPN) and groups with transitive members, read through Graph.

    A group's canonical name is its mail address when it has one (Microsoft 365 and mail-enabled groups),
    otherwise its display name; display names shared by several groups get the object id appended, so two
    groups never merge into one.
    """

    def __init__(
        self,
        name: str,
        *,
        tenant_id: str,
        client_id: str,
        client_secret: str,
        base_url: str = GRAPH_URL,
        login_base_url: str = LOGIN_URL,
        max_retries: int = 5,
        backoff_s: float = 1.0,
        timeout_s: float = 60.0,
    ) -> None:
        self.name = name
        self._client = lambda: graph_client(
            name, tenant_id=tenant_id, client_id=client_id, client_secret=client_secret, base_url=base_url,
            login_base_url=login_base_url, max_retries=max_retries, backoff_s=backoff_s, timeout_s=timeout_s,
            needs="User.ReadBasic.All and GroupMember.Read.All",
        )

    def load_directory(self) -> Directory:
        api, login = self._client()
        try:
            return self._read(api)
        finally:
            api.close()
            login.close()

    def _read(self, api: ApiClient) -> Directory:
        users: list[UserRecord] = []
        emails: dict[str, str] = {}
        for page in graph_pages(api, "users", {"$select": "id,displayName,mail,userPrincipalName"}):
            for user in page:
                email = _user_email(user)
                if email and user.get("id"):
                    emails[str(user["id"]).lower()] = email
                    users.append(UserRecord(email=email, local_ids=frozenset({f"entra:{str(user['id']).lower()}"}),
                                            name=str(user.get("displayName") or "")))
        groups = [g for page in graph_pages(api, "groups", {"$select": "id,displayName,mail"}) for g in page if g.get("id")]
        names = _group_names(groups)
        records: list[GroupRecord] = []
        for group in groups:
            gid = str(group["id"]).lower()
            members: set[str] = set()
            nested: set[str] = set()
            try:
                pages = list(graph_pages(api, f"groups/{quote(gid)}/transitiveMembers",
                                         {"$select": "id,mail,userPrincipalName"}))
            except ApiError as exc:
                if exc.status == 404:
                    continue  # deleted since it was listed
                raise
            for member in (m for page in pages for m in page):
                kind = str(member.get("@odata.type", ""))
                mid = str(member.get("id", "")).lower()
                if kind.endswith(".user"):
                    email = emails.get(mid) or _user_email(member)
                    if email:
                        members.add(email)
                elif kind.endswith(".group") and mid in names:
                    nested.add(names[mid])
            records.append(GroupRecord(name=names[gid], users=frozenset(members), groups=frozenset(nested),
                                       local_ids=frozenset({f"entra-group:{gid}"})))
        return Directory(users=users, groups=records)


def _user_email(user: dict) -> str:
    return str(user.get("mail") or user.get("userPrincipalName") or "").lower()


def _group_names(groups: list[dict]) -> dict[str, str]:
    base = {str(g["id"]).lower(): str(g.get("mail") or g.get("displayName") or g["id"]) for g in groups}
    taken = Counter(n.lower() for n in base.values())
    return {gid: (f"{n} ({gid})" if taken[n.lower()] > 1 else n) for gid, n in base.items()}
