"""Liveness, readiness and Prometheus metrics."""

from __future__ import annotations

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from assistant.api.errors import error_response, responses

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str = Field(description="'ok' when the process answers.")


class Readiness(BaseModel):
    status: str = Field(description="'ready' when every check passes.")
    checks: dict[str, str] = Field(description="Each check and its state: 'ok' or why not.")


@router.get("/healthz", response_model=Health, summary="Liveness: the process answers")
def healthz() -> Health:
    return Health(status="ok")


def _check(name: str, fn) -> tuple[str, str]:
    try:
        fn()
        return name, "ok"
    except Exception as exc:  # noqa: BLE001 - readiness reports any failure in words
        return name, f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"[:300]


@router.get("/readyz", response_model=Readiness, responses=responses(503),
            summary="Readiness: database and store reachable, models loaded")
async def readyz(request: Request):
    rt = request.app.state.runtime

    def checks():
        from sqlalchemy import text

        def db():
            with rt.db.session() as s:
                s.execute(text("SELECT 1"))

        return dict([
            _check("database", db),
            _check("store", lambda: rt.index.count()),
            _check("embedding_model", lambda: rt.embedder.embed_query("ready")),
            _check("llm", lambda: rt.llm.count_tokens("ready")),
        ])

    results = await anyio.to_thread.run_sync(checks)
    ready = all(v == "ok" for v in results.values())
    body = Readiness(status="ready" if ready else "not ready", checks=results)
    if not ready:
        failing = ", ".join(f"{k}: {v}" for k, v in results.items() if v != "ok")
        return error_response(503, f"not ready: {failing}", code="not_ready")
    return body


@router.get("/metrics", summary="Prometheus metrics", response_class=Response,
            responses={200: {"content": {"text/plain": {}}, "description": "Prometheus text format"}})
def metrics(request: Request) -> Response:
    m = request.app.state.metrics
    stats = getattr(request.app.state.runtime.__dict__.get("llm"), "stats", None)
    if callable(stats):
        m.queue_waiting.set(stats().waiting)
    return Response(m.render(), media_type="text/plain; version=0.0.4; charset=utf-8")
