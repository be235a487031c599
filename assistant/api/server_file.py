"""`data_dir/server.json`: how CLI commands find the running server that owns the store.

Written by `assistant serve` (mode 0600: it holds a short-lived admin key for this data dir's
CLI), removed when it stops; a file left by a killed server is recognised by its dead pid.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import httpx

FILE = "server.json"


@dataclass(frozen=True)
class RunningServer:
    url: str
    pid: int
    key: str


def write(data_dir: Path, url: str, key: str) -> Path:
    path = Path(data_dir) / FILE
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        json.dump({"url": url, "pid": os.getpid(), "key": key}, f)
    tmp.replace(path)
    return path


def clear(data_dir: Path) -> None:
    path = Path(data_dir) / FILE
    try:
        if json.loads(path.read_text()).get("pid") == os.getpid():
            path.unlink()
    except (OSError, ValueError):
        pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def find(data_dir: Path) -> RunningServer | None:
    """The server that owns this data dir's store, if one is up and answering."""
    path = Path(data_dir) / FILE
    try:
        data = json.loads(path.read_text())
        server = RunningServer(url=str(data["url"]), pid=int(data["pid"]), key=str(data["key"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if server.pid == os.getpid() or not _alive(server.pid):
        return None
    try:
        httpx.get(f"{server.url}/healthz", timeout=2).raise_for_status()
    except httpx.HTTPError:
        return None
    return server
