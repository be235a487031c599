"""`create_app(settings)`: the FastAPI app of the internal API and the widget.

The app owns one Runtime (the embedded store, the model, the database). Routers handle HTTP only;
everything else is the ChatService and the other services of the runtime.
"""

from __future__ import annotations

import logging
import threading
import time
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from starlette.types import ASGIApp, Receive, Scope, Send

from assistant.api.errors import error_response, install_handlers
from assistant.api.metrics import Metrics
from assistant.runtime import Runtime
from assistant.settings import Settings

log = logging.getLogger(__name__)

# Uploads have their own, larger limit; every other body is JSON of a modest size.
UPLOAD_PATHS = ("/v1/ingest",)


class BodyLimit:
    """Refuse bodies over the limit before they are read whole: by Content-Length, then while streaming."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.json_limit = settings.api.max_request_bytes
        self.upload_limit = int(settings.api.max_upload_mb * 1024 * 1024) + 64 * 1024

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = self.upload_limit if scope["path"] in UPLOAD_PATHS else self.json_limit
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            return await error_response(413, f"request body over the limit of {limit} bytes")(scope, receive, send)
        seen = 0
        started = False

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise _TooLarge(limit)
            return message

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge as exc:
            if not started:
                await error_response(413, f"request body over the limit of {exc.limit} bytes")(scope, receive, send)


class CorsPolicy:
    """CORS: off, except for the origins in `api.cors_origins` and, on the widget's routes, the origins
    of live widget keys (a widget on an intranet page calls the API from that page's origin).

    CORS only lets a browser read responses; each request is still authenticated, and a widget key's
    origin is checked again by the auth layer.
    """

    WIDGET_PATHS = ("/v1/chat/completions", "/v1/feedback", "/v1/conversations/")
    RELOAD_S = 10.0

    def __init__(self, settings: Settings, keys) -> None:
        self.configured = {o.rstrip("/").lower() for o in settings.api.cors_origins}
        self.keys = keys
        self._widget_origins: set[str] = set()
        self._loaded_at = -1e9
        self._lock = threading.Lock()

    def invalidate(self) -> None:
        """Read the widget keys again at the next request (after keys were created or revoked)."""
        with self._lock:
            self._loaded_at = -1e9

    def widget_origins(self) -> set[str]:
        with self._lock:
            if time.monotonic() - self._loaded_at > self.RELOAD_S:
                self._widget_origins = {o for k in self.keys.list() if k.kind == "widget" for o in k.origins}
                self._loaded_at = time.monotonic()
            return self._widget_origins

    def allowed(self, origin: str, path: str) -> bool:
        if origin.lower() in self.configured:
            return True
        return path.startswith(self.WIDGET_PATHS) and origin.lower() in self.widget_origins()


class Cors:
    HEADERS = "authorization, content-type, x-user-token"

    def __init__(self, app: ASGIApp, policy: CorsPolicy) -> None:
        self.app = app
        self.policy = policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope["headers"])
        origin = headers.get(b"origin", b"").decode("latin-1")
        if not origin:
            return await self.app(scope, receive, send)
        import anyio

        allowed = await anyio.to_thread.run_sync(self.policy.allowed, origin, scope["path"])
        cors = [(b"access-control-allow-origin", origin.encode("latin-1")), (b"vary", b"Origin")] if allowed else []
        if scope["method"] == "OPTIONS" and b"access-control-request-method" in headers:
            status = 204 if allowed else 403
            await send({"type": "http.response.start", "status": status, "headers": cors + ([
                (b"access-control-allow-methods", b"GET, POST, DELETE"),
                (b"access-control-allow-headers", self.HEADERS.encode()),
                (b"access-control-max-age", b"600")] if allowed else [])})
            await send({"type": "http.response.body", "body": b""})
            return

        async def with_cors(message):
            if message["type"] == "http.response.start" and cors:
                message = {**message, "headers": [*message.get("headers", []), *cors]}
            await send(message)

        await self.app(scope, receive, with_cors)


class _TooLarge(Exception):
    def __init__(self, limit: int) -> None:
        self.limit = limit


def create_app(settings: Settings, runtime: Runtime | None = None, *, scheduler: bool | None = None) -> FastAPI:
    rt = runtime or Runtime(settings)
    run_scheduler = settings.api.sync_scheduler if scheduler is None else scheduler

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        stop = threading.Event()
        threads = []
        if run_scheduler and any(s.schedule for s in [*settings.sources, *settings.directories]):
            from assistant.api.scheduler import run_schedules

            threads.append(threading.Thread(target=run_schedules, args=(rt, stop), name="sync-scheduler", daemon=True))
        if scheduler is not False and settings.retention.active and settings.retention.schedule:
            from assistant.api.scheduler import run_retention_schedule

            _ = rt.db  # opened here, so the threads never race to open and migrate it
            threads.append(threading.Thread(target=run_retention_schedule, args=(rt, stop), name="retention",
                                            daemon=True))
        app.state.metrics.track_store(lambda: rt.db)
        for thread in threads:
            thread.start()
        try:
            yield
        finally:
            stop.set()
            for thread in threads:
                thread.join(timeout=30)
            if runtime is None:
                rt.close()

    app = FastAPI(
        title="Enterprise assistant API",
        version="1.0.0",
        description="Answers from the company's documents with citations, for the people the documents allow. "
                    "OpenAI-compatible chat completions, search, documents, ingest, sources, feedback.",
        lifespan=lifespan,
    )
    app.state.runtime = rt
    app.state.settings = settings
    app.state.keys = rt.keys
    app.state.metrics = Metrics()
    install_handlers(app)

    @app.middleware("http")
    async def measure(request: Request, call_next):
        t0 = time.perf_counter()
        response = await call_next(request)
        route = request.scope.get("route")
        path = getattr(route, "path", "unmatched")
        metrics: Metrics = request.app.state.metrics
        metrics.requests.labels(path, request.method, str(response.status_code)).inc()
        metrics.latency.labels(path, request.method).observe(time.perf_counter() - t0)
        return response

    app.add_middleware(BodyLimit, settings=settings)
    app.state.cors = CorsPolicy(settings, rt.keys)
    app.add_middleware(Cors, policy=app.state.cors)

    from assistant.api.routes import all_routers

    for router in all_routers():
        app.include_router(router)
    return app
