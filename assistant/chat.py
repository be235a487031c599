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
from assistant.llm.router import LLMRouter
from assistant.prompts import PromptSplit, PromptTemplate
from assistant.retrieval import NO_FILTERS, Principal, RetrievalFilters, RetrievalQuery, RetrievedChunk, Retriever
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
    # Metadata filters (document, path prefix, modified range, tags; sources too, together with `sources`).
    filters: RetrievalFilters = NO_FILTERS
    # A model name the caller chose (GET /v1/models); empty: the configured default.
    model: str = ""


@dataclass(frozen=True)
class PackedContext:
    text: str
    citations: tuple[Citation, ...]
    # The chunks as they stand in `text` (a chunk that repeated its predecessor's end holds only the rest).
    chunks: tuple[RetrievedChunk, ...]
    blocks: tuple[str, ...] = ()


def build_context(chunks: list[RetrievedChunk], budget_tokens: int, count_tokens,
                  dedupe: bool = True) -> tuple[str, tuple[Citation, ...]]:
    packed = pack_context(chunks, budget_tokens, count_tokens, dedupe)
    return packed.text, packed.citations


def pack_context(chunks: list[RetrievedChunk], budget_tokens: int, count_tokens, dedupe: bool = True) -> PackedContext:
    """Number documents in rank order and pack chunks until the token budget is spent.

    Hits go in first, best first, then neighbours (nearest ring first); a neighbour goes in only next to
    what it was fetched for. One document's chunks that touch are one passage, in document order, the text
    two overlapping windows share said once; a chunk whose text is already there is left out. The first
    chunk goes in even when it alone is over the budget.
    """
    taken: list[RetrievedChunk] = []
    keys: set[tuple[str, int]] = set()
    texts: set[str] = set()
    # Each block is counted once: a new chunk changes only its own document's blocks.
    counted: dict[str, int] = {}
    seam = count_tokens("\n\n")

    def cost(packed: PackedContext) -> int:
        for block in packed.blocks:
            if block not in counted:
                counted[block] = count_tokens(block)
        return sum(counted[b] for b in packed.blocks) + seam * (len(packed.blocks) - 1)

    for chunk in sorted(chunks, key=lambda c: c.neighbour_of is not None):
        key = (chunk.doc_id, chunk.chunk_index)
        same = " ".join(chunk.text.split()).lower()
        if key in keys or (dedupe and same in texts):
            continue
        if chunk.neighbour_of is not None:
            toward = chunk.chunk_index + (1 if chunk.neighbour_of > chunk.chunk_index else -1)
            if (chunk.doc_id, toward) not in keys:
                continue
        if taken and cost(_render([*taken, chunk], dedupe)) > budget_tokens:
            continue
        taken.append(chunk)
        keys.add(key)
        texts.add(same)
    packed = _render(taken, dedupe)
    # Tokens can merge across a seam, so the joined text is counted once more; the last chunk in never
    # has another one beside it that depends on it.
    while len(taken) > 1 and count_tokens(packed.text) > budget_tokens:
        taken.pop()
        packed = _render(taken, dedupe)
    return packed


def _render(chunks: list[RetrievedChunk], dedupe: bool) -> PackedContext:
    numbers: dict[str, int] = {}
    sections: dict[str, list[str]] = {}
    first: dict[str, RetrievedChunk] = {}
    for chunk in chunks:
        numbers.setdefault(chunk.doc_id, len(numbers) + 1)
        first.setdefault(chunk.doc_id, chunk)
        sections.setdefault(chunk.doc_id, [])
        if chunk.section and chunk.section not in sections[chunk.doc_id]:
            sections[chunk.doc_id].append(chunk.section)
    blocks: list[str] = []
    shown: list[RetrievedChunk] = []
    for doc_id, number in numbers.items():
        own = sorted((c for c in chunks if c.doc_id == doc_id), key=lambda c: c.chunk_index)
        run: list[RetrievedChunk] = []
        text = ""
        for chunk in own:
            if run and (chunk.chunk_index != run[-1].chunk_index + 1 or chunk.section != run[-1].section):
                blocks.append(_block(number, run[0], text))
                run, text = [], ""
            if run:
                cut = _overlap(run[-1].text, chunk.text) if dedupe else 0
                # The rest of a cut chunk goes on where the shared text ended: no separator in between.
                chunk = _cut(chunk, cut) if cut else chunk
                text += chunk.text if cut else "\n" + chunk.text
            else:
                text = chunk.text
            run.append(chunk)
            shown.append(chunk)
        blocks.append(_block(number, run[0], text))
    citations = tuple(
        Citation(number=n, doc_id=d, title=first[d].title, uri=first[d].uri, sections=tuple(sections[d]))
        for d, n in numbers.items()
    )
    return PackedContext("\n\n".join(blocks), citations, tuple(shown), tuple(blocks))


