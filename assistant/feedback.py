"""The feedback store: ratings of answers, with the pseudonymized question and answer they rate.

Every channel (API, widget, Slack) records feedback here; the report and the regression set read it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from assistant.errors import AssistantError
from assistant.state import Database
from assistant.state.tables import AuditRow, FeedbackRow

RATINGS = {"up": 1, "down": -1}
# Comments are words on an answer, not documents: the API answers 413 above this.
MAX_COMMENT_CHARS = 4000


class AnswerNotFound(AssistantError):
    """No answer with this id, or it was given to someone else (the two look the same)."""


class CommentTooLong(AssistantError):
    """A feedback comment over MAX_COMMENT_CHARS."""


@dataclass(frozen=True)
class FeedbackRecord:
    id: int
    answer_id: str
    rating: str
    comment: str
    channel: str
    created_at: datetime


def record_feedback(db: Database, *, answer_id: str, principal: str, rating: str, comment: str = "",
                    channel: str = "api", scrub: Callable[[str, str], str] | None = None) -> FeedbackRecord:
    """Store (or replace) `principal`'s rating of one of their answers.

    `scrub(conversation_id, text)` pseudonymizes the comment with the conversation's vault: users write
    names and numbers into comments too.
    """
    if rating not in RATINGS:
        raise AssistantError(f"rating must be one of {sorted(RATINGS)}")
    if len(comment) > MAX_COMMENT_CHARS:
        raise CommentTooLong(f"the comment has {len(comment)} characters; at most {MAX_COMMENT_CHARS} are kept")
    with db.session() as s:
        audit = s.get(AuditRow, answer_id)
        if audit is None or audit.principal != principal:
            raise AnswerNotFound(f"no answer {answer_id!r}")
        conversation_id = audit.conversation_id
    if scrub is not None and comment.strip():
        comment = scrub(conversation_id, comment)
    with db.session() as s:
        audit = s.get(AuditRow, answer_id)
        row = s.scalar(select(FeedbackRow).where(FeedbackRow.answer_id == answer_id,
                                                 FeedbackRow.principal == principal))
        if row is None:
            row = FeedbackRow(answer_id=answer_id, principal=principal)
            s.add(row)
        # The audit record holds the question and answer already pseudonymized: nothing personal in clear.
        row.conversation_id = audit.conversation_id
        row.channel = channel
        row.rating = RATINGS[rating]
        row.comment = comment.strip()
        row.question = audit.question
        row.answer = audit.answer
        row.sources = list(audit.sources or [])
        row.model = audit.model
        row.prompt_version = audit.prompt_version
        row.timings_ms = dict(audit.timings_ms or {})
        s.flush()
        return FeedbackRecord(id=row.id, answer_id=answer_id, rating=rating, comment=row.comment, channel=channel,
                              created_at=row.created_at)


def list_feedback(db: Database, *, since: datetime | None = None, limit: int = 100,
                  rating: str | None = None) -> list[FeedbackRow]:
    stmt = select(FeedbackRow).order_by(FeedbackRow.created_at.desc()).limit(limit)
    if since is not None:
        stmt = stmt.where(FeedbackRow.created_at >= since)
    if rating is not None:
        stmt = stmt.where(FeedbackRow.rating == RATINGS[rating])
    with db.session() as s:
        return list(s.scalars(stmt))


def export_feedback(db: Database, *, since: datetime | None = None, batch: int = 500) -> Iterator[dict]:
    """Every rating, oldest first, as it may leave the system: pseudonymized text and no principal."""
    last = 0
    while True:
        stmt = select(FeedbackRow).where(FeedbackRow.id > last).order_by(FeedbackRow.id).limit(batch)
        if since is not None:
            stmt = stmt.where(FeedbackRow.created_at >= since)
        with db.session() as s:
            rows = list(s.scalars(stmt))
        for r in rows:
            yield {
                "id": r.id, "answer_id": r.answer_id, "conversation_id": r.conversation_id, "channel": r.channel,
                "rating": "up" if r.rating > 0 else "down", "comment": r.comment, "question": r.question,
                "answer": r.answer, "sources": r.sources, "model": r.model, "prompt_version": r.prompt_version,
                "timings_ms": r.timings_ms, "created_at": r.created_at.isoformat(),
            }
        if len(rows) < batch:
            return
        last = rows[-1].id
