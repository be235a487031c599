"""API and widget keys: random secrets shown once, stored as SHA-256 hashes.

A widget key lives in a public web page, so on its own it reaches only public documents. The host page's
backend can vouch for a signed-in visitor with a short-lived JWT signed either with a per-key secret made
here (HS256; shown once, kept encrypted with the vault key) or with the host's own RSA key (RS256; we keep
its public key).
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Literal
from urllib.parse import urlsplit

import jwt
from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key
from sqlalchemy import select

from assistant.admin_log import record_admin
from assistant.errors import AssistantError
from assistant.state import Database
from assistant.state.tables import ApiKeyRow

SCOPES = ("chat", "search", "ingest", "admin")
WIDGET_SCOPES = ("chat",)
API_PREFIX = "sk-asst-"
WIDGET_PREFIX = "wk-asst-"
# A key's last use is written at most this often: one UPDATE per request would serialize SQLite writers.
TOUCH_EVERY_S = 60.0


def hash_secret(secret: str) -> str:
    # Keys are 256-bit random: a plain SHA-256 is enough; no password stretching is needed.
    return hashlib.sha256(secret.encode()).hexdigest()


def normalize_origin(origin: str) -> str:
    """'https://App.Example:443/' -> 'https://app.example:443'; anything but a bare http(s) origin is refused."""
    raw = origin.strip()
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path not in ("", "/") \
            or parts.query or parts.fragment or "@" in parts.netloc:
        raise AssistantError(f"{raw!r} is not an origin: write scheme://host[:port], such as https://intranet.example")
    return f"{parts.scheme}://{parts.netloc.lower()}"


@dataclass(frozen=True)
class HostSigning:
    """How the host page's backend signs its visitors' tokens: HS256 with a secret made here, or RS256."""

    alg: Literal["HS256", "RS256"] = "HS256"
    public_key_pem: str = ""  # RS256 only: the host's RSA public key, PEM


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
    signing_alg: str = ""  # widget keys: "HS256" or "RS256"
    # Set only on the KeyInfo that `create` returns for an HS256 widget key: shown once, never again.
    signing_secret: str = field(default="", repr=False)

    @classmethod
    def of(cls, row: ApiKeyRow, signing_secret: str = "") -> KeyInfo:
        return cls(id=row.id, kind=row.kind, user=row.user, groups=tuple(row.groups), scopes=tuple(row.scopes),
                   origins=tuple(row.origins), label=row.label, created_at=row.created_at, revoked_at=row.revoked_at,
                   last_used_at=row.last_used_at, signing_alg=(row.signing or {}).get("alg", ""),
                   signing_secret=signing_secret)


def _rsa_public_key(pem: str) -> RSAPublicKey:
    try:
        key = load_pem_public_key(pem.encode())
    except (ValueError, TypeError):
        raise AssistantError("the RS256 public key is not a PEM public key") from None
    if not isinstance(key, RSAPublicKey):
        raise AssistantError("the RS256 public key must be an RSA key")
    if key.key_size < 2048:
        raise AssistantError(f"the RS256 public key has {key.key_size} bits; at least 2048 are needed")
    return key


class KeyStore:
    def __init__(self, db: Database, vault_keys: Callable[[], Sequence[bytes]] | None = None) -> None:
        """`vault_keys` gives the Fernet keys (newest first) that encrypt widget signing secrets; it is called
        only when one is made, so a store that never makes HS256 widget keys needs none."""
        self.db = db
        self._vault_keys = vault_keys
        self._touched: dict[str, float] = {}
        self._lock = threading.Lock()

    def create(self, *, user: str = "", groups: tuple[str, ...] = (), scopes: tuple[str, ...] = ("chat",),
               kind: Literal["api", "widget"] = "api", origins: tuple[str, ...] = (), label: str = "",
               signing: HostSigning | None = None, actor: str = "cli") -> tuple[KeyInfo, str]:
        """A new key and its secret; the secret is not kept and cannot be shown again.

        A widget key also gets `info.signing_secret` when its host tokens are HS256 (the default).
        """
        bad = sorted(set(scopes) - set(SCOPES))
        if bad:
            raise AssistantError(f"unknown scopes {bad}; known: {', '.join(SCOPES)}")
        if not scopes:
            raise AssistantError("a key needs at least one scope")
        key_id = str(uuid.uuid4())
        stored_signing: dict = {}
        signing_secret = ""
        if kind == "widget":
            extra = sorted(set(scopes) - set(WIDGET_SCOPES))
            if extra:
                raise AssistantError(f"a widget key lives in a public page: it gets the 'chat' scope only, not {extra}")
            if groups:
                raise AssistantError("a widget key has no groups: signed-in visitors bring theirs in a host token")
            if not origins:
                raise AssistantError("a widget key needs at least one origin, such as https://intranet.example")
            origins = tuple(dict.fromkeys(normalize_origin(o) for o in origins))
            stored_signing, signing_secret = self._signing(signing or HostSigning())
            user = user.strip().lower() or f"widget:{key_id}"
        elif kind == "api":
            if origins or signing:
                raise AssistantError("origins and host signing belong to widget keys")
            if not user.strip():
                raise AssistantError("a key needs a user (an email)")
            user = user.strip().lower()
        else:
            raise AssistantError(f"unknown key kind {kind!r}: 'api' or 'widget'")
        secret = (WIDGET_PREFIX if kind == "widget" else API_PREFIX) + secrets.token_urlsafe(32)
        row = ApiKeyRow(id=key_id, kind=kind, user=user,
                        groups=sorted({g.strip().lower() for g in groups if g.strip()}), scopes=list(scopes),
                        origins=list(origins), secret_hash=hash_secret(secret), signing=stored_signing, label=label,
                        created_at=datetime.now(timezone.utc))
        with self.db.session() as s:
            s.add(row)
        record_admin(self.db, actor, "key.create", row.id, kind=kind, user=row.user, scopes=list(scopes),
                     origins=list(origins))
        return KeyInfo.of(row, signing_secret), secret

    def _signing(self, signing: HostSigning) -> tuple[dict, str]:
        if signing.alg == "RS256":
            _rsa_public_key(signing.public_key_pem)
            return {"alg": "RS256", "public_key": signing.public_key_pem.strip()}, ""
        if signing.alg != "HS256":
            raise AssistantError(f"host tokens are signed with HS256 or RS256, not {signing.alg!r}")
        if self._vault_keys is None:
            raise AssistantError("this key store has no vault key: HS256 signing secrets cannot be stored encrypted")
        secret = secrets.token_urlsafe(32)
        token = MultiFernet([Fernet(k) for k in self._vault_keys()]).encrypt(secret.encode())
        return {"alg": "HS256", "secret": token.decode()}, secret

    def lookup(self, secret: str) -> KeyInfo | None:
        """The live key with this secret, or None (unknown and revoked keys look the same)."""
        with self.db.session() as s:
            row = s.scalar(select(ApiKeyRow).where(ApiKeyRow.secret_hash == hash_secret(secret)))
            if row is None or row.revoked_at is not None:
                return None
            return KeyInfo.of(row)

    def host_key(self, key_id: str, vault_keys: Sequence[bytes]) -> tuple[str, object]:
        """The algorithm and verification key of a widget key's host tokens."""
        with self.db.session() as s:
            row = s.get(ApiKeyRow, key_id)
            signing = dict(row.signing or {}) if row is not None else {}
        if signing.get("alg") == "RS256":
            return "RS256", _rsa_public_key(signing["public_key"])
        if signing.get("alg") == "HS256":
            try:
                return "HS256", MultiFernet([Fernet(k) for k in vault_keys]).decrypt(signing["secret"].encode())
            except InvalidToken:
                raise AssistantError("a widget signing secret cannot be decrypted with the configured vault key") \
                    from None
        raise AssistantError("this widget key has no host signing: it cannot vouch for signed-in visitors")

    def touch(self, key_id: str) -> None:
        """Record a use of the key, at most once a minute per key."""
        now = time.monotonic()
        with self._lock:
            if now - self._touched.get(key_id, -TOUCH_EVERY_S) < TOUCH_EVERY_S:
                return
            self._touched[key_id] = now
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


def mint_user_token(secret: str | bytes, key_id: str, email: str, groups: Sequence[str] = (), ttl_s: int = 300,
                    *, sub: str = "", algorithm: Literal["HS256", "RS256"] = "HS256") -> str:
    """What a host page's backend does for a signed-in visitor: a short-lived token for the widget key `key_id`.

    `secret` is the widget key's HS256 signing secret, or the host's RSA private key (PEM) with RS256.
    """
    now = int(time.time())
    claims = {"sub": sub or email, "email": email, "groups": list(groups), "aud": key_id, "iat": now,
              "exp": now + int(ttl_s)}
    return jwt.encode(claims, secret, algorithm=algorithm)
