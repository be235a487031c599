"""A fake Microsoft Graph (v1.0) and Microsoft identity platform token endpoint on loopback.

It serves what the SharePoint connector and the Entra directory read, in the shapes Microsoft documents:
the client-credentials token endpoint (AADSTS errors), sites by path and their drives, a user's OneDrive,
drive delta with `@odata.nextLink` / `@odata.deltaLink` and 410 resyncRequired, item content through a
302 to a pre-authenticated download URL, item permissions, users, groups and transitive members. Every
Graph call must carry a bearer token the token endpoint issued; `expire_tokens` makes them all invalid.
"""

from __future__ import annotations

import base64
import itertools
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from tests.connectors.fakes.loopback import LoopbackApi, Reply, Request

GRAPH_SCOPE = "https://graph.microsoft.com/.default"
SHARING = "deltashowsharingchanges"


@dataclass
class Item:
    id: str
    name: str
    parent: str
    folder: bool = False
    content: bytes = b""
    mime: str = "text/plain"
    permissions: list[dict] = field(default_factory=list)
    deleted: bool = False
    seq: int = 0  # last change to the item itself
    shared_seq: int = 0  # last change to its permissions only
    raw: dict | None = None  # served as it is: a malformed entry


@dataclass
class Drive:
    id: str
    name: str
    web_url: str
    items: dict[str, Item] = field(default_factory=dict)
    oldest_token: int = 0  # delta tokens older than this answer 410 resyncRequired


def _token(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data, sort_keys=True).encode()).decode().rstrip("=")


def _untoken(value: str) -> dict:
    return json.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))


def user_grant(user_id: str, name: str, email: str | None = None, roles=("read",)) -> dict:
    user = {"id": user_id, "displayName": name, **({"email": email} if email else {})}
    return {"id": f"perm-{user_id}", "roles": list(roles), "grantedToV2": {
        "user": user, "siteUser": {"id": "7", "displayName": name, "loginName": f"i:0#.f|membership|{email or name}"}},
        "grantedTo": {"user": {"id": user_id, "displayName": name}},
        "@deprecated.GrantedTo": "GrantedTo has been deprecated. Refer to GrantedToV2"}


def group_grant(group_id: str, name: str, roles=("read",)) -> dict:
    return {"id": f"perm-{group_id}", "roles": list(roles),
            "grantedToV2": {"group": {"id": group_id, "displayName": name}},
            "grantedTo": {"user": {"id": group_id, "displayName": name}},
            "@deprecated.GrantedTo": "GrantedTo has been deprecated. Refer to GrantedToV2"}


def link_grant(scope: str, *, users: list[tuple[str, str]] = (), password: bool = False) -> dict:
    perm = {"id": f"link-{scope}", "roles": ["read"], "shareId": "u!aHR0cHM6Ly9jb250b3Nv",
            "expirationDateTime": "0001-01-01T00:00:00Z", "hasPassword": password,
            "link": {"scope": scope, "type": "view", "preventsDownload": False,
                     "webUrl": f"https://contoso.sharepoint.com/:t:/s/eng/{scope}Link"}}
    if users:
        perm["grantedToIdentitiesV2"] = [{"user": {"id": uid, "displayName": name}} for uid, name in users]
    return perm


