"""One document from raw bytes to indexed points.

`prepare` does the work that needs no store (parse, document guards,
boilerplate removal, clean, chunk, language, MinHash), so the sync engine can
decide on near-duplicates before anything is written; `write` embeds and
upserts.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import yaml

from assistant.embeddings import Embedder, SparseEncoder
from assistant.errors import AssistantError
from assistant.index import BuildInfo, ChunkPoint, VectorIndex
from assistant.index.base import path_prefixes
from assistant.ingest.chunking import Chunk, Chunker
from assistant.ingest.clean import clean
from assistant.ingest.parsing import ParseError, parse
from assistant.ingest.quality import drop_repeated_lines, language, minhash
from assistant.settings import Settings
from connectors import Access, Document
from guardrails import GuardContext, GuardPipeline, GuardResult, Span


class DocumentRejected(AssistantError):
    """The document cannot be indexed; `reason` says why in words a user can act on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def content_hash(doc: Document) -> str:
    return hashlib.sha256(doc.content).hexdigest()


_FRONT_MATTER = re.compile(rb"\A---\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def document_tags(doc: Document) -> list[str]:
    """Tags from the source's metadata ('a, b') and a Markdown file's front matter (`tags:` or `keywords:`)."""
    found = doc.metadata.get("tags", "").split(",")
    if (doc.filename or doc.uri).lower().endswith((".md", ".markdown")) and (m := _FRONT_MATTER.match(doc.content)):
        try:
            meta = yaml.safe_load(m.group(1).decode("utf-8", "replace"))
        except yaml.YAMLError:
            meta = None
        if isinstance(meta, dict):
            for key in ("tags", "keywords"):
                value = meta.get(key)
                if isinstance(value, str):
                    found += value.split(",")
                elif isinstance(value, list):
                    found += [str(v) for v in value if v is not None]
    return sorted({" ".join(t.split()).lower() for t in found if t.strip()})[:50]


def filter_fields(doc: Document) -> dict[str, object]:
    """Payload fields the metadata filters match inside the query (indexed in the store)."""
    return {
        "modified_ts": doc.modified.timestamp() if doc.modified else None,
        "path_prefixes": path_prefixes(doc.metadata.get("path", doc.uri)),
        "tags": document_tags(doc),
    }


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
    # Per chunk, what document guards found in its part of the raw text (injection, invisible marks, ...).
    findings: tuple[list[dict], ...] = ()
    # The chunks' dense vectors when they were embedded together with other documents' (`embed_many`).
    dense: np.ndarray | None = None

    def embedding_texts(self) -> list[str]:
        return [c.embedding_text(self.title) for c in self.chunks]


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
        # Chunks gathered across documents before one embedding call: one small document at a time leaves
        # the model's batches nearly empty (a third of the throughput on 2 cores).
        self.batch_chunks = settings.embedding.batch_size

    def embed_many(self, prepared: list[Prepared]) -> list[Prepared]:
        """The documents' chunks embedded in one call, each document given back with its own vectors."""
        texts = [t for p in prepared for t in p.embedding_texts()]
        dense = self.embedder.embed(texts)
        out, at = [], 0
        for p in prepared:
            out.append(replace(p, dense=dense[at:at + len(p.chunks)]))
            at += len(p.chunks)
        return out

    def prepare(self, doc: Document, access: Access) -> Prepared:
        try:
            parsed = parse(doc.content, doc.filename or doc.uri, doc.mime_type)
        except ParseError as exc:
            raise DocumentRejected(exc.reason) from None
        # Document guards see the raw text, before cleaning could hide what they look for.
        ctx = GuardContext("document", request_id=doc.id)
        ctx.cache["embedder"] = self.embedder
        verdict = self.guards.run("document", parsed.text, ctx)
        if verdict.blocked:
            raise DocumentRejected(f"blocked by a document guard: {verdict.reason or 'policy'}")
        chunks = self.chunker.chunk(drop_repeated_lines(parsed.sections))
        if not chunks:
            raise DocumentRejected("no text left after cleaning")
        text = "\n".join(c.text for c in chunks)
        kinds = {g.name: g.kind for g in self.guards.guards("document")}
        return Prepared(
            doc=doc, access=access, title=(parsed.title or doc.title).strip()[:300], chunks=chunks,
            language=language(text), minhash=minhash(text),
            findings=chunk_findings(parsed.text, verdict.results, chunks, kinds),
        )

    def write(self, prepared: Prepared, digest: str, duplicate_of: str | None, local_only: bool) -> int:
        """Write the chunks, then drop chunks left over from a longer earlier version.

        Point ids derive from (doc id, chunk index), so running this twice, or
        after a crash half-way, converges on the same points.
        """
        doc, chunks, title = prepared.doc, prepared.chunks, prepared.title
        texts = prepared.embedding_texts()
        dense = prepared.dense if prepared.dense is not None else self.embedder.embed(texts)
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
                    **filter_fields(doc),
                    "content_hash": digest,
                    "language": prepared.language,
                    "duplicate": int(duplicate_of is not None),
                    "local_only": int(local_only),
                    "pii": pii[i],
                    "findings": prepared.findings[i] if i < len(prepared.findings) else [],
                },
            )
            for i, c in enumerate(chunks)
        ]
        self.index.upsert(points)
        self.index.delete_document(doc.id, from_chunk=len(chunks))
        return len(chunks)


def chunk_findings(raw: str, results: tuple[GuardResult, ...], chunks: list[Chunk],
                   kinds: dict[str, str]) -> tuple[list[dict], ...]:
    """Each span a document guard found in the raw text, attached to the chunks that hold its text.

    Chunks hold cleaned text, so a span is found again by its own text after cleaning, or, when cleaning
    removes it (an invisible mark), by the line it sits on. A span that cannot be placed goes to every
    chunk: a finding is never dropped for want of an address.
    """
    per_chunk: list[list[dict]] = [[] for _ in chunks]
    for result in results:
        for span in result.spans:
            found = {"guard": result.guard, "kind": kinds.get(result.guard, ""), "label": span.label,
                     "score": round(span.score, 3), "verdict": result.verdict.value}
            anchor = clean(raw[span.start:span.end])
            if len(anchor) < 12:
                line_start = raw.rfind("\n", 0, span.start) + 1
                line_end = raw.find("\n", span.end)
                anchor = clean(raw[line_start:line_end if line_end >= 0 else len(raw)])
            head = anchor[:60]
            hits = [i for i, c in enumerate(chunks) if anchor and anchor in c.text]
            hits = hits or [i for i, c in enumerate(chunks) if head and head in c.text] or range(len(chunks))
            for i in hits:
                if found not in per_chunk[i]:
                    per_chunk[i].append(found)
    return tuple(per_chunk)
