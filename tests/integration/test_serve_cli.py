"""`assistant serve` owns the store; `assistant ask` and `assistant sync` on the same data dir go through it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.services import free_port

REPO = Path(__file__).resolve().parents[2]


def run(tmp_path: Path, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "data"), "ASSISTANT_CONFIG_DIR": str(REPO / "configs"),
           "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "assistant", *args], env=env, cwd=tmp_path, capture_output=True,
                          text=True, timeout=timeout)


@pytest.mark.slow
def test_cli_commands_go_through_the_running_server(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "canteen.md").write_text("---\ntags: [facilities]\n---\n# Canteen\n\nThe canteen opens at 8:15 "
                                      "and closes at 14:30. The soup of the day costs 3 euros.\n", encoding="utf-8")
    assert run(tmp_path, "ingest", str(notes), "--public", "--name", "notes").returncode == 0

    port = free_port()
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "data"), "ASSISTANT_CONFIG_DIR": str(REPO / "configs")}
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--port", str(port)], env=env,
                              cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, (tmp_path / "serve.log").read_text()[-2000:]
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.3)
        info = json.loads((tmp_path / "data" / "server.json").read_text())
        assert info["url"] == f"http://127.0.0.1:{port}" and info["pid"] == server.pid
        assert oct((tmp_path / "data" / "server.json").stat().st_mode & 0o777) == "0o600"

        asked = run(tmp_path, "ask", "--tag", "facilities", "When does the canteen open?")
        assert asked.returncode == 0, asked.stderr
        assert f"via http://127.0.0.1:{port}" in asked.stderr
        assert "Canteen" in asked.stdout  # the cited source

        synced = run(tmp_path, "sync", "notes")
        assert synced.returncode == 0, synced.stderr
        assert "notes (via" in synced.stdout and "1 unchanged" in synced.stdout

        status = run(tmp_path, "status")
        assert status.returncode == 1
        assert f"the server at http://127.0.0.1:{port}" in status.stderr and "owns the store" in status.stderr
        assert "WouldBlock" not in status.stderr
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    # A stopped server takes its discovery file and its CLI key with it.
    assert not (tmp_path / "data" / "server.json").exists()
    assert run(tmp_path, "status").returncode == 0
