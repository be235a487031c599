"""The vector index: where chunks live, searched by hybrid query with the access filter inside."""

from assistant.index.base import (
    BuildInfo,
    ChunkPoint,
    Hit,
    SearchFilter,
    StoredPoint,
    VectorIndex,
    point_id,
)

__all__ = [
    "BuildInfo",
    "ChunkPoint",
    "Hit",
    "SearchFilter",
    "StoredPoint",
    "VectorIndex",
    "destroy_index",
    "open_index",
    "point_id",
    "store_location",
]


def open_index(settings, build: BuildInfo) -> VectorIndex:
    """The configured backend, checked against how the store was built."""
    if settings.store.backend == "server":
        from assistant.index.server import QdrantServerIndex

        return QdrantServerIndex(settings.store.server, build)
    from assistant.index.edge import EdgeIndex

    return EdgeIndex(settings.store_path, build)


def destroy_index(settings) -> None:
    """Remove the configured store (reindex), whatever it was built with."""
    if settings.store.backend == "server":
        from assistant.index.server import drop_collection

        drop_collection(settings.store.server)
        return
    from assistant.index.edge import EdgeIndex

    EdgeIndex.destroy(settings.store_path)


def store_location(settings) -> str:
    """Where the configured store lives, in words for a prompt or a status line."""
    if settings.store.backend == "server":
        from assistant.index.server import safe_url

        server = settings.store.server
        return f"collection {server.collection!r} at {safe_url(server.url)}"
    return str(settings.store_path)
