"""The ChatService every channel calls: guards, retrieval, context, model, guarded release."""

from __future__ import annotations

import time
import uuid
from datetime import datetime
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from sqlalchemy import select

from assistant.audit import record_audit
from assistant.errors import AssistantError
from assistant.llm.base import (
    ChatMessage,
    ChatRequest,
    LLMProvider,
    StreamEnd,
    TokenDelta,
    Usage,
)
from assistant.prompts import PromptTemplate
from assistant.retrieval import Principal, RetrievalQuery, RetrievedChunk, Retriever
from assistant.settings import Settings
from assistant.state import Database
from assistant.state.tables import ConversationRow, MessageRow
from guardrails import GuardContext, GuardPipeline, GuardResult, Span
from guardrails.pii.pseudonymize import defuse, restore
from guardrails.pii.vault import Vault, VaultEntry, VaultStore
from guardrails.pipeline import Release, Retraction

CLIENT_INSTRUCTIONS = "\n\nThe application you answer through adds these instructions; the rules above come first:\n"


class ConversationNotFound(AssistantError):
    """The conversation does not exist or belongs to someone else (the two look the same)."""


NOTHING_FOUND = "I could not find anything about that in the documents you have access to."


@dataclass(frozen=True)
class Citation:
    number: int
    doc_id: str
    title: str
    uri: str
    sections: tuple[str, ...]


@dataclass(frozen=True)
class Sources:
    """The numbered documents given to the model, sent before the answer streams."""

    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class AnswerDelta:
    text: str


@dataclass(frozen=True)
class Retracted:
    """Withdraw everything shown so far and show `message` instead."""

    message: str


@dataclass(frozen=True)
class Answer:
    id: str
    conversation_id: str
    text: str
    citations: tuple[Citation, ...]
    findings: tuple[GuardResult, ...]
    blocked: bool
    model: str
    prompt_version: str
    usage: Usage
    timings_ms: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Turn:
    role: str
    text: str
    sources: tuple[dict, ...]
    created_at: datetime


ChatEvent = Sources | AnswerDelta | Retracted | Answer


@dataclass(frozen=True)
class Question:
    text: str
    principal: Principal
    conversation_id: str | None = None
    sources: tuple[str, ...] = ()
    channel: str = "cli"
    # A client's own instructions (an API `system` message): added under the server's, never replacing them.
    instructions: str = ""
    # Earlier turns a stateless client sent along, as (role, text); stored turns win when a conversation is given.
    history: tuple[tuple[str, str], ...] = ()
    max_tokens: int | None = None
    temperature: float | None = None
    # Everyone else who will see the answer (every member of a Slack channel): retrieval keeps to documents
    # all of them may read, and masked values come back in clear only if all of them may read their source.
    audience: tuple[Principal, ...] = ()


def build_context(chunks: list[RetrievedChunk], budget_tokens: int, count_tokens) -> tuple[str, tuple[Citation, ...]]:
    """Number documents in rank order and pack their chunks until the token budget is spent."""
    numbers: dict[str, int] = {}
    sections: dict[str, list[str]] = {}
    meta: dict[str, RetrievedChunk] = {}
    blocks: list[str] = []
    used = 0
    for chunk in chunks:
        number = numbers.get(chunk.doc_id, len(numbers) + 1)
        where = f" ({chunk.section})" if chunk.section else ""
        block = f"[{number}] {chunk.title}{where}\n{chunk.text}"
        cost = count_tokens(block)
        if used + cost > budget_tokens and blocks:
            continue
        used += cost
        numbers[chunk.doc_id] = number
        meta.setdefault(chunk.doc_id, chunk)
        sections.setdefault(chunk.doc_id, [])
        if chunk.section and chunk.section not in sections[chunk.doc_id]:
            sections[chunk.doc_id].append(chunk.section)
        blocks.append(block)
    citations = tuple(
        Citation(number=n, doc_id=d, title=meta[d].title, uri=meta[d].uri, sections=tuple(sections[d]))
        for d, n in sorted(numbers.items(), key=lambda kv: kv[1])
    )
    return "\n\n".join(blocks), citations


