"""`assistant eval retrieval`: recall@1/5/10, MRR@10 and nDCG@10 of dense-only, BM25-only and hybrid search over
a corpus ingested through the real pipeline into a scratch store, and recall@5 of rewritten vs raw follow-ups.

A document's rank is the rank of its best chunk. Dense-only and BM25-only query the index with one prefetch
each; hybrid is the index's fused query with the retrieval settings in use (or the ones given)."""

from __future__ import annotations

import json
import math
import os
import platform
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from assistant.embeddings import SparseVector
from assistant.index import SearchFilter
from assistant.runtime import Runtime, folder_source
from assistant.settings import RetrievalSettings, load_settings
from eval.retrieval_datasets import Case, Dataset, FollowUp

KS = (1, 5, 10)
CHUNKS = 50  # chunks fetched per query, so that ten distinct documents are almost always among them
# Anyone's view of the public corpus, near-duplicates left out, as a user's search would filter.
FLT = SearchFilter(acl=("public",), searchable_only=True)
METRICS = ("recall@1", "recall@5", "recall@10", "mrr@10", "ndcg@10")


@dataclass(frozen=True)
class Scores:
    mode: str
    questions: int
    recall_1: float
    recall_5: float
    recall_10: float
    mrr_10: float
    ndcg_10: float

    def values(self) -> tuple[float, ...]:
        return (self.recall_1, self.recall_5, self.recall_10, self.mrr_10, self.ndcg_10)


def score(mode: str, ranks: list[int | None]) -> Scores:
    """Metrics from the 1-based rank of each question's single gold document (None: not in the results)."""
    n = max(len(ranks), 1)

    def recall(k: int) -> float:
        return sum(1 for r in ranks if r is not None and r <= k) / n

    mrr = sum(1 / r for r in ranks if r is not None and r <= 10) / n
    ndcg = sum(1 / math.log2(r + 1) for r in ranks if r is not None and r <= 10) / n
    return Scores(mode, len(ranks), recall(1), recall(5), recall(10), mrr, ndcg)


STORE_MARK = ".assistant-eval-store"


class StoreError(ValueError):
    """A --store folder that is not one (a file, or a folder of something else)."""


def kept_store(path: Path) -> Path:
    """The --store folder, made on first use and marked, so that a later run never syncs (and prunes) a folder
    that holds anything else, such as a real data dir."""
    if path.exists() and not path.is_dir():
        raise StoreError(f"--store {path}: not a folder")
    if path.is_dir() and any(path.iterdir()) and not (path / STORE_MARK).is_file():
        raise StoreError(f"--store {path}: the folder is not empty and was not made by --store; give a new or "
                         "empty folder (its corpus/ and data/ are rewritten by every run)")
    path.mkdir(parents=True, exist_ok=True)
    (path / STORE_MARK).write_text("kept by assistant eval retrieval --store\n", encoding="utf-8")
    return path


class Scratch:
    """A temporary data dir with the corpus ingested through the sync engine, as a user's sync would."""

    def __init__(self, documents: dict[str, str] | None, root: Path | None, guards: bool,
                 store: Path | None = None) -> None:
        # A kept store (`--store DIR`) is synced again on the next run: unchanged passages cost a hash each,
        # so fusion settings can be compared without ingesting the corpus again.
        self.tmp = None if store else tempfile.TemporaryDirectory(prefix="assistant-eval-")
        base = kept_store(Path(store)) if store else Path(self.tmp.name)
        overrides: dict = {"data_dir": str(base / "data")}
        if not guards:
            # PII analysis of every chunk at ingest dominates the ingest time on a small CPU.
            overrides["guards"] = {"document": [], "input": [], "context": [], "boundary": [], "output": []}
        self.rt = Runtime(load_settings(profiles=["default"], overrides=overrides))
        if documents is not None:
            root = base / "corpus"
            for name, text in documents.items():
                (root / name).parent.mkdir(parents=True, exist_ok=True)
                if not (root / name).is_file() or (root / name).read_text(encoding="utf-8") != text:
                    (root / name).write_text(text, encoding="utf-8")
            wanted = {root / name for name in documents}
            for stale in [p for p in root.rglob("*") if p.is_file() and p not in wanted]:
                stale.unlink()  # a kept store's corpus is exactly this run's documents
        assert root is not None
        self.root = Path(root).resolve()
        self.ingest_s = 0.0
        self.chunks = 0
        self.ingested = 0

    def ingest(self) -> None:
        self.rt.sync.register("eval", "filesystem", folder_source(self.root, public=True))
        t = time.perf_counter()
        summary = self.rt.sync.sync("eval")
        self.ingest_s = time.perf_counter() - t
        self.chunks = self.rt.index.count()
        self.ingested = summary.added + summary.updated  # 0 when a kept store already held the corpus

    def doc(self, uri: str) -> str:
        try:
            return Path(uri).resolve().relative_to(self.root).as_posix()
        except ValueError:
            return uri

    def close(self) -> None:
        self.rt.close()
        if self.tmp is not None:
            self.tmp.cleanup()


