"""Tables of the relational state. Changes here need an Alembic migration."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UtcDateTime(TypeDecorator):
    """Timestamps stored in UTC and always read back timezone-aware (SQLite alone would drop the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None:
            value = value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
        return value

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value


class Base(DeclarativeBase):
    pass


class SourceRow(Base):
    """A configured source and where its last sync stopped."""

    __tablename__ = "sources"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    kind: Mapped[str] = mapped_column(String(64))
    config: Mapped[dict] = mapped_column(JSON, default=dict)
    checkpoint: Mapped[str | None] = mapped_column(Text, nullable=True)
    last_sync_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    last_status: Mapped[str] = mapped_column(String(32), default="never")
    last_summary: Mapped[dict] = mapped_column(JSON, default=dict)


class DocumentRow(Base):
    """The ledger: one row per document in the store, with the hash its chunks were built from."""

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(1000), primary_key=True)
    source: Mapped[str] = mapped_column(String(200), index=True)
    uri: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    chunk_count: Mapped[int] = mapped_column(Integer, default=0)
    access: Mapped[list] = mapped_column(JSON, default=list)
    modified: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="indexed")
    error: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="")
    duplicate_of: Mapped[str | None] = mapped_column(String(1000), nullable=True)
    local_only: Mapped[bool] = mapped_column(default=False)
    minhash: Mapped[list] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class ConversationRow(Base):
    __tablename__ = "conversations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    principal: Mapped[str] = mapped_column(String(320), index=True)
    channel: Mapped[str] = mapped_column(String(32), default="cli")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class MessageRow(Base):
    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    content: Mapped[str] = mapped_column(Text)
    sources: Mapped[list] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class DocumentBandRow(Base):
    """Locality-sensitive hash bands of a document's MinHash: near-duplicate candidates share a band."""

    __tablename__ = "document_bands"

    band: Mapped[str] = mapped_column(String(40), primary_key=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True, index=True)


class IdentityUserRow(Base):
    __tablename__ = "identity_users"

    email: Mapped[str] = mapped_column(String(320), primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    directory: Mapped[str] = mapped_column(String(200), index=True)


class IdentityAliasRow(Base):
    """A source-local id (uid, DN, mailbox login) and the canonical user or group it stands for."""

    __tablename__ = "identity_aliases"

    local_id: Mapped[str] = mapped_column(String(1000), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # "user" or "group"
    target: Mapped[str] = mapped_column(String(320))
    directory: Mapped[str] = mapped_column(String(200), index=True)


class IdentityMemberRow(Base):
    """A direct membership: `member` (a user email or a group name) is in `group`."""

    __tablename__ = "identity_members"
    __table_args__ = (UniqueConstraint("group", "member_kind", "member", "directory"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    group: Mapped[str] = mapped_column(String(320), index=True)
    member_kind: Mapped[str] = mapped_column(String(8))
    member: Mapped[str] = mapped_column(String(320), index=True)
    directory: Mapped[str] = mapped_column(String(200), index=True)


class VaultRow(Base):
    """A conversation's pseudonymization vault, encrypted; only its owner's requests open it."""

    __tablename__ = "vaults"

    conversation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    owner: Mapped[str] = mapped_column(String(320), index=True)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)


class AuditRow(Base):
    """One answer: who asked, what went in and out (pseudonymized), what the guards found, what it cost."""

    __tablename__ = "audit_records"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, index=True)
    principal: Mapped[str] = mapped_column(String(320), index=True)
    channel: Mapped[str] = mapped_column(String(32))
    conversation_id: Mapped[str] = mapped_column(String(36), index=True)
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    sources: Mapped[list] = mapped_column(JSON, default=list)
    findings: Mapped[list] = mapped_column(JSON, default=list)
    blocked: Mapped[bool] = mapped_column(default=False)
    model: Mapped[str] = mapped_column(String(200))
    prompt_version: Mapped[str] = mapped_column(String(100))
    prompt_tokens: Mapped[int] = mapped_column(Integer, default=0)
    completion_tokens: Mapped[int] = mapped_column(Integer, default=0)
    timings_ms: Mapped[dict] = mapped_column(JSON, default=dict)
    # Which provider answered (the router's name for it), its speed, and the energy estimate of README's "Usage".
    provider: Mapped[str] = mapped_column(String(200), default="")
    ttft_ms: Mapped[float] = mapped_column(Float, default=0.0)
    tokens_per_s: Mapped[float] = mapped_column(Float, default=0.0)
    energy_wh: Mapped[float] = mapped_column(Float, default=0.0)


class ApiKeyRow(Base):
    """An API or widget key; only the SHA-256 of its secret is stored."""

    __tablename__ = "api_keys"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "api" or "widget"
    user: Mapped[str] = mapped_column(String(320), index=True)
    groups: Mapped[list] = mapped_column(JSON, default=list)
    scopes: Mapped[list] = mapped_column(JSON, default=list)
    origins: Mapped[list] = mapped_column(JSON, default=list)
    secret_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # Widget keys: the host's token-signing secret (HS256), encrypted with the vault key, or an RS256 public key.
    signing: Mapped[dict] = mapped_column(JSON, default=dict)
    label: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    last_used_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class FeedbackRow(Base):
    """A rating of one answer, with the pseudonymized question and answer it rates."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    answer_id: Mapped[str] = mapped_column(String(36), index=True)
    conversation_id: Mapped[str] = mapped_column(String(36), index=True)
    channel: Mapped[str] = mapped_column(String(32))
    principal: Mapped[str] = mapped_column(String(320), index=True)
    rating: Mapped[int] = mapped_column(Integer)  # +1 or -1
    comment: Mapped[str] = mapped_column(Text, default="")
    question: Mapped[str] = mapped_column(Text, default="")
    answer: Mapped[str] = mapped_column(Text, default="")
    sources: Mapped[list] = mapped_column(JSON, default=list)
    model: Mapped[str] = mapped_column(String(200), default="")
    prompt_version: Mapped[str] = mapped_column(String(100), default="")
    timings_ms: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, index=True)

    __table_args__ = (UniqueConstraint("answer_id", "principal", name="uq_feedback_answer_principal"),)


class AdminEventRow(Base):
    """The admin audit log: key creation and revocation, source changes, deletions, exports."""

    __tablename__ = "admin_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(320), index=True)
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


class SlackThreadRow(Base):
    """A Slack thread the bot answered in: each person's follow-ups there continue their own conversation."""

    __tablename__ = "slack_threads"

    team_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    channel_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    thread_ts: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    conversation_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class SlackMessageRow(Base):
    """A Slack message the bot took up, so a retried or doubled event (mention and message) is answered once."""

    __tablename__ = "slack_messages"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, index=True)


class HubModelRow(Base):
    """A model the deployment may load: where it lies and the hash it had when it was registered."""

    __tablename__ = "hub_models"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # llm, embedding, ner or reranker
    path: Mapped[str] = mapped_column(Text)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    quantization: Mapped[str] = mapped_column(String(32), default="")
    context_length: Mapped[int | None] = mapped_column(Integer, nullable=True)
    chat_template: Mapped[str] = mapped_column(Text, default="")
    licence: Mapped[str] = mapped_column(String(200), default="")
    origin: Mapped[str] = mapped_column(String(300), default="path")  # "<distribution> <version>" or "path"
    added_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    verified_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="ok")  # ok, changed or missing
