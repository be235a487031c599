"""The trained part of the bias guard: a linear model over sentence embeddings.

Group terms are replaced by one neutral word before embedding, in training
and at run time alike, so the model judges what is said about a group rather
than which group is named; that is what lets it carry over to groups it never
saw. The weights ship as a small `.npz` beside this module, trained by
`assistant eval train-bias`.
"""

from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from guardrails.bias.lexicon import find_mentions
from guardrails.errors import GuardConfigError

ARTIFACT = Path(__file__).with_name("model.npz")
# Bumped whenever `features_text` or the lexicon it masks with changes, so an old artifact is refused
# rather than misread.
FEATURE_VERSION = 3
_REQUIRED = ("model", "views", "dim", "buckets", "ngrams", "bow_scale", "threshold", "policy_threshold")
PLACEHOLDER = "people"


def features_text(text: str) -> str:
    """The text the classifier sees: every group term, and runs of adjacent ones, become one neutral word."""
    mentions = find_mentions(text)
    out, last = [], 0
    for m in mentions:
        if m.start < last:
            continue
        gap = text[last:m.start]
        if out and out[-1] == PLACEHOLDER and not gap.strip():
            last = m.end
            continue
        out += [gap, PLACEHOLDER]
        last = m.end
    out.append(text[last:])
    return "".join(out)


_TOKEN = re.compile(r"[a-z0-9']+")


def hashed_ngrams(text: str, buckets: int, n: int = 2) -> list[int]:
    """Bucket indices of the word 1..n-grams of `text` (lower-cased), each once."""
    words = _TOKEN.findall(text.lower())
    grams = [" ".join(words[i:i + k]) for k in range(1, n + 1) for i in range(len(words) - k + 1)]
    return sorted({zlib.crc32(g.encode()) % buckets for g in grams})


@dataclass(frozen=True)
class Classifier:
    """Logistic regression over sentence embeddings and hashed word n-grams.

    p = sigmoid(sum over views of embed(view text) . w_view + scale * sum of w_bucket over the
    text's n-gram buckets + b). Views are "masked" (`features_text`) and "raw" (the text as is);
    the n-grams are taken from the masked text, so no group's name carries weight.
    """

    coef: np.ndarray
    intercept: float
    meta: dict

    @property
    def model(self) -> str:
        return self.meta["model"]

    @property
    def views(self) -> tuple[str, ...]:
        return tuple(self.meta["views"])

    @classmethod
    def load(cls, path: Path = ARTIFACT) -> Classifier:
        try:
            with np.load(path, allow_pickle=False) as z:
                meta = json.loads(str(z["meta"]))
                coef = z["coef"].astype(np.float32)
                intercept = float(z["intercept"])
        except (OSError, KeyError, ValueError) as exc:
            raise GuardConfigError(f"bias guard: cannot read the classifier {path}: {exc}") from None
        missing = [k for k in _REQUIRED if k not in meta]
        if missing:
            raise GuardConfigError(f"bias guard: {path} lacks {', '.join(missing)} in its metadata")
        if meta.get("feature_version") != FEATURE_VERSION:
            raise GuardConfigError(f"bias guard: {path} was trained for feature version {meta.get('feature_version')}, "
                                   f"this code uses {FEATURE_VERSION}; retrain with `assistant eval train-bias`")
        expected = len(meta["views"]) * meta["dim"] + meta["buckets"]
        if coef.shape != (expected,):
            raise GuardConfigError(f"bias guard: {path} holds {coef.shape[0]} weights, its metadata says {expected}")
        return cls(coef=coef, intercept=intercept, meta=meta)

    def save(self, path: Path = ARTIFACT) -> None:
        meta = {**self.meta, "feature_version": FEATURE_VERSION}
        # float16 halves the file; the weights lose nothing that moves a probability by more than 1e-3.
        np.savez_compressed(path, coef=self.coef.astype(np.float16), intercept=np.float32(self.intercept),
                            meta=np.array(json.dumps(meta, sort_keys=True)))

    def view_texts(self, text: str) -> list[str]:
        """The texts to embed for one sentence, one per view."""
        masked = features_text(text)
        return [masked if view == "masked" else text for view in self.views]

    def proba(self, texts: list[str], vectors: np.ndarray) -> np.ndarray:
        """Probabilities for `texts`, given `vectors`: the embeddings of their view texts, in order."""
        dim, buckets = self.meta["dim"], self.meta["buckets"]
        k = len(self.views)
        dense = vectors.astype(np.float32).reshape(len(texts), k * dim) @ self.coef[:k * dim]
        if buckets:
            w = self.coef[k * dim:]
            scale, n = self.meta["bow_scale"], self.meta["ngrams"]
            dense += np.array([scale * w[hashed_ngrams(features_text(t), buckets, n)].sum() for t in texts],
                              dtype=np.float32)
        return 1.0 / (1.0 + np.exp(-(dense + self.intercept)))
