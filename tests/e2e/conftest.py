"""The widget in a real browser: uvicorn on loopback over an ingested runtime, and Debian's Chromium.

One runtime serves the whole session: the public sample corpus and a private finance folder. Playwright
drives /usr/bin/chromium and never downloads a browser.
"""

from __future__ import annotations

import html
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fastapi import Request
from fastapi.responses import HTMLResponse

from assistant.runtime import SAMPLE_CORPUS, Runtime, folder_source
from tests.conftest import make_settings
from tests.services import free_port

REPO = Path(__file__).resolve().parents[2]
AXE = REPO / ".cache" / "npm" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]

FINANCE_DOC = """# Project Falcon budget

Project Falcon has a confidential budget of 4.2 million euros for 2027.
The budget owner is the finance group; the money pays for the new data centre in Lyon.
"""

FAKE_KEY = "wk-asst-" + "f" * 43

# Collects CSP violations (they bubble out of shadow roots) and runs before any script of the page.
WATCH_CSP = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(
  {directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile}), true);
"""


@dataclass(frozen=True)
class LiveServer:
    url: str
    app: object
    runtime: Runtime

    @property
    def origin(self) -> str:
        return self.url


@dataclass(frozen=True)
class WidgetKey:
    id: str
    secret: str
    signing_secret: str


@pytest.fixture(scope="session")
def e2e_runtime(tmp_path_factory, embedder) -> Iterator[Runtime]:
    root = tmp_path_factory.mktemp("e2e")
    private = root / "finance"
    private.mkdir()
    (private / "falcon-budget.md").write_text(FINANCE_DOC, encoding="utf-8")
    settings = make_settings(root / "data", llm={"max_tokens": 48}, api={"widget_rate_limit_per_minute": 1000})
    rt = Runtime(settings)
    rt.__dict__["embedder"] = embedder
    rt.sync.register("sample", "filesystem", folder_source(SAMPLE_CORPUS, public=True))
    rt.sync.register("finance", "filesystem", folder_source(private, groups=["finance"]))
    rt.sync.sync("sample")
    rt.sync.sync("finance")
    yield rt
    rt.close()


@contextmanager
def serving(app) -> Iterator[str]:
    """Run an ASGI app with uvicorn in a thread on a free loopback port; yields its URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name=f"e2e-uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("uvicorn did not start the app within 30 s")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)


@pytest.fixture(scope="session")
def live_server(e2e_runtime) -> Iterator[LiveServer]:
    from assistant.api import create_app

    app = create_app(e2e_runtime.settings, e2e_runtime, scheduler=False)
    with serving(app) as url:
        yield LiveServer(url=url, app=app, runtime=e2e_runtime)


@dataclass
class Reply:
    """One scripted answer of the fake API: an error status, or SSE text pieces sent after their delays."""

    status: int = 200
    events: list[tuple[float, str]] = field(default_factory=list)
    error: str = "scripted error"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class FakeApi:
    """The widget's routes plus a scripted chat API: fast, deterministic, and it really streams."""

    url: str = ""
    replies: list[Reply] = field(default_factory=list)
    chats: list[dict] = field(default_factory=list)
    feedback: list[dict] = field(default_factory=list)

    def reset(self) -> None:
        self.replies.clear()
        self.chats.clear()
        self.feedback.clear()


