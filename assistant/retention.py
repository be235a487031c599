"""How long records are kept, and erasing one person: the retention periods of the settings and `forget`.

Retention deletes whole records past their period. `forget_user` erases everything a person left behind:
their conversations and messages, vaults, feedback, Slack thread links, API keys and regression cases, and the
text of their audit records. The audit records themselves stay, stripped of the person and their words, so
answer counts, timings, sources and guard findings still add up.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import Text, cast, delete, exists, func, or_, select, update

from assistant.admin_log import record_admin
from assistant.settings import Settings
from assistant.state import Database
from assistant.state.tables import (
    AdminEventRow,
    ApiKeyRow,
    AuditRow,
    ConversationRow,
    FeedbackRow,
    MessageRow,
    SlackThreadRow,
    VaultRow,
)

RETENTION_ACTOR = "retention"


@dataclass(frozen=True)
class RetentionSummary:
    conversations: int = 0
    messages: int = 0
    vaults: int = 0
    audit: int = 0
    feedback: int = 0

    @property
    def total(self) -> int:
        return self.conversations + self.messages + self.vaults + self.audit + self.feedback

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass(frozen=True)
class ForgetSummary:
    """What `forget_user` erased; `token` stands for the person in the records that stay."""

    token: str
    conversations: int = 0
    messages: int = 0
    vaults: int = 0
    feedback: int = 0
    audit_erased: int = 0
    api_keys: int = 0
    admin_events: int = 0
    regression_cases: int = 0

    def as_dict(self) -> dict[str, int | str]:
        return asdict(self)


def run_retention(db: Database, settings: Settings, now: datetime | None = None) -> RetentionSummary:
    """Delete what is past its retention period; a period of 0 keeps that kind of record."""
    r = settings.retention
    now = now or datetime.now(timezone.utc)
    conversations = messages = vaults = audit = feedback = 0
    with db.session() as s:
        if r.conversations_days:
            cutoff = now - timedelta(days=r.conversations_days)
            recent = exists().where(MessageRow.conversation_id == ConversationRow.id, MessageRow.created_at >= cutoff)
            ids = list(s.scalars(select(ConversationRow.id).where(ConversationRow.created_at < cutoff, ~recent)))
            c, m, v = _delete_conversations(s, ids)
            conversations, messages, vaults = c, m, vaults + v
        # Expired vaults open to nothing; the vault store drops them lazily, retention for good.
        vaults += s.execute(delete(VaultRow).where(VaultRow.expires_at <= now)).rowcount
        if r.vaults_days:
            # A vault's creation is its expiry less the TTL (the one configured now).
            created_before = now - timedelta(days=r.vaults_days) + timedelta(hours=settings.privacy.vault_ttl_hours)
            vaults += s.execute(delete(VaultRow).where(VaultRow.expires_at <= created_before)).rowcount
        if r.audit_days:
            cutoff = now - timedelta(days=r.audit_days)
            audit = s.execute(delete(AuditRow).where(AuditRow.created_at < cutoff)).rowcount
        if r.feedback_days:
            cutoff = now - timedelta(days=r.feedback_days)
            feedback = s.execute(delete(FeedbackRow).where(FeedbackRow.created_at < cutoff)).rowcount
    summary = RetentionSummary(conversations, messages, vaults, audit, feedback)
    if summary.total:
        record_admin(db, RETENTION_ACTOR, "retention.run", "", **summary.as_dict())
    return summary


def _delete_conversations(s, ids: list[str], chunk: int = 500) -> tuple[int, int, int]:
    """Conversations with their messages, vaults and Slack thread links; returns the three counts."""
    conversations = messages = vaults = 0
    for i in range(0, len(ids), chunk):
        part = ids[i:i + chunk]
        messages += s.execute(delete(MessageRow).where(MessageRow.conversation_id.in_(part))).rowcount
        vaults += s.execute(delete(VaultRow).where(VaultRow.conversation_id.in_(part))).rowcount
        s.execute(delete(SlackThreadRow).where(SlackThreadRow.conversation_id.in_(part)))
        conversations += s.execute(delete(ConversationRow).where(ConversationRow.id.in_(part))).rowcount
    return conversations, messages, vaults


def forget_user(db: Database, email: str, *, actor: str, regression_file: Path | None = None) -> ForgetSummary:
    """Erase one person (their canonical email) from the state database and the regression set.

    Their audit records keep counts, timings, sources and findings, but no longer name them or hold their
    words; the admin log's mentions of them become a random token, and the erasure itself is logged under
    that token, so the log shows it happened without saying who it was.
    """
    user = email.strip().lower()
    token = f"erased:{uuid.uuid4().hex[:12]}"
    with db.session() as s:
        ids = list(s.scalars(select(ConversationRow.id).where(func.lower(ConversationRow.principal) == user)))
        conversations, messages, vaults = _delete_conversations(s, ids)
        vaults += s.execute(delete(VaultRow).where(func.lower(VaultRow.owner) == user)).rowcount
        feedback = s.execute(delete(FeedbackRow).where(func.lower(FeedbackRow.principal) == user)).rowcount
        answers = list(s.scalars(select(AuditRow.id).where(func.lower(AuditRow.principal) == user)))
        audit = s.execute(update(AuditRow).where(func.lower(AuditRow.principal) == user).values(
            principal=token, question="", answer="")).rowcount
        # Their keys would only write new records about them.
        keys = s.execute(delete(ApiKeyRow).where(func.lower(ApiKeyRow.user) == user)).rowcount
        events = 0
        mentioned = or_(func.lower(AdminEventRow.actor) == user, func.lower(AdminEventRow.target) == user,
                        func.lower(cast(AdminEventRow.detail, Text)).contains(user, autoescape=True))
        for row in s.scalars(select(AdminEventRow).where(mentioned)):
            row.actor = token if row.actor.lower() == user else row.actor
            row.target = token if row.target.lower() == user else row.target
            row.detail = _replace(row.detail, user, token)
            events += 1
    cases = 0
    if regression_file is not None:
        from assistant.regression import drop_cases

        cases = drop_cases(regression_file, set(answers))
    summary = ForgetSummary(token=token, conversations=conversations, messages=messages, vaults=vaults,
                            feedback=feedback, audit_erased=audit, api_keys=keys, admin_events=events,
                            regression_cases=cases)
    detail = {k: v for k, v in summary.as_dict().items() if k != "token"}
    record_admin(db, actor, "user.forget", token, **detail)
    return summary


def _replace(value, user: str, token: str):
    """`value` (JSON) with every string that is, or holds, the user's email replaced by the token."""
    if isinstance(value, str):
        return token if user in value.lower() else value
    if isinstance(value, list):
        return [_replace(v, user, token) for v in value]
    if isinstance(value, dict):
        return {k: _replace(v, user, token) for k, v in value.items()}
    return value