class ChatService:
    def __init__(self, settings: Settings, retriever: Retriever, llm: LLMProvider, guards: GuardPipeline,
                 prompt: PromptTemplate, db: Database, vaults: VaultStore | None = None,
                 rewrite_prompt: PromptTemplate | None = None) -> None:
        if guards.pseudonymizes("boundary") and vaults is None:
            raise AssistantError("a pseudonymizing guard is configured at the boundary but no vault store was given")
        self.rewrite_prompt = rewrite_prompt
        self.settings = settings
        self.retriever = retriever
        self.llm = llm
        self.guards = guards
        self.prompt = prompt
        self.db = db
        self.vaults = vaults

    def ask(self, q: Question) -> Iterator[ChatEvent]:
        t0 = time.perf_counter()
        timings: dict[str, float] = {}
        answer_id = str(uuid.uuid4())
        conversation_id = self._conversation(q)
        ctx = GuardContext("input", principal=q.principal.user, request_id=answer_id)
        ctx.cache["llm.remote"] = self.llm.remote
        vault = self._vault(conversation_id, q.principal.user)
        if vault is not None:
            ctx.cache["pii.vault"] = vault
            ctx.cache["pii.allowed"] = self._allowed(q.principal, q.audience)
        findings: list[GuardResult] = []
        question = defuse(q.text) if vault is not None else q.text

        def done(text: str, citations: tuple[Citation, ...] = (), blocked: bool = False, usage: Usage = Usage()) -> Answer:
            timings["total"] = (time.perf_counter() - t0) * 1000
            answer = Answer(
                id=answer_id, conversation_id=conversation_id, text=text, citations=citations,
                findings=tuple(findings), blocked=blocked, model=self.llm.name,
                prompt_version=f"{self.prompt.name}@{self.prompt.version}", usage=usage, timings_ms=timings,
            )
            self._finish(q, answer, question, ctx, vault)
            return answer

        checked = self.guards.run("input", question, ctx)
        findings += checked.results
        if checked.blocked:
            message = self._block_message(checked.reason)
            yield AnswerDelta(message)
            yield done(message, blocked=True)
            return
        query = checked.text
        history = self._history(conversation_id) if q.conversation_id else _format_history(
            q.history[-2 * self.settings.chat.history_turns:])
        if history and self.rewrite_prompt is not None and self.settings.chat.rewrite_followups:
            t = time.perf_counter()
            query = self._rewrite(checked.text, history, ctx, q.principal.user)
            timings["rewrite"] = (time.perf_counter() - t) * 1000

        t = time.perf_counter()
        chunks = self.retriever.retrieve(RetrievalQuery(
            text=query, principal=q.principal, sources=q.sources, remote_model=self.llm.remote, audience=q.audience,
        ))
        chunks = self._guard_context(chunks, ctx, findings)
        timings["retrieval"] = (time.perf_counter() - t) * 1000
        if not chunks:
            yield Sources(())
            yield AnswerDelta(NOTHING_FOUND)
            yield done(NOTHING_FOUND)
            return

        context, citations = build_context(chunks, self.settings.chat.context_tokens, self.llm.count_tokens)
        system, user = self.prompt.render(context=context, question=checked.text)
        if q.instructions.strip():
            system += CLIENT_INSTRUCTIONS + q.instructions.strip()
        fingerprint = next((getattr(g, "fingerprint", "") for g in self.guards.guards("boundary") if g.pseudonymizes), "")
        ctx.cache["pii.fragments"] = [(system, [], "system")] + [
            (c.text, [Span(start=a, end=b, label=label, score=score) for a, b, label, score in c.pii], f"doc:{c.doc_id}")
            for c in chunks if c.pii is not None and c.pii_config == fingerprint
        ]
        t = time.perf_counter()
        messages = []
        for role, text in (("system", system), ("user", user)):
            sent = self.guards.run("boundary", text, ctx)
            findings += sent.results
            if sent.blocked:
                message = self._block_message(sent.reason)
                yield AnswerDelta(message)
                yield done(message, blocked=True)
                return
            messages.append(ChatMessage(role=role, content=sent.text))
        timings["boundary"] = (time.perf_counter() - t) * 1000
        yield Sources(citations)

        request = ChatRequest(
            messages=tuple(messages),
            max_tokens=min(q.max_tokens or self.settings.llm.max_tokens, self.settings.llm.max_tokens),
            temperature=self.settings.llm.temperature if q.temperature is None else q.temperature,
            requester=q.principal.user,
            pseudonymized=self.guards.pseudonymizes("boundary") and vault is not None,
        )
        release = self.guards.stream(ctx)
        usage = Usage()
        text = ""
        stream = self.llm.stream(request)
        try:
            for item in stream:
                if isinstance(item, StreamEnd):
                    usage = item.usage
                    break
                if isinstance(item, TokenDelta):
                    for event in release.push(item.text):
                        text, out = self._on_release(event, text, timings, t0)
                        yield out
                    if release.retracted:
                        break
        finally:
            stream.close()
        if not release.retracted:
            for event in release.close():
                text, out = self._on_release(event, text, timings, t0)
                yield out
        findings += release.results
        if release.retracted:
            yield done(text, citations, blocked=True, usage=usage)
            return
        if not text.strip():
            text = "The model returned no answer."
            yield AnswerDelta(text)
        yield done(text.strip(), citations, usage=usage)

    def pseudonymize_for_storage(self, conversation_id: str, owner: str, text: str) -> str:
        """Text the owner wrote about a conversation (a feedback comment), as it may be stored."""
        vault = self._vault(conversation_id, owner)
        if vault is None or not text.strip():
            return text
        ctx = GuardContext("boundary", principal=owner, request_id=conversation_id)
        ctx.cache.update({"pii.vault": vault, "pii.allowed": lambda _entry: True, "pii.fragments": [],
                          "pii.storage": True, "pii.default_origin": "question"})
        stored = self.guards.run("boundary", text, ctx).text
        self.vaults.save(vault)
        return stored

    def transcript(self, conversation_id: str, principal: Principal) -> tuple[ConversationRow, list[Turn]]:
        """A conversation as its owner may read it: placeholders restored where the owner may see the value.

        Someone else's conversation and one that does not exist raise the same ConversationNotFound.
        """
        with self.db.session() as s:
            row = s.get(ConversationRow, conversation_id)
            if row is None or row.principal != principal.user:
                raise ConversationNotFound(f"no conversation {conversation_id!r}")
            messages = s.scalars(select(MessageRow).where(MessageRow.conversation_id == conversation_id)
                                 .order_by(MessageRow.id)).all()
        vault = self.vaults.load(conversation_id, principal.user) if self.vaults is not None else None
        allowed = self._allowed(principal)
        turns = []
        for m in messages:
            text = restore(m.content, vault, allowed)[0] if vault is not None else m.content
            turns.append(Turn(role=m.role, text=text, sources=tuple(m.sources or ()), created_at=m.created_at))
        return row, turns

    def _history(self, conversation_id: str) -> str:
        """The last turns as stored: pseudonymized when a pseudonymizing guard is configured."""
        with self.db.session() as s:
            rows = s.scalars(
                select(MessageRow).where(MessageRow.conversation_id == conversation_id)
                .order_by(MessageRow.id.desc()).limit(2 * self.settings.chat.history_turns)
            ).all()
        return _format_history([(r.role, r.content) for r in reversed(rows)])

    def _rewrite(self, question: str, history: str, ctx: GuardContext, requester: str) -> str:
        """A standalone question for retrieval; the model sees only pseudonymized text, retrieval gets clear text."""
        system, user = self.rewrite_prompt.render(history=history, question=question)
        # The history is analysed again, not trusted: it may hold text stored before a guard was configured.
        ctx.cache["pii.fragments"] = [(system, [], "system")]
        messages = []
        for role, text in (("system", system), ("user", user)):
            sent = self.guards.run("boundary", text, ctx)
            if sent.blocked:
                return question
            messages.append(ChatMessage(role=role, content=sent.text))
        request = ChatRequest(messages=tuple(messages), max_tokens=64, temperature=0.0, requester=requester,
                              pseudonymized=self.guards.pseudonymizes("boundary") and "pii.vault" in ctx.cache)
        stream = self.llm.stream(request)
        try:
            rewritten = "".join(i.text for i in stream if isinstance(i, TokenDelta)).strip().splitlines()
        finally:
            stream.close()
        if not rewritten or not rewritten[0].strip():
            return question
        text = rewritten[0].strip()
        vault = ctx.cache.get("pii.vault")
        if vault is not None:
            text, _ = restore(text, vault, ctx.cache["pii.allowed"])
        return text

    def _vault(self, conversation_id: str, owner: str) -> Vault | None:
        if self.vaults is None or not self.guards.pseudonymizes("boundary"):
            return None
        return self.vaults.load(conversation_id, owner) or self.vaults.new(conversation_id, owner)

    def _allowed(self, principal: Principal, audience: tuple[Principal, ...] = ()):
        """A value comes back in clear if the asker typed it or may still read a document it came from, and
        so may everyone else in the audience."""
        readable: dict[str, bool] = {}

        def allowed(entry: VaultEntry) -> bool:
            if "question" in entry.origins:
                return True
            for origin in entry.origins:
                if origin.startswith("doc:"):
                    doc_id = origin[4:]
                    if doc_id not in readable:
                        readable[doc_id] = self.retriever.can_read(principal, doc_id, audience)
                    if readable[doc_id]:
                        return True
            return False

        return allowed

    def _finish(self, q: Question, answer: Answer, question: str, ctx: GuardContext, vault: Vault | None) -> None:
        """Store the turn and its audit record in pseudonymized form; nothing personal is kept in clear."""
        stored_question, stored_answer = question, answer.text
        if vault is not None:
            ctx.cache["pii.fragments"] = []
            ctx.cache["pii.storage"] = True
            ctx.cache["pii.default_origin"] = "question"
            stored_question = self.guards.run("boundary", question, ctx).text
            # Values in the answer the vault does not know yet came from no one the asker may quote: they
            # get an origin that grants nothing when the conversation is read back.
            ctx.cache["pii.default_origin"] = "answer"
            stored_answer = self.guards.run("boundary", answer.text, ctx).text
            self.vaults.save(vault)
        with self.db.session() as s:
            s.add(MessageRow(conversation_id=answer.conversation_id, role="user", content=stored_question, sources=[]))
            s.add(MessageRow(
                conversation_id=answer.conversation_id, role="assistant", content=stored_answer,
                sources=[{"number": c.number, "doc_id": c.doc_id, "title": c.title, "uri": c.uri} for c in answer.citations],
            ))
        record_audit(self.db, answer, principal=q.principal.user, channel=q.channel, question=stored_question,
                     answer_text=stored_answer)

    def _on_release(self, event: Release | Retraction, text: str, timings: dict, t0: float) -> tuple[str, ChatEvent]:
        if isinstance(event, Retraction):
            message = self._block_message(event.message)
            return message, Retracted(message)
        timings.setdefault("first_token", (time.perf_counter() - t0) * 1000)
        return text + event.text, AnswerDelta(event.text)

    def _guard_context(self, chunks: list[RetrievedChunk], ctx: GuardContext, findings: list) -> list[RetrievedChunk]:
        if not self.guards.guards("context"):
            return chunks
        kept = []
        for chunk in chunks:
            result = self.guards.run("context", chunk.text, ctx)
            findings += result.results
            if not result.blocked:
                kept.append(chunk if result.text == chunk.text else _with_text(chunk, result.text))
        return kept

    def _block_message(self, reason: str) -> str:
        return self.settings.guards.block_message.format(reason=reason or "it breaks this deployment's policy.")

    def _conversation(self, q: Question) -> str:
        with self.db.session() as s:
            if q.conversation_id:
                row = s.get(ConversationRow, q.conversation_id)
                if row is None or row.principal != q.principal.user:
                    raise ConversationNotFound(f"no conversation {q.conversation_id!r}")
                return row.id
            row = ConversationRow(id=str(uuid.uuid4()), principal=q.principal.user, channel=q.channel)
            s.add(row)
            return row.id


def _with_text(chunk: RetrievedChunk, text: str) -> RetrievedChunk:
    """A chunk a context guard changed: its stored PII offsets no longer fit, so it is analysed again."""
    return replace(chunk, text=text, pii=None)


def _format_history(turns) -> str:
    return "\n".join(f"{'User' if role == 'user' else 'Assistant'}: {text}" for role, text in turns)
