"""The server backend: a collection on a Qdrant server or cluster through qdrant-client, same contract as Edge.

The collection mirrors the embedded shard: a 'dense' cosine vector, a 'bm25' sparse vector whose IDF the server
applies, keyword payload indexes for the access and metadata filters, and one query that fuses the dense and
BM25 prefetches with the access filter inside every stage. How the store was built is kept in the
collection's metadata, so every replica that opens it checks the same record.
"""

from __future__ import annotations

import json
import logging
import math
import ssl
import uuid
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

import httpx
from pydantic import ValidationError

from assistant.embeddings import SparseVector
from assistant.errors import (
    AssistantError,
    MissingDependencyError,
    SettingsError,
    StoreMismatchError,
    StoreUnavailableError,
)
from assistant.index.base import (
    BuildInfo,
    ChunkPoint,
    Hit,
    SearchFilter,
    StoredPoint,
    conditions,
    dense_of,
    stored_point,
)
from assistant.settings import QdrantServerSettings

log = logging.getLogger(__name__)

BUILD_KEY = "assistant_build"


def build_key(settings: QdrantServerSettings) -> str:
    """Where the collection's metadata keeps this deployment's build record: one per tenant, so that tenants
    sharing a collection reindex (and change their chunking) independently."""
    return f"{BUILD_KEY}:{settings.tenant}" if settings.tenant else BUILD_KEY
DENSE, SPARSE = "dense", "bm25"
# Same fields as the Edge shard indexes: keyword ones carry the access, source, document, path and tag
# matches; integers and floats the chunk range, the 0/1 flags and the modified-time range.
KEYWORD_FIELDS = ("acl", "doc_id", "source", "path_prefixes", "tags")
INTEGER_FIELDS = ("chunk_index", "duplicate", "local_only")
FLOAT_FIELDS = ("modified_ts",)


def _qdrant():
    try:
        import qdrant_client
        from qdrant_client import models
    except ImportError:
        raise MissingDependencyError(
            "the Qdrant server backend needs qdrant-client: pip install 'qdrant-client>=1.20,<2'"
        ) from None
    return qdrant_client, models


