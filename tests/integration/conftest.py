from __future__ import annotations

import pytest

from assistant.runtime import Runtime
from tests.conftest import make_settings


@pytest.fixture
def runtime(tmp_path, embedder):
    """A runtime on a fresh data dir, sharing the session's embedding model."""
    rt = Runtime(make_settings(tmp_path / "data"))
    rt.__dict__["embedder"] = embedder
    yield rt
    rt.close()
