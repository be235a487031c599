"""Which provider answers: the caller's choice, the fallback chain, and what may leave the building.

A question gets a `Plan`: the providers it may use, in the order tried. The
plan says whether retrieval must leave out local-only sources (only when every
provider in it is remote). Once the context is known, `Plan.for_context` drops
the remote providers if any chunk comes from a local-only source or carries a
classification tag (`llm.egress.classification_tags`); with no local provider
left the question is refused, never sent. Streaming falls through the chain
when a provider's queue is full, it times out, or it fails with 429/5xx after
its own retries, but only before its first token: a retry after text was
shown would repeat it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from assistant.errors import (
    AssistantError,
    LLMError,
    LLMTimeoutError,
    ProviderUnavailableError,
    QueueFullError,
)
from assistant.llm.base import (
    Cancellation,
    ChatRequest,
    LLMProvider,
    StreamEnd,
    StreamItem,
    TokenDelta,
    Usage,
)
from assistant.settings import LLMSettings, ProviderSpec

log = logging.getLogger(__name__)

ALIASES = ("assistant", "default")


class ModelNotAllowed(AssistantError):
    """The caller named a model that does not exist or is not theirs to use (the two look the same)."""


@dataclass(frozen=True)
class Entry:
    name: str
    provider: LLMProvider
    users: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()
    # Power while it generates, for the energy estimate (llm.accounting, or the provider's power_watts).
    watts: float = 0.0

    def allows(self, principal: object) -> bool:
        if not self.users and not self.groups:
            return True
        user = str(getattr(principal, "user", "")).lower()
        groups = {g.lower() for g in getattr(principal, "groups", ())}
        return user in self.users or bool(groups & self.groups)


def _falls_back(exc: Exception) -> bool:
    if isinstance(exc, (QueueFullError, LLMTimeoutError)):
        return True
    if isinstance(exc, ProviderUnavailableError):
        status = getattr(exc, "status", None)
        return status is None or status == 429 or status >= 500
    return False


class Plan:
    """The providers one question may use, in order; also an LLMProvider that streams through them."""

    def __init__(self, chain: Sequence[Entry], classification_tags: Iterable[str] = (), refusal: str = "") -> None:
        if not chain:
            raise ModelNotAllowed("no model is available to this caller")
        self.chain = tuple(chain)
        self.tags = frozenset(t.lower() for t in classification_tags)
        self.refusal = refusal
        # The router's name of the provider that answered (what a caller passes as `model` to get it).
        self.answered_by = self.chain[0].name
        # Set when a stream is closed before its end: the usage of what was generated until then.
        self.partial_usage: Usage | None = None

    @property
    def name(self) -> str:
        return self.answered_by

    @property
    def remote(self) -> bool:
        """Every provider is remote: retrieval must leave local-only sources out."""
        return all(e.provider.remote for e in self.chain)

    @property
    def may_go_remote(self) -> bool:
        return any(e.provider.remote for e in self.chain)

    def count_tokens(self, text: str) -> int:
        return self.chain[0].provider.count_tokens(text)

    def local(self) -> Plan | None:
        local = [e for e in self.chain if not e.provider.remote]
        return Plan(local, self.tags, self.refusal) if local else None

    def for_history(self) -> Plan:
        """For text from earlier turns (the follow-up rewrite), whose sources are not known: local if possible."""
        return self.local() or self

    def for_context(self, chunks: Sequence[object], index: object) -> Plan | None:
        """The plan for a prompt built from `chunks`: local only when any is restricted; None: refuse."""
        if not self.may_go_remote or not chunks:
            return self
        if not restricted(chunks, index, self.tags):
            return self
        log.info("restricted content in the context: remote providers left out")
        return self.local()

    def stream(self, request: ChatRequest, cancel: Cancellation | None = None) -> Iterator[StreamItem]:
        return self._stream(request, cancel)

    def close(self) -> None:
        """The providers belong to the router."""

    def _stream(self, request: ChatRequest, cancel: Cancellation | None) -> Iterator[StreamItem]:
        last: Exception | None = None
        # A remote provider takes only pseudonymized requests without a logits hook; when none is left, the
        # chain is tried as it is, so the provider says itself why it refuses.
        usable = [e for e in self.chain if not e.provider.remote
                  or (request.pseudonymized and request.logits_hook is None)] or self.chain
        for entry in usable:
            provider = entry.provider
            started = ended = False
            t0 = time.perf_counter()
            first: float | None = None
            pieces = 0
            try:
                items = provider.stream(request, cancel)
                self.answered_by = entry.name
                try:
                    for item in items:
                        started = True
                        if isinstance(item, TokenDelta):
                            pieces += 1
                            if first is None:
                                first = time.perf_counter()
                        if isinstance(item, StreamEnd):
                            ended = True
                            yield replace(item, usage=accounted(item, entry, t0, first, time.perf_counter()))
                            return
                        yield item
                    return
                finally:
                    if started and not ended:
                        # Closed early (a guard retracted the answer, the caller left): what was generated so
                        # far still cost; pieces of text stand for tokens, the prompt's count is not known.
                        self.partial_usage = accounted(StreamEnd(Usage(0, pieces)), entry, t0, first,
                                                       time.perf_counter())
                    close = getattr(items, "close", None)
                    if close is not None:
                        close()
            except LLMError as exc:
                if started or not _falls_back(exc):
                    raise
                log.warning("provider %s failed (%s); trying the next one", entry.name, type(exc).__name__)
                last = exc
        raise last or LLMError("no provider could take the request")


def accounted(end: StreamEnd, entry: Entry, t0: float, first: float | None, now: float) -> Usage:
    """The provider's usage completed with who answered, the speed the caller saw and the energy estimate."""
    usage = end.usage
    busy_ms = usage.busy_ms or (now - t0) * 1000
    return replace(
        usage, provider=entry.name, model=end.model or entry.provider.name, busy_ms=busy_ms,
        ttft_ms=((first if first is not None else now) - t0) * 1000,
        generation_ms=(now - first) * 1000 if first is not None else 0.0,
        energy_wh=entry.watts * busy_ms / 3_600_000,
    )


