"""The vector index: where chunks live, searched by hybrid query with the access filter inside."""

from assistant.index.base import (
    BuildInfo,
    ChunkPoint,
    Hit,
    SearchFilter,
    VectorIndex,
    point_id,
)

__all__ = ["BuildInfo", "ChunkPoint", "Hit", "SearchFilter", "VectorIndex", "point_id", "open_index"]


def open_index(settings, build: BuildInfo) -> VectorIndex:
    """The configured backend, checked against how the store was built."""
    from assistant.index.edge import EdgeIndex

    return EdgeIndex(settings.store_path, build)
