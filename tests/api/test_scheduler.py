"""The server syncs configured sources on their schedules, in the background."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient
from sqlalchemy import select

from assistant.api import create_app
from assistant.runtime import Runtime
from assistant.state.tables import DocumentRow
from tests.conftest import make_settings


def _doc_ids(rt: Runtime) -> set[str]:
    with rt.db.session() as s:
        return set(s.scalars(select(DocumentRow.id)))


def _wait_for(check, seconds: float = 60.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.2)
    return False


def test_a_scheduled_source_is_synced_by_the_server_and_picks_up_changes(tmp_path, embedder):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "canteen.md").write_text("# Canteen\n\nThe canteen opens at 8.\n", encoding="utf-8")
    settings = make_settings(tmp_path / "data", sources=[{
        "name": "notes", "kind": "filesystem", "options": {"root": str(folder)}, "access": {"public": True},
        "schedule": "1s"}])
    rt = Runtime(settings)
    rt.__dict__["embedder"] = embedder
    app = create_app(settings, rt, scheduler=True)
    with TestClient(app):
        assert _wait_for(lambda: _doc_ids(rt) == {"notes:canteen.md"}), _doc_ids(rt)
        (folder / "parking.md").write_text("# Parking\n\nVisitors park on level -2.\n", encoding="utf-8")
        (folder / "canteen.md").unlink()
        assert _wait_for(lambda: _doc_ids(rt) == {"notes:parking.md"}), _doc_ids(rt)
    rt.close()


def test_no_scheduler_thread_without_schedules(tmp_path, embedder):
    import threading

    settings = make_settings(tmp_path / "data")
    rt = Runtime(settings)
    rt.__dict__["embedder"] = embedder
    with TestClient(create_app(settings, rt, scheduler=True)):
        assert not any(t.name == "sync-scheduler" for t in threading.enumerate())
    rt.close()
