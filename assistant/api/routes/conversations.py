"""POST /v1/feedback and GET /v1/conversations/{id}: both belong to the principal that asked."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import anyio
from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from assistant.api.auth import Caller, require
from assistant.api.errors import ApiError, not_found, responses
from assistant.chat import ConversationNotFound
from assistant.feedback import MAX_COMMENT_CHARS, AnswerNotFound, CommentTooLong, record_feedback

router = APIRouter(prefix="/v1", tags=["conversations"])


class FeedbackIn(BaseModel):
    answer_id: str = Field(min_length=1, max_length=64, description="The answer_id of a chat completion.")
    rating: Literal["up", "down"] = Field(description="Thumbs up or down.")
    # The limit is checked in the route, not here: an oversized comment is a 413, like an oversized body.
    comment: str = Field("", description=f"Optional words on what was good or wrong, at most {MAX_COMMENT_CHARS} "
                                         "characters (more answers 413); stored pseudonymized like the question.")


class FeedbackOut(BaseModel):
    id: int
    answer_id: str
    rating: Literal["up", "down"]
    created_at: datetime


class SourceRef(BaseModel):
    number: int
    doc_id: str
    title: str = ""
    uri: str = ""


class TurnOut(BaseModel):
    role: Literal["user", "assistant"]
    content: str = Field(description="Personal data the caller may not see stays as a placeholder.")
    sources: list[SourceRef] = Field(default_factory=list)
    created_at: datetime


class ConversationOut(BaseModel):
    id: str
    channel: str
    created_at: datetime
    messages: list[TurnOut]


@router.post("/feedback", response_model=FeedbackOut, status_code=201, responses=responses(401, 403, 404, 413, 422),
             summary="Rate an answer (thumbs up or down, optional comment)",
             description="Rating the same answer again replaces the earlier rating. Answers given to someone else "
                         f"answer 404, like unknown ids; a comment over {MAX_COMMENT_CHARS} characters answers 413.")
async def feedback(body: FeedbackIn, request: Request, caller: Caller = require("chat")) -> FeedbackOut:
    rt = request.app.state.runtime

    def store():
        return record_feedback(rt.db, answer_id=body.answer_id, principal=caller.principal.user, rating=body.rating,
                               comment=body.comment, channel=caller.channel, scrub=lambda conversation, text:
                               rt.chat.pseudonymize_for_storage(conversation, caller.principal.user, text))

    try:
        record = await anyio.to_thread.run_sync(store)
    except AnswerNotFound:
        raise not_found("answer") from None
    except CommentTooLong as exc:
        raise ApiError(413, str(exc), code="comment_too_long") from None
    request.app.state.metrics.feedback.labels(caller.channel, body.rating).inc()
    return FeedbackOut(id=record.id, answer_id=record.answer_id, rating=body.rating, created_at=record.created_at)


@router.get("/conversations/{conversation_id}", response_model=ConversationOut, responses=responses(401, 403, 404),
            summary="A conversation of the caller, turn by turn")
async def conversation(conversation_id: str, request: Request, caller: Caller = require("chat")) -> ConversationOut:
    chat = request.app.state.runtime.chat
    try:
        row, turns = await anyio.to_thread.run_sync(chat.transcript, conversation_id, caller.principal)
    except ConversationNotFound:
        raise not_found("conversation") from None
    return ConversationOut(
        id=row.id, channel=row.channel, created_at=row.created_at,
        messages=[TurnOut(role=t.role, content=t.text, created_at=t.created_at,
                          sources=[SourceRef(**{k: v for k, v in s.items() if k in SourceRef.model_fields})
                                   for s in t.sources]) for t in turns],
    )
