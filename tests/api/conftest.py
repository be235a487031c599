"""One ingested runtime and app for the API tests: the public sample corpus and a private finance folder."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from assistant.api import create_app
from assistant.runtime import SAMPLE_CORPUS, Runtime, folder_source
from tests.conftest import make_settings

FINANCE_DOC = """# Project Falcon budget

Project Falcon has a confidential budget of 4.2 million euros for 2027.
The budget owner is the finance group; the money pays for the new data centre in Lyon.
"""


@pytest.fixture(scope="session")
def api_runtime(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("api")
    private = root / "finance"
    private.mkdir()
    (private / "falcon-budget.md").write_text(FINANCE_DOC, encoding="utf-8")
    # One shared principal would otherwise meet the per-minute rate limit over a whole session.
    rt = Runtime(make_settings(root / "data", llm={"max_tokens": 48}, api={"rate_limit_per_minute": 10000}))
    rt.__dict__["embedder"] = embedder
    rt.sync.register("sample", "filesystem", folder_source(SAMPLE_CORPUS, public=True))
    rt.sync.register("finance", "filesystem", folder_source(private, groups=["finance"]))
    rt.sync.sync("sample")
    rt.sync.sync("finance")
    yield rt
    rt.close()


@pytest.fixture(scope="session")
def app(api_runtime):
    return create_app(api_runtime.settings, api_runtime, scheduler=False)


@pytest.fixture(scope="session")
def client(app):
    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="session")
def make_key(app) -> Callable[..., str]:
    """A new API key's secret: make_key(user=..., groups=(...), scopes=(...))."""

    def make(user: str = "alice@example.com", groups: tuple[str, ...] = (),
             scopes: tuple[str, ...] = ("chat", "search"), **kw) -> str:
        _, secret = app.state.keys.create(user=user, groups=groups, scopes=scopes, **kw)
        return secret

    return make


def auth(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


class LiveServer:
    """uvicorn serving an app on a loopback port, in a thread of this process."""

    def __init__(self, app) -> None:
        import threading

        import uvicorn

        from tests.services import free_port

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    access_log=False, lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, name="uvicorn", daemon=True)

    def __enter__(self) -> LiveServer:
        import time

        import httpx

        self.thread.start()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("uvicorn did not start within 30 s")

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


@pytest.fixture(scope="session")
def live(app):
    with LiveServer(app) as server:
        yield server