def safe_url(url: str) -> str:
    """The URL without user info, fit for messages and logs."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def make_client(settings: QdrantServerSettings):
    """A REST client for the configured server: API key, timeout, and TLS checked against `ca_file` if given."""
    qdrant_client, _ = _qdrant()
    verify: bool | ssl.SSLContext = settings.verify
    if settings.verify and settings.ca_file:
        path = Path(settings.ca_file).expanduser()
        if not path.is_file():
            raise SettingsError(f"store.server.ca_file: {path} does not exist")
        try:
            verify = ssl.create_default_context(cafile=str(path))
        except (ssl.SSLError, ValueError) as exc:
            raise SettingsError(f"store.server.ca_file: {path} holds no PEM certificate ({exc})") from None
    if settings.api_key and settings.url.startswith("http://"):
        log.info("the Qdrant API key goes to %s over plain http: use https outside a private network",
                 safe_url(settings.url))
    with warnings.catch_warnings():
        # Said once above, in the log, without a stack of warnings on every command.
        warnings.filterwarnings("ignore", message="Api key is used with an insecure connection")
        return qdrant_client.QdrantClient(
            url=settings.url, api_key=settings.api_key or None, timeout=math.ceil(settings.timeout_s),
            prefer_grpc=False, check_compatibility=False, verify=verify,
        )


class QdrantServerIndex:
    """The index contract on a Qdrant server collection. `client` replaces the one built from the settings
    (tests pass qdrant-client's local mode, which stands in for a server)."""

    def __init__(self, settings: QdrantServerSettings, build: BuildInfo, client=None) -> None:
        _, self.m = _qdrant()
        self.settings = settings
        self.build = build
        self.collection = settings.collection
        self.url = safe_url(settings.url)
        self.path_or_url = f"{self.url} collection {self.collection}"
        self._owns_client = client is None
        self.client = make_client(settings) if client is None else client
        try:
            with self._errors("open the collection"):
                if self.client.collection_exists(self.collection):
                    self._check(self.client.get_collection(self.collection))
                else:
                    self._create()
        except BaseException:
            self.close()
            raise

    # -- the collection -------------------------------------------------------------------------------------

    def _create(self) -> None:
        m, s = self.m, self.settings
        try:
            self.client.create_collection(
                self.collection,
                vectors_config={DENSE: m.VectorParams(size=self.build.dimension, distance=m.Distance.COSINE)},
                sparse_vectors_config={SPARSE: m.SparseVectorParams(modifier=m.Modifier.IDF)},
                shard_number=s.shard_number,
                replication_factor=s.replication_factor,
                write_consistency_factor=s.write_consistency_factor,
                metadata={build_key(s): self.build.model_dump()},
                timeout=math.ceil(s.timeout_s),
            )
        except Exception as exc:
            # Another replica created it a moment ago: check its record instead.
            if getattr(exc, "status_code", None) != 409:
                raise
            self._check(self.client.get_collection(self.collection))
            return
        self._create_indexes()

    def payload_indexes(self) -> list[tuple[str, object]]:
        """(field, schema) of every payload index the collection gets, the tenant's first."""
        m = self.m
        keyword = m.KeywordIndexParams(type=m.KeywordIndexType.KEYWORD)
        out: list[tuple[str, object]] = []
        if self.settings.tenant_key:
            out.append((self.settings.tenant_key, m.KeywordIndexParams(type=m.KeywordIndexType.KEYWORD,
                                                                         is_tenant=True)))
        out += [(f, keyword) for f in KEYWORD_FIELDS]
        out += [(f, m.PayloadSchemaType.INTEGER) for f in INTEGER_FIELDS]
        out += [(f, m.PayloadSchemaType.FLOAT) for f in FLOAT_FIELDS]
        return out

    def _create_indexes(self, only: set[str] | None = None) -> None:
        for field, schema in self.payload_indexes():
            if only is None or field in only:
                self.client.create_payload_index(self.collection, field, field_schema=schema, wait=True)

    def _check(self, info) -> None:
        where = f"the collection {self.collection!r} at {self.url}"
        metadata = info.config.metadata or {}
        key = build_key(self.settings)
        record = metadata.get(key) or None  # {} is the record a tenant's reindex leaves
        if record is None and self.settings.tenant and any(k.startswith(BUILD_KEY) for k in metadata):
            # A tenant new to a collection the assistant made (or one that reindexed): its own record, once the
            # collection's vectors fit its embedding model.
            size = getattr(getattr(info.config.params, "vectors", {}).get(DENSE), "size", None)
            if size is not None and size != self.build.dimension:
                raise StoreMismatchError(
                    f"{where} holds {size}-dimensional vectors, the embedding model makes {self.build.dimension}: "
                    "tenants of one collection need embedding models of one dimension; use another collection")
            self.client.update_collection(self.collection, metadata={key: self.build.model_dump()})
            record = self.build.model_dump()
        if record is None:
            raise StoreMismatchError(
                f"{where} was not made by the assistant (it has no build record): set store.server.collection "
                "to another name, or remove that collection")
        try:
            stored = BuildInfo.model_validate(record)
        except ValidationError:
            stored = None
        diff = self.build.differences(stored) if stored else ["its build record is from another version"]
        if diff:
            raise StoreMismatchError(
                f"{where} was built with other settings ({'; '.join(diff)}); "
                "run `assistant reindex` to rebuild it with the current ones")
        # A tenant key configured after the collection was made still gets its index.
        missing = {f for f, _ in self.payload_indexes()} - set(info.payload_schema or {})
        if self.settings.tenant_key in missing:
            self._create_indexes({self.settings.tenant_key})

    # -- filters --------------------------------------------------------------------------------------------

    def _id(self, pid: str) -> str:
        """A tenant's own point id: two deployments sharing the collection may both hold a document 'docs:a.md'."""
        return str(uuid.uuid5(uuid.UUID(pid), self.settings.tenant)) if self.settings.tenant else pid

    def _tenant(self) -> list:
        s = self.settings
        return [self.m.FieldCondition(key=s.tenant_key, match=self.m.MatchValue(value=s.tenant))] if s.tenant else []

    def _filter(self, flt: SearchFilter | None):
        m, c = self.m, conditions(flt)
        must: list = self._tenant()
        must += [m.FieldCondition(key=k, match=m.MatchAny(any=list(v))) for k, v in c.any_of]
        must += [m.FieldCondition(key=k, range=m.Range(gte=gte, lt=lt)) for k, gte, lt in c.ranges]
        if c.ids is not None:
            must.append(m.HasIdCondition(has_id=[self._id(i) for i in c.ids]))
        must_not = [m.FieldCondition(key=k, match=m.MatchValue(value=v)) for k, v in c.none_of]
        return m.Filter(must=must or None, must_not=must_not or None) if must or must_not else None

    def _doc_filter(self, doc_id: str, from_chunk: int = 0):
        m = self.m
        conds = [*self._tenant(), m.FieldCondition(key="doc_id", match=m.MatchValue(value=doc_id))]
        if from_chunk > 0:
            conds.append(m.FieldCondition(key="chunk_index", range=m.Range(gte=from_chunk)))
        return m.Filter(must=conds)

    # -- writes ---------------------------------------------------------------------------------------------

    def upsert(self, points: Sequence[ChunkPoint | StoredPoint]) -> None:
        m, s = self.m, self.settings
        tenant = {s.tenant_key: s.tenant} if s.tenant else {}
        structs = []
        for p in points:
            vector: dict[str, object] = {DENSE: list(map(float, p.dense))}
            if p.sparse.indices:
                vector[SPARSE] = m.SparseVector(indices=list(p.sparse.indices), values=list(p.sparse.values))
            structs.append(m.PointStruct(id=self._id(p.id), vector=vector, payload={**p.payload, **tenant}))
        for start in range(0, len(structs), s.batch_size):
            with self._errors("write points"):
                self.client.upsert(self.collection, points=structs[start:start + s.batch_size], wait=True)

    def delete_document(self, doc_id: str, from_chunk: int = 0) -> None:
        with self._errors("delete a document's points"):
            self.client.delete(self.collection, points_selector=self.m.FilterSelector(
                filter=self._doc_filter(doc_id, from_chunk)), wait=True)

    def set_payload(self, doc_id: str, values: dict[str, object]) -> None:
        with self._errors("rewrite a document's payload"):
            self.client.set_payload(self.collection, payload=values,
                                    points=self.m.FilterSelector(filter=self._doc_filter(doc_id)), wait=True)

    # -- reads ----------------------------------------------------------------------------------------------

    def search(
        self,
        dense: list[float],
        sparse: SparseVector,
        flt: SearchFilter,
        limit: int,
        prefetch_limit: int,
        fusion: Literal["rrf", "dbsf"] = "rrf",
        rrf_k: int = 60,
        weights: tuple[float, float] = (1.0, 1.0),
        with_vectors: bool = False,
    ) -> list[Hit]:
        m = self.m
        f = self._filter(flt)
        prefetches = [m.Prefetch(query=list(map(float, dense)), using=DENSE, filter=f, limit=prefetch_limit)]
        if sparse.indices:
            prefetches.append(m.Prefetch(
                query=m.SparseVector(indices=list(sparse.indices), values=list(sparse.values)),
                using=SPARSE, filter=f, limit=prefetch_limit))
        if fusion == "rrf":
            query = m.RrfQuery(rrf=m.Rrf(k=rrf_k, weights=list(weights[: len(prefetches)])))
        else:
            query = m.FusionQuery(fusion=m.Fusion.DBSF)
        with self._errors("search"):
            response = self.client.query_points(
                self.collection, prefetch=prefetches, query=query, query_filter=f, limit=limit,
                with_payload=True, with_vectors=[DENSE] if with_vectors else False)
        return [Hit(id=str(r.id), score=float(r.score), payload=self._payload(r.payload),
                    vector=dense_of(r.vector) if with_vectors else None) for r in response.points]

    def fetch(self, flt: SearchFilter, limit: int) -> list[Hit]:
        with self._errors("fetch points"):
            records, _ = self.client.scroll(self.collection, scroll_filter=self._filter(flt), limit=limit,
                                            with_payload=True, with_vectors=False)
        return [Hit(id=str(r.id), score=0.0, payload=self._payload(r.payload)) for r in records]

    def scroll_document(self, doc_id: str) -> list[Hit]:
        hits: list[Hit] = []
        offset = None
        while True:
            with self._errors("read a document's points"):
                records, offset = self.client.scroll(self.collection, scroll_filter=self._doc_filter(doc_id),
                                                     limit=1000, offset=offset, with_payload=True)
            hits += [Hit(id=str(r.id), score=0.0, payload=self._payload(r.payload)) for r in records]
            if offset is None:
                return sorted(hits, key=lambda h: h.payload.get("chunk_index", 0))

    def points(self, batch_size: int = 256) -> Iterator[list[StoredPoint]]:
        """Every point with its vectors and payload, a batch at a time in id order."""
        offset = None
        while True:
            with self._errors("read points"):
                records, offset = self.client.scroll(self.collection, scroll_filter=self._filter(None),
                                                     limit=batch_size, offset=offset, with_payload=True,
                                                     with_vectors=True)
            if records:
                yield [stored_point(r.id, r.vector, self._payload(r.payload)) for r in records]
            if offset is None:
                return

    def count(self, flt: SearchFilter | None = None) -> int:
        with self._errors("count points"):
            return int(self.client.count(self.collection, count_filter=self._filter(flt), exact=True).count)

    def size_bytes(self) -> int:
        """The server does not tell a collection's size on disk through its API: 0 stands for unknown."""
        return 0

    def flush(self) -> None:
        """Every write waited for the server's acknowledgement: nothing is left to flush."""

    def close(self) -> None:
        client, self.client = getattr(self, "client", None), None
        if client is not None and self._owns_client:
            client.close()

    def drop(self) -> None:
        """Delete this deployment's points (see `drop_collection`)."""
        drop_collection(self.settings, self.client)

    # -- helpers --------------------------------------------------------------------------------------------

    def _payload(self, payload) -> dict[str, object]:
        out = dict(payload or {})
        if self.settings.tenant:
            out.pop(self.settings.tenant_key, None)
        return out

    def _errors(self, action: str):
        return server_errors(self.settings, action)


def drop_collection(settings: QdrantServerSettings, client=None) -> None:
    """Delete a deployment's points: the tenant's alone, or the whole collection without a tenant. Needs no
    open index, whose build record may no longer match the settings (reindex after a change)."""
    _, m = _qdrant()
    own = client is None
    client = make_client(settings) if own else client
    try:
        with server_errors(settings, "remove the collection"):
            if not client.collection_exists(settings.collection):
                return
            if settings.tenant:
                tenant = m.FieldCondition(key=settings.tenant_key, match=m.MatchValue(value=settings.tenant))
                client.delete(settings.collection, points_selector=m.FilterSelector(filter=m.Filter(must=[tenant])),
                              wait=True)
                # The tenant's build record goes too, so the next open records the current settings.
                client.update_collection(settings.collection, metadata={build_key(settings): {}})
            else:
                client.delete_collection(settings.collection)
    finally:
        if own:
            client.close()


@contextmanager
def server_errors(settings: QdrantServerSettings, action: str) -> Iterator[None]:
    """Network and server failures as one line naming the server; nothing else is caught."""
    from qdrant_client.http.exceptions import (
        ResponseHandlingException,
        UnexpectedResponse,
    )

    url = safe_url(settings.url)
    try:
        yield
    except AssistantError:
        raise
    except UnexpectedResponse as exc:
        raise StoreUnavailableError(_refused(url, exc, action)) from None
    except ResponseHandlingException as exc:
        raise StoreUnavailableError(_unreachable(url, settings.timeout_s, exc.source, action)) from None
    except (OSError, httpx.HTTPError) as exc:
        raise StoreUnavailableError(_unreachable(url, settings.timeout_s, exc, action)) from None


def _refused(url: str, exc, action: str) -> str:
    code = exc.status_code
    if code in (401, 403):
        return (f"the Qdrant server at {url} refused the API key (HTTP {code}) when asked to {action}: "
                "check store.server.api_key")
    try:
        detail = json.loads(exc.content)["status"]["error"]
    except (ValueError, KeyError, TypeError):
        detail = exc.reason_phrase or ""
    detail = " ".join(str(detail).split())[:200]
    return f"the Qdrant server at {url} answered HTTP {code} when asked to {action}: {detail}"


def _unreachable(url: str, timeout_s: float, cause: BaseException, action: str) -> str:
    text = " ".join(str(cause).split())
    if "CERTIFICATE_VERIFY_FAILED" in text or isinstance(cause, ssl.SSLCertVerificationError):
        reason = "its TLS certificate could not be verified (store.server.ca_file names the CA that signed it)"
    elif "WRONG_VERSION_NUMBER" in text or "record layer" in text:
        reason = "it does not speak TLS at that address (an https URL for a plain http port?)"
    elif "reset by peer" in text.lower():
        reason = "the connection was reset" + (" (an http URL for a port that speaks TLS?)"
                                              if url.startswith("http://") else "")
    elif "refused" in text.lower():
        reason = "connection refused (is it running, at that host and port?)"
    elif "timed out" in text.lower() or "timeout" in type(cause).__name__.lower():
        reason = f"no answer within {timeout_s:g} s"
    else:
        reason = text[:200] or type(cause).__name__
    return f"cannot reach the Qdrant server at {url} to {action}: {reason}"

