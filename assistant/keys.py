"""API and widget keys: random secrets shown once, stored as SHA-256 hashes."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select

from assistant.admin_log import record_admin
from assistant.errors import AssistantError
from assistant.state import Database
from assistant.state.tables import ApiKeyRow

SCOPES = ("chat", "search", "ingest", "admin")
API_PREFIX = "sk-asst-"
WIDGET_PREFIX = "wk-asst-"


def hash_secret(secret: str) -> str:
    # Keys are 256-bit random: a plain SHA-256 is enough; no password stretching is needed.
    return hashlib.sha256(secret.encode()).hexdigest()


@dataclass(frozen=True)
class KeyInfo:
    id: str
    kind: str
    user: str
    groups: tuple[str, ...]
    scopes: tuple[str, ...]
    origins: tuple[str, ...]
    label: str
    created_at: datetime
    revoked_at: datetime | None
    last_used_at: datetime | None
    signing: dict

    @classmethod
    def of(cls, row: ApiKeyRow) -> KeyInfo:
        return cls(id=row.id, kind=row.kind, user=row.user, groups=tuple(row.groups), scopes=tuple(row.scopes),
                   origins=tuple(row.origins), label=row.label, created_at=row.created_at, revoked_at=row.revoked_at,
                   last_used_at=row.last_used_at, signing=dict(row.signing or {}))


class KeyStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, *, user: str, groups: tuple[str, ...] = (), scopes: tuple[str, ...] = ("chat",),
               kind: str = "api", origins: tuple[str, ...] = (), label: str = "", signing: dict | None = None,
               actor: str = "cli") -> tuple[KeyInfo, str]:
        """A new key and its secret; the secret is not kept and cannot be shown again."""
        bad = sorted(set(scopes) - set(SCOPES))
        if bad:
            raise AssistantError(f"unknown scopes {bad}; known: {', '.join(SCOPES)}")
        if not user.strip():
            raise AssistantError("a key needs a user (an email)")
        secret = (WIDGET_PREFIX if kind == "widget" else API_PREFIX) + secrets.token_urlsafe(32)
        row = ApiKeyRow(id=str(uuid.uuid4()), kind=kind, user=user.strip().lower(),
                        groups=sorted({g.strip().lower() for g in groups if g.strip()}), scopes=list(scopes),
                        origins=list(origins), secret_hash=hash_secret(secret), signing=signing or {}, label=label,
                        created_at=datetime.now(timezone.utc))
        with self.db.session() as s:
            s.add(row)
        record_admin(self.db, actor, "key.create", row.id, kind=kind, user=row.user, scopes=list(scopes))
        return KeyInfo.of(row), secret

    def lookup(self, secret: str) -> KeyInfo | None:
        """The live key with this secret, or None (unknown and revoked keys look the same)."""
        with self.db.session() as s:
            row = s.scalar(select(ApiKeyRow).where(ApiKeyRow.secret_hash == hash_secret(secret)))
            if row is None or row.revoked_at is not None:
                return None
            return KeyInfo.of(row)

    def touch(self, key_id: str) -> None:
        with self.db.session() as s:
            row = s.get(ApiKeyRow, key_id)
            if row is not None:
                row.last_used_at = datetime.now(timezone.utc)

    def list(self, include_revoked: bool = False) -> list[KeyInfo]:
        stmt = select(ApiKeyRow).order_by(ApiKeyRow.created_at)
        if not include_revoked:
            stmt = stmt.where(ApiKeyRow.revoked_at.is_(None))
        with self.db.session() as s:
            return [KeyInfo.of(r) for r in s.scalars(stmt)]

    def revoke(self, key_id: str, actor: str = "cli") -> KeyInfo:
        with self.db.session() as s:
            row = s.get(ApiKeyRow, key_id)
            if row is None:
                raise AssistantError(f"no key {key_id!r}")
            if row.revoked_at is None:
                row.revoked_at = datetime.now(timezone.utc)
            info = KeyInfo.of(row)
        record_admin(self.db, actor, "key.revoke", key_id)
        return info
