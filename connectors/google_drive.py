"""Google Drive files (Google Docs, Sheets and Slides exported as text) and Google Groups membership.

Authentication is a service account key: a JWT signed with its private key is exchanged at the key's
`token_uri` for an access token, optionally on behalf of a Workspace user (domain-wide delegation). The
first run lists every file; later runs read the changes API from the page token the last run ended with.
Each file's permissions become its access; `GoogleGroupsDirectory` reads the Admin SDK so the
`google:` / `google-group:` local ids (emails) map to canonical users and groups.
"""

from __future__ import annotations

import json
import time
from collections.abc import Generator, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from pydantic import Field

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
)
from connectors.errors import ConnectorConfigError
from connectors.grants import Grants
from connectors.http_api import ApiClient, ApiError
from connectors.oauth import BearerToken, token_request

DRIVE_URL = "https://www.googleapis.com"
ADMIN_URL = "https://admin.googleapis.com"
DRIVE_SCOPES = ["https://www.googleapis.com/auth/drive.readonly"]
DIRECTORY_SCOPES = [
    "https://www.googleapis.com/auth/admin.directory.group.readonly",
    "https://www.googleapis.com/auth/admin.directory.user.readonly",
]
JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"
FOLDER = "application/vnd.google-apps.folder"
GOOGLE_APPS = "application/vnd.google-apps."
# Google's own formats have no bytes of their own: each is exported (10 MB at most) as text.
EXPORTS = {
    "application/vnd.google-apps.document": ("text/plain", ".txt"),
    "application/vnd.google-apps.spreadsheet": ("text/csv", ".csv"),
    "application/vnd.google-apps.presentation": ("text/plain", ".txt"),
}
PERMISSION_FIELDS = "id,type,role,emailAddress,domain,deleted,expirationTime"
FILE_FIELDS = f"id,name,mimeType,modifiedTime,trashed,webViewLink,parents,size,driveId,permissions({PERMISSION_FIELDS})"


class GoogleDriveCheckpoint(Checkpoint):
    changes_token: str = Field(description="The changes API page token the next run reads from.")
    listing_token: str | None = Field(
        None, description="Set in a mark during the first (full) listing: the files.list page token to resume at.",
    )


def service_account_token(
    name: str, *, credentials_file: str | None, credentials_json: str | None, scopes: list[str], subject: str | None,
    token_uri: str | None, max_retries: int, backoff_s: float, timeout_s: float,
) -> tuple[BearerToken, ApiClient]:
    """A bearer token from a service account key, and the token endpoint's client (closed by the caller)."""
    import jwt  # PyJWT with `cryptography`: RS256

    key = _load_key(name, credentials_file, credentials_json)
    uri = token_uri or key.get("token_uri") or "https://oauth2.googleapis.com/token"
    where = "credentials_file" if credentials_file else "credentials_json"
    fix = (f"the service account key in {where} of {name!r} (a deleted or rotated key is refused)"
           + (f", and that domain-wide delegation grants client {key['client_id']} the scopes "
              f"{', '.join(scopes)} for {subject}" if subject else ""))
    oauth = ApiClient(name, "Google OAuth", uri, auth_hint=fix, max_retries=max_retries, backoff_s=backoff_s,
                      timeout_s=timeout_s)

    def fetch() -> Any:
        now = int(time.time())
        claims = {"iss": key["client_email"], "scope": " ".join(scopes), "aud": uri, "iat": now, "exp": now + 3600}
        if subject:
            claims["sub"] = subject
        try:
            assertion = jwt.encode(claims, key["private_key"], algorithm="RS256",
                                   headers={"kid": key.get("private_key_id", "")})
        except (ValueError, TypeError, jwt.PyJWTError):
            raise ConnectorConfigError(f"source {name!r}: the private_key in {where} is not an RSA key in PEM") from None
        return token_request(oauth, uri, {"grant_type": JWT_BEARER, "assertion": assertion}, fix)

    return BearerToken(fetch), oauth


def _load_key(name: str, path: str | None, raw: str | None) -> dict:
    if bool(path) == bool(raw):
        raise ConnectorConfigError(f"source {name!r}: give exactly one of credentials_file or credentials_json")
    where = f"credentials_file {path}" if path else "credentials_json"
    try:
        text = Path(path).read_text(encoding="utf-8") if path else str(raw)
        key = json.loads(text)
    except OSError as exc:
        raise ConnectorConfigError(f"source {name!r}: cannot read {where}: {exc.strerror}") from None
    except ValueError:
        raise ConnectorConfigError(f"source {name!r}: {where} is not JSON") from None
    if not isinstance(key, dict) or key.get("type") != "service_account" or not all(
        isinstance(key.get(k), str) and key[k] for k in ("client_email", "private_key")
    ):
        raise ConnectorConfigError(
            f"source {name!r}: {where} is not a service account key (JSON with type service_account, "
            "client_email and private_key: create one under IAM > Service accounts > Keys)"
        )
    return key


