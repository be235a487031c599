"""Copying a store's points into another store, the embedded shard into a server collection.

Point ids are kept, so the copy is idempotent: a run that stopped half-way is finished by running it again,
which rewrites what it had written and adds the rest, never a duplicate.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from assistant.errors import StoreError
from assistant.index.base import VectorIndex


@dataclass(frozen=True)
class CopyResult:
    copied: int
    source_points: int
    target_points: int


def copy_points(source: VectorIndex, target: VectorIndex, batch_size: int = 256,
                on_batch: Callable[[int, int], None] | None = None) -> CopyResult:
    """Every point of `source` (vectors, sparse vectors, payload) upserted into `target` in batches, then the
    counts compared. `on_batch(copied, total)` follows the progress."""
    total = source.count()
    copied = 0
    for batch in source.points(batch_size):
        target.upsert(batch)
        copied += len(batch)
        if on_batch:
            on_batch(copied, total)
    target.flush()
    result = CopyResult(copied=copied, source_points=source.count(), target_points=target.count())
    if result.copied != result.source_points:
        raise StoreError(f"read {result.copied} points from {source.path_or_url} but it holds "
                         f"{result.source_points}: was something writing to it? Run the migration again")
    if result.target_points != result.source_points:
        raise StoreError(f"{target.path_or_url} holds {result.target_points} points after the copy, the store "
                         f"{result.source_points}: the collection had points of its own before (an ingest straight "
                         "into the server?); use an empty collection or remove those points")
    return result
