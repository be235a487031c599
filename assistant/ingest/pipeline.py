"""One document from raw bytes to indexed points: parse, document guards, clean, chunk, embed, upsert."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from assistant.embeddings import Embedder, SparseEncoder
from assistant.errors import AssistantError
from assistant.index import BuildInfo, ChunkPoint, VectorIndex
from assistant.ingest.chunking import Chunker
from assistant.ingest.parsing import ParseError, parse
from assistant.settings import Settings
from connectors import Document
from guardrails import GuardContext, GuardPipeline


class DocumentRejected(AssistantError):
    """The document cannot be indexed; `reason` says why in words a user can act on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def content_hash(doc: Document) -> str:
    return hashlib.sha256(doc.content).hexdigest()


def build_info(settings: Settings, embedder: Embedder) -> BuildInfo:
    return BuildInfo(
        embedding_model=embedder.name,
        dimension=embedder.dimension,
        chunk_tokens=settings.chunking.chunk_tokens,
        overlap_tokens=settings.chunking.overlap_tokens,
        bm25_language=settings.bm25.language,
    )


@dataclass(frozen=True)
class Indexed:
    title: str
    chunk_count: int


class DocumentProcessor:
    def __init__(self, settings: Settings, embedder: Embedder, sparse: SparseEncoder,
                 index: VectorIndex, guards: GuardPipeline) -> None:
        self.embedder = embedder
        self.sparse = sparse
        self.index = index
        self.guards = guards
        self.chunker = Chunker(settings.chunking, embedder.count_tokens)

    def process(self, doc: Document, digest: str) -> Indexed:
        """Write the document's chunks, then drop chunks left over from a longer earlier version.

        Point ids derive from (doc id, chunk index), so running this twice, or
        after a crash half-way, converges on the same points.
        """
        try:
            parsed = parse(doc.content, doc.filename or doc.uri, doc.mime_type)
        except ParseError as exc:
            raise DocumentRejected(exc.reason) from None
        verdict = self.guards.run("document", parsed.text, GuardContext("document", request_id=doc.id))
        if verdict.blocked:
            raise DocumentRejected(f"blocked by a document guard: {verdict.reason or 'policy'}")
        chunks = self.chunker.chunk(parsed.sections)
        if not chunks:
            raise DocumentRejected("no text left after cleaning")
        title = (parsed.title or doc.title).strip()[:300]
        dense = self.embedder.embed([c.embedding_text(title) for c in chunks])
        acl = doc.access.tokens()
        points = [
            ChunkPoint(
                doc_id=doc.id,
                chunk_index=c.index,
                dense=dense[i].tolist(),
                sparse=self.sparse.embed_document(c.embedding_text(title)),
                payload={
                    "doc_id": doc.id,
                    "source": doc.source,
                    "chunk_index": c.index,
                    "chunk_count": len(chunks),
                    "title": title,
                    "section": c.section,
                    "uri": doc.uri,
                    "path": doc.metadata.get("path", doc.uri),
                    "text": c.text,
                    "acl": acl,
                    "modified": doc.modified.isoformat() if doc.modified else None,
                    "content_hash": digest,
                },
            )
            for i, c in enumerate(chunks)
        ]
        self.index.upsert(points)
        self.index.delete_document(doc.id, from_chunk=len(chunks))
        return Indexed(title=title, chunk_count=len(chunks))


__all__ = ["BuildInfo", "DocumentProcessor", "DocumentRejected", "Indexed", "build_info", "content_hash"]
