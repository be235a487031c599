"""A fake Google OAuth token endpoint, Drive API v3 and Admin SDK Directory API on loopback.

The token endpoint checks the service account's RS256 JWT assertion against the key's public half (and
that a delegated subject is allowed), as Google does, and answers RFC 6749 errors. The Drive and Directory
endpoints honour `fields`, page with `nextPageToken`, keep a change log for the changes API, and answer
Google's JSON error bodies. Every JSON body served is recorded with the discovery schema it claims to be
(`served`), so the tests validate each against the discovery documents `google-api-python-client` ships.
"""

from __future__ import annotations

import base64
import itertools
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.connectors.fakes.loopback import LoopbackApi, Reply, Request

DRIVE_SCOPES = {"https://www.googleapis.com/auth/drive.readonly", "https://www.googleapis.com/auth/drive"}
ADMIN_SCOPES = {"https://www.googleapis.com/auth/admin.directory.group.readonly",
                "https://www.googleapis.com/auth/admin.directory.user.readonly"}
EXPORTABLE = {
    "application/vnd.google-apps.document": {"text/plain", "application/pdf"},
    "application/vnd.google-apps.spreadsheet": {"text/csv", "application/pdf"},
    "application/vnd.google-apps.presentation": {"text/plain", "application/pdf"},
}


def new_service_account(token_uri: str, email: str = "reader@acme-rag.iam.gserviceaccount.com") -> tuple[dict, object]:
    """A service account key JSON as the Cloud console downloads it, and its public key."""
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    key = {"type": "service_account", "project_id": "acme-rag", "private_key_id": "4f1c2a9e0b7d",
           "private_key": pem, "client_email": email, "client_id": "104857600000000000001",
           "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": token_uri,
           "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
           "client_x509_cert_url": f"https://www.googleapis.com/robot/v1/metadata/x509/{email}",
           "universe_domain": "googleapis.com"}
    return key, private.public_key()


def parse_fields(spec: str) -> dict:
    """Google's partial-response syntax ('a,b(c,d),e/f') as a tree: name -> subtree, {} meaning all of it."""
    tree: dict = {}
    stack, last = [tree], tree
    for token in re.findall(r"[^,()]+|[,()]", spec.replace(" ", "")):
        if token == "(":
            stack.append(last)
        elif token == ")":
            stack.pop()
        elif token != ",":
            node = stack[-1]
            for part in token.split("/"):
                node = node.setdefault(part, {})
            last = node
    return tree


def select_fields(value, tree: dict):
    if not tree or "*" in tree:
        return value
    if isinstance(value, list):
        return [select_fields(v, tree) for v in value]
    if isinstance(value, dict):
        return {k: select_fields(v, tree[k]) for k, v in value.items() if k in tree}
    return value


@dataclass
class FakeFile:
    id: str
    name: str
    mime: str
    content: bytes
    permissions: list[dict] = field(default_factory=list)
    parents: list[str] = field(default_factory=lambda: ["0AFolderRoot"])
    drive_id: str | None = None
    trashed: bool = False
    removed: bool = False
    seq: int = 0
    raw: dict | None = None  # served as it is: a malformed file


def perm(kind: str, role: str = "reader", email: str | None = None, domain: str | None = None, **extra) -> dict:
    """A Permission resource as Drive returns it."""
    out = {"kind": "drive#permission", "id": extra.pop("id", f"{kind}-{email or domain or 'anyone'}"), "type": kind,
           "role": role}
    if email:
        out.update(emailAddress=email, displayName=email.split("@")[0].title(), deleted=False)
    if domain:
        out.update(domain=domain, displayName=domain)
    if kind in ("domain", "anyone"):
        out["allowFileDiscovery"] = False
    out.update(extra)
    return out


