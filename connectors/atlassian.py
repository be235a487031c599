"""What the Confluence and Jira connectors share: Atlassian Cloud authentication, the Atlassian Document
Format as text, read access through nested restrictions, and a directory built from a site's groups.

Both products live on one Atlassian site (`https://yourcompany.atlassian.net`) and take the same
credentials: an account's email with an API token as HTTP Basic, which is Atlassian's documented scheme
for scripts, or an OAuth 2.0 access token as a bearer (then `base_url` is the
`https://api.atlassian.com/ex/<product>/<cloudId>` gateway). Accounts are the same on both products:
an `accountId` names a person, a `groupId` a group.
"""

from __future__ import annotations

import base64
import logging
import mimetypes
import re
from abc import abstractmethod
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import PurePosixPath
from typing import ClassVar
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field

from connectors.base import (
    Access,
    Connector,
    ConnectorFailure,
    Directory,
    DirectorySource,
    GroupRecord,
    UserRecord,
)
from connectors.errors import ConnectorConfigError
from connectors.http_api import ApiClient, ApiError

logger = logging.getLogger(__name__)

DEFAULT_ATTACHMENT_TYPES = [".txt", ".md", ".html", ".pdf", ".docx", ".pptx", ".xlsx", ".csv"]
# CQL and JQL read "yyyy/MM/dd HH:mm" in the time zone of the account's profile, which the API does not
# say reliably: a query starts a day before the newest change already seen (no zone is 14 h or more
# from UTC), and what was seen already is told apart by its version or `updated` value.
LOOKBACK = timedelta(days=1)
_MAX_ADF_DEPTH = 200


class AdfError(ValueError):
    """A field that should hold an Atlassian Document Format document does not; the text is safe to show."""


@dataclass(frozen=True)
class Site:
    """Where an Atlassian site is and how to sign in to it; `repr` leaves the secrets out."""

    base_url: str
    email: str = field(default="", repr=False)
    api_token: str = field(default="", repr=False)
    oauth_token: str = field(default="", repr=False)
    max_retries: int = 5
    backoff_s: float = 1.0
    timeout_s: float = 30.0

    def client(self, source: str, product: str) -> ApiClient:
        """An `ApiClient` for the site, authenticated as the options say; the secrets go in a header only."""
        if not self.base_url:
            raise ConnectorConfigError(
                f"source {source!r}: set base_url to your Atlassian site, e.g. https://yourcompany.atlassian.net"
            )
        if self.oauth_token and (self.email or self.api_token):
            raise ConnectorConfigError(f"source {source!r}: set either email + api_token or oauth_token, not both")
        if self.oauth_token:
            header = f"Bearer {self.oauth_token}"
            hint = "oauth_token (OAuth 2.0 access tokens expire after an hour: give a fresh one)"
        elif self.email and self.api_token:
            header = "Basic " + base64.b64encode(f"{self.email}:{self.api_token}".encode()).decode()
            hint = (f"email and api_token: create a new API token for {self.email} at "
                    "https://id.atlassian.com/manage-profile/security/api-tokens (tokens expire)")
        else:
            raise ConnectorConfigError(
                f"source {source!r}: {product} needs email and api_token (an Atlassian API token), or oauth_token"
            )
        return ApiClient(
            source, product, self.base_url, headers={"Authorization": header, "Accept": "application/json"},
            auth_hint=hint, max_retries=self.max_retries, backoff_s=self.backoff_s, timeout_s=self.timeout_s,
        )


def same_site(api: ApiClient, link: str, prefix: str = "") -> str:
    """An absolute URL for a vendor's next link, refusing one that would carry the credentials to another host."""
    if link.startswith(("http://", "https://")):
        if urlsplit(link).netloc != urlsplit(api.base_url).netloc:
            raise ApiError(f"{api.vendor} sent a next link to another host ({urlsplit(link).netloc})", 502)
        return link
    return api.base_url + (link if not prefix or link.startswith(prefix + "/") else prefix + link)


def json_of(api: ApiClient, path: str, params: dict | None = None) -> dict:
    """A JSON object from a GET; anything else (a list, HTML from a proxy) is an `ApiError`."""
    body = api.get_json(path, params)
    if not isinstance(body, dict):
        raise ApiError(f"{api.vendor} sent a {type(body).__name__} where an object was expected for {path}", 502)
    return body


def parse_time(value: object) -> datetime | None:
    """An Atlassian timestamp ('2024-01-15T10:30:00.000Z', '2024-01-15T10:23:45.123+0000') in UTC."""
    if not isinstance(value, str) or not value:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC)


def query_date(since: str) -> str:
    """The CQL/JQL date a change query starts from: `LOOKBACK` before `since`."""
    when = parse_time(since) or datetime.fromtimestamp(0, UTC)
    return (when - LOOKBACK).strftime("%Y/%m/%d %H:%M")