@dataclass
class Encoded:
    dense: list[list[float]]
    sparse: list[SparseVector]


def encode(rt: Runtime, questions: list[str]) -> Encoded:
    dense = rt.embedder.embed(questions)  # embed_query is embed() of one text: the same vectors, batched
    return Encoded([list(map(float, d)) for d in dense], [rt.sparse.embed_query(q) for q in questions])


def _single(s: Scratch, using: str, vector) -> list:
    """One prefetch, no fusion: dense-only or BM25-only, straight from the index."""
    index = s.rt.index
    q = index.q
    f = index._filter(FLT)
    if using == "bm25":
        if not vector.indices:
            return []
        vector = q.SparseVector(indices=list(vector.indices), values=list(vector.values))
    results = index.shard.query(q.QueryRequest(limit=CHUNKS, query=q.Query.Nearest(vector, using=using), filter=f,
                                               with_payload=True))
    return [dict(r.payload or {}) for r in results]


def _hybrid(s: Scratch, settings: RetrievalSettings, dense: list[float], sparse: SparseVector) -> list:
    hits = s.rt.index.search(dense=dense, sparse=sparse, flt=FLT, limit=CHUNKS,
                             prefetch_limit=max(settings.prefetch_limit, CHUNKS), fusion=settings.fusion,
                             rrf_k=settings.rrf_k, weights=(settings.dense_weight, settings.sparse_weight))
    return [h.payload for h in hits]


def rank_of(s: Scratch, payloads: list, gold: str) -> int | None:
    """The gold document's rank among distinct documents, each at its best chunk's place."""
    seen: list[str] = []
    for p in payloads:
        doc = s.doc(str(p.get("uri", "")))
        if doc not in seen:
            seen.append(doc)
            if doc == gold:
                return len(seen)
    return None


def run_modes(s: Scratch, cases: list[Case], enc: Encoded, settings: RetrievalSettings,
              modes: tuple[str, ...] = ("dense", "bm25", "hybrid")) -> dict[str, Scores]:
    ranks: dict[str, list] = {m: [] for m in modes}
    for i, case in enumerate(cases):
        for m in modes:
            if m == "dense":
                payloads = _single(s, "dense", enc.dense[i])
            elif m == "bm25":
                payloads = _single(s, "bm25", enc.sparse[i])
            else:
                payloads = _hybrid(s, settings, enc.dense[i], enc.sparse[i])
            ranks[m].append(rank_of(s, payloads, case.gold))
    return {m: score(m, r) for m, r in ranks.items()}


def rewrite_followups(s: Scratch, followups: list[FollowUp]) -> list[str]:
    """Each follow-up rewritten by the ChatService's rewrite, with the earlier questions as the history."""
    from assistant.chat import _format_history
    from guardrails.base import GuardContext

    chat = s.rt.chat
    out = []
    for n, f in enumerate(followups):
        history = _format_history([("user", h) for h in f.history])
        out.append(chat._rewrite(f.question, history, GuardContext("boundary", "eval@localhost", f"eval-{n}"),
                                 "eval@localhost", chat.llm))
    return out


