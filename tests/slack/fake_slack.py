"""A fake Slack Web API on loopback: the methods the bot calls, answering in the shapes Slack documents.

It records every call, keeps the messages posted and updated, answers an unknown token with `invalid_auth`,
and can answer a method with `ratelimited` (HTTP 429 and Retry-After), as Slack does. Response URLs of slash
commands and buttons point here too (`/respond/<id>`).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

from tests.services import free_port


@dataclass
class Call:
    method: str
    params: dict
    status: int
    at: float = field(default_factory=time.monotonic)


@dataclass
class Workspace:
    team_id: str = "T0001"
    bot_user_id: str = "U0BOT"
    bot_token: str = "xoxb-test-token"
    users: dict[str, dict] = field(default_factory=dict)
    channels: dict[str, list[str]] = field(default_factory=dict)
    usergroups: list[dict] = field(default_factory=list)


class FakeSlack:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.api_url = f"{self.url}/api/"
        self.calls: list[Call] = []
        self.messages: dict[tuple[str, str], dict] = {}
        self._lock = threading.Lock()
        self._limits: dict[str, list[int]] = {}
        self._ts = 0
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                fake._serve(self)

            def do_POST(self) -> None:
                fake._serve(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, name="fake-slack", daemon=True)

    def __enter__(self) -> FakeSlack:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def rate_limit(self, method: str, times: int = 1, retry_after: int = 1) -> None:
        """The next `times` calls of `method` answer `ratelimited` with this Retry-After."""
        with self._lock:
            self._limits[method] = [times, retry_after]

    def calls_of(self, method: str, **match) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method and all(c.params.get(k) == v for k, v in match.items())]

    def wait_for(self, predicate: Callable[[], object], timeout: float = 120.0, what: str = "a condition"):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = predicate()
            if found:
                return found
            time.sleep(0.1)
        raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}; calls: "
                             f"{[(c.method, c.status) for c in self.calls]}")

    def thread_replies(self, channel: str, thread_ts: str) -> list[dict]:
        with self._lock:
            return [m for (c, _), m in sorted(self.messages.items()) if c == channel and m.get("thread_ts") == thread_ts]

    # -- the server side --------------------------------------------------------------------------------------

    def _serve(self, req: BaseHTTPRequestHandler) -> None:
        url = urlsplit(req.path)
        length = int(req.headers.get("Content-Length") or 0)
        raw = req.rfile.read(length).decode() if length else ""
        params = dict(parse_qsl(url.query))
        if raw:
            if req.headers.get("Content-Type", "").startswith("application/json"):
                params.update(json.loads(raw))
            else:
                params.update(dict(parse_qsl(raw)))
        for key in ("blocks", "attachments"):
            if isinstance(params.get(key), str):
                params[key] = json.loads(params[key])
        if url.path.startswith("/respond/"):
            self._record("response_url", params, 200)
            return self._send(req, 200, "ok", "text/plain")
        method = url.path.removeprefix("/api/")
        token = req.headers.get("Authorization", "").removeprefix("Bearer ") or params.get("token", "")
        with self._lock:
            limit = self._limits.get(method)
            if limit and limit[0] > 0:
                limit[0] -= 1
                self.calls.append(Call(method, params, 429))
                return self._send(req, 429, {"ok": False, "error": "ratelimited"}, headers={"Retry-After": str(limit[1])})
        if token != self.ws.bot_token:
            self._record(method, params, 200)
            return self._send(req, 200, {"ok": False, "error": "invalid_auth"})
        handler = getattr(self, "_" + method.replace(".", "_"), None)
        body = handler(params) if handler else {"ok": False, "error": "unknown_method"}
        self._record(method, params, 200)
        self._send(req, 200, body)

    def _record(self, method: str, params: dict, status: int) -> None:
        with self._lock:
            self.calls.append(Call(method, params, status))

    @staticmethod
    def _send(req, status: int, body, content_type: str = "application/json", headers: dict | None = None) -> None:
        data = (body if isinstance(body, str) else json.dumps(body)).encode()
        req.send_response(status)
        req.send_header("Content-Type", content_type + "; charset=utf-8")
        req.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            req.send_header(k, v)
        req.end_headers()
        req.wfile.write(data)

    def _next_ts(self) -> str:
        with self._lock:
            self._ts += 1
            return f"{int(time.time())}.{self._ts:06d}"

    def _auth_test(self, _p: dict) -> dict:
        return {"ok": True, "url": "https://example.slack.com/", "team": "Example", "user": "assistant",
                "team_id": self.ws.team_id, "user_id": self.ws.bot_user_id, "bot_id": "B0BOT",
                "is_enterprise_install": False}

    def _chat_postMessage(self, p: dict) -> dict:
        channel = p.get("channel")
        if channel not in self.ws.channels:
            return {"ok": False, "error": "channel_not_found"}
        ts = self._next_ts()
        message = {"type": "message", "user": self.ws.bot_user_id, "bot_id": "B0BOT", "text": p.get("text", ""),
                   "ts": ts, "thread_ts": p.get("thread_ts"), "blocks": p.get("blocks")}
        with self._lock:
            self.messages[(channel, ts)] = message
        return {"ok": True, "channel": channel, "ts": ts, "message": message}

    def _chat_update(self, p: dict) -> dict:
        key = (p.get("channel"), p.get("ts"))
        with self._lock:
            message = self.messages.get(key)
            if message is None:
                return {"ok": False, "error": "message_not_found"}
            message.update(text=p.get("text", ""), blocks=p.get("blocks", message.get("blocks")))
        return {"ok": True, "channel": key[0], "ts": key[1], "text": p.get("text", ""), "message": dict(message)}

    def _chat_postEphemeral(self, p: dict) -> dict:
        if p.get("channel") not in self.ws.channels:
            return {"ok": False, "error": "channel_not_found"}
        if p.get("user") not in self.ws.channels[p["channel"]]:
            return {"ok": False, "error": "user_not_in_channel"}
        return {"ok": True, "message_ts": self._next_ts()}

    def _users_info(self, p: dict) -> dict:
        user = self.ws.users.get(p.get("user", ""))
        return {"ok": True, "user": user} if user else {"ok": False, "error": "user_not_found"}

    def _conversations_members(self, p: dict) -> dict:
        members = self.ws.channels.get(p.get("channel", ""))
        if members is None:
            return {"ok": False, "error": "channel_not_found"}
        limit = int(p.get("limit") or 100)
        start = int(p.get("cursor") or 0)
        page = members[start:start + limit]
        nxt = str(start + limit) if start + limit < len(members) else ""
        return {"ok": True, "members": page, "response_metadata": {"next_cursor": nxt}}

    def _usergroups_list(self, p: dict) -> dict:
        with_users = str(p.get("include_users", "")).lower() in ("1", "true")
        groups = [{k: v for k, v in g.items() if with_users or k != "users"} for g in self.ws.usergroups]
        return {"ok": True, "usergroups": groups}

    def _usergroups_users_list(self, p: dict) -> dict:
        group = next((g for g in self.ws.usergroups if g["id"] == p.get("usergroup")), None)
        return {"ok": True, "users": group["users"]} if group else {"ok": False, "error": "no_such_subteam"}


def slack_user(user_id: str, name: str, email: str | None, team_id: str = "T0001", **extra) -> dict:
    """A users.info `user` object as Slack documents it (the fields the bot reads, and a few more)."""
    profile = {"real_name": name.title(), "display_name": name, "email": email} if email else {
        "real_name": name.title(), "display_name": name}
    return {"id": user_id, "team_id": team_id, "name": name, "deleted": False, "real_name": name.title(),
            "tz": "Europe/Paris", "is_admin": False, "is_owner": False, "is_bot": False, "is_app_user": False,
            "updated": 1502138686, "profile": profile, **extra}
