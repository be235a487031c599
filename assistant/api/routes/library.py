"""POST /v1/search, GET and DELETE /v1/documents, GET /v1/sources: what the caller may read, and where it came from.

The small service functions below hold the logic; the route functions only translate HTTP. Access is
filtered in the database query (and checked again on each row), so a page never holds what the caller
may not read, and an id the caller may not read answers exactly like an unknown one.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Literal

import anyio
from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field, JsonValue
from sqlalchemy import Text, cast, func, or_, select, true

from assistant.admin_log import record_admin
from assistant.api.auth import Caller, authenticate, require
from assistant.api.errors import ApiError, not_found, responses
from assistant.api.routes.ingest import upload_service
from assistant.ingest.sync import list_sources
from assistant.ingest.uploads import SOURCE as UPLOADS
from assistant.retrieval import Principal, RetrievalFilters, RetrievalQuery
from assistant.runtime import Runtime
from assistant.state import Database
from assistant.state.tables import DocumentRow

router = APIRouter(prefix="/v1", tags=["library"])

DocumentStatus = Literal["indexed", "duplicate", "failed"]


# ---------------------------------------------------------------------------------------------- services


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def readable_clause(tokens: tuple[str, ...] | None):
    """Rows whose access list holds one of the tokens; every row for an admin (tokens None).

    The list is stored as JSON text, so a token matches as a whole quoted JSON string and never as a
    part of another token: `"group:fin"` is not found in `["group:finance"]`.
    """
    if tokens is None:
        return true()
    stored = cast(DocumentRow.access, Text)
    return or_(*(stored.like(f"%{_like_escape(json.dumps(t))}%", escape="\\") for t in tokens))


def can_read(access: list[str], tokens: tuple[str, ...] | None) -> bool:
    return tokens is None or bool(set(access) & set(tokens))


def _status_clause(status: DocumentStatus | None):
    if status == "duplicate":
        return DocumentRow.duplicate_of.is_not(None)
    if status == "indexed":
        return (DocumentRow.status == "indexed") & DocumentRow.duplicate_of.is_(None)
    if status == "failed":
        return DocumentRow.status != "indexed"
    return true()


def list_documents(db: Database, principal: Principal, *, limit: int, after: str | None = None,
                   source: str | None = None, status: DocumentStatus | None = None
                   ) -> tuple[list[DocumentRow], str | None]:
    """One page of the readable documents in id order, and the id the next page starts after (None: last page)."""
    tokens = principal.acl_tokens()
    stmt = (select(DocumentRow).where(readable_clause(tokens), _status_clause(status))
            .order_by(DocumentRow.id).limit(limit + 1))
    if after is not None:
        stmt = stmt.where(DocumentRow.id > after)
    if source:
        stmt = stmt.where(DocumentRow.source == source)
    with db.session() as s:
        rows = list(s.scalars(stmt))
    more = len(rows) > limit
    rows = rows[:limit]
    return [r for r in rows if can_read(r.access, tokens)], (rows[-1].id if more else None)


def get_document(db: Database, principal: Principal, doc_id: str) -> DocumentRow | None:
    """The ledger row, or None when it does not exist or the principal may not read it: the same to the caller."""
    with db.session() as s:
        row = s.get(DocumentRow, doc_id)
    return row if row is not None and can_read(row.access, principal.acl_tokens()) else None


def readable_ids(db: Database, principal: Principal, ids: list[str]) -> set[str]:
    if not ids:
        return set()
    tokens = principal.acl_tokens()
    with db.session() as s:
        rows = s.execute(select(DocumentRow.id, DocumentRow.access).where(DocumentRow.id.in_(ids))).all()
    return {i for i, access in rows if can_read(access, tokens)}


def delete_document(rt: Runtime, row: DocumentRow, actor: str) -> None:
    """Out of the store and the ledger; an upload's file goes too, so no later sync brings it back."""
    if row.source == UPLOADS:
        upload_service(rt).remove_file(row.id)
    rt.sync._delete(row.id)
    rt.index.flush()
    if row.source != UPLOADS and any(s.name == row.source for s in list_sources(rt.db)):
        # The source's checkpoint still counts the document as seen; a full load brings it back.
        rt.sync.reset_checkpoint(row.source)
    record_admin(rt.db, actor, "document.delete", row.id, source=row.source)