def newest(*stamps: str) -> str:
    """The latest of some timestamps, as the first one that has it was written."""
    dated = [(parse_time(s), s) for s in stamps if parse_time(s)]
    return max(dated)[1] if dated else ""


class Principals(BaseModel):
    """Who one level of permissions admits: account ids, group ids, or anyone."""

    model_config = ConfigDict(frozen=True)

    users: list[str] = Field(default_factory=list, description="Atlassian account ids.")
    groups: list[str] = Field(default_factory=list, description="Atlassian group ids.")
    anyone: bool = Field(False, description="Anonymous access: everyone.")


def effective_access(
    levels: list[Principals], members: Callable[[str], frozenset[str]], user_prefix: str, group_prefix: str,
) -> Access:
    """Who passes every level (space permission, then each restricted ancestor, then the page itself).

    A group named at every level stays a group, so later membership changes count; a person admitted
    at one level by a group and at another by name or another group is listed by account id, from the
    memberships read now. Nobody is admitted without a level: unknown access fails closed.
    """
    limiting = [level for level in levels if not level.anyone]
    if not levels:
        return Access()
    if not limiting:
        return Access(public=True)
    if len(limiting) == 1:
        users, groups = set(limiting[0].users), set(limiting[0].groups)
    else:
        groups = set.intersection(*(set(level.groups) for level in limiting))
        deepest = limiting[-1]
        candidates = set(deepest.users).union(*(members(g) for g in deepest.groups if g not in groups))

        def admitted(user: str, level: Principals) -> bool:
            return user in level.users or any(user in members(g) for g in level.groups)

        users = {u for u in candidates if all(admitted(u, level) for level in limiting)}
    return Access(local_users=frozenset(f"{user_prefix}{u}" for u in users),
                  local_groups=frozenset(f"{group_prefix}{g}" for g in groups))


class SiteConnector(Connector):
    """What the Confluence and Jira connectors take alike: the site, its credentials, attachments, retries.

    `access` from the settings adds readers to every document.
    """

    product: ClassVar[str]

    def __init__(
        self,
        name: str,
        access: Access | None = None,
        *,
        base_url: str = "",
        email: str = "",
        api_token: str = "",
        oauth_token: str = "",
        include_attachments: bool = True,
        attachment_types: list[str] | None = None,
        max_attachment_bytes: int = 25_000_000,
        max_retries: int = 5,
        backoff_s: float = 1.0,
        timeout_s: float = 30.0,
    ) -> None:
        super().__init__(name)
        self.site = Site(base_url, email, api_token, oauth_token, max_retries, backoff_s, timeout_s)
        self.site.client(name, self.product).close()  # wrong options fail now, when the source is registered
        self.base_url = base_url.rstrip("/")
        self.extra = access or Access()
        self.include_attachments = include_attachments
        self.types = attachment_types_of(attachment_types)
        self.max_attachment_bytes = max_attachment_bytes

    def attachment_id(self, attachment: str) -> str:
        return f"{self.name}:attachment/{attachment}"

    def oversized(self, attachment: str, size: object) -> ConnectorFailure | None:
        if isinstance(size, int) and size > self.max_attachment_bytes:
            return ConnectorFailure(id=self.attachment_id(attachment),
                                    reason=f"attachment is {size:,} bytes, over the limit of {self.max_attachment_bytes:,}")
        return None


class SiteDirectory(DirectorySource):
    """A directory of one Atlassian product's groups; subclasses list the groups and their members.

    Users carry `<vendor>:<accountId>` and groups `<vendor>-group:<groupId>` as local ids, the ids the
    connector puts in documents' access. A member whose email the site hides (profile visibility) cannot
    be mapped to a canonical identity and is left out; apps and customer accounts are not people here.
    """

    product: ClassVar[str]
    vendor: ClassVar[str]

    def __init__(
        self,
        name: str,
        *,
        base_url: str = "",
        email: str = "",
        api_token: str = "",
        oauth_token: str = "",
        max_retries: int = 5,
        backoff_s: float = 1.0,
        timeout_s: float = 30.0,
    ) -> None:
        self.name = name
        self.site = Site(base_url, email, api_token, oauth_token, max_retries, backoff_s, timeout_s)
        self.site.client(name, self.product).close()

    @abstractmethod
    def groups(self, api: ApiClient) -> Iterator[tuple[str, str]]:
        """(groupId, name) of every group."""

    @abstractmethod
    def members(self, api: ApiClient, group_id: str) -> Iterator[dict]:
        """The group's members, as the product's user objects."""

    def load_directory(self) -> Directory:
        people: dict[str, tuple[str, set[str]]] = {}
        records: list[GroupRecord] = []
        hidden = 0
        with self.site.client(self.name, self.product) as api:
            for group_id, name in list(self.groups(api)):
                emails: set[str] = set()
                for member in self.members(api, group_id):
                    if member.get("accountType", "atlassian") != "atlassian" or not member.get("accountId"):
                        continue
                    email = str(member.get("email") or member.get("emailAddress") or "").strip().lower()
                    if not email:
                        hidden += 1
                        continue
                    display = str(member.get("displayName") or member.get("publicName") or "")
                    people.setdefault(email, (display, set()))[1].add(f"{self.vendor}:{member['accountId']}")
                    emails.add(email)
                records.append(GroupRecord(name=name, users=frozenset(emails),
                                           local_ids=frozenset({f"{self.vendor}-group:{group_id}"})))
        if hidden:
            logger.warning("%s: %d group memberships left out: the site hides those members' email addresses",
                           self.product, hidden)
        users = [UserRecord(email=e, name=n, local_ids=frozenset(ids)) for e, (n, ids) in sorted(people.items())]
        return Directory(users=users, groups=records)