def multiturn(s: Scratch, followups: list[FollowUp], settings: RetrievalSettings) -> dict:
    """Recall@5 of the hybrid query with the raw follow-up, its rewrite alone, and the rewrite followed by the
    follow-up (what the chat service searches with by default, `chat.rewrite_keeps_question`)."""
    from assistant.chat import followup_query

    t = time.perf_counter()
    rewritten = rewrite_followups(s, followups)
    rewrite_s = time.perf_counter() - t
    result = {}
    both = [followup_query(r, f.question, True) for r, f in zip(rewritten, followups)]
    for label, texts in (("raw", [f.question for f in followups]), ("rewritten", rewritten), ("both", both)):
        enc = encode(s.rt, texts)
        cases = [Case(t, f.gold) for t, f in zip(texts, followups)]
        result[label] = run_modes(s, cases, enc, settings, ("hybrid",))["hybrid"].recall_5
    return {"followups": len(followups), "recall@5_raw": result["raw"], "recall@5_rewritten": result["rewritten"],
            "recall@5_rewritten_and_raw": result["both"],
            "rewrite_s_per_question": rewrite_s / max(len(followups), 1),
            "examples": [{"raw": f.question, "rewritten": r} for f, r in list(zip(followups, rewritten))[:5]]}


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def markdown(report: dict) -> str:
    lines = [(f"### Retrieval: {report['dataset']} ({report['questions']} questions, {report['documents']} documents, "
             f"{report['chunks']} chunks)"), "",
             "| mode | " + " | ".join(METRICS) + " |", "|---|" + "---:|" * len(METRICS)]
    for row in report["modes"]:
        lines.append(f"| {row['mode']} | " + " | ".join(f"{row[k.replace('@', '_')]:.3f}" for k in METRICS) + " |")
    h = report["hybrid_settings"]
    lines += ["", (f"Hybrid: fusion {h['fusion']}, weights dense {h['dense_weight']} / BM25 {h['sparse_weight']}, "
              f"rrf_k {h['rrf_k']}, prefetch {max(h['prefetch_limit'], CHUNKS)}. "
              + (f"Ingest {report['ingest_s']:.1f} s (guards {'on' if report['guards'] else 'off'})"
                 if report.get("ingested", 1) else "Kept store, nothing to ingest")
              + f"; {report['machine']}.")]
    sw = report.get("sweep")
    if sw:
        lines += ["", f"Hybrid nDCG@10 by setting, on {sw['tuning_questions']} tuning questions and on the evaluated ones:",
                  "", "| fusion | rrf_k | dense / BM25 weight | tuning | evaluated |", "|---|---:|---|---:|---:|"]
        for t, e in zip(sw["tuning"], sw["evaluated"]):
            k = t["rrf_k"] if t["fusion"] == "rrf" else "–"
            lines.append(f"| {t['fusion']} | {k} | {t['dense_weight']:g} / {t['sparse_weight']:g} | "
                         f"{t['ndcg_10']:.3f} | {e['ndcg_10']:.3f} |")
        t, e = sw["tuning"][0], sw["evaluated"][0]
        lines.append(f"| (dense only) | | | {t['dense']:.3f} | {e['dense']:.3f} |")
        lines.append(f"| (BM25 only) | | | {t['bm25']:.3f} | {e['bm25']:.3f} |")
    mt = report.get("multiturn")
    if mt:
        lines += ["", (f"Multi-turn ({mt['followups']} follow-ups, hybrid): recall@5 raw {mt['recall@5_raw']:.3f}, "
                  f"rewritten {mt['recall@5_rewritten']:.3f}, rewritten + follow-up "
                  f"{mt.get('recall@5_rewritten_and_raw', float('nan')):.3f} ({mt['rewrite_s_per_question']:.1f} s "
                  "per rewrite).")]
    return "\n".join(lines)


