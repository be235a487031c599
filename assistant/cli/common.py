"""What every command shares: the Typer app, consoles, errors, progress."""

from __future__ import annotations

import logging
import os
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from assistant.errors import AssistantError
from assistant.ingest.sync import SyncError, SyncSummary
from assistant.runtime import Runtime
from assistant.settings import load_settings

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Enterprise assistant: ingest documents, ask questions.")
out = Console()
err = Console(stderr=True)


def runtime() -> Runtime:
    # Logs go to stderr at the level ASSISTANT_LOG_LEVEL asks for; they never carry personal data.
    logging.basicConfig(level=os.environ.get("ASSISTANT_LOG_LEVEL", "WARNING").upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return Runtime(load_settings())


@contextmanager
def command_runtime(on_interrupt: str = "") -> Iterator[Runtime]:
    """The runtime of one command: always closed; an AssistantError becomes one red line and exit 1.

    With `on_interrupt`, Ctrl-C prints it and exits 130 instead of a traceback.
    """
    try:
        rt = runtime()
    except AssistantError as exc:
        fail(exc)
    try:
        yield rt
    except AssistantError as exc:
        fail(exc)
    except KeyboardInterrupt:
        if not on_interrupt:
            raise
        err.print(f"[yellow]interrupted[/]: {on_interrupt}", highlight=False)
        raise typer.Exit(130) from None
    finally:
        rt.close()


def fail(exc: Exception) -> NoReturn:
    err.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
    raise typer.Exit(1)


def source_name(path: Path) -> str:
    return re.sub(r"[^a-z0-9]+", "-", path.resolve().name.lower()).strip("-") or "files"


def print_summary(summary: SyncSummary) -> None:
    for doc_id, reason in summary.failures:
        err.print(f"[yellow]skipped[/] {doc_id}: {reason}", highlight=False, soft_wrap=True)
    out.print(
        f"[bold]{summary.source}[/]: {summary.added} added, {summary.updated} updated, {summary.unchanged} unchanged, "
        f"{summary.access_changed} access changed, {summary.deleted} deleted, {summary.duplicates} near-duplicates, "
        f"{summary.failed} failed; {summary.chunks_written} chunks written",
        highlight=False, soft_wrap=True,
    )


def sync_with_progress(rt: Runtime, names: list[str]) -> list[str]:
    """Sync each source with a progress display; a source that cannot be synced is reported and skipped.

    Returns the names of the sources that failed as a whole.
    """
    failed: list[str] = []
    for name in names:
        counts: Counter = Counter()
        with Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"), TextColumn("{task.fields[counts]}"),
                      TimeElapsedColumn(), console=err, transient=True) as progress:
            task = progress.add_task(f"syncing {name}", counts="")

            def on_progress(outcome: str, _doc: str) -> None:
                counts[outcome] += 1
                progress.update(task, counts=" ".join(f"{k} {v}" for k, v in sorted(counts.items())))

            try:
                summary = rt.sync.sync(name, on_progress)
            except SyncError as exc:
                err.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
                failed.append(name)
                continue
        print_summary(summary)
    return failed