def _fake_app(fake: FakeApi):
    import anyio
    from fastapi import FastAPI
    from fastapi.middleware.cors import CORSMiddleware
    from fastapi.responses import JSONResponse, StreamingResponse

    from assistant.widget import router

    app = FastAPI()
    app.include_router(router)
    # Annotations are strings here (postponed evaluation): FastAPI resolves Request from the module's globals.
    # The host page of another site is served from http://localhost:PORT, the widget from 127.0.0.1.
    app.add_middleware(CORSMiddleware, allow_origin_regex=r"http://localhost:\d+", allow_methods=["POST"],
                       allow_headers=["authorization", "content-type", "x-user-token"])

    @app.get("/host")
    def host_page(request: Request, allowed_hosts: str = "") -> HTMLResponse:
        """A page of another site that embeds the widget under its own strict CSP (no inline styles at all)."""
        widget = f"http://127.0.0.1:{request.url.port}"
        page = (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title></head><body>'
                f'<main><h1>Intranet home</h1><p><a href="#news">News</a></p></main>'
                f'<script src="{widget}/widget.js" data-key="{FAKE_KEY}" data-title="Ask IT" '
                f'data-allowed-hosts="{html.escape(allowed_hosts)}" async></script></body></html>')
        csp = (f"default-src 'none'; script-src {widget}; connect-src {widget}; style-src 'none'; img-src 'none'; "
               "frame-ancestors 'none'")
        return HTMLResponse(page, headers={"Content-Security-Policy": csp})

    @app.post("/v1/chat/completions")
    async def chat(request: Request):
        fake.chats.append({"headers": dict(request.headers), "body": await request.json()})
        reply = fake.replies.pop(0) if fake.replies else Reply(status=500, error="no scripted reply")
        if reply.status != 200:
            return JSONResponse({"error": {"message": reply.error, "type": "scripted", "code": None}},
                                status_code=reply.status, headers=reply.headers)

        async def stream():
            for delay, text in reply.events:
                await anyio.sleep(delay)
                yield text

        return StreamingResponse(stream(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})

    @app.post("/v1/feedback", status_code=201)
    async def feedback(request: Request):
        fake.feedback.append({"headers": dict(request.headers), "body": await request.json()})
        return {"ok": True}

    return app


@pytest.fixture(scope="session")
def _fake_api_server() -> Iterator[FakeApi]:
    fake = FakeApi()
    with serving(_fake_app(fake)) as url:
        fake.url = url
        yield fake


@pytest.fixture
def fake_api(_fake_api_server) -> FakeApi:
    _fake_api_server.reset()
    return _fake_api_server


@pytest.fixture(scope="session")
def make_widget_key(live_server) -> Callable[..., WidgetKey]:
    """A new widget key bound to the live server's origin, with its HS256 host-token secret."""
    from assistant.keys import KeyStore
    from assistant.privacy import load_keys

    settings = live_server.runtime.settings
    # The same database and vault key file the app reads: the CLI makes keys the same way.
    keys = KeyStore(live_server.runtime.db, vault_keys=lambda: load_keys(settings))

    def make(origins: tuple[str, ...] | None = None) -> WidgetKey:
        info, secret = keys.create(kind="widget", scopes=("chat",), origins=origins or (live_server.origin,),
                                   label="e2e widget", actor="tests")
        return WidgetKey(id=info.id, secret=secret, signing_secret=info.signing_secret)

    return make


@pytest.fixture(scope="session")
def widget_key(make_widget_key) -> WidgetKey:
    return make_widget_key()


def host_token(key: WidgetKey, email: str, groups: list[str], ttl_s: int = 600) -> str:
    """What the host page's backend mints for its signed-in visitor."""
    import jwt

    now = int(time.time())
    claims = {"sub": email, "email": email, "groups": groups, "aud": key.id, "iat": now, "exp": now + ttl_s}
    return jwt.encode(claims, key.signing_secret, algorithm="HS256")


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium (make test does)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(chromium) -> Iterator[Callable[..., object]]:
    """new_page(**context options): a page in a fresh context that records CSP violations and page errors."""
    contexts = []

    def make(**options):
        context = chromium.new_context(**options)
        contexts.append(context)
        context.add_init_script(WATCH_CSP)
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.errors = []
        page.on("pageerror", lambda exc: page.errors.append(str(exc)))
        page.on("console", lambda msg: page.errors.append(msg.text)
                if msg.type == "error" and "Content Security Policy" in msg.text else None)
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def artifacts_dir(tmp_path) -> Path:
    """Where screenshots go: $ASSISTANT_ARTIFACTS_DIR when set (CI keeps it), else the test's tmp dir."""
    where = Path(os.environ["ASSISTANT_ARTIFACTS_DIR"]) if os.environ.get("ASSISTANT_ARTIFACTS_DIR") else tmp_path
    where.mkdir(parents=True, exist_ok=True)
    return where
