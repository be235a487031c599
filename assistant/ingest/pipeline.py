"""One document from raw bytes to indexed points.

`prepare` does the work that needs no store (parse, document guards,
boilerplate removal, clean, chunk, language, MinHash), so the sync engine can
decide on near-duplicates before anything is written; `write` embeds and
upserts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from assistant.embeddings import Embedder, SparseEncoder
from assistant.errors import AssistantError
from assistant.index import BuildInfo, ChunkPoint, VectorIndex
from assistant.ingest.chunking import Chunk, Chunker
from assistant.ingest.parsing import ParseError, parse
from assistant.ingest.quality import drop_repeated_lines, language, minhash
from assistant.settings import Settings
from connectors import Access, Document
from guardrails import GuardContext, GuardPipeline, Span


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
class Prepared:
    doc: Document
    access: Access  # canonical
    title: str
    chunks: list[Chunk]
    language: str
    minhash: list[int]


class DocumentProcessor:
    def __init__(self, settings: Settings, embedder: Embedder, sparse: SparseEncoder,
                 index: VectorIndex, guards: GuardPipeline, find_pii: Callable[[str], list[Span]] | None = None,
                 pii_fingerprint: str = "") -> None:
        # Chunks are analysed for personal data once, here; questions reuse the stored spans.
        self.find_pii = find_pii
        self.pii_fingerprint = pii_fingerprint
        self.embedder = embedder
        self.sparse = sparse
        self.index = index
        self.guards = guards
        self.chunker = Chunker(settings.chunking, embedder.count_tokens)

    def prepare(self, doc: Document, access: Access) -> Prepared:
        try:
            parsed = parse(doc.content, doc.filename or doc.uri, doc.mime_type)
        except ParseError as exc:
            raise DocumentRejected(exc.reason) from None
        # Document guards see the raw text, before cleaning could hide what they look for.
        verdict = self.guards.run("document", parsed.text, GuardContext("document", request_id=doc.id))
        if verdict.blocked:
            raise DocumentRejected(f"blocked by a document guard: {verdict.reason or 'policy'}")
        chunks = self.chunker.chunk(drop_repeated_lines(parsed.sections))
        if not chunks:
            raise DocumentRejected("no text left after cleaning")
        text = "\n".join(c.text for c in chunks)
        return Prepared(
            doc=doc, access=access, title=(parsed.title or doc.title).strip()[:300], chunks=chunks,
            language=language(text), minhash=minhash(text),
        )

    def write(self, prepared: Prepared, digest: str, duplicate_of: str | None, local_only: bool) -> int:
        """Write the chunks, then drop chunks left over from a longer earlier version.

        Point ids derive from (doc id, chunk index), so running this twice, or
        after a crash half-way, converges on the same points.
        """
        doc, chunks, title = prepared.doc, prepared.chunks, prepared.title
        texts = [c.embedding_text(title) for c in chunks]
        dense = self.embedder.embed(texts)
        acl = prepared.access.tokens()
        # None means "not analysed": the boundary then analyses the chunk itself rather than trust an empty list.
        pii = [{"config": self.pii_fingerprint,
                "spans": [[s.start, s.end, s.label, round(s.score, 3)] for s in self.find_pii(c.text)]}
               if self.find_pii else None for c in chunks]
        points = [
            ChunkPoint(
                doc_id=doc.id,
                chunk_index=c.index,
                dense=dense[i].tolist(),
                sparse=self.sparse.embed_document(texts[i]),
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
                    "language": prepared.language,
                    "duplicate": int(duplicate_of is not None),
                    "local_only": int(local_only),
                    "pii": pii[i],
                },
            )
            for i, c in enumerate(chunks)
        ]
        self.index.upsert(points)
        self.index.delete_document(doc.id, from_chunk=len(chunks))
        return len(chunks)
