"""POST /v1/chat/completions (OpenAI-compatible, streaming as Server-Sent Events) and GET /v1/models."""

from __future__ import annotations

import json
import time
import uuid
from typing import Literal

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from assistant.api.auth import Caller, require
from assistant.api.errors import ApiError, responses
from assistant.api.schemas import CitationOut, FindingOut, citations_out, findings_out
from assistant.chat import Answer, AnswerDelta, ChatService, ConversationNotFound, Question, Retracted, Sources
from assistant.errors import LLMTimeoutError, ProviderUnavailableError, QueueFullError
from assistant.llm.router import LLMRouter
from assistant.retrieval import RetrievalFilters

router = APIRouter(prefix="/v1", tags=["chat"])

NOT_BLANK = r"\S"


class TextPart(BaseModel):
    type: Literal["text"]
    text: str = Field(max_length=200_000)


class MessageIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    role: Literal["system", "developer", "user", "assistant"]
    content: str | list[TextPart] | None = Field(None, description="Text, or a list of text parts.")
    name: str | None = None

    @property
    def text(self) -> str:
        if self.content is None:
            return ""
        if isinstance(self.content, str):
            return self.content
        return "".join(p.text for p in self.content)


class RagOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    conversation_id: str | None = Field(None, description="Continue a stored conversation (follow-ups are rewritten "
                                                            "with its history); omitted: a new one is started.")
    sources: list[str] = Field(default_factory=list, description="Only search these sources.")
    filters: RetrievalFilters = Field(default_factory=RetrievalFilters, description="Metadata filters (sources, "
                                      "documents, path prefixes, tags, modified range), applied inside the search.")
    include_sources: bool = Field(True, description="Return the citations with the answer.")


class ChatCompletionRequest(BaseModel):
    # OpenAI clients send more fields (n, user, stream_options, ...): accepted and ignored.
    model_config = ConfigDict(extra="ignore")

    model: str = Field(description="'assistant' (the configured model) or a model name from GET /v1/models.")
    messages: list[MessageIn] = Field(
        min_length=1, max_length=200,
        description="The conversation so far; the last user message with text is the question.",
        # The OpenAPI document says what the route needs: at least one user message with some text.
        json_schema_extra={"contains": {"type": "object", "required": ["role", "content"], "properties": {
            "role": {"const": "user"}, "content": {"type": "string", "pattern": NOT_BLANK}}}},
    )
    stream: bool = False
    temperature: float | None = Field(None, ge=0, le=2)
    max_tokens: int | None = Field(None, ge=1, le=32768, description="Capped at the server's own limit.")
    max_completion_tokens: int | None = Field(None, ge=1, le=32768)
    rag: RagOptions | None = Field(None, description="Retrieval extras (send with the OpenAI client's extra_body).")


