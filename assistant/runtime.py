"""Builds the parts from settings, each once and only when first needed.

The CLI and (later) the server share this; tests pass their own settings.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from assistant.errors import SettingsError
from assistant.settings import GuardSpec, Settings
from guardrails import GuardPipeline
from guardrails.errors import GuardConfigError
from guardrails.registry import build_guard

SAMPLE_CORPUS = Path(__file__).parent / "sample_corpus"


def folder_source(root: Path | str, **access) -> dict:
    """The stored configuration of a filesystem source over `root`."""
    return {"options": {"root": str(root)}, "access": access}


def build_guards(settings: Settings) -> GuardPipeline:
    stages: dict = {}
    for stage in ("document", "input", "context", "boundary", "output"):
        specs: list[GuardSpec] = getattr(settings.guards, stage, [])
        try:
            stages[stage] = [build_guard(s.name, s.kind, dict(s.options)) for s in specs]
        except GuardConfigError as exc:
            raise SettingsError(f"guards.{stage}: {exc}") from None
    return GuardPipeline(stages)


class Runtime:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        settings.data_dir.mkdir(parents=True, exist_ok=True)

    @cached_property
    def db(self):
        from assistant.state import Database

        db = Database(self.settings.database_url)
        db.migrate()
        return db

    @cached_property
    def model_settings(self) -> Settings:
        """The settings with hub names turned into paths, once the model hub has checked every model they use."""
        from assistant.hub import ModelHub

        return ModelHub(self.db).apply(self.settings)

    def models_for(self, kind: str) -> Settings:
        """The settings with only `kind`'s models resolved and checked: each part of the runtime hashes the
        files it loads, not every model the settings name."""
        from assistant.hub import ModelHub

        cache = self.__dict__.setdefault("_models_for", {})
        if kind not in cache:
            cache[kind] = ModelHub(self.db).apply(self.settings, kinds=(kind,))
        return cache[kind]

    @cached_property
    def embedder(self):
        from assistant.embeddings import Embedder

        return Embedder(self.models_for("embedding").embedding, name=self.settings.embedding.model)

    @cached_property
    def sparse(self):
        from assistant.embeddings import SparseEncoder

        return SparseEncoder(self.settings.bm25)

    @cached_property
    def index(self):
        from assistant.index import open_index
        from assistant.ingest.pipeline import build_info

        from assistant.errors import StoreBusyError

        try:
            return open_index(self.settings, build_info(self.settings, self.embedder))
        except StoreBusyError:
            from assistant.api.server_file import find

            server = find(self.settings.data_dir)
            if server is None:
                raise
            raise StoreBusyError(
                f"the server at {server.url} (pid {server.pid}) owns the store in {self.settings.data_dir}: "
                "`assistant ask` and `assistant sync` go through it; for this command, stop the server first"
            ) from None

    @cached_property
    def guards(self) -> GuardPipeline:
        return build_guards(self.models_for("ner"))

    @cached_property
    def identities(self):
        from assistant.identity import IdentityStore

        return IdentityStore(self.db)

    @cached_property
    def sync(self):
        from assistant.ingest.pipeline import DocumentProcessor
        from assistant.ingest.sync import SyncEngine

        pii = next((g for g in self.guards.guards("boundary") if g.pseudonymizes), None)
        processor = DocumentProcessor(self.settings, self.embedder, self.sparse, self.index, self.guards,
                                      pii.analyzer.analyze if pii else None, pii.fingerprint if pii else "")
        return SyncEngine(self.db, self.index, processor, self.identities, self.settings.data_dir / "cache",
                          self.settings.ingest.checkpoint_every)

    @cached_property
    def llm(self):
        """The one configured provider, or a router over `llm.providers` that stands in for its default."""
        from assistant.llm import build_provider
        from assistant.llm.router import LLMRouter

        llm = self.models_for("llm").llm
        if llm.providers:
            return LLMRouter(llm)
        return build_provider(llm)

    @cached_property
    def chat(self):
        from assistant.chat import ChatService
        from assistant.prompts import load_prompt
        from assistant.retrieval import Retriever

        retriever = Retriever(self.models_for("reranker").retrieval, self.embedder, self.sparse, self.index)
        prompt = load_prompt(self.settings.config_dir, self.settings.chat.prompt_template)
        rewrite = load_prompt(self.settings.config_dir, self.settings.chat.rewrite_template)
        return ChatService(self.settings, retriever, self.llm, self.guards, prompt, self.db, self.vaults, rewrite)

    @cached_property
    def vaults(self):
        from datetime import timedelta

        from assistant.privacy import SqlVaultStore, load_keys

        return SqlVaultStore(self.db, load_keys(self.settings), timedelta(hours=self.settings.privacy.vault_ttl_hours))

    @cached_property
    def keys(self):
        from assistant.keys import KeyStore
        from assistant.privacy import load_keys

        return KeyStore(self.db, vault_keys=lambda: load_keys(self.settings))

    def register_configured_sources(self) -> None:
        for src in self.settings.sources:
            self.sync.register(src.name, src.kind, src.config())

    def sync_directory(self, name: str):
        """Read one configured directory and replace what it said last time in the identity store."""
        from connectors.errors import ConnectorError
        from connectors.registry import directory_class

        spec = next((d for d in self.settings.directories if d.name == name), None)
        if spec is None:
            raise SettingsError(f"no directory named {name!r} in the settings")
        try:
            source = directory_class(spec.kind)(spec.name, **spec.options)
            snapshot = source.load_directory()
        except ConnectorError as exc:
            raise SettingsError(f"directory {name!r}: {exc}") from None
        except TypeError as exc:
            raise SettingsError(f"directory {name!r} ({spec.kind}): bad options: {exc}") from None
        return self.identities.replace(name, snapshot)

    def principal(self, user: str, groups: tuple[str, ...] = (), admin: bool = False):
        """Who asks, with every group the directories say they belong to, nested ones included."""
        from assistant.retrieval import Principal

        expanded = set(g.lower() for g in groups) | self.identities.groups_of(user)
        return Principal(user=user.lower(), groups=tuple(sorted(expanded)), admin=admin)

    def close(self) -> None:
        for name in ("llm", "index", "db"):
            part = self.__dict__.pop(name, None)
            if part is not None:
                part.close()