def attachment_types_of(types: Iterable[str] | None) -> frozenset[str]:
    chosen = DEFAULT_ATTACHMENT_TYPES if types is None else ([types] if isinstance(types, str) else types)
    return frozenset(t.lower() if t.startswith(".") else f".{t.lower()}" for t in chosen)


def attachment_mime(filename: str, declared: object) -> str:
    mime = str(declared or "").split(";")[0].strip().lower()
    if not mime or mime in ("application/octet-stream", "binary/octet-stream"):
        mime = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return mime


def wanted(filename: str, types: frozenset[str]) -> bool:
    return PurePosixPath(filename).suffix.lower() in types


# -- Atlassian Document Format -----------------------------------------------------------------------

_INLINE_ATTR = {"mention": "text", "emoji": "text", "status": "text", "placeholder": "text",
                "inlineCard": "url", "blockCard": "url", "embedCard": "url"}
_SKIPPED = frozenset({"media", "mediaSingle", "mediaGroup", "mediaInline", "extension", "inlineExtension"})
_INLINE_PARENTS = frozenset({"paragraph", "heading", "taskItem", "decisionItem"})


def adf_to_text(doc: object) -> str:
    """Plain text (with light Markdown: headings, lists, code) of an ADF document; raises AdfError when it is not one.

    Jira's v3 API sends descriptions and comments as ADF; a field holding a plain string passes through.
    """
    if doc is None:
        return ""
    if isinstance(doc, str):
        return doc.strip()
    text = _render(doc, 0)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _render(node: object, depth: int) -> str:
    if depth > _MAX_ADF_DEPTH:
        raise AdfError(f"the document nests deeper than {_MAX_ADF_DEPTH} levels")
    if not isinstance(node, dict):
        raise AdfError(f"a document node is a {type(node).__name__}, not an object")
    kind = node.get("type")
    attrs = node.get("attrs") if isinstance(node.get("attrs"), dict) else {}
    if kind == "text":
        text = node.get("text")
        if not isinstance(text, str):
            raise AdfError("a text node has no text")
        marks = node.get("marks") if isinstance(node.get("marks"), list) else []
        href = next((m.get("attrs", {}).get("href") for m in marks
                     if isinstance(m, dict) and m.get("type") == "link" and isinstance(m.get("attrs"), dict)), None)
        return f"{text} ({href})" if href and href != text else text
    if kind == "hardBreak":
        return "\n"
    if kind == "rule":
        return "---"
    if kind in _INLINE_ATTR:
        return str(attrs.get(_INLINE_ATTR[kind]) or attrs.get("shortName") or "")
    if kind == "date":
        stamp = attrs.get("timestamp")
        return datetime.fromtimestamp(int(stamp) / 1000, UTC).date().isoformat() if str(stamp).isdigit() else ""
    if kind in _SKIPPED:
        return ""
    content = node.get("content", [])
    if not isinstance(content, list):
        raise AdfError(f"the content of a {kind!r} node is not a list")
    parts = [_render(child, depth + 1) for child in content]
    if kind in _INLINE_PARENTS:
        line = "".join(parts)
        if kind == "heading":
            return "#" * min(max(int(attrs.get("level") or 1), 1), 6) + " " + line
        if kind == "taskItem":
            return ("[x] " if attrs.get("state") == "DONE" else "[ ] ") + line
        return line
    if kind == "codeBlock":
        return "```\n" + "".join(parts) + "\n```"
    if kind in ("bulletList", "orderedList", "taskList", "decisionList"):
        start = int(attrs.get("order") or 1) if kind == "orderedList" else 0
        return "\n".join(
            (f"{start + i}. " if kind == "orderedList" else "- ") + p.replace("\n", "\n  ")
            for i, p in enumerate(parts) if p
        )
    if kind == "tableRow":
        return " | ".join(" ".join(p.split()) for p in parts)
    if kind == "table":
        return "\n".join(p for p in parts if p)
    text = ("\n" if kind == "listItem" else "\n\n").join(p for p in parts if p)
    if kind in ("expand", "nestedExpand") and attrs.get("title"):
        return f"{attrs['title']}\n{text}"
    if kind == "blockquote":
        return "\n".join("> " + line for line in text.split("\n"))
    return text