class AssistantMessage(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str


class Choice(BaseModel):
    index: int = 0
    message: AssistantMessage
    finish_reason: Literal["stop", "length", "content_filter"]


class UsageOut(BaseModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    # Beyond OpenAI's fields (its clients ignore them): README's "Usage and energy".
    time_to_first_token_ms: float = Field(0.0, description="From the request to the model's first token, queue included.")
    tokens_per_second: float = Field(0.0, description="Generation speed after the first token.")
    energy_wh: float = Field(0.0, description="Estimate: the provider's configured power x its busy time.")

    @classmethod
    def of(cls, usage) -> UsageOut:
        return cls(prompt_tokens=usage.prompt_tokens, completion_tokens=usage.completion_tokens,
                   total_tokens=usage.prompt_tokens + usage.completion_tokens,
                   time_to_first_token_ms=round(usage.ttft_ms, 1), tokens_per_second=round(usage.tokens_per_s, 2),
                   energy_wh=round(usage.energy_wh, 6))


class ChatCompletion(BaseModel):
    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[Choice]
    usage: UsageOut
    answer_id: str = Field(description="Give it to POST /v1/feedback.")
    conversation_id: str = Field(description="Send it back in rag.conversation_id to ask a follow-up.")
    citations: list[CitationOut] = Field(default_factory=list)
    guard_findings: list[FindingOut] = Field(default_factory=list, description="What the guards did (not 'allow').")
    blocked: bool = Field(False, description="A guard stopped the answer; the content says why in general terms.")


class ModelOut(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int = 0
    owned_by: str = "assistant"


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelOut]


def available_models(request: Request, caller: Caller) -> list[str]:
    """The aliases of the default model and the configured providers this caller may choose."""
    rt = request.app.state.runtime
    return LLMRouter.of(rt.llm, rt.settings.llm).available(caller.principal)


@router.get("/models", response_model=ModelList, responses=responses(401, 403), summary="Models a caller may use")
def list_models(request: Request, caller: Caller = require("chat")) -> ModelList:
    return ModelList(data=[ModelOut(id=m) for m in available_models(request, caller)])


def _question(body: ChatCompletionRequest, caller: Caller) -> Question:
    instructions = "\n".join(m.text for m in body.messages if m.role in ("system", "developer") and m.text.strip())
    turns = [m for m in body.messages if m.role in ("user", "assistant")]
    asked = [i for i, m in enumerate(turns) if m.role == "user" and m.text.strip()]
    if not asked:
        raise ApiError(422, "messages: no 'user' message with text: the last one is the question")
    rag = body.rag or RagOptions()
    return Question(
        text=turns[asked[-1]].text, principal=caller.principal, conversation_id=rag.conversation_id,
        sources=tuple(rag.sources), filters=rag.filters, channel=caller.channel, instructions=instructions,
        history=tuple((m.role, m.text) for m in turns[:asked[-1]]),
        max_tokens=body.max_completion_tokens or body.max_tokens, temperature=body.temperature,
        model=body.model,
    )


def _api_error(exc: Exception) -> ApiError:
    if isinstance(exc, QueueFullError):
        return ApiError(429, str(exc), "rate_limit_error", "queue_full", headers={"Retry-After": "5"})
    if isinstance(exc, LLMTimeoutError):
        return ApiError(504, str(exc), "timeout_error")
    if isinstance(exc, ProviderUnavailableError):
        return ApiError(503, str(exc), "service_unavailable")
    if isinstance(exc, ConversationNotFound):
        return ApiError(404, "conversation not found", "not_found_error")
    return ApiError(400, str(exc))


class _Chunks:
    """Turns ChatService events into OpenAI chat.completion.chunk payloads."""

    def __init__(self, model: str, include_sources: bool) -> None:
        self.id = f"chatcmpl-{uuid.uuid4()}"
        self.created = int(time.time())
        self.model = model
        self.include_sources = include_sources
        self.citations: list[CitationOut] = []

    def chunk(self, delta: dict, finish: str | None = None, **extra) -> dict:
        return {"id": self.id, "object": "chat.completion.chunk", "created": self.created, "model": self.model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}

    def encode(self, event) -> str:
        if isinstance(event, Sources):
            self.citations = citations_out(event.citations) if self.include_sources else []
            payload = self.chunk({"role": "assistant", "content": ""},
                                 citations=[c.model_dump() for c in self.citations])
            return f"data: {json.dumps(payload)}\n\n"
        if isinstance(event, AnswerDelta):
            return f"data: {json.dumps(self.chunk({'content': event.text}))}\n\n"
        if isinstance(event, Retracted):
            # A distinct SSE event; its data is still a chunk, so OpenAI clients parse it without failing.
            payload = self.chunk({}, retraction={"message": event.message})
            return f"event: retraction\ndata: {json.dumps(payload)}\n\n"
        if isinstance(event, Answer):
            self.model = event.model or self.model  # a fallback may have answered instead of the planned one
            payload = self.chunk(
                {}, "content_filter" if event.blocked else "stop", usage=UsageOut.of(event.usage).model_dump(),
                answer_id=event.id, conversation_id=event.conversation_id, blocked=event.blocked,
                citations=[c.model_dump() for c in self.citations],
                guard_findings=[f.model_dump() for f in findings_out(event.findings)],
            )
            return f"data: {json.dumps(payload)}\n\ndata: [DONE]\n\n"
        raise TypeError(type(event))


_END = object()


def _next(events):
    return next(events, _END)


@router.post(
    "/chat/completions", response_model=ChatCompletion, responses=responses(400, 401, 403, 404, 413, 422, 429, 503),
    summary="Answer from the documents the caller may read (OpenAI-compatible)",
    description="With `stream: true` the answer arrives as Server-Sent Events in OpenAI's chunk format; a guard "
                "retraction arrives as `event: retraction` whose chunk carries `retraction.message`. The last chunk "
                "carries `answer_id`, `conversation_id`, `citations` and `guard_findings`.",
)
async def chat_completions(body: ChatCompletionRequest, request: Request, caller: Caller = require("chat")):
    models = available_models(request, caller)
    if body.model not in models:
        # OpenAI answers an unknown model with 404 and this code; clients handle it the same here.
        raise ApiError(404, f"unknown model {body.model!r}; available: {', '.join(models)}", "not_found_error",
                       "model_not_found")
    question = _question(body, caller)
    chat: ChatService = request.app.state.runtime.chat
    metrics = request.app.state.metrics
    events = chat.ask(question)
    # The provider planned for this caller; the final chunk names the one that answered (a fallback may).
    model = chat.router.plan(body.model, caller.principal).name
    include = (body.rag or RagOptions()).include_sources

    if not body.stream:
        try:
            collected = await anyio.to_thread.run_sync(list, events)
        except (Exception,) as exc:  # noqa: BLE001 - mapped to a status below, or re-raised
            raise _api_error(exc) from None
        answer = next(e for e in collected if isinstance(e, Answer))
        metrics.observe_answer(answer, caller.channel)
        return ChatCompletion(
            id=f"chatcmpl-{answer.id}", created=int(time.time()), model=answer.model or model,
            choices=[Choice(message=AssistantMessage(content=answer.text),
                            finish_reason="content_filter" if answer.blocked else "stop")],
            usage=UsageOut.of(answer.usage),
            answer_id=answer.id, conversation_id=answer.conversation_id,
            citations=citations_out(answer.citations) if include else [],
            guard_findings=findings_out(answer.findings), blocked=answer.blocked,
        )

    # Read up to the first piece of answer before answering 200, so that a full queue, an unknown
    # conversation or a down provider get their proper status instead of a broken stream.
    chunks = _Chunks(model, include)
    head: list = []
    try:
        while True:
            event = await anyio.to_thread.run_sync(_next, events)
            if event is _END:
                break
            head.append(event)
            if isinstance(event, (AnswerDelta, Answer, Retracted)):
                break
    except Exception as exc:  # noqa: BLE001
        await anyio.to_thread.run_sync(events.close)
        raise _api_error(exc) from None

    async def stream():
        try:
            pending = list(head)
            while True:
                event = pending.pop(0) if pending else await anyio.to_thread.run_sync(_next, events)
                if event is _END:
                    break
                if isinstance(event, Answer):
                    metrics.observe_answer(event, caller.channel)
                yield chunks.encode(event)
                if await request.is_disconnected():
                    break
        except Exception as exc:  # noqa: BLE001 - after the 200, an error travels as an SSE error object
            err = _api_error(exc)
            yield f"data: {json.dumps({'error': {'message': err.message, 'type': err.type, 'code': err.code}})}\n\n"
        finally:
            # A client that went away stops the generation: closing the events closes the model stream.
            with anyio.CancelScope(shield=True):
                await anyio.to_thread.run_sync(events.close)

    return StreamingResponse(stream(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