_SECRET_KEY = re.compile(r"pass|secret|token|credential|cookie|authori[sz]ation|bearer|private|(^|_)key$|api_?key",
                         re.IGNORECASE)
_URL_PASSWORD = re.compile(r"(?P<head>[a-z][a-z0-9+.-]*://[^/:@\s]*):[^/@\s]*@", re.IGNORECASE)


def redact(value, key: str = ""):
    """Options as an admin may see them: values under secret-looking keys and passwords in URLs replaced."""
    if isinstance(value, dict):
        return {k: redact(v, str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [redact(v, key) for v in value]
    if key and _SECRET_KEY.search(key) and value not in (None, "", False):
        return "***"
    if isinstance(value, str):
        return _URL_PASSWORD.sub(r"\g<head>:***@", value)
    return value


# ------------------------------------------------------------------------------------------------ models


class SearchRequest(BaseModel):
    query: str = Field(min_length=1, max_length=2000, description="What to look for, in plain words.")
    limit: int = Field(10, ge=1, le=50, description="How many passages to return at most.")
    sources: list[str] = Field(default_factory=list, max_length=50,
                               description="Only search these sources; empty: every source.")
    filters: RetrievalFilters = Field(default_factory=RetrievalFilters, description="Metadata filters (sources, "
                                      "documents, path prefixes, tags, modified range), applied inside the search.")


class SearchHit(BaseModel):
    score: float = Field(description="Fused relevance score; higher is better. Comparable within one answer only.")
    doc_id: str = Field(description="The document the passage comes from.")
    chunk_index: int = Field(description="Position of the passage within its document, from 0.")
    title: str = Field(description="The document's title.")
    section: str = Field(description="The headings above the passage, joined.")
    uri: str = Field(description="Where the document lives (URL or path).")
    source: str = Field(description="The source the document came from.")
    text: str = Field(description="The passage.")


class SearchResponse(BaseModel):
    results: list[SearchHit] = Field(description="Passages the caller may read, best first.")


class DocumentOut(BaseModel):
    id: str = Field(description="The document id, '<source>:<source-local id>'.")
    title: str = Field(description="Human title, as shown in citations.")
    uri: str = Field(description="Where the document lives (URL or path).")
    source: str = Field(description="The source it came from.")
    modified: datetime | None = Field(description="Last modification at the source, when the source says.")
    indexed_at: datetime | None = Field(description="When its current version was indexed.")
    chunk_count: int = Field(description="Passages stored for it.")
    language: str = Field(description="Detected language code ('en', 'de', ...); empty when unknown.")
    status: DocumentStatus = Field(description="'indexed': searchable; 'duplicate': a near-copy of `duplicate_of`, "
                                               "left out of search so the original answers; 'failed': it could not "
                                               "be indexed (see `error`).")
    duplicate_of: str | None = Field(None, description="The document this one nearly repeats (status 'duplicate').")
    error: str | None = Field(None, description="Why it could not be indexed (status 'failed').")
    local_only: bool = Field(description="Its content never goes to a remote model.")
    access: list[str] | None = Field(None, description="Who may read it ('public', 'user:<email>', 'group:<name>'); "
                                                       "shown to admins only.")


class DocumentPage(BaseModel):
    data: list[DocumentOut] = Field(description="Documents the caller may read, in id order.")
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page.")


class DeletedDocument(BaseModel):
    """A deleted document. One deleted from a synced source (a folder, a site, a database) comes back at that
    source's next sync (a full load) unless it is removed at the source too; a deleted upload is gone for good."""

    id: str = Field(description="The deleted document's id.")
    source: str = Field(description="The source it came from.")
    deleted: bool = Field(True, description="Always true: its passages left the index and its ledger row is gone.")
    returns_on_sync: bool = Field(description="True when the source still holds it, so its next sync indexes it "
                                              "again; false for uploads.")


class SyncCounts(BaseModel):
    added: int = Field(0, description="Documents added by the last sync.")
    updated: int = Field(0, description="Documents whose content changed.")
    deleted: int = Field(0, description="Documents the source no longer has.")
    failed: int = Field(0, description="Documents that could not be read or indexed.")
    duplicates: int = Field(0, description="New documents found to be near-copies of others.")


class SyncFailureOut(BaseModel):
    id: str = Field(description="Document id or source-local name.")
    reason: str = Field(description="Why it failed.")


class SourceOut(BaseModel):
    name: str = Field(description="The source's name; its documents' ids start with it.")
    kind: str = Field(description="The connector kind: filesystem, web, sql, git, imap, uploads, ...")
    schedule: str = Field(description="How often the server syncs it ('15m', '1d'); empty: on demand.")
    local_only: bool = Field(description="Its content never goes to a remote model.")
    last_sync_at: datetime | None = Field(description="When it was last synced; null: never.")
    last_status: str = Field(description="'ok', 'partial' (some documents failed), 'failed' or 'never'.")
    last_summary: SyncCounts = Field(description="What the last sync did.")
    document_count: int = Field(description="Documents of this source the caller may read.")
    options: dict[str, JsonValue] | None = Field(None, description="The connector's options with secrets masked; admins only.")
    access: dict[str, JsonValue] | None = Field(None, description="The source's default access; admins only.")
    error: str | None = Field(None, description="Why the last sync failed; admins only.")
    failures: list[SyncFailureOut] | None = Field(None, description="The last sync's failed documents (first 20); "
                                                                    "admins only.")


class SourceList(BaseModel):
    data: list[SourceOut] = Field(description="Every registered source, by name.")


def document_out(row: DocumentRow, admin: bool, visible_copy_of: bool = True) -> DocumentOut:
    failed = row.status != "indexed"
    return DocumentOut(
        id=row.id, title=row.title, uri=row.uri, source=row.source, modified=row.modified, indexed_at=row.updated_at,
        chunk_count=row.chunk_count, language=row.language,
        status="failed" if failed else ("duplicate" if row.duplicate_of else "indexed"),
        duplicate_of=row.duplicate_of if visible_copy_of else None, error=(row.error or "unknown") if failed else None,
        local_only=bool(row.local_only), access=list(row.access) if admin else None,
    )


def source_overviews(rt: Runtime, principal: Principal) -> list[SourceOut]:
    admin = principal.admin
    with rt.db.session() as s:
        counts = dict(s.execute(select(DocumentRow.source, func.count()).where(readable_clause(principal.acl_tokens()))
                                .group_by(DocumentRow.source)).all())
    schedules = {src.name: src.schedule for src in rt.settings.sources}
    out = []
    for row in list_sources(rt.db):
        config, summary = dict(row.config or {}), dict(row.last_summary or {})
        out.append(SourceOut(
            name=row.name, kind=row.kind, schedule=str(config.get("schedule") or schedules.get(row.name, "")),
            local_only=bool(config.get("local_only", False)), last_sync_at=row.last_sync_at,
            last_status=row.last_status,
            last_summary=SyncCounts(**{k: int(summary.get(k, 0) or 0) for k in SyncCounts.model_fields}),
            document_count=int(counts.get(row.name, 0)),
            options=redact(config.get("options", {})) if admin else None,
            access=config.get("access", {}) if admin else None,
            error=str(summary.get("error")) if admin and summary.get("error") else None,
            failures=[SyncFailureOut(id=str(f.get("id", "")), reason=str(f.get("reason", "")))
                      for f in summary.get("failures", [])[:20]] if admin else None,
        ))
    return out


def _encode_cursor(doc_id: str) -> str:
    # Keyset paging: the cursor is the last id of the page; any string is a valid place to resume after.
    return doc_id


def _decode_cursor(cursor: str) -> str:
    return cursor


def _deleter(request: Request) -> Caller:
    """Uploaders (scope `ingest`) delete their own uploads; admins (scope `admin`) any document."""
    caller = authenticate(request)
    if not caller.scopes & {"ingest", "admin"}:
        raise ApiError(403, "deleting documents needs the 'ingest' scope (own uploads) or the 'admin' scope",
                       "permission_error")
    request.state.caller = caller
    return caller


# ------------------------------------------------------------------------------------------------ routes


@router.post("/search", response_model=SearchResponse, responses=responses(400, 401, 403, 413, 422, 429, 503),
             summary="Passages the caller may read, ranked by relevance",
             description="Hybrid search (dense and BM25) with the caller's access applied inside the query; "
                         "near-duplicate copies are left out.")
async def search(body: SearchRequest, request: Request, caller: Caller = require("search")) -> SearchResponse:
    rt: Runtime = request.app.state.runtime
    query = RetrievalQuery(text=body.query, principal=caller.principal, sources=tuple(body.sources), limit=body.limit,
                           filters=body.filters)

    def run():
        # The chat's retriever: its reranker is loaded once, not per request.
        return rt.chat.retriever.retrieve(query)

    chunks = await anyio.to_thread.run_sync(run)
    return SearchResponse(results=[
        SearchHit(score=round(float(c.score), 6), doc_id=c.doc_id, chunk_index=c.chunk_index, title=c.title,
                  section=c.section, uri=c.uri, source=c.source, text=c.text) for c in chunks
    ])


@router.get("/documents", response_model=DocumentPage, responses=responses(400, 401, 403, 422, 429),
            summary="Documents the caller may read, a page at a time")
def documents(
    request: Request,
    limit: int = Query(50, ge=1, le=200, description="Documents per page."),
    cursor: str | None = Query(None, description="The next_cursor of the previous page; omitted: the first page."),
    source: str | None = Query(None, max_length=200, description="Only documents of this source."),
    status: DocumentStatus | None = Query(None, description="Only documents with this status."),
    caller: Caller = require("search"),
) -> DocumentPage:
    db = request.app.state.runtime.db
    after = _decode_cursor(cursor) if cursor else None
    rows, last = list_documents(db, caller.principal, limit=limit, after=after, source=source, status=status)
    originals = readable_ids(db, caller.principal, [r.duplicate_of for r in rows if r.duplicate_of])
    return DocumentPage(
        data=[document_out(r, caller.principal.admin, r.duplicate_of in originals) for r in rows],
        next_cursor=_encode_cursor(last) if last else None,
    )


@router.get("/documents/{doc_id:path}", response_model=DocumentOut, responses=responses(401, 403, 404, 429),
            summary="One document's metadata",
            description="Unknown ids and ids the caller may not read both answer 404, with the same body.")
def document(doc_id: str, request: Request, caller: Caller = require("search")) -> DocumentOut:
    db = request.app.state.runtime.db
    row = get_document(db, caller.principal, doc_id)
    if row is None:
        raise not_found("document")
    copy_visible = bool(row.duplicate_of) and bool(readable_ids(db, caller.principal, [row.duplicate_of]))
    return document_out(row, caller.principal.admin, copy_visible)


@router.delete("/documents/{doc_id:path}", response_model=DeletedDocument, responses=responses(401, 403, 404, 429),
               summary="Delete a document from the index",
               description="Uploaders (scope `ingest`) may delete their own uploads, admins (scope `admin`) any "
                           "document. A document the caller may not read answers 404; one they may read but not "
                           "delete, 403. A document of a synced source comes back at its next sync.")
def delete(doc_id: str, request: Request, caller: Caller = Depends(_deleter)) -> DeletedDocument:
    rt: Runtime = request.app.state.runtime
    row = get_document(rt.db, caller.principal, doc_id)
    if row is None:
        raise not_found("document")
    if not caller.is_admin:
        owner = upload_service(rt).owner_of(row.id) if row.source == UPLOADS else None
        if owner is None or owner != caller.principal.user.lower():
            raise ApiError(403, "only its uploader or an admin may delete this document", "permission_error")
    delete_document(rt, row, caller.principal.user)
    return DeletedDocument(id=row.id, source=row.source, returns_on_sync=row.source != UPLOADS)


@router.get("/sources", response_model=SourceList, responses=responses(401, 403, 429),
            summary="The sources and what their last sync did",
            description="Admins also see each source's options (secrets masked), default access and last errors.")
def sources(request: Request, caller: Caller = require("search")) -> SourceList:
    return SourceList(data=source_overviews(request.app.state.runtime, caller.principal))