class FakeGoogle(LoopbackApi):
    name = "fake-google"

    def __init__(self, page_size_cap: int = 1000) -> None:
        super().__init__()
        self.token_uri = f"{self.url}/token"
        self.key, self.public_key = new_service_account(self.token_uri)
        self.delegated: set[str] = set()  # subjects domain-wide delegation allows
        self.tokens: dict[str, set[str]] = {}  # access token -> scopes
        self.files: dict[str, FakeFile] = {}
        self.users: list[dict] = []
        self.groups: dict[str, dict] = {}
        self.members: dict[str, list[dict]] = {}
        self.served: list[tuple[str, str, object]] = []  # (api, schema, body)
        self.assertions: list[dict] = []  # the verified claims of every JWT presented
        self.page_size_cap = page_size_cap
        self._seq = itertools.count(1)
        self._issued = itertools.count(1)

    # -- setting the scene --------------------------------------------------------------------------------------

    def put(self, file_id: str, name: str, content: bytes = b"", mime: str = "text/plain", *,
            permissions: list[dict] | None = None, drive_id: str | None = None) -> None:
        with self.lock:
            old = self.files.get(file_id)
            perms = permissions if permissions is not None else (old.permissions if old else [])
            self.files[file_id] = FakeFile(file_id, name, mime, content, list(perms), drive_id=drive_id,
                                           seq=next(self._seq))

    def put_raw(self, file_id: str, raw: dict) -> None:
        with self.lock:
            self.files[file_id] = FakeFile(file_id, "", "", b"", raw=raw, seq=next(self._seq))

    def share(self, file_id: str, permissions: list[dict]) -> None:
        with self.lock:
            self.files[file_id].permissions = list(permissions)
            self.files[file_id].seq = next(self._seq)

    def trash(self, file_id: str) -> None:
        with self.lock:
            self.files[file_id].trashed, self.files[file_id].seq = True, next(self._seq)

    def remove(self, file_id: str) -> None:
        """Deleted for good (or the reader lost access): the changes API reports it as removed."""
        with self.lock:
            self.files[file_id].removed, self.files[file_id].seq = True, next(self._seq)

    def expire_tokens(self) -> None:
        with self.lock:
            self.tokens.clear()

    def add_user(self, email: str, name: str, aliases: list[str] | None = None) -> None:
        given, _, family = name.partition(" ")
        user = {"kind": "admin#directory#user", "id": f"1{len(self.users):020d}", "etag": '"u-etag"',
                "primaryEmail": email, "name": {"givenName": given, "familyName": family, "fullName": name},
                "isAdmin": False, "isDelegatedAdmin": False, "lastLoginTime": "2026-11-01T10:00:00.000Z",
                "creationTime": "2024-01-01T10:00:00.000Z", "agreedToTerms": True, "suspended": False,
                "archived": False, "changePasswordAtNextLogin": False, "ipWhitelisted": False,
                "emails": [{"address": email, "primary": True}], "customerId": "C0abc123",
                "orgUnitPath": "/", "isMailboxSetup": True, "isEnrolledIn2Sv": True, "isEnforcedIn2Sv": False,
                "includeInGlobalAddressList": True}
        if aliases:
            user["aliases"] = list(aliases)
        self.users.append(user)

    def add_group(self, email: str, name: str, members: list[tuple[str, str]]) -> None:
        """`members`: (email, type) with type USER, GROUP, EXTERNAL or CUSTOMER."""
        self.groups[email] = {"kind": "admin#directory#group", "id": f"0{len(self.groups):08d}grp", "etag": '"g-etag"',
                              "email": email, "name": name, "directMembersCount": str(len(members)),
                              "description": "", "adminCreated": True}
        self.members[email] = [self._member(address, kind) for address, kind in members]

    @staticmethod
    def _member(address: str, kind: str) -> dict:
        member = {"kind": "admin#directory#member", "etag": '"m-etag"', "id": f"m{abs(hash(address)) % 10**12}",
                  "role": "MEMBER", "type": kind}
        if kind == "CUSTOMER":
            member["id"] = "C0abc123"
        else:
            member["email"] = address
        if kind == "USER":
            member.update(status="ACTIVE", delivery_settings="ALL_MAIL")
        return member

    # -- the server ---------------------------------------------------------------------------------------------

    def error(self, status: int, code: str, message: str, *, location: str | None = None) -> Reply:
        reasons = {429: ("rateLimitExceeded", "usageLimits", "RESOURCE_EXHAUSTED"), 401: ("authError", "global",
                   "UNAUTHENTICATED"), 500: ("backendError", "global", "INTERNAL"),
                   503: ("backendError", "global", "UNAVAILABLE"), 404: ("notFound", "global", "NOT_FOUND"),
                   403: (code, "global", "PERMISSION_DENIED"), 400: (code, "global", "INVALID_ARGUMENT")}
        reason, domain, state = reasons.get(status, (code, "global", "UNKNOWN"))
        detail = {"message": message, "domain": domain, "reason": reason}
        if location:
            detail.update(location=location, locationType="parameter" if location != "Authorization" else "header")
        return Reply(status, {"error": {"code": status, "message": message, "errors": [detail], "status": state}})

    def handle(self, req: Request) -> Reply:
        if req.path == "/token" and req.method == "POST":
            return self._token(req)
        scopes = self.tokens.get(req.bearer)
        if scopes is None:
            return self.error(401, "authError", "Request had invalid authentication credentials. Expected OAuth 2 "
                              "access token, login cookie or other valid authentication credential. See "
                              "https://developers.google.com/identity/sign-in/web/devconsole-project.",
                              location="Authorization")
        needed = DRIVE_SCOPES if req.path.startswith("/drive/") else ADMIN_SCOPES
        if not scopes & needed:
            return self.error(403, "insufficientPermissions", "Request had insufficient authentication scopes.")
        with self.lock:
            reply, schema = self._route(req)
        if isinstance(reply.body, dict) and reply.status == 200:
            api = "drive" if req.path.startswith("/drive/") else "admin"
            reply.body = select_fields(reply.body, parse_fields(req.query["fields"])) if "fields" in req.query \
                else reply.body
            self.served.append((api, schema, reply.body))
        return reply

    def _token(self, req: Request) -> Reply:
        form = req.form
        if form.get("grant_type") != "urn:ietf:params:oauth:grant-type:jwt-bearer":
            return Reply(400, {"error": "unsupported_grant_type", "error_description": "Invalid grant_type: "
                               f"{form.get('grant_type', '')}"})
        try:
            claims = jwt.decode(form.get("assertion", ""), self.public_key, algorithms=["RS256"],
                                audience=self.token_uri, options={"require": ["iss", "aud", "iat", "exp"]})
        except jwt.InvalidSignatureError:
            return Reply(400, {"error": "invalid_grant", "error_description": "Invalid JWT Signature."})
        except jwt.PyJWTError as exc:
            return Reply(400, {"error": "invalid_grant", "error_description": f"Invalid JWT: {exc}"})
        self.assertions.append(claims)
        if claims["iss"] != self.key["client_email"]:
            return Reply(400, {"error": "invalid_grant", "error_description": "Invalid grant: account not found"})
        scopes = set(str(claims.get("scope", "")).split())
        if not scopes:
            return Reply(400, {"error": "invalid_scope", "error_description": "Invalid OAuth scope or ID token "
                               "audience provided."})
        if "sub" in claims and claims["sub"] not in self.delegated:
            return Reply(401, {"error": "unauthorized_client", "error_description": "Client is unauthorized to "
                               "retrieve access tokens using this method, or client not authorized for any of the "
                               "scopes requested."})
        token = f"ya29.c.fake{next(self._issued)}"
        with self.lock:
            self.tokens[token] = scopes
        return Reply(200, {"access_token": token, "expires_in": 3599, "token_type": "Bearer"})

    def _route(self, req: Request) -> tuple[Reply, str]:
        parts = req.path.strip("/").split("/")
        match parts:
            case ["drive", "v3", "files"]:
                return self._files_list(req), "FileList"
            case ["drive", "v3", "files", file_id]:
                return self._file_get(req, file_id), "File"
            case ["drive", "v3", "files", file_id, "export"]:
                return self._export(req, file_id), ""
            case ["drive", "v3", "files", file_id, "permissions"]:
                return self._permissions(req, file_id), "PermissionList"
            case ["drive", "v3", "changes", "startPageToken"]:
                return Reply(200, {"kind": "drive#startPageToken", "startPageToken": str(self._now() + 1)}), \
                    "StartPageToken"
            case ["drive", "v3", "changes"]:
                return self._changes(req), "ChangeList"
            case ["admin", "directory", "v1", "users"]:
                return self._directory(req, "users", self.users, "admin#directory#users"), "Users"
            case ["admin", "directory", "v1", "groups"]:
                return self._directory(req, "groups", list(self.groups.values()), "admin#directory#groups"), "Groups"
            case ["admin", "directory", "v1", "groups", key, "members"]:
                if key not in self.members:
                    return self.error(404, "notFound", "Resource Not Found: groupKey"), ""
                return self._directory(req, "members", self.members[key], "admin#directory#members"), "Members"
        return self.error(404, "notFound", f"Not Found: {req.path}"), ""

    def _now(self) -> int:
        return max((f.seq for f in self.files.values()), default=0)

    def _page(self, req: Request, values: list) -> tuple[list, str | None]:
        size = min(int(req.query.get("pageSize") or req.query.get("maxResults") or 100), self.page_size_cap)
        start = int(base64.urlsafe_b64decode(req.query["pageToken"]).decode().removeprefix("o:")) \
            if req.query.get("pageToken") else 0
        more = start + size < len(values)
        return values[start:start + size], base64.urlsafe_b64encode(f"o:{start + size}".encode()).decode() if more else None

    def _resource(self, f: FakeFile) -> dict:
        if f.raw is not None:
            return dict(f.raw)
        modified = (datetime(2026, 11, 1, tzinfo=UTC) + timedelta(minutes=f.seq)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        out = {"kind": "drive#file", "id": f.id, "name": f.name, "mimeType": f.mime, "trashed": f.trashed,
               "explicitlyTrashed": f.trashed, "parents": list(f.parents), "modifiedTime": modified,
               "createdTime": "2026-10-01T09:00:00.000Z", "version": str(f.seq), "starred": False,
               "webViewLink": f"https://docs.google.com/document/d/{f.id}/edit?usp=drivesdk"}
        if not f.mime.startswith("application/vnd.google-apps."):
            out.update(size=str(len(f.content)), md5Checksum="d41d8cd98f00b204e9800998ecf8427e",
                       webViewLink=f"https://drive.google.com/file/d/{f.id}/view?usp=drivesdk")
        if f.drive_id:
            out["driveId"] = f.drive_id  # shared drive items carry no permissions in the file resource
        else:
            out["permissions"] = [dict(p) for p in f.permissions]
            out["owners"] = [{"kind": "drive#user", "displayName": "Alice", "emailAddress": "alice@acme.example",
                              "me": False, "permissionId": "0123"}]
        return out

    def _files_list(self, req: Request) -> Reply:
        q = req.query.get("q", "")
        if q not in ("", "trashed = false"):
            return self.error(400, "invalid", f"Invalid Value: {q}", location="q")
        live = [f for f in self.files.values() if not f.removed and not (q and f.trashed)
                and (f.drive_id is None or req.query.get("includeItemsFromAllDrives") == "true")]
        page, token = self._page(req, sorted(live, key=lambda f: f.id))
        body = {"kind": "drive#fileList", "incompleteSearch": False, "files": [self._resource(f) for f in page]}
        if token:
            body["nextPageToken"] = token
        return Reply(200, body)

    def _find(self, req: Request, file_id: str) -> FakeFile | Reply:
        f = self.files.get(file_id)
        if f is None or f.removed or f.raw is not None or (f.drive_id and req.query.get("supportsAllDrives") != "true"):
            return self.error(404, "notFound", f"File not found: {file_id}.", location="fileId")
        return f

    def _file_get(self, req: Request, file_id: str) -> Reply:
        f = self._find(req, file_id)
        if isinstance(f, Reply):
            return f
        if req.query.get("alt") != "media":
            return Reply(200, self._resource(f))
        if f.mime in EXPORTABLE:
            return self.error(403, "fileNotDownloadable", "Only files with binary content can be downloaded. Use "
                              "Export with Docs Editors files.", location="alt")
        return Reply(200, f.content, content_type=f.mime)

    def _export(self, req: Request, file_id: str) -> Reply:
        f = self._find(req, file_id)
        if isinstance(f, Reply):
            return f
        wanted = req.query.get("mimeType", "")
        if f.mime not in EXPORTABLE:
            return self.error(403, "fileNotExportable", "Export only supports Docs Editors files.")
        if wanted not in EXPORTABLE[f.mime]:
            return self.error(400, "badRequest", "The requested conversion is not supported.", location="convertTo")
        return Reply(200, f.content, content_type=f"{wanted}; charset=utf-8")

    def _permissions(self, req: Request, file_id: str) -> Reply:
        f = self._find(req, file_id)
        if isinstance(f, Reply):
            return f
        page, token = self._page(req, [dict(p) for p in f.permissions])
        body = {"kind": "drive#permissionList", "permissions": page}
        if token:
            body["nextPageToken"] = token
        return Reply(200, body)

    def _changes(self, req: Request) -> Reply:
        token = req.query.get("pageToken", "")
        if not token.isdigit():
            return self.error(400, "invalid", f"Invalid Value: {token}", location="pageToken")
        changed = sorted((f for f in self.files.values() if f.seq >= int(token)), key=lambda f: f.seq)
        if req.query.get("includeItemsFromAllDrives") != "true":
            changed = [f for f in changed if f.drive_id is None]
        size = min(int(req.query.get("pageSize") or 100), self.page_size_cap)
        page = changed[:size]
        body: dict = {"kind": "drive#changeList", "changes": []}
        for f in page:
            change = {"kind": "drive#change", "changeType": "file", "fileId": f.id, "removed": f.removed,
                      "time": (datetime(2026, 11, 1, tzinfo=UTC) + timedelta(minutes=f.seq)).isoformat()
                      .replace("+00:00", "Z")}
            if not f.removed:
                change["file"] = self._resource(f)
            if f.drive_id:
                change["driveId"] = f.drive_id
            body["changes"].append(change)
        if len(changed) > size:
            body["nextPageToken"] = str(changed[size].seq)
        else:
            body["newStartPageToken"] = str(self._now() + 1)
        return Reply(200, body)

    def _directory(self, req: Request, key: str, values: list[dict], kind: str) -> Reply:
        if key in ("users", "groups") and not (req.query.get("customer") or req.query.get("domain")):
            return self.error(400, "badRequest", "Bad Request")
        page, token = self._page(req, values)
        body = {"kind": kind, "etag": '"list-etag"', key: page}
        if token:
            body["nextPageToken"] = token
        return Reply(200, body)

