"""`assistant migrate --to cluster`: the embedded store's points into a Qdrant server collection."""

from __future__ import annotations

import os
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)

from assistant.cli.common import app, err, fail, out
from assistant.errors import AssistantError, SettingsError
from assistant.settings import Settings, load_settings


def _profiles() -> list[str]:
    return [p.strip() for p in os.environ.get("ASSISTANT_PROFILES", "default").split(",") if p.strip()]


def _build_record(source: Settings):
    from assistant.index import BuildInfo
    from assistant.index.edge import BUILD_FILE

    path = source.store_path / BUILD_FILE
    if not path.exists():
        raise SettingsError(f"there is no embedded store at {source.store_path} to migrate")
    return BuildInfo.model_validate_json(path.read_text())


def _check_target(build, target: Settings, profile: str) -> None:
    """The collection must be usable with the target's settings once the copy is done."""
    wanted = {"embedding_model": target.embedding.model, "chunk_tokens": target.chunking.chunk_tokens,
              "overlap_tokens": target.chunking.overlap_tokens, "bm25_language": target.bm25.language}
    diff = [f"{k}: store has {getattr(build, k)!r}, profile {profile!r} says {v!r}"
            for k, v in wanted.items() if getattr(build, k) != v]
    if diff:
        raise SettingsError(f"the store cannot serve the {profile!r} settings as it is ({'; '.join(diff)}): "
                            "align the profile, or ingest into the server with `assistant reindex` instead")


@app.command()
def migrate(
    to: Annotated[str, typer.Option("--to", help="Profile that names the Qdrant server (store.backend: server), "
                                    "added to the current profiles.")] = "cluster",
    batch_size: Annotated[int, typer.Option(min=1, max=10_000, help="Points read and written per batch.")] = 256,
) -> None:
    """Copy the embedded store's points (dense and sparse vectors, payloads) into a Qdrant server collection.

    Point ids are kept: running it again after an interruption finishes the copy, without duplicates.

    The state database (ledger, keys, conversations) is not copied: see deploy/cluster/README.md.
    """
    from assistant.index.edge import EdgeIndex
    from assistant.index.migrate import copy_points
    from assistant.index.server import QdrantServerIndex

    try:
        profiles = _profiles()
        source = load_settings(profiles)
        target = load_settings(profiles + ([to] if to not in profiles else []))
        if source.store.backend != "edge":
            raise SettingsError(f"the current profiles ({','.join(profiles)}) already use the {source.store.backend} "
                                "backend: run migrate with the embedded ones (e.g. ASSISTANT_PROFILES=default)")
        if target.store.backend != "server":
            raise SettingsError(f"profile {to!r} does not set store.backend: server, so there is nowhere to copy to")
        build = _build_record(source)
        _check_target(build, target, to)
    except AssistantError as exc:
        fail(exc)
    edge = server = None
    try:
        edge = EdgeIndex(source.store_path, build)
        server = QdrantServerIndex(target.store.server, build)
        with Progress(TextColumn("[bold]copying points"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, transient=True) as progress:
            task = progress.add_task("copy", total=edge.count())
            result = copy_points(edge, server, batch_size,
                                 lambda done, total: progress.update(task, completed=done, total=total))
    except AssistantError as exc:
        fail(exc)
    except KeyboardInterrupt:
        err.print("[yellow]interrupted[/]: run the same command again to finish; nothing is duplicated",
                  highlight=False)
        raise typer.Exit(130) from None
    finally:
        for index in (server, edge):
            if index is not None:
                index.close()
    out.print(f"copied {result.copied} points from {source.store_path} to {server.path_or_url}; "
              f"both hold {result.target_points}", highlight=False, soft_wrap=True)