def provider_watts(settings: LLMSettings, kind: str, section: object, spec: ProviderSpec | None = None) -> float:
    """The power figure of one provider: its own `power_watts`, else llm.accounting's for its kind."""
    if spec is not None and spec.power_watts is not None:
        return spec.power_watts
    figures = settings.accounting
    if kind != "llama_cpp":
        return figures.remote_watts
    return figures.gpu_watts if getattr(section, "n_gpu_layers", 0) != 0 else figures.cpu_watts


def restricted(chunks: Sequence[object], index: object, tags: frozenset[str]) -> bool:
    """Any chunk comes from a local-only source or carries a classification tag, by its stored payload.

    A chunk whose payload cannot be read counts as restricted: unknown content stays home.
    """
    from assistant.index.base import SearchFilter

    keys = {(str(getattr(c, "doc_id", "")), int(getattr(c, "chunk_index", 0))) for c in chunks}
    fetch = getattr(index, "fetch", None)
    if fetch is None:
        return True
    hits = fetch(SearchFilter(acl=None, chunks=tuple(sorted(keys))), len(keys))
    seen = set()
    for hit in hits:
        p = hit.payload
        seen.add((str(p.get("doc_id", "")), int(p.get("chunk_index", 0))))
        if p.get("local_only"):
            return True
        if tags & {str(t).lower() for t in p.get("tags") or ()}:
            return True
        if str(p.get("classification", "")).lower() in tags:
            return True
    return not keys <= seen


class LLMRouter:
    """Every configured provider by name; builds each question's plan."""

    def __init__(self, settings: LLMSettings, entries: Sequence[Entry] | None = None) -> None:
        self.settings = settings
        self.entries = {e.name: e for e in (entries if entries is not None else _build(settings))}
        names = list(self.entries)
        self.default = settings.default if settings.default in self.entries else names[0]
        # In the one-provider form, `fallback` and `default` may name the provider by its kind.
        self._kind_alias = {settings.provider: names[0]} if not settings.providers else {}

    @classmethod
    def of(cls, llm: LLMProvider | LLMRouter, settings: LLMSettings) -> LLMRouter:
        """A router around one provider, for callers that pass a single provider."""
        if isinstance(llm, LLMRouter):
            return llm
        kind = "openai_compatible" if llm.remote else "llama_cpp"
        watts = provider_watts(settings, kind, getattr(settings, kind))
        return cls(settings, [Entry(llm.name, llm, watts=watts)])

    # The router stands in for its default provider where one provider is expected.
    @property
    def name(self) -> str:
        return self.entries[self.default].provider.name

    @property
    def remote(self) -> bool:
        return self.entries[self.default].provider.remote

    def count_tokens(self, text: str) -> int:
        return self.entries[self.default].provider.count_tokens(text)

    def stream(self, request: ChatRequest, cancel: Cancellation | None = None) -> Iterator[StreamItem]:
        return self.plan().stream(request, cancel)

    def stats(self):  # the default provider's queue stats, when it has one
        return self.entries[self.default].provider.stats()

    def available(self, principal: object) -> list[str]:
        """Names the caller may choose, after the aliases of their default."""
        names = [n for n, e in self.entries.items() if e.allows(principal)]
        return [*ALIASES, *names] if names else []

    def default_for(self, principal: object) -> str:
        """`default` when the caller may use it, else the first provider they may."""
        if principal is None or self.entries[self.default].allows(principal):
            return self.default
        return next((n for n, e in self.entries.items() if e.allows(principal)), self.default)

    def plan(self, model: str | None = None, principal: object = None) -> Plan:
        """The chain for `model` (an alias or empty: the default) and this caller; ModelNotAllowed otherwise."""
        if not model or model in ALIASES:
            name = self.default_for(principal)
        else:
            name = self._kind_alias.get(model, model)
        first = self.entries.get(name)
        if first is None or (principal is not None and not first.allows(principal)):
            raise ModelNotAllowed(f"unknown model {model!r}")
        chain = [first]
        for other in self.settings.fallback:
            entry = self.entries.get(self._kind_alias.get(other, other))
            if entry is not None and entry not in chain and (principal is None or entry.allows(principal)):
                chain.append(entry)
        egress = self.settings.egress
        return Plan(chain, egress.classification_tags, egress.refusal)

    def close(self) -> None:
        for entry in self.entries.values():
            entry.provider.close()


def _build(settings: LLMSettings) -> list[Entry]:
    from assistant.llm import build_provider

    if not settings.providers:
        provider = build_provider(settings)
        section = getattr(settings, settings.provider)
        return [Entry(provider.name, provider, watts=provider_watts(settings, settings.provider, section))]
    entries = []
    for spec in settings.providers:
        section = getattr(spec, spec.kind) or getattr(settings, spec.kind)
        one = settings.model_copy(update={"provider": spec.kind, spec.kind: section})
        entries.append(Entry(spec.name, build_provider(one), frozenset(u.lower() for u in spec.users),
                             frozenset(g.lower() for g in spec.groups),
                             watts=provider_watts(settings, spec.kind, section, spec)))
    return entries