def google_pages(api: ApiClient, path: str, params: dict[str, Any], key: str) -> Iterator[list[dict]]:
    """Each page's `key` list of a Google collection, following `nextPageToken`."""
    params = dict(params)
    while True:
        page = api.get_json(path, params)
        values = page.get(key, []) if isinstance(page, dict) else None
        if not isinstance(values, list):
            raise ApiError(f"Google sent a page without a {key} list for {path}", 200)
        yield [v for v in values if isinstance(v, dict)]
        token = page.get("nextPageToken")
        if not token:
            return
        params["pageToken"] = token


def _when(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


class GoogleDriveConnector(Connector):
    """Files a service account (or the user it acts for) can read in Google Drive, with their permissions."""

    kind = "google_drive"
    checkpoint_model = GoogleDriveCheckpoint

    def __init__(
        self,
        name: str,
        access: Access | None = None,
        *,
        credentials_file: str | None = None,
        credentials_json: str | None = None,
        subject: str | None = None,
        company_domain: str | list[str] | None = None,
        emails_are_canonical: bool = False,
        drive_id: str | None = None,
        corpora: str | None = None,
        supports_all_drives: bool = True,
        include_items_from_all_drives: bool = True,
        page_size: int = 100,
        max_bytes: int = 25_000_000,
        base_url: str = DRIVE_URL,
        token_uri: str | None = None,
        max_retries: int = 5,
        backoff_s: float = 1.0,
        timeout_s: float = 60.0,
    ) -> None:
        super().__init__(name)
        domains = [company_domain] if isinstance(company_domain, str) else list(company_domain or [])
        self.company_domains = {d.lower().lstrip("@") for d in domains if d}
        self.emails_are_canonical = emails_are_canonical
        self.max_bytes, self.page_size = max_bytes, page_size
        self.extra = access or Access()
        self.scope: dict[str, Any] = {"supportsAllDrives": str(supports_all_drives).lower()}
        self.listing: dict[str, Any] = {"includeItemsFromAllDrives": str(include_items_from_all_drives).lower()}
        if drive_id:
            self.scope["driveId"] = drive_id
            self.listing["corpora"] = "drive"
        elif corpora:
            self.listing["corpora"] = corpora
        _load_key(name, credentials_file, credentials_json)  # a wrong key is a settings error, found now
        self._token = lambda: service_account_token(
            name, credentials_file=credentials_file, credentials_json=credentials_json, scopes=DRIVE_SCOPES,
            subject=subject, token_uri=token_uri, max_retries=max_retries, backoff_s=backoff_s, timeout_s=timeout_s,
        )
        self._api = lambda token: ApiClient(
            name, "Google Drive", base_url, auth_header=token, max_retries=max_retries, backoff_s=backoff_s,
            timeout_s=timeout_s, auth_hint=f"the service account key of {name!r}, and that the Drive API is enabled "
            "in its Google Cloud project",
        )

    def doc_id(self, file_id: str) -> str:
        return f"{self.name}:{file_id}"

    def load(self, checkpoint: Checkpoint | None) -> Generator[SourceItem, None, Checkpoint]:
        cp = checkpoint if isinstance(checkpoint, GoogleDriveCheckpoint) else None
        token, oauth = self._token()
        api = self._api(token)
        try:
            if cp is not None and cp.listing_token is None:
                return (yield from self._changes(api, cp.changes_token))
            start = cp.changes_token if cp else self._start_token(api)
            yield from self._list_all(api, start, cp.listing_token if cp else None)
            return GoogleDriveCheckpoint(changes_token=start)
        finally:
            api.close()
            oauth.close()

    def _start_token(self, api: ApiClient) -> str:
        try:
            body = api.get_json("drive/v3/changes/startPageToken", self.scope)
        except ApiError as exc:
            raise ConnectorConfigError(f"source {self.name!r}: cannot start reading Google Drive: {exc}") from None
        if not isinstance(body, dict) or not isinstance(body.get("startPageToken"), str):
            raise ConnectorConfigError(f"source {self.name!r}: Google Drive sent no startPageToken")
        return body["startPageToken"]

    def _list_all(self, api: ApiClient, start: str, page_token: str | None) -> Generator[SourceItem, None, None]:
        params = {**self.scope, **self.listing, "q": "trashed = false", "pageSize": self.page_size,
                  "fields": f"nextPageToken,files({FILE_FIELDS})"}
        while True:
            try:
                page = api.get_json("drive/v3/files", {**params, **({"pageToken": page_token} if page_token else {})})
                files = page.get("files", []) if isinstance(page, dict) else None
                if not isinstance(files, list):
                    raise ApiError("Google Drive sent a file list without files", 200)
            except ApiError as exc:
                if page_token and exc.status == 400:
                    page_token = None  # a listing token from a stopped run has expired: list again from the top
                    continue
                raise ConnectorConfigError(f"source {self.name!r}: cannot list Google Drive files: {exc}") from None
            for raw in files:
                yield from self._file(api, raw)
            page_token = page.get("nextPageToken") or None
            yield CheckpointMark(checkpoint=GoogleDriveCheckpoint(changes_token=start, listing_token=page_token))
            if page_token is None:
                return

    def _changes(self, api: ApiClient, page_token: str) -> Generator[SourceItem, None, Checkpoint]:
        fields = f"nextPageToken,newStartPageToken,changes(changeType,removed,fileId,file({FILE_FIELDS}))"
        params = {**self.scope, **self.listing, "includeRemoved": "true", "pageSize": self.page_size, "fields": fields}
        params.pop("corpora", None)
        while True:
            try:
                page = api.get_json("drive/v3/changes", {**params, "pageToken": page_token})
                changes = page.get("changes", []) if isinstance(page, dict) else None
                if not isinstance(changes, list):
                    raise ApiError("Google Drive sent a change list without changes", 200)
            except ApiError as exc:
                raise ConnectorConfigError(f"source {self.name!r}: cannot read Google Drive changes: {exc}") from None
            for change in changes:
                yield from self._change(api, change)
            if isinstance(page.get("newStartPageToken"), str):
                return GoogleDriveCheckpoint(changes_token=page["newStartPageToken"])
            if not isinstance(page.get("nextPageToken"), str):
                yield ConnectorFailure(id=f"{self.name}:changes", reason="Google Drive sent a change page without a "
                                       "next or new start page token")
                return GoogleDriveCheckpoint(changes_token=page_token)
            page_token = page["nextPageToken"]
            yield CheckpointMark(checkpoint=GoogleDriveCheckpoint(changes_token=page_token))

    def _change(self, api: ApiClient, change: Any) -> Generator[SourceItem, None, None]:
        if not isinstance(change, dict) or change.get("changeType", "file") != "file":
            return  # shared drive changes: their files come as changes of their own
        file_id, raw = change.get("fileId"), change.get("file")
        if not isinstance(file_id, str) or not file_id:
            yield ConnectorFailure(id=f"{self.name}:?", reason="Google Drive sent a change without a fileId")
        elif change.get("removed") or not isinstance(raw, dict) or raw.get("trashed"):
            yield Deletion(id=self.doc_id(file_id))
        elif not (yield from self._file(api, raw)):
            # A folder, shortcut or form now, or unreadable: whatever was indexed under its id is gone.
            yield Deletion(id=self.doc_id(file_id))

    def _file(self, api: ApiClient, raw: Any) -> Generator[SourceItem, None, bool]:
        """Yield the file as a document (or a failure); False when it is nothing to index."""
        file_id = raw.get("id") if isinstance(raw, dict) else None
        if not isinstance(file_id, str) or not file_id:
            yield ConnectorFailure(id=f"{self.name}:?", reason="Google Drive sent a file without an id")
            return True
        doc_id = self.doc_id(file_id)
        name, mime = raw.get("name"), raw.get("mimeType")
        if not isinstance(name, str) or not name or not isinstance(mime, str) or not mime:
            yield ConnectorFailure(id=doc_id, reason="the file has no name or no mimeType")
            return True
        if mime.startswith(GOOGLE_APPS) and mime not in EXPORTS:
            return False
        size = int(raw["size"]) if str(raw.get("size", "")).isdigit() else 0
        if size > self.max_bytes:
            yield ConnectorFailure(id=doc_id, reason=f"{name} is {size:,} bytes, over the limit of {self.max_bytes:,}")
            return True
        path = f"drive/v3/files/{quote(file_id, safe='')}"
        export = EXPORTS.get(mime)
        try:
            if export:
                content = api.get(f"{path}/export", {"mimeType": export[0]}).content
            else:
                content = api.get(path, {"alt": "media", **self.scope}).content
        except ApiError as exc:
            yield ConnectorFailure(id=doc_id, reason=f"cannot download {name}: {exc}")
            return True
        access, note = self._access(api, path, raw.get("permissions"))
        metadata = {"file_id": file_id, "mime_type": mime}
        if raw.get("driveId"):
            metadata["drive_id"] = str(raw["driveId"])
        if note:
            metadata["access_error"] = note
        yield Document(
            id=doc_id, source=self.name, title=name,
            uri=str(raw.get("webViewLink") or f"https://drive.google.com/file/d/{file_id}/view"), content=content,
            mime_type=export[0] if export else mime, filename=name + export[1] if export else name,
            modified=_when(raw.get("modifiedTime")), access=access, metadata=metadata,
        )
        return True

    def _access(self, api: ApiClient, path: str, listed: Any) -> tuple[Access, str]:
        """The file's permissions as access; when they cannot be read, nobody but admins (fail closed)."""
        if not isinstance(listed, list):
            # Not in the file resource for shared drive items, or when the reader cannot share the file.
            try:
                listed = [p for page in google_pages(api, f"{path}/permissions",
                                                     {"supportsAllDrives": "true", "fields": f"nextPageToken,"
                                                      f"permissions({PERMISSION_FIELDS})"}, "permissions")
                          for p in page]
            except ApiError as exc:
                return self.extra, f"cannot read its permissions: {exc}"
        grants = Grants(self.extra)
        now = datetime.now(UTC)
        for perm in listed:
            if not isinstance(perm, dict) or perm.get("deleted"):
                continue
            expires = _when(perm.get("expirationTime"))
            if expires and expires < now:
                continue
            kind, email = perm.get("type"), str(perm.get("emailAddress") or "").lower()
            if kind == "anyone" or (kind == "domain" and str(perm.get("domain", "")).lower() in self.company_domains):
                grants.public = True
            elif kind == "user" and email:
                grants.local_users.add(f"google:{email}")
                if self.emails_are_canonical:
                    grants.users.add(email)
            elif kind == "group" and email:
                grants.local_groups.add(f"google-group:{email}")
                if self.emails_are_canonical:
                    grants.groups.add(email)
        return grants.access(), ""


class GoogleGroupsDirectory(DirectorySource):
    """Google Workspace users and groups from the Admin SDK Directory API; a group's name is its email.

    The Admin SDK answers only an administrator: set `subject` to an admin user the service account acts
    for through domain-wide delegation (or give the service account an admin role).
    """

    def __init__(
        self,
        name: str,
        *,
        credentials_file: str | None = None,
        credentials_json: str | None = None,
        subject: str | None = None,
        customer: str = "my_customer",
        domain: str | None = None,
        base_url: str = ADMIN_URL,
        token_uri: str | None = None,
        max_retries: int = 5,
        backoff_s: float = 1.0,
        timeout_s: float = 60.0,
    ) -> None:
        self.name = name
        self.where = {"domain": domain} if domain else {"customer": customer}
        _load_key(name, credentials_file, credentials_json)
        self._token = lambda: service_account_token(
            name, credentials_file=credentials_file, credentials_json=credentials_json, scopes=DIRECTORY_SCOPES,
            subject=subject, token_uri=token_uri, max_retries=max_retries, backoff_s=backoff_s, timeout_s=timeout_s,
        )
        self._api = lambda token: ApiClient(
            name, "Google Admin SDK", base_url, auth_header=token, max_retries=max_retries, backoff_s=backoff_s,
            timeout_s=timeout_s, auth_hint=f"the service account key of {name!r} and its admin subject",
        )

    def load_directory(self) -> Directory:
        token, oauth = self._token()
        api = self._api(token)
        try:
            return self._read(api)
        finally:
            api.close()
            oauth.close()

    def _read(self, api: ApiClient) -> Directory:
        base = "admin/directory/v1"
        users: list[UserRecord] = []
        for page in google_pages(api, f"{base}/users", {**self.where, "maxResults": 500}, "users"):
            for user in page:
                email = str(user.get("primaryEmail") or "").lower()
                if email:
                    emails = {email, *(str(a).lower() for a in user.get("aliases") or [])}
                    name = user.get("name") if isinstance(user.get("name"), dict) else {}
                    users.append(UserRecord(email=email, local_ids=frozenset(f"google:{e}" for e in emails),
                                            name=str(name.get("fullName") or "")))
        everyone = frozenset(u.email for u in users)
        groups: list[GroupRecord] = []
        for page in google_pages(api, f"{base}/groups", {**self.where, "maxResults": 200}, "groups"):
            for group in page:
                email = str(group.get("email") or "").lower()
                if not email:
                    continue
                members: set[str] = set()
                nested: set[str] = set()
                try:
                    for batch in google_pages(api, f"{base}/groups/{quote(email)}/members", {"maxResults": 200}, "members"):
                        for member in batch:
                            kind, address = member.get("type"), str(member.get("email") or "").lower()
                            if kind == "CUSTOMER":
                                members |= everyone  # every user of the organisation
                            elif kind == "GROUP" and address:
                                nested.add(address)
                            elif address and member.get("status", "ACTIVE") == "ACTIVE":
                                members.add(address)
                except ApiError as exc:
                    if exc.status == 404:
                        continue  # deleted since it was listed
                    raise
                aliases = {email, *(str(a).lower() for a in group.get("aliases") or [])}
                groups.append(GroupRecord(name=email, users=frozenset(members), groups=frozenset(nested),
                                          local_ids=frozenset(f"google-group:{a}" for a in aliases)))
        return Directory(users=users, groups=groups)