class FakeGraph(LoopbackApi):
    name = "fake-graph"

    def __init__(self, tenant: str = "contoso.onmicrosoft.com", client_id: str = "11111111-2222-3333-4444-555555555555",
                 client_secret: str = "s3cret~value", page_size: int = 3) -> None:
        super().__init__()
        self.tenant, self.client_id, self.client_secret = tenant, client_id, client_secret
        self.secret_expired = False
        self.page_size = page_size
        self.tokens: set[str] = set()
        self.drives: dict[str, Drive] = {}
        self.sites: dict[str, tuple[str, str, list[str]]] = {}  # "host:/path" -> (site id, web url, drive ids)
        self.onedrives: dict[str, str] = {}  # user id or UPN -> drive id
        self.users: dict[str, dict] = {}
        self.groups: dict[str, dict] = {}
        self.members: dict[str, list[str]] = {}  # group id -> direct member ids (users and groups)
        self._seq = itertools.count(1)
        self._issued = itertools.count(1)
        self.graph_url = f"{self.url}/v1.0"

    # -- setting the scene --------------------------------------------------------------------------------------

    def add_drive(self, drive_id: str, name: str = "Documents", site: str | None = None, user: str | None = None) -> Drive:
        drive = Drive(drive_id, name, f"https://contoso.sharepoint.com/sites/eng/{name.replace(' ', '%20')}")
        with self.lock:
            self.drives[drive_id] = drive
            drive.items["root"] = Item("root", "root", "", folder=True, seq=next(self._seq))
            if site:
                host, _, path = site.partition(":/")
                entry = self.sites.setdefault(site, (f"{host},{len(self.sites) + 1:08d}-aaaa,bbbb", f"https://{host}/{path}", []))
                entry[2].append(drive_id)
            if user:
                self.onedrives[user] = drive_id
        return drive

    def put(self, drive_id: str, item_id: str, name: str, content: bytes = b"", *, parent: str = "root",
            folder: bool = False, mime: str = "text/plain", permissions: list[dict] | None = None) -> None:
        with self.lock:
            old = self.drives[drive_id].items.get(item_id)
            perms = permissions if permissions is not None else (old.permissions if old else [])
            self.drives[drive_id].items[item_id] = Item(item_id, name, parent, folder, content, mime, list(perms),
                                                        seq=next(self._seq))

    def put_raw(self, drive_id: str, item_id: str, raw: dict) -> None:
        with self.lock:
            self.drives[drive_id].items[item_id] = Item(item_id, "", "root", raw=raw, seq=next(self._seq))

    def delete(self, drive_id: str, item_id: str) -> None:
        with self.lock:
            item = self.drives[drive_id].items[item_id]
            item.deleted, item.seq = True, next(self._seq)

    def share(self, drive_id: str, item_id: str, permissions: list[dict]) -> None:
        with self.lock:
            item = self.drives[drive_id].items[item_id]
            item.permissions, item.shared_seq = list(permissions), next(self._seq)

    def expire_delta_tokens(self, drive_id: str) -> None:
        with self.lock:
            self.drives[drive_id].oldest_token = next(self._seq)

    def expire_tokens(self) -> None:
        with self.lock:
            self.tokens.clear()

    def add_user(self, user_id: str, upn: str, mail: str | None, name: str) -> None:
        self.users[user_id] = {"id": user_id, "displayName": name, "mail": mail, "userPrincipalName": upn,
                               "givenName": name.split()[0], "jobTitle": None}

    def add_group(self, group_id: str, name: str, mail: str | None, members: list[str]) -> None:
        self.groups[group_id] = {"id": group_id, "displayName": name, "mail": mail, "mailEnabled": bool(mail),
                                 "securityEnabled": True, "groupTypes": ["Unified"] if mail else []}
        self.members[group_id] = list(members)

    # -- the server ---------------------------------------------------------------------------------------------

    def error(self, status: int, code: str, message: str) -> Reply:
        codes = {429: "TooManyRequests", 503: "serviceNotAvailable", 500: "generalException", 502: "BadGateway"}
        return Reply(status, {"error": {"code": codes.get(status, code), "message": message, "innerError": {
            "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S"), "request-id": "b3f1c0de-0000-4000-8000-000000000001",
            "client-request-id": "b3f1c0de-0000-4000-8000-000000000001"}}})

    def handle(self, req: Request) -> Reply:
        if req.method == "POST" and req.path.endswith("/oauth2/v2.0/token"):
            return self._token_endpoint(req, req.path.split("/")[1])
        if req.path.startswith("/download/"):
            return self._download(req)  # pre-authenticated, as Graph's downloadUrl is
        if not req.path.startswith("/v1.0/"):
            return self.error(400, "BadRequest", "Invalid version.")
        if req.bearer not in self.tokens:
            reply = self.error(401, "InvalidAuthenticationToken",
                               "Access token has expired or is not yet valid." if req.bearer else "Access token is empty.")
            reply.headers["WWW-Authenticate"] = ('Bearer realm="", authorization_uri="https://login.microsoftonline.com/'
                                                 'common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"')
            return reply
        with self.lock:
            return self._route(req, req.path.removeprefix("/v1.0/").split("/"))

    def _route(self, req: Request, parts: list[str]) -> Reply:
        match parts:
            case ["drives", drive_id, "root", "delta"]:
                return self._delta(req, drive_id)
            case ["drives", drive_id, "items", item_id, "content"]:
                return self._content(drive_id, item_id)
            case ["drives", drive_id, "items", item_id, "permissions"]:
                return self._permissions(drive_id, item_id)
            case ["users", user, "drive"]:
                drive = self.drives.get(self.onedrives.get(user, ""))
                if drive is None:
                    return self.error(404, "itemNotFound", "The resource could not be found.")
                return Reply(200, self._select(req, {"@odata.context": f"{self.graph_url}/$metadata#drives/$entity",
                                                     "id": drive.id, "driveType": "business", "name": "OneDrive"}))
            case ["users"]:
                return self._collection(req, "users", list(self.users.values()))
            case ["groups"]:
                return self._collection(req, "groups", list(self.groups.values()))
            case ["groups", group_id, "transitiveMembers"]:
                if group_id not in self.groups:
                    return self.error(404, "Request_ResourceNotFound",
                                      f"Resource '{group_id}' does not exist or one of its queried reference-property "
                                      "objects are not present.")
                return self._collection(req, "directoryObjects", self._transitive(group_id))
            case ["sites", site, "drives"]:
                entry = next((e for e in self.sites.values() if e[0] == site), None)
                if entry is None:
                    return self.error(404, "itemNotFound", "Requested site could not be found")
                drives = [{"id": d, "name": self.drives[d].name, "driveType": "documentLibrary",
                           "webUrl": self.drives[d].web_url, "createdDateTime": "2024-01-01T00:00:00Z"} for d in entry[2]]
                return self._collection(req, "drives", drives)
            case ["sites", *rest]:
                entry = self.sites.get("/".join(rest))
                if entry is None:
                    return self.error(404, "itemNotFound", "Requested site could not be found")
                return Reply(200, self._select(req, {"@odata.context": f"{self.graph_url}/$metadata#sites/$entity",
                                                     "id": entry[0], "webUrl": entry[1], "displayName": "Engineering"}))
        return self.error(400, "BadRequest", f"Resource not found for the segment '{parts[0]}'.")

    def _token_endpoint(self, req: Request, tenant: str) -> Reply:
        form = req.form
        stamp = {"error_codes": [], "timestamp": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%SZ"),
                 "trace_id": "0b5e0b2d-0000-4000-8000-00000000000a", "correlation_id": "0b5e0b2d-0000-4000-8000-00000000000b"}

        def refuse(status: int, error: str, code: int, text: str) -> Reply:
            return Reply(status, {"error": error, "error_description": f"AADSTS{code}: {text}", **stamp,
                                  "error_codes": [code], "error_uri": f"https://login.microsoftonline.com/error?code={code}"})

        if tenant != self.tenant:
            return refuse(400, "invalid_request", 90002, f"Tenant '{tenant}' not found.")
        if form.get("grant_type") != "client_credentials":
            return refuse(400, "unsupported_grant_type", 70003, "The app requested an unsupported grant type.")
        if form.get("scope") != GRAPH_SCOPE:
            return refuse(400, "invalid_scope", 1002012, f"The provided value for scope {form.get('scope')} is not valid.")
        if form.get("client_id") != self.client_id:
            return refuse(400, "unauthorized_client", 700016, f"Application with identifier '{form.get('client_id')}' "
                          f"was not found in the directory '{self.tenant}'.")
        if self.secret_expired:
            return refuse(401, "invalid_client", 7000222, f"The provided client secret keys for app '{self.client_id}' "
                          "are expired.")
        if form.get("client_secret") != self.client_secret:
            return refuse(401, "invalid_client", 7000215, "Invalid client secret provided. Ensure the secret being sent "
                          "in the request is the client secret value, not the client secret ID.")
        token = f"eyJ0eXAiOiJKV1QiLCJub25jZSI6.fake.{next(self._issued)}"
        with self.lock:
            self.tokens.add(token)
        return Reply(200, {"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": token})

    def _collection(self, req: Request, what: str, values: list[dict]) -> Reply:
        start = int(req.query.get("$skiptoken", "0"))
        page = [self._select(req, v) for v in values[start:start + self.page_size]]
        body = {"@odata.context": f"{self.graph_url}/$metadata#{what}", "value": page}
        if start + self.page_size < len(values):
            query = "&".join(f"{k}={v}" for k, v in req.query.items() if k != "$skiptoken")
            body["@odata.nextLink"] = f"{self.url}{req.path}?{query}&$skiptoken={start + self.page_size}"
        return Reply(200, body)

    @staticmethod
    def _select(req: Request, entity: dict) -> dict:
        wanted = req.query.get("$select")
        if not wanted:
            return dict(entity)
        keep = set(wanted.split(","))
        return {k: v for k, v in entity.items() if k in keep or k.startswith("@odata.")}

    def _transitive(self, group_id: str) -> list[dict]:
        seen: dict[str, dict] = {}
        frontier = list(self.members.get(group_id, []))
        while frontier:
            member = frontier.pop()
            if member in seen or member == group_id:
                continue
            if member in self.groups:
                seen[member] = {"@odata.type": "#microsoft.graph.group", **self.groups[member]}
                frontier.extend(self.members.get(member, []))
            elif member in self.users:
                seen[member] = {"@odata.type": "#microsoft.graph.user", **self.users[member]}
        return sorted(seen.values(), key=lambda m: m["id"])

    # -- drive items --------------------------------------------------------------------------------------------

    def _item_json(self, drive: Drive, item: Item, sharing_only: bool) -> dict:
        if item.raw is not None:
            return dict(item.raw)
        # Delta leaves out parentReference.path, and cTag; a deleted item has no name either (OneDrive for Business).
        parent = {"driveType": "documentLibrary", "driveId": drive.id}
        if item.parent:
            parent["id"] = item.parent
        if item.deleted:
            return {"id": item.id, "parentReference": parent, "deleted": {"state": "deleted"}}
        modified = (datetime(2024, 5, 1, tzinfo=UTC) + timedelta(minutes=item.seq)).strftime("%Y-%m-%dT%H:%M:%SZ")
        out = {"id": item.id, "name": item.name,
               "eTag": f'"{{{item.id}}},{item.seq}"',
               "createdDateTime": "2024-05-01T00:00:00Z", "lastModifiedDateTime": modified,
               "webUrl": f"{drive.web_url}{self._path(drive, item.id)}", "parentReference": parent,
               "fileSystemInfo": {"createdDateTime": "2024-05-01T00:00:00Z", "lastModifiedDateTime": modified}}
        if item.id == "root":
            out.update(root={}, folder={"childCount": sum(1 for i in drive.items.values() if i.parent == "root")})
            out.pop("parentReference")
        elif item.folder:
            out["folder"] = {"childCount": sum(1 for i in drive.items.values() if i.parent == item.id)}
            out["size"] = 0
        else:
            out["file"] = {"mimeType": item.mime, "hashes": {"quickXorHash": base64.b64encode(item.content[:20]).decode()}}
            out["size"] = len(item.content)
        if item.permissions:
            out["shared"] = {"scope": "users"}
        if sharing_only:
            out["@microsoft.graph.sharedChanged"] = "True"
        return out

    def _path(self, drive: Drive, item_id: str) -> str:
        names = []
        while item_id and item_id != "root":
            item = drive.items[item_id]
            names.append(item.name)
            item_id = item.parent
        return "/" + "/".join(reversed(names)) if names else ""

    def _delta(self, req: Request, drive_id: str) -> Reply:
        drive = self.drives.get(drive_id)
        if drive is None:
            return self.error(404, "itemNotFound", "The resource could not be found.")
        link = f"{self.graph_url}/drives/{drive_id}/root/delta"
        now = max((max(i.seq, i.shared_seq) for d in self.drives.values() for i in d.items.values()), default=0)
        state = _untoken(req.query["token"]) if "token" in req.query else {"since": 0, "upto": now, "at": 0}
        since = state["since"]
        if "token" in req.query and state.get("upto", since) < drive.oldest_token:
            reply = self.error(410, "resyncRequired", "Resync required. Replace any local items with the server's "
                               "version (including deletes) if you're sure that the service was up to date with your "
                               "local changes when you last sync'd. Upload any local changes that the server doesn't "
                               "know about.")
            reply.body["error"]["innerError"]["code"] = "resyncChangesApplyDifferences"
            reply.headers["Location"] = link
            return reply
        upto = state.get("upto", now)
        sharing = SHARING in req.headers.get("prefer", "")
        changed = []
        for item in sorted(drive.items.values(), key=lambda i: i.id):
            content_changed = item.seq > since
            sharing_changed = sharing and item.shared_seq > since
            if (content_changed or sharing_changed) and not (item.deleted and since == 0):
                changed.append((item, sharing_changed and not content_changed))
        at = state.get("at", 0)
        page = changed[at:at + self.page_size]
        body = {"@odata.context": f"{self.graph_url}/$metadata#Collection(driveItem)",
                "value": [self._item_json(drive, item, only) for item, only in page]}
        if at + self.page_size < len(changed):
            body["@odata.nextLink"] = f"{link}?token={_token({'since': since, 'upto': upto, 'at': at + self.page_size})}"
        else:
            body["@odata.deltaLink"] = f"{link}?token={_token({'since': upto})}"
        return Reply(200, body)

    def _live(self, drive_id: str, item_id: str) -> Item | None:
        item = self.drives.get(drive_id, Drive("", "", "")).items.get(item_id)
        return None if item is None or item.deleted or item.raw is not None else item

    def _content(self, drive_id: str, item_id: str) -> Reply:
        item = self._live(drive_id, item_id)
        if item is None or item.folder:
            return self.error(404, "itemNotFound", "The resource could not be found.")
        return Reply(302, b"", headers={"Location": f"{self.url}/download/{drive_id}/{item_id}?tempauth=v1.eyJhdWQi"},
                     content_type="text/plain")

    def _download(self, req: Request) -> Reply:
        _, _, drive_id, item_id = req.path.split("/")
        with self.lock:
            item = self._live(drive_id, item_id)
        if item is None or "tempauth" not in req.query:
            return Reply(401, b"", content_type="text/plain")
        return Reply(200, item.content, content_type="application/octet-stream")

    def _permissions(self, drive_id: str, item_id: str) -> Reply:
        item = self._live(drive_id, item_id)
        if item is None:
            return self.error(404, "itemNotFound", "The resource could not be found.")
        return Reply(200, {"@odata.context": f"{self.graph_url}/$metadata#drives('{drive_id}')/items('{item_id}')/"
                           "permissions", "value": item.permissions})
