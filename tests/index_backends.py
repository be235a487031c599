"""The index contract's two implementations, for tests parametrized over both.

qdrant-client's local mode stands in for a Qdrant server: the same client calls and the same query semantics,
without shards, replicas, TLS or payload indexes (tests of the server backend check those requests instead).
"""

from __future__ import annotations

import warnings
from pathlib import Path

import httpx
from qdrant_client.http.exceptions import ResponseHandlingException

from assistant.index import BuildInfo
from assistant.index.edge import EdgeIndex
from assistant.index.server import QdrantServerIndex
from assistant.settings import QdrantServerSettings

BACKENDS = ("edge", "server")


def local_client():
    from qdrant_client import QdrantClient

    return QdrantClient(location=":memory:")


def quiet(call, *args, **kwargs):
    """Call without local mode's warning that payload indexes have no effect there (the point of these tests)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Payload indexes have no effect")
        return call(*args, **kwargs)


def server_index(build: BuildInfo, client=None, **settings) -> QdrantServerIndex:
    return quiet(QdrantServerIndex, QdrantServerSettings(**settings), build, client=client or local_client())


def make_index(kind: str, folder: Path, build: BuildInfo, **server_settings):
    """An empty index of the given backend: an Edge shard in `folder`, or a local-mode collection."""
    if kind == "edge":
        return EdgeIndex(folder / "store", build)
    return server_index(build, **server_settings)


class Recorder:
    """The real local-mode client, with every call it receives written down."""

    def __init__(self, client=None) -> None:
        self.client = client or local_client()
        self.calls: list[tuple[str, tuple, dict]] = []

    def __getattr__(self, name):
        attr = getattr(self.client, name)
        if not callable(attr):
            return attr

        def call(*args, **kwargs):
            self.calls.append((name, args, kwargs))
            return attr(*args, **kwargs)

        return call

    def named(self, name: str) -> list[tuple[tuple, dict]]:
        return [(a, k) for n, a, k in self.calls if n == name]


class GoesDown(Recorder):
    """A server that stops answering after `after` upserts, the way a dropped connection shows."""

    def __init__(self, after: int) -> None:
        super().__init__()
        self.left = after

    def upsert(self, *args, **kwargs):
        if self.left <= 0:
            raise ResponseHandlingException(httpx.ConnectError("[Errno 111] Connection refused"))
        self.left -= 1
        return self.client.upsert(*args, **kwargs)
