"""Slack: the history of the channels a bot is in, read through the Web API with the bot token.

Documents: a thread (its parent and every reply) is one document; messages outside threads are grouped
per channel and per UTC day, one document a day, so that a quiet channel does not become thousands of
one-line documents. Files attached to those messages (`files:read`, fetched from `url_private_download`
with the bot token) are documents of their own with the channel's access.

Incremental: each run reads the channel history from the newest message it saw minus `rescan_days`
(`oldest`), cursor by cursor (`response_metadata.next_cursor`). Within that window a new message, an
edit, a new reply to a thread (the parent's `reply_count` / `latest_reply`), and a deleted message or
thread (gone from the history: Slack reports no deletions) are found by comparing a fingerprint of each
document with the one in the checkpoint; older threads are not looked at again.

Access: a public channel can be read by every full member of the workspace: the local group
`slack-team:<team id>`, plus `public` when `public_channels_public` says so. A private channel (only
those the bot is a member of can be read at all) is readable by its members: local users
`slack:<user id>` from `conversations.members`; when they change, the channel's documents go out again
with the new access. `SlackDirectory` maps those ids to emails and syncs Slack's user groups.

Slack answers errors with HTTP 200 and `{"ok": false, "error": ...}`: a refused token
(`invalid_auth`, `token_expired`, `token_revoked`...) or a missing scope is a `ConnectorAuthError`
naming what to fix; rate limits come as 429 with Retry-After, which `ApiClient` waits out.
"""

from __future__ import annotations

import hashlib
import html
import json
import mimetypes
import re
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

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
from connectors.http_api import ApiClient, ApiError
from connectors.imap import DEFAULT_ATTACHMENT_TYPES

SLACK_API = "https://slack.com/api"
DAY_S = 86_400
AUTH_ERRORS = frozenset({"invalid_auth", "not_authed", "token_expired", "token_revoked", "account_inactive",
                         "no_permission", "org_login_required", "ekm_access_denied"})
TRANSIENT_ERRORS = frozenset({"ratelimited", "fatal_error", "internal_error", "service_unavailable", "request_timeout"})
# Channel bookkeeping, not conversation.
SKIPPED_SUBTYPES = frozenset({
    f"{kind}_{event}" for kind in ("channel", "group")
    for event in ("join", "leave", "topic", "purpose", "name", "archive", "unarchive")
} | {"pinned_item", "unpinned_item", "bot_add", "bot_remove", "channel_convert_to_private",
     "channel_convert_to_public"})
_TOKEN_HINT = "the bot token in the source's options (token): it may be wrong, expired or revoked"
_USER = re.compile(r"<@([UW][A-Z0-9]+)(?:\|([^>]*))?>")
_CHANNEL = re.compile(r"<#([CG][A-Z0-9]+)(?:\|([^>]*))?>")
_LINK = re.compile(r"<((?:https?|mailto):[^>|]+)(?:\|([^>]*))?>")
_SPECIAL = re.compile(r"<!(here|channel|everyone)[^>]*>")


class SlackDoc(BaseModel):
    ts: str = Field(description="The thread's parent ts, or the day's first second (UTC).")
    fp: str = Field(description="Fingerprint of what was delivered; empty: deliver it again (the access changed).")
    files: list[str] = Field(default_factory=list, description="Ids of the files delivered with it.")


class ChannelState(BaseModel):
    access: str = Field("", description="Fingerprint of the access the channel's documents were delivered with.")
    latest: str = Field("", description="ts of the newest message seen.")
    docs: dict[str, SlackDoc] = Field(default_factory=dict, description="'thread/<ts>' or 'day/<date>' -> its state.")


class SlackCheckpoint(Checkpoint):
    channels: dict[str, ChannelState] = Field(default_factory=dict, description="Channel id -> its sync state.")


class SlackError(ApiError):
    """Slack refused one call (`ok: false`) for a reason that concerns that call only."""

    def __init__(self, method: str, error: str) -> None:
        super().__init__(f"Slack answered {method} with {error}", 200)
        self.error = error


