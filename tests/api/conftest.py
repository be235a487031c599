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
    rt = Runtime(make_settings(root / "data", llm={"max_tokens": 48}))
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