def png(report: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    rows = report["modes"]
    x = np.arange(len(METRICS))
    width = 0.8 / len(rows)
    fig, ax = plt.subplots(figsize=(8, 4))
    for i, row in enumerate(rows):
        ax.bar(x + i * width, [row[k.replace("@", "_")] for k in METRICS], width, label=row["mode"])
    ax.set_xticks(x + width * (len(rows) - 1) / 2, METRICS)
    ax.set_ylim(0, 1)
    ax.set_title(f"Retrieval on {report['dataset']} ({report['questions']} questions)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def evaluate(ds: Dataset, cases: list[Case], documents: dict[str, str] | None, settings: RetrievalSettings | None,
             guards: bool = False, followups: list[FollowUp] | None = None, progress=None,
             store: Path | None = None, tuning: list[Case] | None = None) -> dict:
    """Ingest, then score the three modes side by side; the report as plain data.

    With tuning questions, the hybrid settings of `GRID` are also scored on them and on the evaluated ones."""
    s = Scratch(documents, ds.root, guards, store)
    try:
        if progress:
            progress("ingesting the corpus")
        s.ingest()
        settings = settings or s.rt.settings.retrieval
        if progress:
            progress(f"running {len(cases)} questions")
        scores = run_modes(s, cases, encode(s.rt, [c.question for c in cases]), settings)
        report = {"dataset": ds.name, "questions": len(cases),
                  "documents": len(documents) if documents is not None else sum(1 for p in s.root.rglob("*") if p.is_file()),
                  "chunks": s.chunks, "ingest_s": s.ingest_s, "ingested": s.ingested, "guards": guards,
                  "machine": machine(),
                  "hybrid_settings": settings.model_dump(include={"fusion", "rrf_k", "dense_weight", "sparse_weight",
                                                                  "prefetch_limit"}),
                  "modes": [asdict(v) for v in scores.values()]}
        if tuning:
            if progress:
                progress(f"comparing {len(GRID)} hybrid settings on {len(tuning)} tuning questions")
            report["sweep"] = {"tuning_questions": len(tuning), "tuning": sweep(s, tuning, settings),
                               "evaluated": sweep(s, cases, settings)}
        if followups:
            if progress:
                progress(f"rewriting {len(followups)} follow-ups with the local model")
            report["multiturn"] = multiturn(s, followups, settings)
        return report
    finally:
        s.close()


def dumps(report: dict) -> str:
    return json.dumps(report, indent=2)


# Hybrid settings tried when choosing one for all datasets: the reference (equal-weight RRF), dense-leaning
# weights, a sharper RRF, and score-based fusion.
GRID = (
    {"fusion": "rrf", "rrf_k": 60, "dense_weight": 1.0, "sparse_weight": 1.0},
    {"fusion": "rrf", "rrf_k": 60, "dense_weight": 1.0, "sparse_weight": 0.7},
    {"fusion": "rrf", "rrf_k": 60, "dense_weight": 1.0, "sparse_weight": 0.5},
    {"fusion": "rrf", "rrf_k": 60, "dense_weight": 1.0, "sparse_weight": 0.3},
    {"fusion": "rrf", "rrf_k": 20, "dense_weight": 1.0, "sparse_weight": 0.5},
    {"fusion": "dbsf", "rrf_k": 60, "dense_weight": 1.0, "sparse_weight": 1.0},
)


def sweep(s: Scratch, cases: list[Case], base: RetrievalSettings, grid=GRID) -> list[dict]:
    """Single modes once, then hybrid nDCG@10 under each setting of the grid, on the same questions."""
    enc = encode(s.rt, [c.question for c in cases])
    single = run_modes(s, cases, enc, base, ("dense", "bm25"))
    rows = []
    for g in grid:
        hybrid = run_modes(s, cases, enc, base.model_copy(update=g), ("hybrid",))["hybrid"]
        rows.append({**g, "ndcg_10": hybrid.ndcg_10, "dense": single["dense"].ndcg_10, "bm25": single["bm25"].ndcg_10})
    return rows


def run(dataset: str | None, docs: Path | None, questions: Path | None, limit: int, corpus: int, followups: int,
        settings: RetrievalSettings | None, guards: bool, progress=None, store: Path | None = None,
        sweep_questions: int = 0) -> dict:
    """The report for a named dataset (its first `limit` of the 500 drawn questions) or the user's own data.

    `sweep_questions` tuning questions (drawn after the 500, never evaluated) compare the hybrid settings."""
    from eval.retrieval_datasets import (
        EVALUATED,
        DatasetError,
        load_boolq,
        load_quac,
        load_user,
        split,
        subset,
    )

    if dataset is not None:
        loaders = {"boolq": load_boolq, "quac": load_quac}
        if dataset not in loaders:
            raise DatasetError(f"unknown dataset {dataset!r}: choose one of {', '.join(loaders)}")
        ds = loaders[dataset]()
        evaluated, rest = split(len(ds.cases))
        cases = [ds.cases[i] for i in evaluated[: min(limit or EVALUATED, EVALUATED)]]
        tuning = [ds.cases[i] for i in rest[:sweep_questions]]
        documents = subset(ds, cases + tuning, corpus)
        golds = {c.gold for c in cases}
        fus = [f for f in ds.followups if f.gold in golds][:followups]
    else:
        if docs is None or questions is None:
            raise DatasetError("give --dataset, or both --docs and --questions")
        ds = load_user(docs, questions)
        cases = ds.cases[:limit] if limit else ds.cases
        documents, fus, tuning = None, [], []
        if sweep_questions:
            raise DatasetError("--sweep needs a named dataset: its tuning questions are the ones after the 500 drawn")
    return evaluate(ds, cases, documents, settings, guards, fus, progress, store, tuning)
