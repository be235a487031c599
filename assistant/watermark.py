"""A provenance watermark for answers the local model generates, and its detector.

The scheme is the green-list watermark of Kirchenbauer et al. (2023, "A Watermark for Large Language
Models"): before each token is sampled, a keyed hash of the previous token splits the vocabulary into a
"green" share `gamma` and the rest, and `delta` is added to the green tokens' logits. Text from the model
then holds more green tokens than chance; text written without the key holds about `gamma` of them. The
detector re-tokenizes a text with the model's tokenizer, counts green tokens (each distinct (previous, token)
pair once, so repeated phrases cannot inflate the count) and reports the z-score of that count against
chance: z = (green - gamma T) / sqrt(T gamma (1 - gamma)). Only someone holding the key can tell green
from red, so only this deployment can detect its own marks.

The logit bias goes in before llama.cpp's temperature scaling, so its effect grows as the temperature falls:
figures are always given with the temperature they were measured at.
"""

from __future__ import annotations

import hashlib
import math
from contextlib import nullcontext as _nothing
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.errors import SettingsError
from assistant.settings import WatermarkSettings

_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def _mix(x: np.ndarray) -> np.ndarray:
    """SplitMix64's finalizer over uint64 arrays (wrapping arithmetic): a fast, well-spread integer hash."""
    x = x ^ (x >> np.uint64(30))
    x = x * _M1
    x = x ^ (x >> np.uint64(27))
    x = x * _M2
    return x ^ (x >> np.uint64(31))


def key_seed(key: str) -> np.uint64:
    """The 64-bit seed of a secret key."""
    return np.uint64(int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "little"))


class GreenList:
    """Which tokens are green after a given previous token, under one key and green share `gamma`."""

    def __init__(self, key: str, gamma: float) -> None:
        if not key:
            raise SettingsError("llm.watermark.key is empty: set it (e.g. '${ASSISTANT_WATERMARK_KEY}') to a secret")
        if not 0 < gamma < 1:
            raise SettingsError("llm.watermark.gamma must be between 0 and 1")
        self.seed = key_seed(key)
        self.gamma = gamma
        self._limit = np.uint64(int(gamma * 2**64))

    def green(self, previous: np.ndarray, tokens: np.ndarray) -> np.ndarray:
        """Boolean array: is tokens[i] green after previous[i] (arrays broadcast)."""
        with np.errstate(over="ignore"):
            prev = _mix(np.asarray(previous, dtype=np.uint64) ^ self.seed) * _GOLDEN
            return _mix(prev ^ np.asarray(tokens, dtype=np.uint64)) < self._limit


class WatermarkProcessor:
    """A logits hook for the local provider: adds `delta` to the green tokens of each step."""

    def __init__(self, settings: WatermarkSettings, n_vocab: int | None = None) -> None:
        self.greens = GreenList(settings.key, settings.gamma)
        self.delta = np.float32(settings.delta)
        self._ids: np.ndarray | None = None if n_vocab is None else np.arange(n_vocab, dtype=np.uint64)

    def __call__(self, input_ids: np.ndarray, scores: np.ndarray) -> np.ndarray:
        if len(input_ids) == 0:
            return scores
        ids = self._ids
        if ids is None or len(ids) != len(scores):
            # Local, then stored: two models of different vocabularies may call one processor at once.
            ids = np.arange(len(scores), dtype=np.uint64)
            self._ids = ids
        mask = self.greens.green(np.uint64(int(input_ids[-1])), ids)
        scores[mask] += self.delta
        return scores


@dataclass(frozen=True)
class Detection:
    tokens: int  # distinct (previous, token) pairs scored
    green: int
    z: float
    threshold: float

    @property
    def watermarked(self) -> bool:
        return self.z >= self.threshold

    @property
    def green_share(self) -> float:
        return self.green / self.tokens if self.tokens else 0.0


def score(token_ids: list[int] | np.ndarray, greens: GreenList, threshold: float) -> Detection:
    """The z-score of the green count over a token sequence; each distinct (previous, token) pair counts once."""
    ids = np.asarray(token_ids, dtype=np.uint64)
    if len(ids) < 2:
        return Detection(0, 0, 0.0, threshold)
    pairs = np.unique(np.stack([ids[:-1], ids[1:]], axis=1), axis=0)
    n = len(pairs)
    green = int(greens.green(pairs[:, 0], pairs[:, 1]).sum())
    gamma = greens.gamma
    z = (green - gamma * n) / math.sqrt(n * gamma * (1 - gamma))
    return Detection(n, green, z, threshold)


class Detector:
    """Tokenizes text with the local model's tokenizer (vocabulary only, no weights) and scores it."""

    def __init__(self, settings: WatermarkSettings, model_path: Path) -> None:
        from assistant.llm.llama import _import_llama_cpp

        llama_cpp = _import_llama_cpp()
        self.settings = settings
        self.greens = GreenList(settings.key, settings.gamma)
        quiet = getattr(getattr(llama_cpp, "_utils", None), "suppress_stdout_stderr", None)
        # llama.cpp prints context warnings even for a vocabulary-only load; they mean nothing here.
        with quiet(disable=False) if quiet else _nothing():
            self._llm = llama_cpp.Llama(model_path=str(model_path), vocab_only=True, verbose=False)

    def tokenize(self, text: str) -> list[int]:
        return list(self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def detect(self, text: str) -> Detection:
        return score(self.tokenize(text), self.greens, self.settings.z_threshold)

    def close(self) -> None:
        self._llm.close()
