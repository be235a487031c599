"""A small learned check next to the rules: sentence embeddings and a linear model.

Rules catch the phrasings someone thought of; the classifier catches
paraphrases of them ("kindly set aside the company's rules"). It scores
single sentences, and only those with a cue that they might speak to a model
(second person, a model's name, an imperative verb about answers or
instructions), which keeps its cost at ingest small. The weights (384
coefficients) ship in `guardrails/data/injection_classifier.json`; the
training script is `eval/injection_data_train.py`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from guardrails.base import GuardContext
from guardrails.grounding.encoder import embed

WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "injection_classifier.json"

SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
# Model names in every form (plurals, products, "automated reader"), who is spoken about (the user, whoever), goals,
# and what is done to answers: a sentence addressed to a model by name alone, with no "you", still gets scored.
CUE = re.compile(
    r"\b(?:you|your|yourself|assistants?|ai|models?|llms?|chat ?bots?|bots?|gpts?|chatgpt|claude|gemini|copilots?|agents?"
    r"|automated|machine|software|prompt|instructions?|system|ignore|disregard|forget|override|pretend|roleplay|role-play"
    r"|persona|reveal|repeat|print|send|forward|email|answers?|respond|responses?|reply|replies|say|tell|inform|claim|describe"
    r"|persuade|convince|mention|recommend|cit(?:e|ing)|quote|summari[sz]\w*|rules|guidelines|policy|objective|task|goal"
    r"|mission|purpose|job|orders|developers?|operators?|restrictions|obey|follow|users?|whoever|whatever|conversation|chat"
    r"|decode)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SentenceScore:
    start: int
    end: int
    score: float


class InjectionClassifier:
    def __init__(self, coef: np.ndarray, intercept: float, threshold: float) -> None:
        self.coef = coef
        self.intercept = intercept
        self.threshold = threshold

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> InjectionClassifier:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(np.asarray(data["coef"], dtype=np.float32), float(data["intercept"]), float(data["threshold"]))

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(vectors @ self.coef + self.intercept)))

    def score(self, text: str, ctx: GuardContext) -> list[SentenceScore]:
        """Scores of the sentences of `text` that carry a cue; offsets are in `text`."""
        spans = [(m.start(), m.end()) for m in SENTENCE.finditer(text)
                 if len(m.group().strip()) > 8 and CUE.search(m.group())]
        if not spans:
            return []
        probs = self.probabilities(embed([text[a:b].strip() for a, b in spans], ctx))
        return [SentenceScore(a, b, float(p)) for (a, b), p in zip(spans, probs)]


@cache
def shipped_classifier() -> InjectionClassifier:
    return InjectionClassifier.load()
