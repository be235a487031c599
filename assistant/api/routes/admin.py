"""Admin routes: run a source's sync now, read the admin audit log."""

from __future__ import annotations

from datetime import datetime

import anyio
from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from assistant.admin_log import query_admin, record_admin
from assistant.api.auth import Caller, require
from assistant.api.errors import ApiError, not_found, responses
from assistant.errors import AssistantError

router = APIRouter(prefix="/v1", tags=["admin"])


class SyncResult(BaseModel):
    source: str
    added: int
    updated: int
    unchanged: int
    access_changed: int
    deleted: int
    duplicates: int
    failed: int
    chunks_written: int
    failures: list[list[str]] = Field(default_factory=list, description="(document id, reason) of each failure.")


class AdminEvent(BaseModel):
    id: int
    created_at: datetime
    actor: str
    action: str
    target: str
    detail: dict


@router.post("/sources/{name}/sync", response_model=SyncResult, responses=responses(401, 403, 404, 409),
             summary="Sync one source now (admin)",
             description="Runs in the server that owns the store; with `full`, everything is reloaded and what the "
                         "source no longer has is pruned.")
async def sync_source(name: str, request: Request, full: bool = Query(False, description="Reload everything."),
                      caller: Caller = require("admin")) -> SyncResult:
    rt = request.app.state.runtime

    def run():
        rt.register_configured_sources()
        if name not in {s.name for s in rt.sync.sources()}:
            return None
        if full:
            rt.sync.reset_checkpoint(name)
        return rt.sync.sync(name)

    try:
        summary = await anyio.to_thread.run_sync(run)
    except AssistantError as exc:
        raise ApiError(409, f"source {name!r} could not be synced: {exc}", "conflict_error") from None
    if summary is None:
        raise not_found("source")
    record_admin(rt.db, caller.principal.user, "source.sync", name, full=full)
    return SyncResult(source=name, added=summary.added, updated=summary.updated, unchanged=summary.unchanged,
                      access_changed=summary.access_changed, deleted=summary.deleted, duplicates=summary.duplicates,
                      failed=summary.failed, chunks_written=summary.chunks_written,
                      failures=[[d, r] for d, r in summary.failures])


@router.get("/admin/events", response_model=list[AdminEvent], responses=responses(401, 403),
            summary="The admin audit log (admin)")
async def admin_events(request: Request, limit: int = Query(100, ge=1, le=1000),
                       since: datetime | None = Query(None, description="Only events at or after this time."),
                       caller: Caller = require("admin")) -> list[AdminEvent]:
    rows = await anyio.to_thread.run_sync(lambda: query_admin(request.app.state.runtime.db, since=since, limit=limit))
    return [AdminEvent(id=r.id, created_at=r.created_at, actor=r.actor, action=r.action, target=r.target,
                       detail=dict(r.detail or {})) for r in rows]
