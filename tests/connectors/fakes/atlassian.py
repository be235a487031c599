"""What the Confluence and Jira fakes share: one Atlassian site's accounts, groups and clock, and its sign-in.

Atlassian Cloud takes an account's email and API token as HTTP Basic, or an OAuth 2.0 access token as a
bearer; anything else is answered 401. Dates in CQL and JQL are read in the time zone of the account's
profile, which here is eight hours behind UTC, as Atlassian does.
"""

from __future__ import annotations

import base64
import re
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from assistant.identity import IdentityStore
from assistant.ingest.sync import SyncEngine, SyncError
from assistant.settings import CheckpointEvery
from assistant.state import Database
from assistant.state.tables import DocumentRow, SourceRow
from connectors.base import Checkpoint
from tests.connectors.fakes.loopback import LoopbackApi, Reply, Request
from tests.unit.test_sync_checkpoints import FakeIndex, FakeProcessor


def stamp(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S.000Z")


class FakeAtlassianSite(LoopbackApi):
    """Subclasses implement `route(request) -> Reply` for their product's endpoints."""

    def __init__(self) -> None:
        super().__init__()
        # Headers and body go out in two writes; with Nagle's algorithm on, each response waits ~40 ms
        # for the client's delayed ACK.
        self.server.RequestHandlerClass.disable_nagle_algorithm = True
        # A short poll: shutting the server down waits for it, once per test.
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       name=self.name, daemon=True)
        self._raw = threading.local()
        self.email = "sync-bot@example.com"
        self.api_token = "ATATT3xFfGF0-valid"
        self.oauth_token = "eyJoauth-valid"
        self.users: dict[str, dict] = {}  # accountId -> {"email", "name", "type"}
        self.groups: dict[str, dict] = {}  # groupId -> {"name", "members": [accountId]}
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
        self.zone = timezone(timedelta(hours=-8))

    def tick(self) -> str:
        """The time of a change made now; every change happens a few minutes after the last."""
        self.now += timedelta(minutes=7)
        return stamp(self.now)

    def options(self, **extra) -> dict:
        return {"base_url": self.url, "email": self.email, "api_token": self.api_token,
                "max_retries": 2, "backoff_s": 0.01, **extra}

    def add_user(self, account: str, email: str, name: str, account_type: str = "atlassian") -> None:
        self.users[account] = {"email": email, "name": name, "type": account_type}

    def add_group(self, group_id: str, name: str, members: list[str]) -> None:
        self.groups[group_id] = {"name": name, "members": list(members)}

    def revoke(self) -> None:
        """The API token is revoked (or expired): requests signed with it are refused from now on."""
        self.api_token = "ATATT3xFfGF0-renewed"

    def query_time(self, text: str) -> datetime:
        """A CQL/JQL date ('yyyy/MM/dd HH:mm') as the account's time zone reads it."""
        return datetime.strptime(text, "%Y/%m/%d %H:%M").replace(tzinfo=self.zone).astimezone(UTC)

    def values(self, name: str) -> list[str]:
        """Every value of a repeated query parameter (`keys=A&keys=B`) of the request being served."""
        return parse_qs(self._raw.query).get(name, [])

    def _serve(self, handler) -> None:
        self._raw.query = urlsplit(handler.path).query  # the base keeps one value a parameter
        super()._serve(handler)

    def signed_in(self, request: Request) -> bool:
        kind, _, credential = request.headers.get("authorization", "").partition(" ")
        if kind == "Bearer":
            return credential == self.oauth_token
        if kind != "Basic":
            return False
        try:
            return base64.b64decode(credential).decode() == f"{self.email}:{self.api_token}"
        except ValueError:
            return False

    def handle(self, request: Request) -> Reply:
        if not self.signed_in(request):
            return self.error(401, "UNAUTHORIZED", "Client must be authenticated to access this resource.")
        return self.route(request)

    def routes(self) -> list[tuple[str, Callable[..., Reply]]]:
        """(path pattern, handler) of every GET endpoint; the handler gets the pattern's groups."""
        raise NotImplementedError

    def route(self, request: Request) -> Reply:
        for pattern, handler in self.routes():
            match = re.fullmatch(pattern, request.path)
            if match and request.method == "GET":
                with self.lock:
                    return handler(request, *match.groups())
        return self.error(404, "NOT_FOUND", f"No resource at {request.path}")


def stored(engine: SyncEngine, name: str, model: type[Checkpoint]) -> Checkpoint | None:
    with engine.db.session() as s:
        raw = s.get(SourceRow, name).checkpoint
    return model.model_validate_json(raw) if raw else None


def fail_after_first_mark(engine: SyncEngine, name: str, site: LoopbackApi, prefix: str) -> Callable[[str, str], None]:
    """A progress callback: once the engine has stored a mark, the next requests under `prefix` answer 503,
    as many times as the connector tries (max_retries is 2)."""
    armed: list[bool] = []

    def on_progress(_outcome: str, _doc_id: str) -> None:
        if not armed and stored(engine, name, Checkpoint) is not None:
            armed.append(True)
            site.fail(prefix, times=3, status=503)

    return on_progress


def sync_engine(tmp_path: Path, name: str, kind: str, options: dict) -> SyncEngine:
    """The real sync engine over SQLite, with the index and the embedding work counted instead of done."""
    db = Database(f"sqlite:///{tmp_path / 'state.db'}")
    db.migrate()
    engine = SyncEngine(db, FakeIndex(), FakeProcessor(), IdentityStore(db),
                        checkpoint_every=CheckpointEvery(documents=1))
    engine.register(name, kind, {"options": options})
    return engine


def check_revoked_token(site: FakeAtlassianSite, tmp_path: Path, name: str, kind: str, documents: int) -> dict:
    """Sync once through the real engine, revoke the token, sync again: the source stops with one line that
    names it and what to fix, and its documents and checkpoint stay. Returns the options with the old token."""
    options = site.options()
    engine = sync_engine(tmp_path, name, kind, options)
    assert engine.sync(name).added == documents
    kept = stored(engine, name, Checkpoint)
    site.revoke()
    with pytest.raises(SyncError, match=rf"source '{name}'.*401.*create a new API token for {site.email}"):
        engine.sync(name)
    assert stored(engine, name, Checkpoint) == kept
    with engine.db.session() as s:
        assert s.get(SourceRow, name).last_status == "failed"
        assert s.query(DocumentRow).filter_by(source=name).count() == documents
    return options