class SlackApi(ApiClient):
    """ApiClient for Slack's Web API: `ok: false` answers turned into the project's errors, cursor pages."""

    def __init__(self, source: str, token: str, base_url: str, **options: Any) -> None:
        if not token:
            raise ConnectorConfigError(f"{source!r}: a Slack bot token (xoxb-...) is required (options.token)")
        super().__init__(source, "Slack", base_url, headers={"Authorization": f"Bearer {token}"},
                         auth_hint=_TOKEN_HINT, **options)

    def call(self, method: str, **params: Any) -> dict:
        body = self.get_json(method, {k: v for k, v in params.items() if v is not None})
        if not isinstance(body, dict):
            raise SourceUnavailableError(f"Slack answered {method} with something that is not a JSON object")
        if body.get("ok") is True:
            return body
        error = str(body.get("error") or "unknown_error")
        if error in AUTH_ERRORS:
            raise ConnectorAuthError(f"Slack refused the bot token ({error}); check {_TOKEN_HINT}")
        if error == "missing_scope":
            raise ConnectorAuthError(
                f"the Slack app lacks the scope {body.get('needed', '?')} that {method} needs; add it under "
                "OAuth & Permissions and reinstall the app"
            )
        if error in TRANSIENT_ERRORS:
            raise SourceUnavailableError(f"Slack answered {method} with {error}; the next sync resumes from here")
        raise SlackError(method, error)

    def pages(self, method: str, key: str, **params: Any) -> Iterator[list]:
        cursor = None
        while True:
            body = self.call(method, **params, cursor=cursor)
            items = body.get(key)
            if not isinstance(items, list):
                raise SourceUnavailableError(f"Slack answered {method} without a {key!r} list")
            yield items
            cursor = (body.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                return


def _client_options(max_retries: int, backoff_s: float, timeout_s: float, max_retry_after_s: float) -> dict:
    return {"max_retries": max_retries, "backoff_s": backoff_s, "timeout_s": timeout_s,
            "max_retry_after_s": max_retry_after_s}


@dataclass
class _Group:
    ts: str
    thread: bool
    messages: list[dict] = field(default_factory=list)

    @property
    def fp(self) -> str:
        seen = [[m.get("ts"), m.get("user") or m.get("bot_id"), m.get("text"), (m.get("edited") or {}).get("ts"),
                 m.get("reply_count"), m.get("latest_reply"), m.get("subtype"),
                 [f.get("id") for f in m.get("files") or [] if isinstance(f, dict)]] for m in self.messages]
        return hashlib.sha256(json.dumps(seen, sort_keys=True, default=str).encode()).hexdigest()[:24]


class SlackConnector(Connector):
    """Threads, daily message runs and files of the channels the bot is a member of."""

    kind = "slack"
    checkpoint_model = SlackCheckpoint

    def __init__(
        self,
        name: str,
        access: Access | None = None,
        *,
        token: str,
        base_url: str = SLACK_API,
        channels: list[str] | str | None = None,
        include_private: bool = True,
        include_archived: bool = True,
        public_channels_public: bool = False,
        rescan_days: float = 7,
        include_files: bool = True,
        file_types: list[str] | None = None,
        max_file_bytes: int = 25_000_000,
        resolve_names: bool = True,
        max_retries: int = 5,
        backoff_s: float = 1.0,
        timeout_s: float = 30.0,
        max_retry_after_s: float = 300.0,
    ) -> None:
        super().__init__(name)
        if rescan_days < 0 or max_file_bytes < 1:
            raise ConnectorConfigError(f"source {name!r}: rescan_days must be >= 0 and max_file_bytes >= 1")
        chosen = [channels] if isinstance(channels, str) else list(channels or [])
        self.channels = {c.strip().lstrip("#") for c in chosen if c.strip()}
        self._token, self.base_url = token, base_url
        self.include_private, self.include_archived = include_private, include_archived
        self.public_channels_public, self.rescan_days = public_channels_public, rescan_days
        self.include_files, self.max_file_bytes, self.resolve_names = include_files, max_file_bytes, resolve_names
        types = DEFAULT_ATTACHMENT_TYPES if file_types is None else file_types
        self.file_types = {t.lower() if t.startswith(".") else f".{t.lower()}" for t in types}
        self.extra_access = access
        self._options = _client_options(max_retries, backoff_s, timeout_s, max_retry_after_s)
        self._hosts = {urlsplit(base_url).hostname}
        SlackApi(name, token, base_url, **self._options).close()  # a bad base_url or no token: fail at registration

    def doc_id(self, channel: str, key: str) -> str:
        return f"{self.name}:{channel}/{key}"

    def load(self, checkpoint: Checkpoint | None) -> Generator[SourceItem, None, Checkpoint]:
        previous = dict(checkpoint.channels) if isinstance(checkpoint, SlackCheckpoint) else {}
        states: dict[str, ChannelState] = {}
        settled = dict(previous)
        with SlackApi(self.name, self._token, self.base_url, **self._options) as api:
            me = api.call("auth.test")
            site = str(me.get("url") or "https://slack.com/")
            run = _Run(api, str(me.get("team_id") or ""), site, self.resolve_names)
            listed = self._channels(api)
            run.channel_names = {cid: str(c.get("name") or cid) for cid, c in listed.items()}
            for wanted in sorted(self.channels - set(listed) - set(run.channel_names.values())):
                yield ConnectorFailure(id=f"{self.name}:{wanted}", reason=f"no channel {wanted!r} that the bot is a "
                                       "member of: invite the bot (/invite @app) or fix the channels setting")
            for cid in sorted(listed):
                channel = listed[cid]
                if self.channels and not {cid, run.channel_names[cid]} & self.channels:
                    continue
                try:
                    state = yield from self._sync_channel(run, channel, previous.get(cid), settled)
                except SlackError as exc:
                    yield ConnectorFailure(id=f"{self.name}:{cid}", reason=str(exc))
                    if cid in previous:
                        states[cid] = previous[cid]
                    continue
                states[cid] = settled[cid] = state
        for cid, old in previous.items():
            if cid not in states:  # deleted, left by the bot, or no longer selected
                for key in sorted(old.docs):
                    yield from self._forget(cid, key, old.docs[key])
        return SlackCheckpoint(channels=states)

    def _channels(self, api: SlackApi) -> dict[str, dict]:
        types = "public_channel,private_channel" if self.include_private else "public_channel"
        found: dict[str, dict] = {}
        archived = "false" if self.include_archived else "true"
        for page in api.pages("conversations.list", "channels", types=types, exclude_archived=archived, limit=200):
            for channel in page:
                # A bot reads the history of the channels it is in, and only those.
                if isinstance(channel, dict) and channel.get("id") and channel.get("is_member"):
                    found[str(channel["id"])] = channel
        return found

    def _access(self, run: _Run, channel: dict) -> Access:
        if not channel.get("is_private"):
            found = Access(public=self.public_channels_public, local_groups=frozenset({f"slack-team:{run.team}"}))
        else:
            members = [m for page in run.api.pages("conversations.members", "members", channel=channel["id"], limit=200)
                       for m in page if isinstance(m, str)]
            found = Access(local_users=frozenset(f"slack:{m}" for m in members))
        return merge_access(found, self.extra_access)

    def _sync_channel(
        self, run: _Run, channel: dict, old: ChannelState | None, settled: dict[str, ChannelState]
    ) -> Generator[SourceItem, None, ChannelState]:
        cid = str(channel["id"])
        access = self._access(run, channel)
        key = access_key(access)
        old = old or ChannelState()
        docs = dict(old.docs)
        if old.access != key:
            docs = {k: d.model_copy(update={"fp": ""}) for k, d in docs.items()}
        # After an access change every document is delivered again, the oldest ones too.
        full = not old.latest or any(not d.fp for d in docs.values())
        floor = 0 if full else int(float(old.latest) - self.rescan_days * DAY_S) // DAY_S * DAY_S
        messages = []
        for page in run.api.pages("conversations.history", "messages", channel=cid, limit=200,
                                  oldest=str(floor) if floor else None, inclusive="true"):
            messages += page
        groups, latest = yield from self._group(cid, messages)
        for k in sorted(k for k, d in docs.items() if Decimal(d.ts) >= floor and k not in groups):
            yield from self._forget(cid, k, docs.pop(k))
        changed = sorted((k for k, g in groups.items() if k not in docs or docs[k].fp != g.fp),
                         key=lambda k: Decimal(groups[k].ts))
        gap = mark_gap(len(docs) + len(changed))
        for n, k in enumerate(changed, 1):
            docs[k] = yield from self._deliver(run, channel, k, groups[k], docs.get(k), access)
            if n % gap == 0 and n < len(changed):
                mark = ChannelState.model_construct(access=key, latest=old.latest, docs=dict(docs))
                yield CheckpointMark(checkpoint=SlackCheckpoint.model_construct(channels={**settled, cid: mark}))
        state = ChannelState(access=key, latest=max([old.latest, latest], key=lambda t: Decimal(t or 0)), docs=docs)
        if changed:
            yield CheckpointMark(checkpoint=SlackCheckpoint.model_construct(channels={**settled, cid: state}))
        return state

    def _group(self, cid: str, messages: list) -> Generator[SourceItem, None, tuple[dict[str, _Group], str]]:
        """Threads and daily runs of the channel's top-level messages; malformed ones are reported."""
        groups: dict[str, _Group] = {}
        latest = ""
        for m in sorted((m for m in messages if isinstance(m, dict)), key=lambda m: _ts(m.get("ts")) or 0):
            ts = _ts(m.get("ts"))
            if ts is None or not isinstance(m.get("text", ""), str):
                yield ConnectorFailure(id=f"{self.name}:{cid}/message/{str(m.get('ts'))[:30]}",
                                       reason="a message without a readable ts or text")
                continue
            latest = m["ts"] if ts > Decimal(latest or 0) else latest
            if m.get("subtype") in SKIPPED_SUBTYPES or m.get("thread_ts", m["ts"]) != m["ts"]:
                continue  # bookkeeping, or a reply also sent to the channel: its thread holds it
            if int(m.get("reply_count") or 0) > 0 or m.get("subtype") == "tombstone":
                groups[f"thread/{m['ts']}"] = _Group(m["ts"], True, [m])
            else:
                day = int(ts) // DAY_S * DAY_S
                key = f"day/{datetime.fromtimestamp(day, UTC):%Y-%m-%d}"
                groups.setdefault(key, _Group(f"{day}.000000", False)).messages.append(m)
        return groups, latest

    def _deliver(
        self, run: _Run, channel: dict, key: str, group: _Group, prior: SlackDoc | None, access: Access
    ) -> Generator[SourceItem, None, SlackDoc]:
        cid = str(channel["id"])
        doc_id = self.doc_id(cid, key)
        messages = group.messages
        if group.thread:
            try:
                replies = [m for page in run.api.pages("conversations.replies", "messages", channel=cid, ts=group.ts,
                                                       limit=200) for m in page if isinstance(m, dict)]
            except SlackError as exc:
                yield ConnectorFailure(id=doc_id, reason=f"cannot read the thread: {exc}")
                # Not its fingerprint: the next run tries it again.
                return SlackDoc(ts=group.ts, fp="unread", files=prior.files if prior else [])
            by_ts = {str(m.get("ts")): m for m in [*messages, *replies] if _ts(m.get("ts")) is not None}
            messages = [by_ts[t] for t in sorted(by_ts, key=Decimal)]
        name = run.channel_names.get(cid, cid)
        first = messages[0]
        if group.thread:
            title = f"#{name}: {_first_line(run.plain(first.get('text') or '')) or 'thread'}"
        else:
            title = f"#{name} on {key.removeprefix('day/')}"
        yield Document(
            id=doc_id, source=self.name, title=title, uri=f"{run.site}archives/{cid}/p{first['ts'].replace('.', '')}",
            content=self._render(run, messages, group.thread).encode(), mime_type="text/plain",
            filename=f"{key.replace('/', '-')}.txt", modified=datetime.fromtimestamp(float(messages[-1]["ts"]), UTC),
            access=access, metadata={"channel": cid, "channel_name": name, ("thread_ts" if group.thread else "day"):
                                     group.ts if group.thread else key.removeprefix("day/")},
        )
        files: list[str] = []
        if self.include_files:
            for m in messages:
                for f in m.get("files") or []:
                    if not self._wanted_file(f):
                        continue
                    files.append(f["id"])
                    if prior is None or not prior.fp or f["id"] not in prior.files:
                        yield self._file(run, cid, f, access)
        for fid in sorted(set(prior.files if prior else ()) - set(files)):
            yield Deletion(id=self.doc_id(cid, f"file/{fid}"))
        return SlackDoc(ts=group.ts, fp=group.fp, files=files)

    def _forget(self, cid: str, key: str, doc: SlackDoc) -> Iterator[Deletion]:
        yield Deletion(id=self.doc_id(cid, key))
        for fid in doc.files:
            yield Deletion(id=self.doc_id(cid, f"file/{fid}"))

    def _render(self, run: _Run, messages: list[dict], thread: bool) -> str:
        lines = []
        for n, m in enumerate(messages):
            when = datetime.fromtimestamp(float(m["ts"]), UTC).strftime("%Y-%m-%d %H:%M")
            text = "(this message was deleted)" if m.get("subtype") == "tombstone" else run.plain(m.get("text") or "")
            names = [str(f.get("name") or f.get("title")) for f in m.get("files") or [] if isinstance(f, dict)]
            attached = f" [files: {', '.join(names)}]" if names else ""
            indent = "    " if thread and n else ""
            lines.append(f"{indent}[{when} UTC] {run.author(m)}: {text}{attached}".replace("\n", "\n" + indent))
        return "\n".join(lines) + "\n"

    def _wanted_file(self, f: Any) -> bool:
        if not isinstance(f, dict) or not f.get("id") or f.get("mode") in ("tombstone", "hidden_by_limit", "external"):
            return False
        name = str(f.get("name") or "")
        return PurePosixPath(name).suffix.lower() in self.file_types and f.get("file_access") != "check_file_info"

    def _file(self, run: _Run, cid: str, f: dict, access: Access) -> SourceItem:
        doc_id = self.doc_id(cid, f"file/{f['id']}")
        name = PurePosixPath(str(f["name"]).replace("\\", "/")).name
        size = int(f.get("size") or 0)
        if size > self.max_file_bytes:
            reason = f"file is {size:,} bytes, over the limit of {self.max_file_bytes:,}"
            return ConnectorFailure(id=doc_id, reason=reason)
        url = str(f.get("url_private_download") or f.get("url_private") or "")
        host = urlsplit(url).hostname or ""
        if host not in self._hosts and host != "slack.com" and not host.endswith(".slack.com"):
            return ConnectorFailure(id=doc_id, reason="the file's URL is not on Slack: not fetched with the token")
        try:
            response = run.api.get(url)
        except ApiError as exc:
            return ConnectorFailure(id=doc_id, reason=f"Slack would not send the file ({exc.status})")
        mime = str(f.get("mimetype") or mimetypes.guess_type(name)[0] or "application/octet-stream")
        if response.headers.get("content-type", "").startswith("text/html") and "html" not in mime:
            return ConnectorFailure(id=doc_id, reason="Slack sent a sign-in page: the app needs the files:read scope")
        return Document(
            id=doc_id, source=self.name, title=str(f.get("title") or name), uri=str(f.get("permalink") or url),
            content=response.content, mime_type=mime, filename=name,
            modified=datetime.fromtimestamp(int(f["created"]), UTC) if str(f.get("created", "")).isdigit() else None,
            access=access, metadata={"channel": cid, "file_id": str(f["id"])},
        )


class _Run:
    """What one run reads once: the workspace, channel names, and the names of the people it meets."""

    def __init__(self, api: SlackApi, team: str, site: str, resolve_names: bool) -> None:
        self.api, self.team, self.resolve_names = api, team, resolve_names
        self.site = site if site.endswith("/") else site + "/"
        self.channel_names: dict[str, str] = {}
        self._people: dict[str, str] = {}

    def person(self, user: str) -> str:
        if not self.resolve_names:
            return user
        if user not in self._people:
            try:
                info = self.api.call("users.info", user=user).get("user") or {}
            except SlackError:
                info = {}
            profile = info.get("profile") or {}
            self._people[user] = str(profile.get("display_name") or info.get("real_name") or info.get("name") or user)
        return self._people[user]

    def author(self, m: dict) -> str:
        if m.get("user"):
            return self.person(str(m["user"]))
        return str(m.get("username") or (m.get("bot_profile") or {}).get("name") or m.get("bot_id") or "unknown")

    def plain(self, text: str) -> str:
        """Slack's mrkdwn references as people read them."""
        text = _USER.sub(lambda g: "@" + (g.group(2) or self.person(g.group(1))), text)
        text = _CHANNEL.sub(lambda g: "#" + (g.group(2) or self.channel_names.get(g.group(1), g.group(1))), text)
        text = _LINK.sub(lambda g: f"{g.group(2)} ({g.group(1)})" if g.group(2) else g.group(1), text)
        return html.unescape(_SPECIAL.sub(lambda g: "@" + g.group(1), text))


def _ts(value: Any) -> Decimal | None:
    try:
        ts = Decimal(str(value))
    except InvalidOperation:
        return None
    return ts if ts.is_finite() and ts > 0 else None


def _first_line(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= 80 else line[:79] + "…"


class SlackDirectory(DirectorySource):
    """The workspace's people (with the emails `users:read.email` shows), its full members, and its user groups."""

    def __init__(
        self,
        name: str,
        *,
        token: str,
        base_url: str = SLACK_API,
        group_prefix: str = "slack:",
        include_usergroups: bool = True,
        max_retries: int = 5,
        backoff_s: float = 1.0,
        timeout_s: float = 30.0,
        max_retry_after_s: float = 300.0,
    ) -> None:
        self.name, self._token, self.base_url = name, token, base_url
        self.group_prefix, self.include_usergroups = group_prefix, include_usergroups
        self._options = _client_options(max_retries, backoff_s, timeout_s, max_retry_after_s)

    def load_directory(self) -> Directory:
        emails: dict[str, str] = {}
        names: dict[str, str] = {}
        full: set[str] = set()
        groups: list[GroupRecord] = []
        with SlackApi(self.name, self._token, self.base_url, **self._options) as api:
            team = str(api.call("auth.test").get("team_id") or "")
            for page in api.pages("users.list", "members", limit=200):
                for u in page:
                    if not isinstance(u, dict) or u.get("deleted") or u.get("is_bot") or u.get("id") == "USLACKBOT":
                        continue
                    email = str((u.get("profile") or {}).get("email") or "").strip().lower()
                    if "@" not in email:
                        continue
                    emails[u["id"]], names[email] = email, str(u.get("real_name") or u.get("name") or "")
                    if not (u.get("is_restricted") or u.get("is_ultra_restricted")):
                        full.add(email)  # guests read only the channels they are in
            groups.append(GroupRecord(name=f"{self.group_prefix}workspace-{team.lower()}", users=frozenset(full),
                                      local_ids=frozenset({f"slack-team:{team}"})))
            if self.include_usergroups:
                for g in api.call("usergroups.list", include_disabled="false").get("usergroups") or []:
                    if not isinstance(g, dict) or not g.get("id"):
                        continue
                    members = api.call("usergroups.users.list", usergroup=g["id"]).get("users") or []
                    groups.append(GroupRecord(
                        name=f"{self.group_prefix}{g.get('handle') or g['id']}",
                        users=frozenset(emails[m] for m in members if m in emails),
                        local_ids=frozenset({f"slack-usergroup:{g['id']}"}),
                    ))
        ids: dict[str, set[str]] = {}
        for user, email in emails.items():
            ids.setdefault(email, set()).add(f"slack:{user}")
        users = [UserRecord(email=e, local_ids=frozenset(local), name=names[e]) for e, local in sorted(ids.items())]
        return Directory(users=users, groups=groups)
