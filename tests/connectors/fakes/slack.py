"""The fake Slack Web API of the bot's tests, grown with what the Slack connector and directory read.

`FakeSlackWorkspace` extends `tests.slack.fake_slack.FakeSlack` (whose methods and behaviour stay as they
are) with channel history in Slack's shapes: `conversations.list`, `conversations.history` (newest first,
`oldest`/`latest`/`inclusive`, opaque cursors in `response_metadata.next_cursor`), `conversations.replies`,
`users.list`, files behind `url_private_download` that need the bot token, deleted parents left as
tombstones while their thread has replies, `token_expired` for a token that expired, and 5xx faults.
"""

from __future__ import annotations

import base64
import threading
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qsl, urlsplit

from tests.slack.fake_slack import Call, FakeSlack, Workspace

DAY = 86_400


def _cursor(offset: int) -> str:
    return base64.b64encode(f"next_ts:{offset}".encode()).decode()


def _offset(cursor: str) -> int:
    return int(base64.b64decode(cursor).decode().split(":", 1)[1]) if cursor else 0


class FakeSlackWorkspace(FakeSlack):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        # Headers and body leave in separate writes: without this, Nagle and delayed ACKs cost 40 ms a call.
        self.server.RequestHandlerClass.disable_nagle_algorithm = True
        # And a shorter poll, so that stopping the server takes 50 ms rather than half a second.
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       name="fake-slack", daemon=True)
        self.conversations: dict[str, dict] = {}
        self.history: dict[str, list[dict]] = {}
        self.replies: dict[tuple[str, str], list[dict]] = {}
        self.files: dict[str, tuple[bytes, str]] = {}
        self.expired: set[str] = set()
        self._failing: dict[str, list[int]] = {}
        self._refusals: dict[str, dict] = {}

    # -- what tests set up -----------------------------------------------------------------------

    def add_channel(self, cid: str, name: str, members: list[str], private: bool = False,
                    archived: bool = False) -> None:
        self.ws.channels[cid] = list(members)
        self.history[cid] = []
        self.conversations[cid] = {
            "id": cid, "name": name, "is_channel": not private, "is_group": private, "is_im": False, "is_mpim": False,
            "is_private": private, "created": 1_700_000_000, "is_archived": archived, "is_general": name == "general",
            "unlinked": 0, "name_normalized": name, "is_shared": False, "is_org_shared": False, "is_ext_shared": False,
            "is_pending_ext_shared": False, "pending_shared": [], "context_team_id": self.ws.team_id,
            "updated": 1_700_000_000_000, "parent_conversation": None, "creator": members[0] if members else "",
            "shared_team_ids": [self.ws.team_id], "pending_connected_team_ids": [],
            "topic": {"value": "", "creator": "", "last_set": 0},
            "purpose": {"value": "", "creator": "", "last_set": 0},
            "previous_names": [],
        }

    def post(self, cid: str, user: str, text: str, ts: str, files: list[tuple[str, bytes, str]] = (), **extra) -> dict:
        message = {"type": "message", "user": user, "text": text, "ts": ts, "team": self.ws.team_id,
                   "client_msg_id": f"c0ffee00-0000-4000-8000-{ts.replace('.', '')[-12:]}", **extra}
        if files:
            message["files"] = [self._file(user, ts, n, *f) for n, f in enumerate(files)]
            message["upload"] = True
        self.history[cid].append(message)
        return message

    def reply(self, cid: str, thread_ts: str, user: str, text: str, ts: str, broadcast: bool = False, **extra) -> dict:
        parent = next(m for m in self.history[cid] if m["ts"] == thread_ts)
        message = {"type": "message", "user": user, "text": text, "ts": ts, "thread_ts": thread_ts,
                   "parent_user_id": parent.get("user", ""), "team": self.ws.team_id, **extra}
        thread = self.replies.setdefault((cid, thread_ts), [])
        thread.append(message)
        users = sorted({m["user"] for m in thread})
        parent.update(thread_ts=thread_ts, reply_count=len(thread), reply_users_count=len(users), reply_users=users,
                      latest_reply=ts, is_locked=False, subscribed=False)
        if broadcast:
            self.history[cid].append({**message, "subtype": "thread_broadcast", "root": dict(parent)})
        return message

    def edit(self, cid: str, ts: str, text: str, edited_ts: str) -> None:
        message = next(m for m in self.history[cid] if m["ts"] == ts)
        message.update(text=text, edited={"user": message.get("user", ""), "ts": edited_ts})

    def delete(self, cid: str, ts: str) -> None:
        """As Slack does: a parent with replies stays as a tombstone; any other message goes."""
        message = next(m for m in self.history[cid] if m["ts"] == ts)
        if message.get("reply_count"):
            for key in ("user", "files", "client_msg_id", "edited"):
                message.pop(key, None)
            message.update(subtype="tombstone", text="This message was deleted.", hidden=True, user="USLACKBOT")
        else:
            self.history[cid].remove(message)

    def fail(self, method: str, times: int = 1, status: int = 503, after: int = 0) -> None:
        """After `after` more calls of `method` succeed, the next `times` answer `status`."""
        with self._lock:
            self._failing[method] = [after, times, status]

    def refuse(self, method: str, error: str, **extra) -> None:
        """Every call of `method` answers `ok: false` with this error (and fields such as `needed`)."""
        with self._lock:
            self._refusals[method] = {"ok": False, "error": error, **extra}

    def _file(self, user: str, ts: str, n: int, name: str, data: bytes, mime: str) -> dict:
        fid = f"F{ts.replace('.', '')[-8:]}{n}"
        self.files[fid] = (data, mime)
        private = f"{self.url}/files-pri/{self.ws.team_id}-{fid}/{name}"
        created = int(float(ts))
        return {
            "id": fid, "created": created, "timestamp": created, "name": name, "title": name, "mimetype": mime,
            "filetype": name.rsplit(".", 1)[-1], "pretty_type": name.rsplit(".", 1)[-1].upper(), "user": user,
            "user_team": self.ws.team_id, "editable": False, "size": len(data), "mode": "hosted", "is_external": False,
            "external_type": "", "is_public": True, "public_url_shared": False, "display_as_bot": False, "username": "",
            "url_private": private,
            "url_private_download": f"{self.url}/files-pri/{self.ws.team_id}-{fid}/download/{name}",
            "permalink": f"https://example.slack.com/files/{user}/{fid}/{name}", "has_rich_preview": False,
            "file_access": "visible",
        }

    # -- the server side -------------------------------------------------------------------------

    def _serve(self, req: BaseHTTPRequestHandler) -> None:
        url = urlsplit(req.path)
        token = req.headers.get("Authorization", "").removeprefix("Bearer ")
        if url.path.startswith("/files-pri/"):
            return self._download(req, url.path, token)
        if url.path == "/signin":
            return self._send(req, 200, "<html><body>Sign in to Slack</body></html>", "text/html")
        method = url.path.removeprefix("/api/")
        with self._lock:
            failing = self._failing.get(method)
            if failing and failing[0] > 0:
                failing[0] -= 1
            elif failing and failing[1] > 0:
                failing[1] -= 1
                self.calls.append(Call(method, dict(parse_qsl(url.query)), failing[2]))
                return self._send(req, failing[2], "<html><body>Service Unavailable</body></html>", "text/html")
            refusal = self._refusals.get(method)
        if refusal and token == self.ws.bot_token:
            self._record(method, dict(parse_qsl(url.query)), 200)
            return self._send(req, 200, refusal)
        if token in self.expired:
            self._record(method, dict(parse_qsl(url.query)), 200)
            return self._send(req, 200, {"ok": False, "error": "token_expired"})
        return super()._serve(req)

    def _download(self, req: BaseHTTPRequestHandler, path: str, token: str) -> None:
        fid = path.split("/")[2].split("-", 1)[1]
        self._record("files-pri", {"file": fid}, 200)
        if token != self.ws.bot_token:
            # Slack sends an unauthenticated download to its sign-in page.
            req.send_response(302)
            req.send_header("Location", f"{self.url}/signin")
            req.send_header("Content-Length", "0")
            req.end_headers()
            return
        data, mime = self.files[fid]
        req.send_response(200)
        req.send_header("Content-Type", mime)
        req.send_header("Content-Length", str(len(data)))
        req.end_headers()
        req.wfile.write(data)

    @staticmethod
    def _paged(items: list, p: dict, default: int = 100) -> tuple[list, str]:
        limit = min(int(p.get("limit") or default), 1000)
        start = _offset(p.get("cursor", ""))
        nxt = _cursor(start + limit) if start + limit < len(items) else ""
        return items[start:start + limit], nxt

    def _conversations_list(self, p: dict) -> dict:
        types = set((p.get("types") or "public_channel").split(","))
        archived_out = str(p.get("exclude_archived", "")).lower() in ("1", "true")
        found = []
        for c in self.conversations.values():
            members = self.ws.channels[c["id"]]
            kind = "private_channel" if c["is_private"] else "public_channel"
            # Slack lists private channels only to their members.
            if kind in types and not (archived_out and c["is_archived"]) and (
                    not c["is_private"] or self.ws.bot_user_id in members):
                found.append({**c, "is_member": self.ws.bot_user_id in members, "num_members": len(members)})
        page, nxt = self._paged(found, p)
        return {"ok": True, "channels": page, "response_metadata": {"next_cursor": nxt}}

    def _readable(self, p: dict) -> str | None:
        cid = p.get("channel", "")
        if cid not in self.conversations:
            return "channel_not_found"
        return None if self.ws.bot_user_id in self.ws.channels[cid] else "not_in_channel"

    def _conversations_history(self, p: dict) -> dict:
        refused = self._readable(p)
        if refused:
            return {"ok": False, "error": refused}
        inclusive = str(p.get("inclusive", "")).lower() in ("1", "true")
        oldest, latest = float(p.get("oldest") or 0), float(p.get("latest") or 1e12)

        def within(ts: float) -> bool:
            return (oldest <= ts <= latest) if inclusive else (oldest < ts < latest)

        def when(m: dict) -> float:  # a malformed message without a ts shows in every page of history
            return float(m["ts"]) if "ts" in m else oldest

        messages = sorted((m for m in self.history[p["channel"]] if within(when(m)) or "ts" not in m),
                          key=when, reverse=True)
        page, nxt = self._paged(messages, p)
        body = {"ok": True, "messages": page, "has_more": bool(nxt), "pin_count": 0, "channel_actions_ts": None,
                "channel_actions_count": 0}
        return {**body, "response_metadata": {"next_cursor": nxt}} if nxt else body

    def _conversations_replies(self, p: dict) -> dict:
        refused = self._readable(p)
        if refused:
            return {"ok": False, "error": refused}
        parent = next((m for m in self.history[p["channel"]] if m["ts"] == p.get("ts")), None)
        if parent is None:
            return {"ok": False, "error": "thread_not_found"}
        thread = [parent, *self.replies.get((p["channel"], p["ts"]), [])]
        page, nxt = self._paged(thread, p, default=1000)
        return {"ok": True, "messages": page, "has_more": bool(nxt), "response_metadata": {"next_cursor": nxt}}

    def _users_list(self, p: dict) -> dict:
        page, nxt = self._paged(list(self.ws.users.values()), p, default=1000)
        return {"ok": True, "members": page, "cache_ts": 1_700_000_000, "response_metadata": {"next_cursor": nxt}}


def day_ts(day: int, second: int = 0) -> str:
    """A Slack ts on day `day` after 2024-06-01 (UTC), `second` seconds into it."""
    return f"{1_717_200_000 + day * DAY + second}.{second:06d}"
