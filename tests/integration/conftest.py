from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from assistant.llm.models import default_gguf_path
from assistant.runtime import Runtime
from tests.conftest import make_settings
from tests.services import free_port


@pytest.fixture
def runtime(tmp_path, embedder):
    """A runtime on a fresh data dir, sharing the session's embedding model."""
    rt = Runtime(make_settings(tmp_path / "data"))
    rt.__dict__["embedder"] = embedder
    yield rt
    rt.close()


@pytest.fixture(scope="session")
def server_url(tmp_path_factory):
    port = free_port()
    log_path: Path = tmp_path_factory.mktemp("llama-server") / "server.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [
                sys.executable, "-m", "assistant", "serve-model",
                "--model", str(default_gguf_path()),
                "--host", "127.0.0.1", "--port", str(port),
                "--n_ctx", "4096",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                pytest.fail(f"llama_cpp.server exited with {proc.returncode}:\n{log_path.read_text()[-3000:]}")
            try:
                if httpx.get(f"{base}/models", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"llama_cpp.server did not answer within 90 s:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.25)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
