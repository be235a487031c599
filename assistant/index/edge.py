"""The embedded store: a Qdrant Edge shard in the data dir, locked by the process that opens it."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Literal

from assistant.embeddings import SparseVector
from assistant.errors import (
    MissingDependencyError,
    StoreBusyError,
    StoreError,
    StoreMismatchError,
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

BUILD_FILE = "build.json"
SHARD_DIR = "shard"


def _edge():
    try:
        import qdrant_edge
    except ImportError:
        raise MissingDependencyError("Qdrant Edge is missing: pip install qdrant-edge-py") from None
    return qdrant_edge


class EdgeIndex:
    def __init__(self, path: Path, build: BuildInfo) -> None:
        q = _edge()
        self.q = q
        self.root = Path(path)
        self.path_or_url = str(self.root)
        self.build = build
        shard_path = self.root / SHARD_DIR
        build_file = self.root / BUILD_FILE
        if build_file.exists():
            stored = BuildInfo.model_validate_json(build_file.read_text())
            diff = build.differences(stored)
            if diff:
                raise StoreMismatchError(
                    f"the store at {self.root} was built with other settings ({'; '.join(diff)}); "
                    "run `assistant reindex` to rebuild it with the current ones"
                )
        try:
            if shard_path.exists() and build_file.exists():
                self.shard = q.EdgeShard.load(str(shard_path))
            else:
                shard_path.mkdir(parents=True, exist_ok=True)
                self.shard = q.EdgeShard.create(str(shard_path), self._config(build.dimension))
                self._create_indexes()
                build_file.write_text(build.model_dump_json(indent=2))
        except Exception as exc:  # the binding raises plain Exception for everything
            if "WouldBlock" in str(exc):
                raise StoreBusyError(
                    f"the store at {self.root} is open in another assistant process "
                    "(a running `assistant serve` or ingest); stop it or wait for it to finish"
                ) from None
            raise StoreError(f"cannot open the store at {self.root}: {exc}") from None

    def _config(self, dim: int):
        q = self.q
        return q.EdgeConfig(
            vectors={"dense": q.EdgeVectorParams(size=dim, distance=q.Distance.Cosine)},
            sparse_vectors={"bm25": q.EdgeSparseVectorParams(modifier=q.Modifier.Idf)},
        )

    def _create_indexes(self) -> None:
        q = self.q
        for name, schema in (
            ("acl", q.PayloadSchemaType.Keyword),
            ("doc_id", q.PayloadSchemaType.Keyword),
            ("source", q.PayloadSchemaType.Keyword),
            ("chunk_index", q.PayloadSchemaType.Integer),
            # Flags are 0/1 integers: qdrant_edge 0.9's MatchValue turns True into 1, which misses a stored bool.
            ("duplicate", q.PayloadSchemaType.Integer),
            ("local_only", q.PayloadSchemaType.Integer),
            ("path_prefixes", q.PayloadSchemaType.Keyword),
            ("tags", q.PayloadSchemaType.Keyword),
            ("modified_ts", q.PayloadSchemaType.Float),
        ):
            self.shard.update(q.UpdateOperation.create_field_index(name, schema))

    def _filter(self, flt: SearchFilter | None):
        q, c = self.q, conditions(flt)
        must: list = [q.FieldCondition(key=k, match=q.MatchAny(any=list(v))) for k, v in c.any_of]
        must += [q.FieldCondition(key=k, range=q.RangeFloat(gte=gte, lt=lt)) for k, gte, lt in c.ranges]
        if c.ids is not None:
            must.append(q.HasIdCondition(set(c.ids)))
        must_not = [q.FieldCondition(key=k, match=q.MatchValue(v)) for k, v in c.none_of]
        return q.Filter(must=must, must_not=must_not) if must or must_not else None

    def _doc_filter(self, doc_id: str, from_chunk: int = 0):
        q = self.q
        conds = [q.FieldCondition(key="doc_id", match=q.MatchValue(doc_id))]
        if from_chunk > 0:
            conds.append(q.FieldCondition(key="chunk_index", range=q.RangeFloat(gte=from_chunk)))
        return q.Filter(must=conds)

    def upsert(self, points: Sequence[ChunkPoint | StoredPoint]) -> None:
        if not points:
            return
        q = self.q
        self.shard.update(q.UpdateOperation.upsert_points([
            q.Point(
                id=p.id,
                vector={"dense": list(map(float, p.dense)),
                        "bm25": q.SparseVector(indices=list(p.sparse.indices), values=list(p.sparse.values))},
                payload=p.payload,
            )
            for p in points
        ]))

    def delete_document(self, doc_id: str, from_chunk: int = 0) -> None:
        self.shard.update(self.q.UpdateOperation.delete_points_by_filter(self._doc_filter(doc_id, from_chunk)))

    def set_payload(self, doc_id: str, values: dict[str, object]) -> None:
        self.shard.update(self.q.UpdateOperation.set_payload_by_filter(self._doc_filter(doc_id), values))

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
        q = self.q
        f = self._filter(flt)
        sparse_q = q.SparseVector(indices=list(sparse.indices), values=list(sparse.values))
        prefetches = [q.Prefetch(limit=prefetch_limit, query=q.Query.Nearest(list(map(float, dense)), using="dense"), filter=f)]
        if sparse.indices:
            prefetches.append(q.Prefetch(limit=prefetch_limit, query=q.Query.Nearest(sparse_q, using="bm25"), filter=f))
        fused = q.Fusion.Rrf(k=rrf_k, weights=list(weights[: len(prefetches)])) if fusion == "rrf" else q.Fusion.Dbsf()
        results = self.shard.query(q.QueryRequest(limit=limit, prefetches=prefetches, query=fused, filter=f,
                                                  with_payload=True, with_vector=["dense"] if with_vectors else None))
        return [Hit(id=str(r.id), score=float(r.score), payload=dict(r.payload or {}),
                    vector=dense_of(r.vector) if with_vectors else None) for r in results]

    def fetch(self, flt: SearchFilter, limit: int) -> list[Hit]:
        q = self.q
        records, _ = self.shard.scroll(q.ScrollRequest(limit=limit, filter=self._filter(flt), with_payload=True))
        return [Hit(id=str(r.id), score=0.0, payload=dict(r.payload or {})) for r in records]

    def scroll_document(self, doc_id: str) -> list[Hit]:
        q = self.q
        records, _ = self.shard.scroll(q.ScrollRequest(limit=100_000, filter=self._doc_filter(doc_id), with_payload=True))
        return sorted((Hit(id=str(r.id), score=0.0, payload=dict(r.payload or {})) for r in records),
                      key=lambda h: h.payload.get("chunk_index", 0))

    def points(self, batch_size: int = 256) -> Iterator[list[StoredPoint]]:
        """Every point with its vectors and payload, a batch at a time in id order."""
        q = self.q
        offset = None
        while True:
            records, offset = self.shard.scroll(q.ScrollRequest(limit=batch_size, offset=offset, with_payload=True,
                                                                with_vector=True))
            if records:
                yield [stored_point(r.id, r.vector, r.payload) for r in records]
            if offset is None:
                return

    def count(self, flt: SearchFilter | None = None) -> int:
        return int(self.shard.count(self.q.CountRequest(exact=True, filter=self._filter(flt))))

    def size_bytes(self) -> int:
        # Qdrant preallocates sparse files (WAL, mmap pages): count the blocks on disk, not the apparent size.
        return sum(f.stat().st_blocks * 512 for f in self.root.rglob("*") if f.is_file())

    def flush(self) -> None:
        self.shard.flush()

    def close(self) -> None:
        if getattr(self, "shard", None) is not None:
            self.shard.flush()
            self.shard.close()
            self.shard = None

    @staticmethod
    def destroy(path: Path) -> None:
        """Remove the store folder (reindex); refuses while another process holds it."""
        import shutil

        shard = Path(path) / SHARD_DIR
        if shard.exists():
            try:
                _edge().EdgeShard.load(str(shard)).close()
            except Exception as exc:
                if "WouldBlock" in str(exc):
                    raise StoreBusyError(f"the store at {path} is open in another assistant process") from None
        if Path(path).exists():
            shutil.rmtree(path)
        os.makedirs(path, exist_ok=True)