def _block(number: int, head: RetrievedChunk, text: str) -> str:
    where = f" ({head.section})" if head.section else ""
    return f"[{number}] {head.title}{where}\n{text}"


def _overlap(before: str, after: str, least: int = 16) -> int:
    """How many leading characters of `after` repeat the end of `before` (overlapping chunk windows); 0 for
    fewer than `least`, so a common phrase is not taken for an overlap."""
    if len(after) < least:
        return 0
    head = after[:least]
    at = before.find(head, max(0, len(before) - len(after)))
    while at != -1:
        if after.startswith(before[at:]):
            return len(before) - at
        at = before.find(head, at + 1)
    return 0


def _cut(chunk: RetrievedChunk, n: int) -> RetrievedChunk:
    """The chunk without its first n characters; stored PII offsets follow, or are dropped (the boundary then
    analyses the text itself) when a value straddles the cut."""
    pii = chunk.pii
    if pii is not None:
        pii = None if any(a < n < b for a, b, _, _ in pii) else tuple(
            (a - n, b - n, label, score) for a, b, label, score in pii if a >= n)
    return replace(chunk, text=chunk.text[n:], pii=pii)


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
        # Which provider answers each question, and what content may go to a remote one.
        self.router = LLMRouter.of(llm, settings.llm)
        self._watermark_hook = None
        self.guards = guards
        self.prompt = prompt
        # The versions of the answer prompt and each one's share of conversations (chat.prompt_split).
        self.prompts = PromptSplit.configured(settings.config_dir, settings.chat.prompt_split, prompt)
        self.db = db
        self.vaults = vaults

    def ask(self, q: Question) -> Iterator[ChatEvent]:
        t0 = time.perf_counter()
        timings: dict[str, float] = {}
        answer_id = str(uuid.uuid4())
        conversation_id = self._conversation(q)
        prompt = self.prompts.choose(conversation_id)
        route = self.router.plan(q.model, q.principal)
        ctx = GuardContext("input", principal=q.principal.user, request_id=answer_id)
        ctx.cache["llm.remote"] = route.may_go_remote
        # Guards that compare meanings (grounding, bias) reuse the assistant's embedding model.
        ctx.cache["embedder"] = self.retriever.embedder
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
                findings=tuple(findings), blocked=blocked, model=route.name,
                prompt_version=f"{prompt.name}@{prompt.version}", usage=usage, timings_ms=timings,
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
            query = followup_query(self._rewrite(checked.text, history, ctx, q.principal.user, route.for_history()),
                                   checked.text, self.settings.chat.rewrite_keeps_question)
            timings["rewrite"] = (time.perf_counter() - t) * 1000

        t = time.perf_counter()
        wanted = RetrievalQuery(text=query, principal=q.principal, sources=q.sources, remote_model=route.remote,
                                audience=q.audience, filters=q.filters)
        chunks = self.retriever.expand(wanted, self.retriever.retrieve(wanted))
        chunks = self._guard_context(chunks, ctx, findings)
        timings["retrieval"] = (time.perf_counter() - t) * 1000
        if not chunks:
            yield Sources(())
            yield AnswerDelta(NOTHING_FOUND)
            yield done(NOTHING_FOUND)
            return

        packed = pack_context(chunks, self.settings.chat.context_tokens, route.count_tokens,
                              self.settings.retrieval.dedupe)
        # Local-only or classified content keeps the question on local providers, or it is not sent at all.
        allowed = route.for_context(packed.chunks, self.retriever.index)
        if allowed is None:
            yield Sources(())
            yield AnswerDelta(route.refusal)
            yield done(route.refusal, blocked=True)
            return
        route = allowed
        ctx.cache["llm.remote"] = route.may_go_remote
        context, citations = packed.text, packed.citations
        # The output guards check the answer against exactly what the model was given.
        numbers = {c.doc_id: c.number for c in citations}
        ctx.cache["context.sources"] = [(numbers[c.doc_id], c.title, c.text) for c in packed.chunks
                                        if c.doc_id in numbers]
        system, user = prompt.render(context=context, question=checked.text)
        if q.instructions.strip():
            system += CLIENT_INSTRUCTIONS + q.instructions.strip()
        fingerprint = next((getattr(g, "fingerprint", "") for g in self.guards.guards("boundary") if g.pseudonymizes), "")
        ctx.cache["pii.fragments"] = [(system, [], "system")] + [
            (c.text, [Span(start=a, end=b, label=label, score=score) for a, b, label, score in c.pii], f"doc:{c.doc_id}")
            for c in packed.chunks if c.pii is not None and c.pii_config == fingerprint
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
            watermark=self._watermark(),
            # A caller's own temperature wins; otherwise a local model marking its answer samples at this one.
            watermark_temperature=self.settings.llm.watermark.temperature if q.temperature is None else None,
        )
        release = self.guards.stream(ctx)
        usage = Usage()
        text = ""
        stream = route.stream(request)
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
        if usage == Usage() and getattr(route, "partial_usage", None) is not None:
            usage = route.partial_usage  # retracted mid-stream: count what the model generated
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

    def _watermark(self):
        """The watermark hook for this answer when llm.watermark is on (stateless, so one serves every answer)."""
        settings = self.settings.llm.watermark
        if not settings.enabled:
            return None
        if self._watermark_hook is None:
            from assistant.watermark import WatermarkProcessor

            self._watermark_hook = WatermarkProcessor(settings)
        return self._watermark_hook

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

    def _rewrite(self, question: str, history: str, ctx: GuardContext, requester: str, llm: LLMProvider) -> str:
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
        stream = llm.stream(request)
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
            message = event.message if self._speaks_for_itself(event) else self._block_message(event.message)
            return message, Retracted(message)
        timings.setdefault("first_token", (time.perf_counter() - t0) * 1000)
        return text + event.text, AnswerDelta(event.text)

    def _guard_context(self, chunks: list[RetrievedChunk], ctx: GuardContext, findings: list) -> list[RetrievedChunk]:
        if not self.guards.guards("context"):
            return chunks
        kept = []
        for chunk in chunks:
            # What the document guards found at ingest, on the raw text cleaning may have changed since.
            ctx.cache["chunk.findings"] = chunk.findings
            result = self.guards.run("context", chunk.text, ctx)
            findings += result.results
            if not result.blocked:
                kept.append(chunk if result.text == chunk.text else _with_text(chunk, result.text))
        return kept

    def _speaks_for_itself(self, event: Retraction) -> bool:
        blocking = {r.guard for r in event.result.results if r.verdict.value == "block"}
        return any(g.block_reason_is_answer for g in self.guards.guards("output") if g.name in blocking)

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


def followup_query(rewritten: str, question: str, keep_question: bool) -> str:
    """What a follow-up is searched with: its standalone rewrite, and unless told otherwise the follow-up's own
    words after it, so a rewrite that lost the point (SmolLM2-135M's often do) still carries what was asked."""
    if not keep_question or rewritten.strip() == question.strip():
        return rewritten
    return f"{rewritten} {question}"


def _format_history(turns) -> str:
    return "\n".join(f"{'User' if role == 'user' else 'Assistant'}: {text}" for role, text in turns)
