"""Shared fixtures. Models load once per session; every test gets its own data dir."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.settings import Settings, load_settings

REPO = Path(__file__).resolve().parent.parent
CONFIGS = REPO / "configs"


def make_settings(data_dir: Path, **overrides) -> Settings:
    return load_settings(profiles=["default"], config_dir=CONFIGS, overrides={"data_dir": str(data_dir), **overrides})


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch):
    for var in ("ASSISTANT_DATA_DIR", "ASSISTANT_PROFILES", "ASSISTANT_CONFIG_DIR", "ASSISTANT_DATABASE_URL"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def settings(tmp_path) -> Settings:
    return make_settings(tmp_path / "data")


@pytest.fixture(scope="session")
def embedder():
    from assistant.embeddings import Embedder
    from assistant.settings import EmbeddingSettings

    return Embedder(EmbeddingSettings())
