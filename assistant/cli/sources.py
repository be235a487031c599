"""Sources and directories: list them, sync them once or on their schedules."""

from __future__ import annotations

import time
from typing import Annotated

import typer
from rich.table import Table
from sqlalchemy import func, select

from assistant.cli.common import (
    app,
    command_runtime,
    err,
    fail,
    out,
    sync_with_progress,
)
from assistant.admin_log import record_admin
from assistant.errors import AssistantError
from assistant.settings import schedule_seconds
from assistant.state.tables import DocumentRow

sources_app = typer.Typer(no_args_is_help=True, help="The configured sources and what their last sync did.")
app.add_typer(sources_app, name="sources")


@sources_app.command("list")
def list_sources_command() -> None:
    """Every source with its last sync, document count and failures."""
    from assistant.ingest.sync import list_sources

    with command_runtime() as rt:
        rt.register_configured_sources()
        with rt.db.session() as s:
            docs = dict(s.execute(select(DocumentRow.source, func.count()).group_by(DocumentRow.source)).all())
        table = Table(title="Sources")
        for col in ("name", "kind", "schedule", "local only", "last sync (UTC)", "status", "documents", "last run"):
            table.add_column(col)
        failures: list[str] = []
        for row in list_sources(rt.db):
            summ = row.last_summary or {}
            last = ", ".join(f"{k} {summ[k]}" for k in ("added", "updated", "deleted", "duplicates", "failed")
                             if summ.get(k))
            table.add_row(
                row.name, row.kind, row.config.get("schedule") or "-", "yes" if row.config.get("local_only") else "no",
                row.last_sync_at.strftime("%Y-%m-%d %H:%M") if row.last_sync_at else "never",
                row.last_status, str(docs.get(row.name, 0)), summ.get("error") or last or "-",
            )
            failures += [f"{row.name}: {f['id']}: {f['reason']}" for f in summ.get("failures", [])[:10]]
        out.print(table)
        directories = rt.identities.directories()
        for d in rt.settings.directories:
            out.print(f"directory [bold]{d.name}[/] ({d.kind}): {directories.get(d.name, 0)} users", highlight=False)
        for line in failures:
            err.print(f"[yellow]failed[/] {line}", highlight=False, soft_wrap=True)


@sources_app.command("remove")
def remove_source(name: Annotated[str, typer.Argument(help="The source to forget.")]) -> None:
    """Delete a source's documents from the store and forget the source (remove it from the profile too)."""
    with command_runtime() as rt:
        if any(s.name == name for s in rt.settings.sources):
            fail(AssistantError(f"{name!r} is still declared in the settings: remove it there first"))
        deleted = rt.sync.remove_source(name)
        record_admin(rt.db, rt.settings.cli.user, "source.remove", name, documents=deleted)
        out.print(f"removed {name}: {deleted} documents deleted", highlight=False)


def _sync_directories(rt, names: list[str]) -> list[str]:
    failed = []
    for name in names:
        try:
            d = rt.sync_directory(name)
            out.print(f"[bold]{name}[/]: {d.users} users, {d.groups} groups, {d.memberships} memberships", highlight=False)
        except AssistantError as exc:
            err.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
            failed.append(name)
    return failed


@app.command()
def sync(
    names: Annotated[list[str], typer.Argument(help="Sources or directories to sync; none means all.")] = [],
    full: Annotated[bool, typer.Option("--full", help="Reload everything and prune what the source no longer has.")] = False,
    watch: Annotated[bool, typer.Option("--watch", help="Keep running: sync each source on its schedule.")] = False,
) -> None:
    """Sync directories first (so new access maps to people), then sources."""
    from assistant.api.server_file import find

    with command_runtime(on_interrupt="the next sync resumes from the last stored checkpoint") as rt:
        server = find(rt.settings.data_dir)
        if server is not None and not watch:
            from assistant.cli import remote

            chosen = names or [s.name for s in rt.settings.sources]
            if not chosen:
                fail(AssistantError(f"the server at {server.url} owns the store: name the sources to sync"))
            if remote.sync(server, chosen, full):
                raise typer.Exit(1)
            return
        rt.register_configured_sources()
        directories = [d.name for d in rt.settings.directories]
        sources = [s.name for s in rt.sync.sources()]
        unknown = [n for n in names if n not in directories and n not in sources]
        if unknown:
            fail(AssistantError(f"unknown source or directory: {', '.join(unknown)} (known: {', '.join(directories + sources) or 'none'})"))
        chosen_dirs = [d for d in directories if not names or d in names]
        chosen = [s for s in sources if not names or s in names]
        if full:
            for name in chosen:
                rt.sync.reset_checkpoint(name)
        failed = _sync_directories(rt, chosen_dirs) + sync_with_progress(rt, chosen)
        if watch:
            _watch(rt, chosen_dirs, chosen)
        elif failed:
            raise typer.Exit(1)


def _watch(rt, directories: list[str], sources: list[str]) -> None:
    """Sync each directory and source again whenever its schedule says; Ctrl-C stops."""
    every = {d.name: schedule_seconds(d.schedule) for d in rt.settings.directories if d.name in directories}
    for row in rt.sync.sources():
        if row.name in sources:
            every[row.name] = schedule_seconds(row.config.get("schedule", ""))
    due = {name: time.monotonic() + s for name, s in every.items() if s}
    if not due:
        fail(AssistantError("nothing to watch: give sources or directories a `schedule` such as '15m'"))
    err.print(f"watching {len(due)} sources and directories; Ctrl-C stops", highlight=False)
    while True:
        name, at = min(due.items(), key=lambda kv: kv[1])
        time.sleep(max(0.0, at - time.monotonic()))
        if name in directories:
            _sync_directories(rt, [name])
        else:
            sync_with_progress(rt, [name])
        due[name] = time.monotonic() + every[name]
