"""POST /v1/ingest: upload files; they are indexed by the normal pipeline as the source `uploads`."""

from __future__ import annotations

import re
from typing import Literal

import anyio
from fastapi import APIRouter, File, Form, Request, UploadFile
from pydantic import BaseModel, Field

from assistant.admin_log import record_admin
from assistant.api.auth import Caller, require
from assistant.api.errors import ApiError, responses
from assistant.ingest.uploads import (
    UploadResult,
    UploadService,
    UploadsUnavailable,
    UploadTooLarge,
)
from assistant.runtime import Runtime

router = APIRouter(prefix="/v1", tags=["library"])

_GROUP = re.compile(r"^[^\s,]{1,320}$")
MAX_FILES = 100


def upload_service(rt: Runtime) -> UploadService:
    s = rt.settings
    return UploadService(rt.sync, rt.db, s.data_dir, max_upload_bytes=int(s.api.max_upload_mb * 1024 * 1024),
                         max_file_bytes=int(s.ingest.max_file_mb * 1024 * 1024))


def parse_groups(raw: str) -> list[str]:
    groups = sorted({g.strip().lower() for g in raw.split(",") if g.strip()})
    bad = [g for g in groups if not _GROUP.match(g)]
    if bad:
        raise ApiError(400, "groups: give group names separated by commas, without spaces inside a name")
    return groups


def _log_uploads(rt: Runtime, user: str, results: list[UploadResult], groups: list[str]) -> None:
    for r in results:
        record_admin(rt.db, user, "document.upload", r.doc_id, outcome=r.outcome, groups=groups,
                     **({"reason": r.reason} if r.reason else {}))


class UploadedFile(BaseModel):
    filename: str = Field(description="The file name as sent.")
    doc_id: str = Field(description="The document's id (for GET or DELETE /v1/documents/{doc_id}); uploading a "
                                    "file of the same name again replaces it.")
    outcome: Literal["added", "updated", "unchanged", "failed"] = Field(
        description="'added': new and searchable; 'updated': replaced an earlier upload of the same name; "
                    "'unchanged': the same content and access as before; 'failed': not indexed, see `reason`.")
    reason: str | None = Field(None, description="Why it failed (corrupt file, unsupported format, blocked by a "
                                                 "document guard, ...).")
    duplicate_of: str | None = Field(None, description="Set when it nearly repeats a document with the same access: "
                                                       "it is kept but left out of search.")


class UploadResponse(BaseModel):
    files: list[UploadedFile] = Field(description="One entry per uploaded file, in the order sent.")


@router.post(
    "/ingest", response_model=UploadResponse, responses=responses(400, 401, 403, 413, 422, 429, 503),
    summary="Upload files to be indexed",
    description="Multipart upload of one or more files (Markdown, text, HTML, PDF, Word, PowerPoint, Excel). An "
                "upload is readable by its uploader only, unless `groups` names groups whose members may read it "
                "too. Each file over the upload limit refuses the whole request with 413, and nothing is kept. "
                "A file that cannot be indexed is reported as 'failed' and not kept.",
)
async def ingest(
    request: Request,
    files: list[UploadFile] = File(min_length=1, max_length=MAX_FILES,
                                   description="The files; each file name is reduced to a plain name."),
    groups: str = Form("", max_length=4000, description="Comma-separated groups whose members may read the files, "
                                                       "besides the uploader; empty: the uploader only."),
    caller: Caller = require("ingest"),
) -> UploadResponse:
    if len(files) > MAX_FILES:
        raise ApiError(400, f"at most {MAX_FILES} files per upload")
    group_list = parse_groups(groups)
    rt: Runtime = request.app.state.runtime
    service = upload_service(rt)
    batch = service.batch()
    user = caller.principal.user
    try:
        for f in files:
            await anyio.to_thread.run_sync(batch.add, f.file, f.filename or "")
        results = await anyio.to_thread.run_sync(service.ingest, batch, user, group_list)
    except UploadTooLarge as exc:
        raise ApiError(413, str(exc), "request_too_large") from None
    except UploadsUnavailable as exc:
        raise ApiError(503, str(exc), "service_unavailable") from None
    finally:
        batch.discard()
        for f in files:
            await f.close()
    await anyio.to_thread.run_sync(_log_uploads, rt, user, results, group_list)
    return UploadResponse(files=[UploadedFile(filename=r.filename, doc_id=r.doc_id, outcome=r.outcome,
                                              reason=r.reason or None, duplicate_of=r.duplicate_of) for r in results])
