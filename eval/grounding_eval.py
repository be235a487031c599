"""Grounding measured on BoolQ/QuAC claims and on paraphrases of the sample corpus.

The positive class is "unsupported": precision is the share of flagged
sentences that were unsupported, recall the share of unsupported sentences
flagged, and the false-positive rate the share of supported sentences
flagged. Figures are for the "test" half of the passages; the thresholds
were chosen on the "dev" half (and on the paraphrases, which are therefore
not a clean hold-out).
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from eval.grounding_data import OTHER, SUPPORTED, Claim, build
from eval.grounding_paraphrases import PARAPHRASES, corpus_text
from guardrails.base import GuardContext
from guardrails.grounding.encoder import embed
from guardrails.grounding.guard import GroundingGuard
from guardrails.grounding.support import ContextIndex, check

TARGETS = {"overall": 0.85, "changed facts": 0.70}


def _predict(guard: GroundingGuard, claim: str, index: ContextIndex, ctx: GuardContext) -> tuple[bool, float]:
    t0 = time.perf_counter()
    support = check(claim, index, lambda texts: embed(texts, ctx, guard.model, static=guard.static), guard.limits)
    return (not support.supported) if support.checked else False, (time.perf_counter() - t0) * 1000


def metrics(pairs: Iterable[tuple[bool, bool]], latencies: list[float]) -> dict:
    """(is unsupported, flagged) pairs to precision, recall, F1 and the false-positive rate on supported claims."""
    pairs = list(pairs)
    tp = sum(1 for u, f in pairs if u and f)
    fp = sum(1 for u, f in pairs if not u and f)
    fn = sum(1 for u, f in pairs if u and not f)
    negatives = sum(1 for u, _ in pairs if not u)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    ordered = sorted(latencies) or [0.0]
    return {"precision": precision, "recall": recall, "f1": f1, "fpr_benign": fp / negatives if negatives else None,
            "p50_ms": ordered[len(ordered) // 2], "p95_ms": ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))],
            "n": len(pairs)}


def evaluate(claims: list[Claim] | None = None, split: str = "test", guard: GroundingGuard | None = None,
             embedder=None) -> list[dict]:
    guard = guard or GroundingGuard("grounding")
    claims = [c for c in (claims if claims is not None else build()) if c.split == split]
    indexes: dict[str, ContextIndex] = {}
    results: list[tuple[Claim, bool, float]] = []
    for c in claims:
        ctx = GuardContext("output")
        if embedder is not None:
            ctx.cache["embedder"] = embedder
        if c.context not in indexes:
            indexes[c.context] = ContextIndex.build([(1, c.title, c.context)])
        flagged, ms = _predict(guard, c.claim, indexes[c.context], ctx)
        results.append((c, flagged, ms))

    def row(dataset: str, keep) -> dict:
        chosen = [(c, f, ms) for c, f, ms in results if keep(c)]
        return {"guard": "grounding", "dataset": dataset,
                **metrics(((c.unsupported, f) for c, f, _ in chosen), [ms for _, _, ms in chosen])}

    rows = [
        row("BoolQ+QuAC claims (overall)", lambda c: True),
        row("BoolQ claims", lambda c: c.dataset == "boolq"),
        row("QuAC claims", lambda c: c.dataset == "quac"),
        row("changed facts (vs supported)", lambda c: c.kind not in (OTHER,)),
        row("other passage (vs supported)", lambda c: c.kind in (OTHER, SUPPORTED)),
    ]
    for kind in ("number", "date", "name", "negation"):
        rows.append(row(f"changed {kind} (vs supported)", lambda c, k=kind: c.kind in (k, SUPPORTED)))
    rows.append(paraphrases(guard, embedder))
    rows.append(paraphrases(GroundingGuard("grounding", similarity="transformer"), embedder, " (transformer)"))
    return rows


def paraphrases(guard: GroundingGuard, embedder=None, variant: str = "") -> dict:
    indexes = {doc: ContextIndex.build([(1, doc, corpus_text(doc))]) for doc in {p.doc for p in PARAPHRASES}}
    pairs, latencies = [], []
    for p in PARAPHRASES:
        ctx = GuardContext("output")
        if embedder is not None:
            ctx.cache["embedder"] = embedder
        flagged, ms = _predict(guard, p.claim, indexes[p.doc], ctx)
        pairs.append((not p.supported, flagged))
        latencies.append(ms)
    return {"guard": "grounding", "dataset": f"paraphrases, sample corpus{variant}", **metrics(pairs, latencies)}
